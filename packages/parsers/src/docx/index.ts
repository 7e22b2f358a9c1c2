// .docx → LintDocument with mammoth: paragraphs, headings, lists and tables (cells row by row, left to
// right) in document order, emphasis from mammoth's bold runs. Positions: line = paragraph number in
// document order (tables included), column = character offset in it; messages say 第N段 / 表格第R行第C列.
// The zip is checked before anything is inflated (legacy .doc, encrypted files, corrupt zips, zip bombs).
import { createRequire } from 'node:module';
import type { Block, LintDocument, SourceMap, SourcePosition } from '@xiaobao/core';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { InputError } from '../errors.js';
import { walkHtml, type HNode } from '../html-walk.js';
import { checkZip } from './zip-guard.js';
import { readStyledParagraphs, type StyledParagraph } from './ooxml.js';
import type { Mark } from '@xiaobao/core';

const require = createRequire(import.meta.url);

class ParagraphMap implements SourceMap {
  constructor(private blocks: Block[]) {}
  private index(offset: number): number {
    const b = this.blocks;
    let lo = 0, hi = b.length - 1, found = 0;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (b[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    return found;
  }
  toSource(offset: number): SourcePosition {
    if (!this.blocks.length) return { line: 1, column: 1 };
    const i = this.index(offset);
    const b = this.blocks[i];
    return { line: i + 1, column: Math.min(offset, b.end) - b.start + 1 };
  }
  describe(offset: number): string {
    if (!this.blocks.length) return '第1段';
    const i = this.index(offset);
    const b = this.blocks[i];
    return b.type === 'table-cell' ? `第${i + 1}段（表格第${b.row}行第${b.col}列）` : `第${i + 1}段`;
  }
}

/**
 * One readable line for a damaged file, by what went wrong — never the parser's internals (xmldom's multi-line
 * reports, "Cannot read properties of null", zip library wording).
 */
export function corruptMessage(internal: string): string {
  if (/xmldom|parse error|tag ?name|not complete|unclosed|attribute|entity|Hierarchy/i.test(internal)) return '.docx 中的文档内容（word/document.xml）不是完整的 XML，文件已损坏（corrupt .docx: malformed XML in the document part）';
  if (/size mismatch|crc|central directory|zip|inflate|deflate|compress/i.test(internal)) return '.docx 压缩包已损坏，无法解压（corrupt .docx: the zip container is damaged）';
  return '.docx 文件结构不完整或已损坏，无法读取（corrupt .docx: its structure is incomplete）';
}

/**
 * Runs one paragraph may hold. mammoth's document model costs ~6 KB a run: one paragraph of 200,000 runs (a 35 KB file)
 * took 12 s and 1.3 GB in mammoth alone (found by fuzzing); a real paragraph has hundreds.
 */
export const MAX_PARAGRAPH_RUNS = 100_000;
/** the most runs (`<w:r>`) after one paragraph's start (`<w:p>`): a scan of the XML text, before mammoth builds anything */
export function mostRunsInAParagraph(xml: string): number {
  let most = 0, runs = 0;
  for (const m of xml.matchAll(/<w:([pr])[\s>\/]/g)) if (m[1] === 'p') runs = 0; else if (++runs > most) most = runs;
  return most;
}

export async function parseDocx(buf: Uint8Array): Promise<LintDocument> {
  const zip = await checkZip(buf);
  // (a part that does not inflate is left for mammoth to report, as before)
  const xml: string | undefined = await zip.file('word/document.xml')?.async('string').catch(() => undefined);
  if (xml && mostRunsInAParagraph(xml) >= MAX_PARAGRAPH_RUNS) throw new InputError(`.docx 中有段落过长（一段有 ${MAX_PARAGRAPH_RUNS} 个以上文本片段），无法解析；请检查文件是否损坏（.docx paragraph with too many runs to parse）`, 'too-many-runs');
  const mammoth = require('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(buf) }, { ignoreEmptyParagraphs: true })).value;
  } catch (e) {
    const msg = String((e as Error).message ?? e);
    if (/main document part|word\/document\.xml/i.test(msg)) throw new InputError('这不是有效的 Word 文档：缺少 word/document.xml（not a Word document: word/document.xml is missing）', 'corrupt');
    throw new InputError(corruptMessage(msg), 'corrupt');
  }
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as unknown as HNode;
  const out = walkHtml(tree, () => {});
  const marks = out.marks;
  let styled: StyledParagraph[];
  try {
    styled = readStyledParagraphs(xml ?? await zip.file('word/document.xml').async('string'), await zip.file('word/styles.xml')?.async('string'));
  } catch (e) {
    throw new InputError(corruptMessage(String((e as Error).message)), 'corrupt');
  }
  for (const m of styledMarks(out.text, out.blocks, styled)) marks.push(m);
  return { text: out.text, blocks: out.blocks, marks, map: new ParagraphMap(out.blocks), format: 'docx', directives: [] };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** emphasis from run properties, aligned to mammoth's paragraphs by their text (non-space characters) */
function styledMarks(text: string, blocks: Block[], paras: StyledParagraph[]): Mark[] {
  const marks: Mark[] = [];
  let bi = 0;
  for (const p of paras) {
    const ptext = squeeze(p.runs.map((r) => r.text).join(''));
    let j = bi;
    while (j < blocks.length && squeeze(text.slice(blocks[j].start, blocks[j].end)) !== ptext) j++;
    if (j >= blocks.length) continue;
    bi = j + 1;
    const b = blocks[j];
    const nonSpace: number[] = [];
    for (let k = b.start; k < b.end; k++) if (!/\s/.test(text[k])) nonSpace.push(k);
    let n = 0;
    for (const r of p.runs) {
      const len = squeeze(r.text).length;
      if (len && (r.larger || r.color || r.underline || r.highlight || r.bold)) {
        const s = nonSpace[n], e = nonSpace[n + len - 1] + 1;
        for (const kind of ['larger', 'color', 'underline', 'highlight', 'bold'] as const) if (r[kind]) marks.push({ kind, start: s, end: e });
      }
      n += len;
    }
  }
  return marks;
}

export { annotateDocx, type Annotation } from './annotate.js';
