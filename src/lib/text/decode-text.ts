/**
 * Minutes and registries are UTF-8. Read leniently, a Latin-1 "Jörg" becomes "J\uFFFDrg": a name
 * silently changed (and a person made up for it). So bytes that are not UTF-8 are a problem at the
 * line and column of the first one, with a guess at the encoding the file is in.
 */
export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; line: number; column: number; message: string; hint?: string };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');
const encoder = new TextEncoder();

/**
 * Offset of the first byte that is not valid UTF-8: where the lenient decoding has a character the
 * bytes do not spell (a U+FFFD written as EF BF BD in the file is text, not an error).
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = lenient.decode(bytes);
  let offset = 0;
  for (const ch of text) {
    const encoded = encoder.encode(ch);
    const same = encoded.every((byte, i) => bytes[offset + i] === byte);
    if (!same) return offset;
    offset += encoded.length;
  }
  return offset;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const before = lenient.decode(bytes.subarray(0, at));
    const lines = before.split('\n');
    const line = lines.length;
    const column = [...(lines.at(-1) ?? '')].length + 1;
    const byte = bytes[at] ?? 0;
    const shown = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const guess = windows1252.decode(bytes.subarray(at, at + 1));
    // A letter there means a single-byte Western encoding; anything else is not worth guessing.
    const letter = byte >= 0xc0 && /\p{L}/u.test(guess);
    return {
      ok: false,
      line,
      column,
      message: `not UTF-8: byte ${shown} cannot be read${
        letter ? `; it looks like Latin-1 or Windows-1252 ("${guess}" there)` : ''
      }`,
      hint: 'Save the file as UTF-8 (most editors offer it under "Save with encoding").',
    };
  }
}
