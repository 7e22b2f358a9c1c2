// A cheap first view of a Markdown file, for the common case where no rule needs its structure: the
// source itself with Markdown-only syntax (code, comments, link targets) blanked to spaces, so every offset
// is a source offset. Term, required-statement and rate rules read it as they would the parsed text (the
// matcher already skips *, _, |, - and `); when a rule needs blocks and emphasis (a contract's key clauses,
// rate prominence), `full()` builds the remark tree. remark is ~10× the cost of everything else, so most
// marketing copy never pays for it.
import { IdentityMap, LineIndex, parseDirective, type Block, type Directive, type LintDocument } from '@xiaobao/core';
import { endsInsideRawBlock } from './raw-blocks.js';

/** `plainWork`: what `plainSpan` has read, counted (characters of the lines it judged, and one per call) — the linearity
 * tests compare it at n and 2n */
export type LazyLintDocument = LintDocument & { full: () => Promise<LintDocument>; plainWork: { read: number } };

const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const LINK_ITEM = /^ {0,3}(?:[-*+]|[0-9]{1,9}[.)])[ \t]+\[[^\]\n]*[^\]\s][^\]\n]*\][ \t]*$/;

export function parseMarkdownLexical(source: string): LazyLintDocument {
  const directives: Directive[] = [];
  let text = source;
  // HTML comments (directives live there)
  if (text.includes('<!--')) {
    const lines = new LineIndex(source);
    text = text.replace(/<!--[^]*?-->/g, (m, offset: number) => {
      if (m.includes('xiaobao-')) {
        const d = parseDirective(m.slice(4), lines.position(offset).line);
        if (d) {
          if (d.kind === 'disable-next-line') {
            let line = lines.position(offset + m.length).line;
            while (line < lines.lineCount() && !source.slice(lines.lineStart(line + 1), lines.lineStart(line + 2)).trim()) line++;
            d.line = line;
          }
          directives.push(d);
        }
      }
      return blank(m);
    });
  }
  // fenced code blocks, link and image targets, autolinks, reference definitions
  if (text.includes('```') || text.includes('~~~')) text = text.replace(/^(```|~~~)[^\n]*\n[^]*?(?:\n\1[^\n]*(?=\n|$)|$)/gm, blank);
  if (text.includes('](')) text = text.replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`);
  if (text.includes('<http')) text = text.replace(/<https?:[^>\s]*>/g, blank);
  if (text.includes(']:')) text = text.replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, blank);

  const blocks: Block[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const line = text.slice(start, i);
      // (a list item that is one link and nothing else — `- [标题](/news/1)`, its target blanked — names another page, as the
      // tree reads it)
      if (line.trim()) blocks.push(LINK_ITEM.test(line) ? { type: 'list-item', start, end: i, link: true } : { type: /^ {0,3}#{1,6}\s/.test(line) ? 'heading' : 'paragraph', start, end: i });
      start = i + 1;
    }
  }
  const plainLines = new Map<string, boolean>();
  const plainWork = { read: 0 };
  // (the text keeps every line break of the source, so one index of line starts serves both)
  const lineIndex = new LineIndex(source);
  return {
    text, blocks, marks: [], map: new IdentityMap(lineIndex), format: 'markdown', directives, source,
    readsEnd: !endsInsideRawBlock(source), plainWork,
    full: async () => ({ ...(await (await import('./markdown.js')).parseMarkdownAsync(source)), readAs: text }),
    plainSpan(start: number, end: number) {
      // the lines around the span: no heading marker, no ** or __, no inline HTML (read once per lines: a line of 20,000
      // rates read the line 20,000 times — found by fuzzing; and its ends found by halving the line starts, not by
      // searching the line for its breaks, which on one long line of rates was quadratic again: 5.1 s for 32,000 phrases)
      const first = lineIndex.position(start).line, last = lineIndex.position(end).line;
      const a = lineIndex.lineStart(first);
      const b = last < lineIndex.lineCount() ? lineIndex.lineStart(last + 1) - 1 : text.length;
      const key = `${a},${b}`;
      plainWork.read++;
      let plain = plainLines.get(key);
      if (plain === undefined) {
        const lines = text.slice(a, b);
        const next = text.indexOf('\n', b + 1);
        plain = !/^\s{0,3}#|\*\*|__|<[a-z]/i.test(lines) && !/^\s*(=+|-+)\s*$/m.test(text.slice(b + 1, next < 0 ? undefined : next));
        plainWork.read += (next < 0 ? text.length : next) - a;
        plainLines.set(key, plain);
      }
      return plain;
    },
  };
}
