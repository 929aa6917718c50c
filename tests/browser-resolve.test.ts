import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveChromium } from '../tools/browser.ts';

/** A file system that holds exactly these files. */
const only =
  (...files: string[]) =>
  (file: string): boolean =>
    files.includes(file);

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first, even when a system Chromium exists', async () => {
    const choice = await resolveChromium(
      { CHROMIUM_PATH: '/opt/chrome/chrome' },
      only('/opt/chrome/chrome', '/usr/bin/chromium'),
    );
    expect(choice).toEqual({ executablePath: '/opt/chrome/chrome', origin: 'CHROMIUM_PATH' });
  });

  it('names CHROMIUM_PATH when it points at nothing, instead of falling back silently', async () => {
    await expect(
      resolveChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, only('/usr/bin/chromium')),
    ).rejects.toThrow('CHROMIUM_PATH is /nowhere/chrome, but no file is there.');
  });

  it('takes a system Chromium next, Debian’s name before the others', async () => {
    expect(await resolveChromium({}, only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toEqual({
      executablePath: '/usr/bin/chromium',
      origin: 'system',
    });
    expect(await resolveChromium({}, only('/usr/bin/google-chrome-stable'))).toEqual({
      executablePath: '/usr/bin/google-chrome-stable',
      origin: 'system',
    });
  });

  it('falls back to the browser @sparticuz/chromium ships when the machine has none', async () => {
    const choice = await resolveChromium({}, only());
    expect(choice.origin).toBe('@sparticuz/chromium');
    // The package unpacks its binary on first use; the path it returns must be a real file.
    expect(existsSync(choice.executablePath)).toBe(true);
  });
});
