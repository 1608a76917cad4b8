import { describe, expect, it } from 'vitest';
import { decodeBytes, isZip } from '../../../src/core/import/encoding.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';

const utf16le = (s: string, bom: boolean): Uint8Array => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) { out[0] = 0xff; out[1] = 0xfe; }
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); out[(bom ? 2 : 0) + 2 * i] = c & 0xff; out[(bom ? 2 : 0) + 2 * i + 1] = c >> 8; }
  return out;
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const text = 'id,name\n1,Zoë\n';
    const plain = new TextEncoder().encode(text);
    expect(decodeBytes(plain)).toEqual({ text, encoding: 'utf-8', note: null });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain])).text).toBe(text);
  });

  it('reads UTF-16 with a mark and without one', () => {
    expect(decodeBytes(utf16le('id,name\n1,Zoë\n', true))).toMatchObject({ text: 'id,name\n1,Zoë\n', encoding: 'utf-16le' });
    expect(decodeBytes(utf16le('id,name\n1,Zoë\n', false))).toMatchObject({ text: 'id,name\n1,Zoë\n', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, and says so', () => {
    // "Zoë" and an en dash in Windows-1252: ë = 0xEB, – = 0x96.
    const r = decodeBytes(new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0x96, 0x20, 0x41]));
    expect(r).toMatchObject({ text: 'Zoë – A', encoding: 'windows-1252' });
    expect(r.note).toMatch(/Windows-1252/);
  });

  it('recognises a ZIP archive (an .xlsx) by its first bytes', () => {
    expect(isZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(isZip(new TextEncoder().encode('id,name'))).toBe(false);
  });

  it('imports a people file given as bytes: tab-separated UTF-16, as Excel saves "Unicode Text"', () => {
    const ds = importDataset('t', [{ name: 'p.txt', text: '', bytes: utf16le('id\tname\n1\tZoë\n2\t"Bob, Jr"\n', true) }]);
    expect(ds.actors.map((a) => a.label)).toEqual(['Zoë', 'Bob, Jr']);
  });
});
