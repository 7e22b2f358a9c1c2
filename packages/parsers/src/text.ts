import { plainTextDocument, type LintDocument } from '@xiaobao/core';
import { decodeText } from './decode.js';
import { blankComments, isSourceCode } from './script-text.js';

// A text file that carries a page's markup (an app's agreement or a page saved as .txt, its <p>, <br> and <b> kept): ten
// tags at least of the elements that break a page into blocks (<p>, <div>, <br>, <li>, <tr>; headings alone do not say that
// the text between them is laid out by tags rather than by line breaks). Its tags are read as HTML's are, so what it sets in
// bold is bold and its paragraphs are paragraphs. A text whose lines are its blocks (a few <b> or <h3> in it, no <p> or
// <br>) stays text: read as HTML its line breaks would be spaces and its paragraphs one block.
const MARKUP_TAG = /<(?:p|div|br|li|tr)(?:\s[^<>\n]{0,200})?\/?>/gi;
export function carriesMarkup(text: string): boolean {
  let n = 0;
  MARKUP_TAG.lastIndex = 0;
  while (MARKUP_TAG.exec(text)) if (++n >= 10) return true;
  return false;
}

/** Plain text: decoded (UTF-8/UTF-16/GBK), one block per line; positions are line/column in the file. */
export function parseText(buf: Uint8Array): LintDocument & { encoding: string } {
  const d = decodeText(buf);
  return Object.assign(textDocument(d.text), { encoding: d.encoding, bom: d.bom });
}

/**
 * Text as a document; a source file's comments are blanked (same offsets and lines), its directives still read from them
 * — unless the comments are what the file holds: a text kept in a source file as comments (a bank's rules pasted into a
 * Java file, every line //…), where the code outside them has almost no Chinese of its own
 */
export function textDocument(text: string): LintDocument {
  const doc = plainTextDocument(text);
  if (!isSourceCode(text)) return doc;
  const shown = blankComments(text);
  if (shown === text || commentsAreTheText(text, shown)) return doc;
  return { ...doc, text: shown, blocks: plainTextDocument(shown).blocks };
}

// (counted by code unit over the common ideograph blocks: no array of matches for a large file)
function hanCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); if (c >= 0x3400 && c <= 0x9fff) n++; }
  return n;
}
function commentsAreTheText(text: string, shown: string): boolean {
  const all = hanCount(text);
  return all >= 200 && hanCount(shown) * 10 < all;
}
