import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildSettings, resolveBuildSettings } from '../src/lib/build-settings.ts';

const root = '/srv/minutes-site';

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the settings to be refused');
}

describe('build settings', () => {
  it('default to content/, dist/, the root base and a placeholder origin that is marked unset', () => {
    expect(resolveBuildSettings({}, {}, root)).toMatchObject({
      contentDir: path.join(root, 'content'),
      outDir: path.join(root, 'dist'),
      site: 'https://minutebook.example',
      siteIsSet: false,
      base: '/',
    });
  });

  it('take the minutebook() options of astro.config.mjs', () => {
    const settings = resolveBuildSettings(
      {
        contentDir: 'team-b/content',
        outDir: 'public-site',
        site: 'https://b.example.org/',
        base: 'minutes',
      },
      {},
      root,
    );
    expect(settings).toMatchObject({
      contentDir: path.join(root, 'team-b/content'),
      outDir: path.join(root, 'public-site'),
      site: 'https://b.example.org',
      siteIsSet: true,
      base: '/minutes/',
    });
  });

  it('let CONTENT_DIR, OUT_DIR, SITE_URL and BASE_PATH override the options; empty counts as unset', () => {
    const settings = resolveBuildSettings(
      { contentDir: 'content', site: 'https://a.example.org', base: '/a/' },
      {
        CONTENT_DIR: '/data/minutes',
        OUT_DIR: 'out',
        SITE_URL: 'https://ci.example.org',
        BASE_PATH: '',
      },
      root,
    );
    expect(settings).toMatchObject({
      contentDir: '/data/minutes',
      outDir: path.join(root, 'out'),
      site: 'https://ci.example.org',
      base: '/a/',
    });
    // The environment alone, as before the options existed.
    expect(readBuildSettings({ BASE_PATH: '/svsm' }, root).base).toBe('/svsm/');
  });

  it('keep one Astro cache per content and output folder', () => {
    const a = resolveBuildSettings({}, { OUT_DIR: 'a' }, root);
    const b = resolveBuildSettings({}, { OUT_DIR: 'b' }, root);
    expect(a.cacheDir).not.toBe(b.cacheDir);
    expect(path.dirname(a.cacheDir)).toBe(path.join(root, 'node_modules/.astro'));
  });

  it('refuse a bad SITE_URL naming the variable and quoting the value', () => {
    expect(errorOf(() => resolveBuildSettings({}, { SITE_URL: 'minutes.example.org' }, root)))
      .toMatchInlineSnapshot(`
        "Invalid Minutebook settings:
        - SITE_URL (environment variable): must be an http(s) URL such as https://minutes.example.org (received "minutes.example.org")"
      `);
  });

  it('name the option in astro.config.mjs when that is where the bad value is, every problem at once', () => {
    expect(
      errorOf(() =>
        resolveBuildSettings({ site: 'ftp://x.example', base: '/a b/', outdir: 'dist' }, {}, root),
      ),
    ).toMatchInlineSnapshot(`
      "Invalid Minutebook settings:
      - minutebook({ site }) in astro.config.mjs: must be an http(s) URL such as https://minutes.example.org (received "ftp://x.example")
      - minutebook({ base }) in astro.config.mjs: must be a URL path such as /minutes/ (letters, digits, - . _ ~ and /) (received "/a b/")
      - minutebook() in astro.config.mjs: unknown option "outdir" (the options are contentDir, outDir, site, base)"
    `);
  });

  it('refuse a base that climbs out with .. and an empty content folder', () => {
    const message = errorOf(() =>
      resolveBuildSettings({ contentDir: ' ' }, { BASE_PATH: '/../etc/' }, root),
    );
    expect(message).toContain(
      '- minutebook({ contentDir }) in astro.config.mjs: must name a folder',
    );
    expect(message).toContain('- BASE_PATH (environment variable): must be a URL path');
  });
});
