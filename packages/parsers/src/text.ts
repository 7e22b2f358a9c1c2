import { plainTextDocument, type LintDocument } from '@xiaobao/core';
import { decodeText } from './decode.js';

/** Plain text: decoded (UTF-8/UTF-16/GBK), one block per line; positions are line/column in the file. */
export function parseText(buf: Uint8Array): LintDocument & { encoding: string } {
  const d = decodeText(buf);
  return Object.assign(plainTextDocument(d.text), { encoding: d.encoding, bom: d.bom });
}
