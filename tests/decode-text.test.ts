import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/lib/text/decode-text.ts';

const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8, dropping a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFF# Jörg\n'))).toEqual({ ok: true, text: '# Jörg\n' });
  });

  it('names the line and column of the first byte that is not UTF-8, and what it likely is', () => {
    const bytes = latin1('---\ntitle: x\n---\n\n* Jörg will review it.\n');
    expect(decodeText(bytes)).toEqual({
      ok: false,
      line: 5,
      column: 4,
      message:
        'not UTF-8: byte 0xF6 cannot be read; it looks like Latin-1 or Windows-1252 ("ö" there)',
      hint: 'Save the file as UTF-8 (most editors offer it under "Save with encoding").',
    });
  });

  it('does not guess an encoding for bytes that are not text', () => {
    const result = decodeText(Uint8Array.from([0x61, 0x0a, 0x62, 0x81]));
    expect(result).toMatchObject({ ok: false, line: 2, column: 2 });
    expect(result.ok || result.message).toBe('not UTF-8: byte 0x81 cannot be read');
  });
});
