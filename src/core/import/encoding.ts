/**
 * Turning a file's bytes into text the way its author meant: UTF-8 with or without a byte-order
 * mark, UTF-16 (Excel's "Unicode Text", with or without a mark), and Windows-1252 (Excel's
 * "CSV" on Windows) when the bytes are not valid UTF-8. TextDecoder is in browsers, workers and
 * Node alike; it is reached through globalThis so that src/core needs no DOM types.
 */

interface Decoder { decode(input: Uint8Array): string }
type DecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: DecoderCtor }).TextDecoder;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Said to the user when the encoding was not plain UTF-8. */
  note: string | null;
}

export function toBytes(input: ArrayBuffer | Uint8Array): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** True for a ZIP archive, which is what an .xlsx workbook is. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function decodeBytes(input: ArrayBuffer | Uint8Array): Decoded {
  const bytes = toBytes(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', note: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be', bytes.subarray(2));
  const unmarked = utf16Guess(bytes);
  if (unmarked) return utf16(unmarked, bytes);
  try {
    return { text: new TextDecoderImpl('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', note: null };
  } catch {
    return {
      text: fixC1(decode('windows-1252', bytes)),
      encoding: 'windows-1252',
      note: 'The file is not UTF-8, so it was read as Windows-1252 (what Excel saves as "CSV" on Windows). Check that accented names look right.',
    };
  }
}

function decode(label: Encoding, bytes: Uint8Array): string {
  return new TextDecoderImpl(label, { ignoreBOM: true }).decode(bytes);
}

function utf16(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  return { text: decode(label, bytes), encoding: label, note: 'The file is UTF-16 text (Excel\'s "Unicode Text"); it was read as such.' };
}

/** UTF-16 without a mark: in ASCII-heavy text every other byte is NUL. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) { if (i % 2 === 0) even++; else odd++; }
  if (odd > n * 0.3 && even < n * 0.05) return 'utf-16le';
  if (even > n * 0.3 && odd < n * 0.05) return 'utf-16be';
  return null;
}

/**
 * Windows-1252 puts letters and punctuation (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ)
 * at 0x80-0x9F. Some Node builds decode the label as ISO-8859-1, leaving control characters
 * there; they are mapped here, so that the same file reads the same in Node and in a browser.
 */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixC1(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
}
