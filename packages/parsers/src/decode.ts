// Decode a text file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or detected), GBK/GB18030.
// Binary files are refused with a readable message.
import { createRequire } from 'node:module';
import { InputError } from './errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export interface DecodedText { text: string; encoding: Encoding; bom: boolean }

function looksUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) { if (buf[i] === 0) evenZero++; if (buf[i + 1] === 0) oddZero++; }
  const pairs = n / 2;
  // ASCII-heavy UTF-16 has zeros on one side; CJK-heavy UTF-16 is caught by the UTF-8/GB18030 checks failing
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isBinary(text: string): boolean {
  let ctrl = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctrl++;
  }
  return n > 0 && ctrl / n > 0.02;
}

export function decodeText(buf: Uint8Array): DecodedText {
  let enc: Encoding | undefined;
  let bom = false;
  let body = buf;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) { enc = 'utf-8'; bom = true; body = buf.subarray(3); }
  else if (buf[0] === 0xff && buf[1] === 0xfe) { enc = 'utf-16le'; bom = true; body = buf.subarray(2); }
  else if (buf[0] === 0xfe && buf[1] === 0xff) { enc = 'utf-16be'; bom = true; body = buf.subarray(2); }
  else enc = looksUtf16(buf);

  let text: string | undefined;
  if (enc) text = new TextDecoder(enc).decode(body);
  else {
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(body); enc = 'utf-8'; }
    catch {
      try { text = new TextDecoder('gb18030', { fatal: true }).decode(body); enc = 'gb18030'; }
      catch { throw new InputError('无法识别文件编码，可能是二进制文件（not UTF-8, UTF-16 or GBK text: binary file?）', 'binary'); }
    }
  }
  if (isBinary(text)) throw new InputError('这是二进制文件，不是文本（binary file, not text）', 'binary');
  return { text, encoding: enc, bom };
}

/** Encode text back to the file's own encoding (for --fix). */
export function encodeText(text: string, d: Pick<DecodedText, 'encoding' | 'bom'>): Uint8Array {
  if (d.encoding === 'utf-8') return Buffer.from((d.bom ? '\ufeff' : '') + text, 'utf8');
  if (d.encoding === 'utf-16le') return Buffer.from((d.bom ? '\ufeff' : '') + text, 'utf16le');
  if (d.encoding === 'utf-16be') { const b = Buffer.from((d.bom ? '\ufeff' : '') + text, 'utf16le'); b.swap16(); return b; }
  // TextEncoder only writes UTF-8: GB18030 goes through iconv-lite, loaded only when a GBK file is fixed
  const iconv = createRequire(import.meta.url)('iconv-lite');
  return iconv.encode(text, 'gb18030');
}
