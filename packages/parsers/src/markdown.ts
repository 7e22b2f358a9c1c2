// Markdown → LintDocument with unified + remark-parse (+ remark-gfm tables, + remark-cjk-friendly so that
// **注意：**本条款 is bold as a Chinese reader sees it). Headings count as emphasis.
import { refuseTooDeep, tooDeep } from './errors.js';
import { LineIndex, SegmentMap, parseDirective, type Block, type BlockType, type Directive, type LintDocument, type Mark } from '@xiaobao/core';
import { alignToSource } from './align.js';
import { walkHtml, type HNode } from './html-walk.js';
import { endsInsideRawBlock } from './raw-blocks.js';
import { simpleChunk, type SimpleBlock } from './markdown-simple.js';

// unified, remark-parse and the parse half of the CJK extension (the serializer half pulls in mdast-util-to-markdown,
// ~50 modules) are loaded only for a document with a chunk the fast path does not read; rehype-parse (parse5 and its
// entity tables, ~370 KB of code) only for one that also has a '<', which every raw HTML block starts with
let lib: { unified: any; remarkParse: any; remarkCjkFriendly: any } | undefined;
let rehypeParse: any;
let htmlFragment: any;
function makeHtmlProcessor() {
  if (!rehypeParse) throw new Error('Markdown with raw HTML: await loadMarkdown(source) before parseMarkdown');
  return lib!.unified().use(rehypeParse, { fragment: true });
}

interface Node { type: string; value?: string; depth?: number; children?: Node[]; position?: { start: { offset?: number; line: number }; end: { offset?: number; line: number } } }

// remark-gfm costs about a third of the parse; it is only needed for tables (strikethrough and autolinks do
// not change the text a rule reads), so documents without a table row are parsed without it, and it is only
// loaded (with the mdast-util-to-markdown it pulls in) when a document has a table: `loadMarkdown(source)` first
let gfmPlugin: any;
let withGfm: ReturnType<typeof makeProcessor> | undefined;
let plain: ReturnType<typeof makeProcessor> | undefined;
function makeProcessor(gfm: boolean) { const { unified, remarkParse, remarkCjkFriendly } = lib!; return gfm ? unified().use(remarkParse).use(gfmPlugin).use(remarkCjkFriendly) : unified().use(remarkParse).use(remarkCjkFriendly); }
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/m;

/**
 * Load what parsing `source` needs (everything when no source is given): remark when a chunk is not simple, remark-gfm
 * when it has a table row, rehype-parse when it has a '<'. Then `parseMarkdown` is synchronous.
 */
export async function loadMarkdown(source?: string): Promise<void> {
  if (!lib && (source === undefined || scan(source).some((c) => !c[2]))) {
    const [u, p, c] = await Promise.all([import('unified'), import('remark-parse'), import('remark-cjk-friendly/parseOnly')]);
    lib = { unified: u.unified, remarkParse: p.default, remarkCjkFriendly: c.default };
  }
  if (lib && (source === undefined || source.includes('<')) && !rehypeParse) rehypeParse = (await import('rehype-parse')).default;
  if (lib && (source === undefined || TABLE_ROW.test(source)) && !gfmPlugin) gfmPlugin = (await import('remark-gfm')).default;
}

/** the chunks of `source` for the fast path and the blocks of each simple one; the last source's kept (loadMarkdown, then parseMarkdown) */
let lastScan: { source: string; chunks: [number, number, SimpleBlock[] | undefined][] } | undefined;
function scan(source: string) {
  if (lastScan?.source !== source) lastScan = { source, chunks: markdownChunks(source, 0, 0).map(([s, e]) => [s, e, source.length >= CHUNK_FROM ? simpleAt(source, s, e) : simpleChunk(source, s, e)]) };
  return lastScan.chunks;
}

/**
 * `simpleChunk` of a large document's chunk, remembered by the chunk's text (it reads nothing else; the blocks are kept
 * in offsets from the chunk's start): a keystroke reads one chunk again, not all of them.
 */
const simpleMemo = new Map<string, SimpleBlock[] | null>();
function simpleAt(source: string, s: number, e: number): SimpleBlock[] | undefined {
  const key = source.slice(s, e);
  let rel = simpleMemo.get(key);
  if (rel === undefined) {
    rel = simpleChunk(key, 0, key.length) ?? null;
    if (simpleMemo.size >= 20000) simpleMemo.clear();
    // (the key copied: a slice would keep the whole source alive)
    simpleMemo.set(key.length >= 16 ? [...key].join('') : key, rel);
  }
  return rel ? rel.map((b) => ({ ...b, from: b.from + s, to: b.to + s })) : undefined;
}

/** whether a code block is indented (not fenced: it does not open with a fence) and reads as prose: Han characters are at least half of what it holds
 * besides spaces and punctuation of either width (code with Chinese comments or strings is mostly ASCII) */
export function indentedProse(source: string, at: number, value: string): boolean {
  if (/^[ \t]*(?:`{3}|~{3})/.test(source.slice(at, at + 64))) return false;
  const han = value.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 8 && han >= (value.match(/[^\s\p{P}\p{S}\p{Script=Han}]/gu)?.length ?? 0);
}

/** `parseMarkdown` after loading what the source needs */
/** a line that opens a thousand nested block quotes */
const DEEP_QUOTE = /^(?:[ \t]{0,3}>){1000}/m;
/**
 * Lists nested `LIST_LIMIT` deep. remark's time grows with the cube of the depth (each list walks the events of all it
 * holds, and each line repeats its ancestors' indentation): 200 levels take 0.7 s, 400 take 3.3 s, 800 take 25 s and
 * 350 MB (found by fuzzing). No document nests a list a hundred deep; each level indents at least two columns further.
 */
const LIST_LIMIT = 100;
// (the hundredth item starts 198 columns in or more: 50 tabs or more characters)
const DEEP_INDENT = new RegExp(`^[ \\t]{${Math.floor((LIST_LIMIT - 1) / 2)},}`, 'm');
const LIST_MARKER = /^(?:[-+*]|[0-9]{1,9}[.)]) {1,4}(?=\S)/;
/** whether list items nest `LIST_LIMIT` deep (by their columns, as CommonMark nests them; a line left of an item closes it) */
function listsTooDeep(source: string): boolean {
  if (!DEEP_INDENT.test(source)) return false;
  const open: number[] = []; // the content column of each open item
  for (let i = 0; i < source.length;) {
    let j = source.indexOf('\n', i);
    if (j < 0) j = source.length;
    let col = 0, k = i;
    for (; k < j; k++) { const ch = source.charCodeAt(k); if (ch === 32) col++; else if (ch === 9) col += 4 - (col % 4); else break; }
    if (k < j) {
      while (open.length && col < open[open.length - 1]) open.pop();
      const m = LIST_MARKER.exec(source.slice(k, Math.min(j, k + 16)));
      // (four columns past the item's content is code or continuation, not a list)
      if (m && col < (open.length ? open[open.length - 1] : 0) + 4 && open.push(col + m[0].length) >= LIST_LIMIT) return true;
    }
    i = j + 1;
  }
  return false;
}

export async function parseMarkdownAsync(source: string, opts: Parameters<typeof parseMarkdown>[1] = {}): Promise<LintDocument> {
  await loadMarkdown(source);
  // (a line of a thousand nested quote markers is refused before remark spends a minute on it and then runs out of stack…)
  if (DEEP_QUOTE.test(source)) throw tooDeep('Markdown');
  // (…and lists a hundred deep, before remark spends a minute on them)
  if (listsTooDeep(source)) throw tooDeep('Markdown', '上百层');
  try {
    return parseMarkdown(source, opts);
  } catch (e) {
    refuseTooDeep(e, 'Markdown');
  }
}

/** `table`: parse with GFM (decided for the whole document, so that a chunk reads as it does in the whole) */
function parseTree(source: string, table = TABLE_ROW.test(source)): Node {
  if (!lib) throw new Error('Markdown: await loadMarkdown(source) before parseMarkdown');
  if (table && !gfmPlugin) throw new Error('Markdown with a table: await loadMarkdown(source) before parseMarkdown');
  const processor = table ? (withGfm ??= makeProcessor(true)) : (plain ??= makeProcessor(false));
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

function cachedTree(chunk: string, table = TABLE_ROW.test(chunk)): Node {
  const key = table ? `|${chunk}` : chunk;
  let tree = treeCache.get(key);
  if (tree) { treeCache.delete(key); treeCache.set(key, tree); return tree; }
  tree = parseTree(chunk, table);
  treeCache.set(key, tree);
  cachedChars += key.length;
  for (const [k] of treeCache) { if (cachedChars <= CACHE_CHARS) break; treeCache.delete(k); cachedChars -= k.length; }
  return tree;
}

/**
 * Markdown → LintDocument (synchronous: `await loadMarkdown(source)` first when it may hold a table). Simple chunks
 * (markdown-simple.ts) are read directly, the rest with remark; `{ chunkFrom: Infinity }` is one remark parse of the
 * whole document, the reference the tests compare with.
 */
export function parseMarkdown(source: string, opts: { chunkFrom?: number; chunkSize?: number; fast?: boolean } = {}): LintDocument {
  const chunkFrom = opts.chunkFrom ?? CHUNK_FROM, chunkSize = opts.chunkSize ?? CHUNK_SIZE;
  const fast = opts.fast ?? chunkFrom !== Infinity;
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
      case 'code': {
        // code is not copy — but prose indented four spaces (text pasted into Markdown, paragraphs indented as Chinese
        // writing indents them) is an indented code block only to CommonMark: the reader sees the text, as the lexical view
        // reads it; each of its lines a paragraph, plain. A fenced block stays code: someone chose to fence it.
        const v = node.value ?? '';
        if (indentedProse(source, (node.position?.start.offset ?? 0) + base, v)) {
          if (text.length) text += '\n';
          const at = text.length;
          addText(v, node);
          for (let i = at, j: number; i < text.length; i = j + 1) {
            j = text.indexOf('\n', i);
            if (j < 0) j = text.length;
            if (/\S/.test(text.slice(i, j))) blocks.push({ type: 'paragraph', start: i, end: j });
          }
        }
        return;
      }
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
      case 'listItem': {
        // (an item that is one link and nothing else — [标题](/news/1) — names another page: a menu entry, an article's title)
        const only = node.children?.length === 1 && node.children[0].type === 'paragraph' ? node.children[0].children?.filter((c) => c.type !== 'text' || /\S/.test(c.value ?? '')) : undefined;
        if (only?.length === 1 && only[0].type === 'link') { block(node.children![0], 'list-item', { link: true }); return; }
        for (const c of node.children ?? []) walk(c, 'list-item');
        return;
      }
      case 'blockquote': for (const c of node.children ?? []) walk(c, container ?? 'blockquote'); return;
      default: for (const c of node.children ?? []) walk(c, container);
    }
  };
  const table = fast && TABLE_ROW.test(source);
  const remark = (s: number, e: number, cache: boolean) => {
    base = s; baseLine = s ? lines.position(s).line - 1 : 0;
    if (!fast) walk(s === 0 && e === source.length ? parseTree(source) : cachedTree(source.slice(s, e)), undefined);
    else walk(s === 0 && e === source.length ? parseTree(source, table) : cache ? cachedTree(source.slice(s, e), table) : parseTree(source.slice(s, e), table), undefined);
  };
  const simple = (bs: SimpleBlock[]) => {
    for (const b of bs) {
      if (text.length) text += '\n';
      const start = text.length;
      text += source.slice(b.from, b.to);
      map.add(start, b.from, b.to - b.from);
      const end = text.length;
      if (b.bold) marks.push({ kind: 'bold', start, end });
      blocks.push(b.type === 'heading' ? { type: 'heading', start, end, depth: b.depth } : { type: b.type, start, end });
      if (b.type === 'heading') marks.push({ kind: 'heading', start, end });
    }
  };
  if (!fast) {
    const chunks = markdownChunks(source, chunkFrom, chunkSize);
    for (const [s, e] of chunks) remark(s, e, true);
  } else {
    // runs of chunks that are not simple go to remark together (in pieces of about chunkSize, cached, in large documents)
    const cache = source.length >= chunkFrom;
    let from = -1, to = -1;
    for (const [s, e, bs] of scan(source)) {
      if (bs) { if (from >= 0) remark(from, to, cache); from = -1; simple(bs); continue; }
      if (from >= 0 && cache && s - from >= chunkSize) { remark(from, to, cache); from = -1; }
      if (from < 0) from = s;
      to = e;
    }
    if (from >= 0) remark(from, to, cache);
  }
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
