// The Markdown fast path: most chunks of real copy (the safe blank-line chunks of markdownChunks) are a heading, a
// paragraph of plain lines, one bold paragraph, a few one-line list items or a one-line quote, with no inline syntax.
// For those, what remark would build is known without running it: the text is the source slice, one block, and a
// bold or heading mark. Anything else (links, code, HTML, emphasis inside a line, nesting, tables, escapes, odd
// whitespace) is left to remark. A test checks that the document is the same as a whole remark parse, field by field.

export interface SimpleBlock {
  type: 'paragraph' | 'heading' | 'list-item' | 'blockquote';
  /** source range of the block's text */
  from: number;
  to: number;
  depth?: number;
  /** the whole block is one **strong** span */
  bold?: boolean;
}

// characters that start inline syntax in CommonMark or GFM (emphasis, code, links, images, HTML, entities, escapes,
// strikethrough, tables, autolink literals), control characters and tabs: such a line goes to remark (`_` is checked
// on the whole chunk: see literalUnderscores)
const INLINE = /[\\*`!\[\]<>&~|@\t\x00-\x08\x0b-\x1f\x7f]|https?:|www\./i;
// a line that could open or interrupt a block, or be a setext underline (an ordered list marker is followed by a space,
// a tab or the end of the line: `1.1 借款用途` is a paragraph)
const BLOCK_START = /^(?:[#>\-+*<`~|=_ \t]|\d{1,9}[.)](?:[ \t]|$))/;
const HEADING = /^(#{1,6}) ([^#]+)$/;
const BULLET = /^([-+*]|\d{1,9}[.)]) (.+)$/;

/** a text remark keeps verbatim: no inline syntax, nothing to trim */
const plain = (t: string) => t.length > 0 && !INLINE.test(t) && t.trim() === t;

const isSpace = (c: number) => c === 10 || c === 32 || c === 0x3000;
/**
 * Whether the `_` runs of a chunk are all literal text, as in the fill-in blanks of contracts (借款人：__________　证件号码：
 * ______): a run followed by white space or the line's end cannot open emphasis, and one preceded by white space or the
 * line's start cannot close it (CommonMark's flanking rules and the CJK extension's agree on these), so when no run that
 * may open comes before one that may close, none pairs. A run next to a `*` is left to remark.
 */
function literalUnderscores(body: string): boolean {
  let opener = false;
  for (let i = body.indexOf('_'); i >= 0; i = body.indexOf('_', i)) {
    let j = i + 1;
    while (body.charCodeAt(j) === 95) j++;
    const before = i > 0 ? body.charCodeAt(i - 1) : 10, after = j < body.length ? body.charCodeAt(j) : 10;
    if (before === 42 || after === 42 || (opener && !isSpace(before))) return false;
    if (!isSpace(after)) opener = true;
    i = j;
  }
  return true;
}

/** the blocks of source[s, e) when it is a simple chunk, else undefined */
export function simpleChunk(source: string, s: number, e: number): SimpleBlock[] | undefined {
  // the chunk's lines up to its trailing blank lines (spaces and tabs only: anything else is not blank to CommonMark)
  let end = e;
  for (;;) {
    let j = end;
    while (j > s && (source.charCodeAt(j - 1) === 32 || source.charCodeAt(j - 1) === 9)) j--;
    if (j > s && source.charCodeAt(j - 1) === 10) end = j - 1; else break;
  }
  if (end <= s) return undefined;
  const body = source.slice(s, end);
  if (body.includes('\r') || (body.includes('_') && !literalUnderscores(body))) return undefined;
  const lines = body.split('\n');
  const out: SimpleBlock[] = [];
  // a chunk that is one line: a bold paragraph, or a one-line quote
  if (lines.length === 1) {
    const line = lines[0];
    if (line.length > 4 && line.startsWith('**') && line.endsWith('**') && plain(line.slice(2, -2))) return [{ type: 'paragraph', from: s + 2, to: s + line.length - 2, bold: true }];
    if (line.startsWith('> ') && plain(line.slice(2)) && !BLOCK_START.test(line.slice(2))) return [{ type: 'blockquote', from: s + 2, to: s + line.length }];
  }
  // list items, one line each
  if (BULLET.test(lines[0])) {
    let at = s;
    for (const line of lines) {
      const m = BULLET.exec(line);
      if (!m || !plain(m[2]) || BLOCK_START.test(m[2])) return undefined;
      out.push({ type: 'list-item', from: at + m[1].length + 1, to: at + line.length });
      at += line.length + 1;
    }
    return out;
  }
  // headings and paragraphs of plain lines
  let at = s, para = -1;
  for (const line of lines) {
    const h = HEADING.exec(line);
    if (h) {
      if (!plain(h[2])) return undefined;
      out.push({ type: 'heading', from: at + h[1].length + 1, to: at + line.length, depth: h[1].length });
      para = -1;
    } else {
      if (BLOCK_START.test(line) || !plain(line)) return undefined;
      if (para >= 0) out[para].to = at + line.length;
      else { para = out.length; out.push({ type: 'paragraph', from: at, to: at + line.length }); }
    }
    at += line.length + 1;
  }
  return out;
}
