import { plainTextDocument, type LintDocument } from '@xiaobao/core';
import { decodeText } from './decode.js';
import { blankComments, isSourceCode } from './script-text.js';

/** Plain text: decoded (UTF-8/UTF-16/GBK), one block per line; positions are line/column in the file. */
export function parseText(buf: Uint8Array): LintDocument & { encoding: string } {
  const d = decodeText(buf);
  return Object.assign(textDocument(d.text), { encoding: d.encoding, bom: d.bom });
}

/** Text as a document; a source file's comments are blanked (same offsets and lines), its directives still read from them */
export function textDocument(text: string): LintDocument {
  const doc = plainTextDocument(text);
  if (!isSourceCode(text)) return doc;
  const shown = blankComments(text);
  return shown === text ? doc : { ...doc, text: shown, blocks: plainTextDocument(shown).blocks };
}
