// Markdown → LintDocument with unified + remark-parse (+ remark-gfm tables, + remark-cjk-friendly so that
// **注意：**本条款 is bold as a Chinese reader sees it). Headings count as emphasis.
import { LineIndex, SegmentMap, parseDirective, type Block, type BlockType, type Directive, type LintDocument, type Mark } from '@xiaobao/core';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { alignToSource } from './align.js';

interface Node { type: string; value?: string; depth?: number; children?: Node[]; position?: { start: { offset?: number; line: number }; end: { offset?: number; line: number } } }

// remark-gfm costs about a third of the parse; it is only needed for tables (strikethrough and autolinks do
// not change the text a rule reads), so documents without a table row are parsed without it
let withGfm: ReturnType<typeof makeProcessor> | undefined;
let plain: ReturnType<typeof makeProcessor> | undefined;
function makeProcessor(gfm: boolean) { return gfm ? unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly) : unified().use(remarkParse).use(remarkCjkFriendly); }
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/m;

export function parseMarkdown(source: string): LintDocument {
  const gfm = TABLE_ROW.test(source);
  const processor = gfm ? (withGfm ??= makeProcessor(true)) : (plain ??= makeProcessor(false));
  const tree = processor.parse(source) as unknown as Node;
  const lines = new LineIndex(source);
  const map = new SegmentMap(lines);
  const blocks: Block[] = [];
  const marks: Mark[] = [];
  const directives: Directive[] = [];
  let text = '';

  const addText = (value: string, node: Node) => {
    const tStart = text.length;
    text += value;
    if (node.position?.start.offset !== undefined) alignToSource(map, source, value, tStart, node.position.start.offset, node.position.end.offset);
  };

  const inline = (node: Node) => {
    const start = text.length;
    switch (node.type) {
      case 'text': addText(node.value ?? '', node); break;
      case 'inlineCode': addText(node.value ?? '', node); break;
      case 'break': text += '\n'; break;
      case 'html': {
        const v = node.value ?? '';
        if (v.includes('xiaobao-')) { const d = parseDirective(v.replace(/^<!--/, ''), node.position?.start.line ?? 0); if (d) directives.push(d); }
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
        if (v.includes('xiaobao-')) {
          let line = node.position?.end.line ?? 0;
          const d = parseDirective(v.replace(/^<!--/, ''), node.position?.start.line ?? 0);
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
  walk(tree, undefined);
  if (!text.length) map.add(0, 0, 0);

  return {
    text, blocks, marks, map, format: 'markdown', directives, source,
    emphasize(start: number, end: number) {
      const s = map.sourceOffset(start), e = map.sourceOffset(end);
      const slice = source.slice(s, e);
      if (slice !== text.slice(start, end) || !slice.trim()) return undefined;
      return { range: [s, e], text: `**${slice}**` };
    },
  };
}
