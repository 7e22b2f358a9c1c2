// Markdown → LintDocument with unified + remark-parse (+ remark-gfm tables, + remark-cjk-friendly so that
// **注意：**本条款 is bold as a Chinese reader sees it). Headings count as emphasis.
import { LineIndex, SegmentMap, parseDirective, type Block, type BlockType, type Directive, type LintDocument, type Mark } from '@xiaobao/core';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import rehypeParse from 'rehype-parse';
import { alignToSource } from './align.js';
import { walkHtml, type HNode } from './html-walk.js';
import { endsInsideRawBlock } from './raw-blocks.js';

let htmlFragment: ReturnType<typeof makeHtmlProcessor> | undefined;
function makeHtmlProcessor() { return unified().use(rehypeParse, { fragment: true }); }

interface Node { type: string; value?: string; depth?: number; children?: Node[]; position?: { start: { offset?: number; line: number }; end: { offset?: number; line: number } } }

// remark-gfm costs about a third of the parse; it is only needed for tables (strikethrough and autolinks do
// not change the text a rule reads), so documents without a table row are parsed without it
let withGfm: ReturnType<typeof makeProcessor> | undefined;
let plain: ReturnType<typeof makeProcessor> | undefined;
function makeProcessor(gfm: boolean) { return gfm ? unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly) : unified().use(remarkParse).use(remarkCjkFriendly); }
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/m;

function parseTree(source: string): Node {
  const processor = TABLE_ROW.test(source) ? (withGfm ??= makeProcessor(true)) : (plain ??= makeProcessor(false));
  return processor.parse(source) as unknown as Node;
}

// Large documents (an editor re-linting after each keystroke) are parsed in chunks split at blank lines
// where CommonMark starts a new top-level block anyway, and each chunk's tree is cached by its text: one
// keystroke re-parses one chunk. Where a split could change the result (reference definitions and footnotes,
// which are document-wide), the document is parsed whole. A test checks chunked = whole on every fixture.
const CHUNK_FROM = 16 * 1024;
const CHUNK_SIZE = 2 * 1024;
const CACHE_CHARS = 4 * 1024 * 1024;
const treeCache = new Map<string, Node>();
let cachedChars = 0;
/** HTML blocks that may hold blank lines (CommonMark types 1–5): how each opens and closes */
const RAW_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<!--/, /-->/], [/^ {0,3}<\?/, /\?>/], [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  ...['script', 'pre', 'style', 'textarea'].map((t): [RegExp, RegExp] => [new RegExp(`^ {0,3}<${t}\\b`, 'i'), new RegExp(`</${t}>`, 'i')]),
];

/** [start, end) offsets of the chunks of `source` (one chunk when splitting is not safe or not worth it) */
export function markdownChunks(source: string, min = CHUNK_FROM, size = CHUNK_SIZE): [number, number][] {
  if (source.length < min || /^ {0,3}\[[^\]\n]+\]:/m.test(source)) return [[0, source.length]];
  const out: [number, number][] = [];
  let chunkStart = 0, fence = '', raw: RegExp | undefined, prevBlank = false;
  for (let i = 0; i < source.length;) {
    let j = source.indexOf('\n', i);
    if (j < 0) j = source.length;
    const line = source.slice(i, j);
    if (fence) { if (line.trimStart().startsWith(fence) && /^ {0,3}(`{3,}|~{3,})\s*$/.test(line)) fence = ''; }
    else if (raw) { if (raw.test(line)) raw = undefined; }
    else if (!line.trim()) { prevBlank = true; i = j + 1; continue; }
    else {
      // a new top-level block after a blank line, not indented (no list continuation or indented code)
      if (prevBlank && !/^[ \t]/.test(line) && i - chunkStart >= size) { out.push([chunkStart, i]); chunkStart = i; }
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) fence = f[1];
      else for (const [open, close] of RAW_BLOCKS) {
        const m = open.exec(line);
        if (m) { if (!close.test(line.slice(m[0].length))) raw = close; break; }
      }
    }
    prevBlank = false;
    i = j + 1;
  }
  out.push([chunkStart, source.length]);
  return out;
}

function cachedTree(chunk: string): Node {
  let tree = treeCache.get(chunk);
  if (tree) { treeCache.delete(chunk); treeCache.set(chunk, tree); return tree; }
  tree = parseTree(chunk);
  treeCache.set(chunk, tree);
  cachedChars += chunk.length;
  for (const [k] of treeCache) { if (cachedChars <= CACHE_CHARS) break; treeCache.delete(k); cachedChars -= k.length; }
  return tree;
}

export function parseMarkdown(source: string, opts: { chunkFrom?: number; chunkSize?: number } = {}): LintDocument {
  const chunks = markdownChunks(source, opts.chunkFrom ?? CHUNK_FROM, opts.chunkSize ?? CHUNK_SIZE);
  const lines = new LineIndex(source);
  const map = new SegmentMap(lines);
  const blocks: Block[] = [];
  const marks: Mark[] = [];
  const directives: Directive[] = [];
  let text = '';

  // the chunk being walked: its offset and line in the whole source
  let base = 0, baseLine = 0;
  const lineOf = (p?: { line: number }) => (p ? p.line + baseLine : 0);
  const addText = (value: string, node: Node) => {
    const tStart = text.length;
    text += value;
    if (node.position?.start.offset !== undefined) alignToSource(map, source, value, tStart, node.position.start.offset + base, node.position.end.offset! + base);
  };

  const inline = (node: Node) => {
    const start = text.length;
    switch (node.type) {
      case 'text': addText(node.value ?? '', node); break;
      case 'inlineCode': addText(node.value ?? '', node); break;
      case 'break': text += '\n'; break;
      case 'html': {
        const v = node.value ?? '';
        if (v.includes('xiaobao-')) { const d = parseDirective(v.replace(/^<!--/, ''), lineOf(node.position?.start)); if (d) directives.push(d); }
        break;
      }
      case 'image': case 'footnoteReference': break;
      default: for (const c of node.children ?? []) inline(c);
    }
    const end = text.length;
    if (end > start) {
      if (node.type === 'strong') marks.push({ kind: 'bold', start, end });
      else if (node.type === 'emphasis') marks.push({ kind: 'italic', start, end });
    }
  };

  const block = (node: Node, type: BlockType, extra: Partial<Block> = {}) => {
    if (text.length) text += '\n';
    const start = text.length;
    for (const c of node.children ?? []) inline(c);
    const end = text.length;
    if (end > start) {
      blocks.push({ type, start, end, ...extra });
      if (type === 'heading') marks.push({ kind: 'heading', start, end });
    } else if (text.endsWith('\n')) text = text.slice(0, -1);
  };

  const htmlBlock = (node: Node, v: string) => {
    const at = (node.position?.start.offset ?? 0) + base;
    rawHtml.push([at, at + v.length]);
    htmlFragment ??= makeHtmlProcessor();
    const tree = htmlFragment.parse(v) as unknown as HNode;
    const offset = text.length ? text.length + 1 : 0;
    const out = walkHtml(tree, (value, n, tStart) => {
      const p = n.position;
      alignToSource(map, source, value, offset + tStart, p?.start.offset !== undefined ? p.start.offset + at : undefined, p?.end.offset !== undefined ? p.end.offset + at : undefined);
    });
    if (!out.text.trim()) return;
    if (text.length) text += '\n';
    text += out.text;
    for (const b of out.blocks) blocks.push({ ...b, start: b.start + offset, end: b.end + offset });
    for (const m of out.marks) marks.push({ ...m, start: m.start + offset, end: m.end + offset });
  };

  // source ranges of raw HTML blocks: Markdown emphasis inserted there would show as asterisks
  const rawHtml: [number, number][] = [];
  const walk = (node: Node, container: BlockType | undefined) => {
    switch (node.type) {
      case 'paragraph': block(node, container ?? 'paragraph'); return;
      case 'heading': block(node, 'heading', { depth: node.depth }); return;
      case 'table': {
        (node.children ?? []).forEach((row, r) => (row.children ?? []).forEach((cell, c) => block(cell, 'table-cell', { row: r + 1, col: c + 1 })));
        return;
      }
      case 'code': return; // code is not copy
      case 'html': {
        const v = node.value ?? '';
        // a raw HTML block (a table, a <div> from a converted document) is read as HTML: a reader sees its text
        if (!/^\s*<!--/.test(v) && /[^\x00-\x7f]/.test(v)) { htmlBlock(node, v); return; }
        if (v.includes('xiaobao-')) {
          let line = lineOf(node.position?.end);
          const d = parseDirective(v.replace(/^<!--/, ''), lineOf(node.position?.start));
          if (d) {
            if (d.kind === 'disable-next-line') {
              // the next non-blank line is the one meant
              while (line < lines.lineCount() && !source.slice(lines.lineStart(line + 1), lines.lineStart(line + 2)).trim()) line++;
              d.line = line;
            }
            directives.push(d);
          }
        }
        return;
      }
      case 'listItem': for (const c of node.children ?? []) walk(c, 'list-item'); return;
      case 'blockquote': for (const c of node.children ?? []) walk(c, container ?? 'blockquote'); return;
      default: for (const c of node.children ?? []) walk(c, container);
    }
  };
  if (chunks.length === 1) walk(parseTree(source), undefined);
  else for (const [s, e] of chunks) { base = s; baseLine = lines.position(s).line - 1; walk(cachedTree(source.slice(s, e)), undefined); }
  const readsEnd = !endsInsideRawBlock(source);
  return {
    text, blocks, marks, map, format: 'markdown', directives, source, readsEnd,
    emphasize(start: number, end: number) {
      const s = map.sourceOffset(start), e = map.sourceOffset(end);
      const slice = source.slice(s, e);
      if (slice !== text.slice(start, end) || !slice.trim() || rawHtml.some(([a, b]) => s < b && e > a)) return undefined;
      return { range: [s, e], text: `**${slice}**` };
    },
  };
}
