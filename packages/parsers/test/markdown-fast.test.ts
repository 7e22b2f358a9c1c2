// The Markdown fast path (simple chunks read without remark) must give exactly the document, and so exactly the
// findings, of one remark parse of the whole document: on every Markdown fixture, on the evaluation dev set when it
// is there (../shared/eval/dev), and under random Markdown-significant edits.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Linter, type LintDocument, type RulePack } from '@xiaobao/core';
import { loadMarkdown, markdownChunks, parseMarkdown } from '../src/markdown.js';
import { simpleChunk } from '../src/markdown-simple.js';

const ROOT = path.resolve(__dirname, '../../..');
const DEV = path.resolve(ROOT, '../shared/eval/dev');
const mdFiles = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? mdFiles(path.join(dir, e.name)) : /\.(md|markdown)$/.test(e.name) ? [path.join(dir, e.name)] : []);
const fixtures = mdFiles(path.join(ROOT, 'fixtures'));
const dev = fs.existsSync(DEV) ? mdFiles(DEV) : [];

const RULES = path.join(ROOT, 'rules');
const index = JSON.parse(fs.readFileSync(path.join(RULES, 'index.json'), 'utf8'));
const packs: RulePack[] = index.packs.map((p: string) => JSON.parse(fs.readFileSync(path.join(RULES, p), 'utf8')));
const discourse = JSON.parse(fs.readFileSync(path.join(RULES, index.discourse), 'utf8'));
const detection = JSON.parse(fs.readFileSync(path.join(RULES, index.detection), 'utf8'));
const linter = new Linter({ packs, discourse, detection, asOf: '2026-09-01' });

beforeAll(() => loadMarkdown());

const whole = (src: string) => parseMarkdown(src, { chunkFrom: Infinity });
function sameDocument(fast: LintDocument, ref: LintDocument) {
  expect(fast.text).toBe(ref.text);
  expect(fast.blocks).toEqual(ref.blocks);
  expect(fast.marks).toEqual(ref.marks);
  expect(fast.directives).toEqual(ref.directives);
  expect(fast.readsEnd).toBe(ref.readsEnd);
  for (let o = 0; o <= ref.text.length; o++) if (fast.map.toSource(o).offset !== ref.map.toSource(o).offset) expect([o, fast.map.toSource(o)]).toEqual([o, ref.map.toSource(o)]);
}
const findings = (doc: LintDocument) => linter.lint(doc).findings;

describe('Markdown fast path', () => {
  it('every Markdown fixture: the same document and the same findings as a whole remark parse', () => {
    expect(fixtures.length).toBeGreaterThan(10);
    let findingCount = 0;
    for (const f of fixtures) {
      const src = fs.readFileSync(f, 'utf8');
      const fast = parseMarkdown(src), ref = whole(src);
      sameDocument(fast, ref);
      const a = findings(fast);
      expect(a, f).toEqual(findings(ref));
      findingCount += a.length;
    }
    expect(findingCount).toBeGreaterThan(20);
  });

  it.skipIf(!dev.length)('the evaluation dev set: the same document and the same findings', () => {
    for (const f of dev) {
      const src = fs.readFileSync(f, 'utf8');
      const fast = parseMarkdown(src), ref = whole(src);
      sameDocument(fast, ref);
      expect(findings(fast), f).toEqual(findings(ref));
    }
  });

  it('takes the fast path for most chunks of real copy, and never for Markdown syntax it does not model', () => {
    let chunks = 0, simple = 0;
    for (const f of fixtures) {
      const src = fs.readFileSync(f, 'utf8');
      for (const [s, e] of markdownChunks(src, 0, 0)) { chunks++; if (simpleChunk(src, s, e)) simple++; }
    }
    expect(simple / chunks).toBeGreaterThan(0.5);
    const not = ['正文[链接](http://a.cn)', '`代码`', '<b>粗体</b>', '正文  \n下一行', '> 引用\n> 续行', '- 项目\n  续行', '- 项目\n正文', '本产品**保本**', '**甲**乙**', 'a &amp; b', '正文\\*', '~~删除~~', '| a | b |', '    缩进代码', '正文\n===', '1. 2. 嵌套', '  前导空格', '正文\r\n下一行', '访问www.example.com', '# 标题 #', '- # 标题', '正文\n1. 条款', '正文\n1) 条款', '1.\n正文', '- 1. 嵌套', '1.1 条款\n1. 条款', '1.1 条款\n2)\t条款',
      // a `_` run that may open emphasis before one that may close it, or next to a `*`
      '本产品_保本_', '日期：____年__月__日', '**____**', '借款人：____*', '___\n正文'];
    for (const src of not) expect(simpleChunk(src, 0, src.length), src).toBeUndefined();
    const yes: [string, string[]][] = [
      ['## 第四条 违约责任', ['heading']], ['**借款人逾期的，按日计收罚息。**', ['paragraph']], ['1. 借款人应按时还款。', ['list-item']],
      ['- 甲\n- 乙', ['list-item', 'list-item']], ['> 投资有风险', ['blockquote']], ['# 标题\n正文一行\n正文二行\n## 小节', ['heading', 'paragraph', 'heading']],
      // numbered clauses: an ordered list marker needs a space, a tab or the line's end after its . or )
      ['1.1 贷款人有权变更本合同条款。', ['paragraph']], ['4.2 借款人提前还款的。\n4.3 本合同一式两份。', ['paragraph']], ['1)借款用途', ['paragraph']],
      ['1234567890. 正文', ['paragraph']], ['- 1.1 条款', ['list-item']], ['## 1.1 定义', ['heading']],
      // fill-in blanks: every `_` run followed by white space or the line's end (none can open emphasis)
      ['借款人：__________　　证件号码：____________________', ['paragraph']], ['甲方：____ 乙方：____\n日期：____', ['paragraph']],
      ['- 借款人：______', ['list-item']], ['签字：__________（盖章）', ['paragraph']], ['**借款人（签字）：__________ 日期**', ['paragraph']],
    ];
    for (const [src, types] of yes) {
      expect(simpleChunk(src, 0, src.length)?.map((b) => b.type), src).toEqual(types);
      sameDocument(parseMarkdown(src), whole(src));
    }
  });

  it('300 random chunks of fill-in blanks: when the fast path takes one, the same document as a whole parse', () => {
    // `_` runs between Han characters, full-width and ASCII punctuation, spaces, U+3000, `*` and line breaks
    const pieces = ['_', '__', '______', '借款人', '年', '：', '（', '）', '。', ' ', '\u3000', '\n', '*', '**', 'a', '.', '!', '# ', '- '];
    let taken = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
      const src = parts.join('');
      if (!simpleChunk(src, 0, src.length)) return;
      taken++;
      sameDocument(parseMarkdown(src), whole(src));
    }), { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261201) });
    expect(taken).toBeGreaterThan(30);
  });

  it('300 random edits with Markdown-significant pieces: the same document as a whole parse every time', () => {
    const base = fixtures.map((f) => fs.readFileSync(f, 'utf8')).join('\n\n').slice(0, 8_000);
    const pieces = ['```', '\n\n', '\n', '<!--', '-->', '    ', '  ', ' ', '- ', '1. ', '2) ', '1.1 ', '3.', '4)', '> ', '**', '*', '_', '# ', '###### ', '<pre>', '| a | b |\n| - | - |', '\t', '\r\n', '===', '---', '\\', '&amp;', '[链接](x)', 'www.a.cn', '稳赚不赔', '<!-- xiaobao-disable-next-line -->', '\u3000', '#'];
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 8 }), (edits) => {
      let src = base;
      for (const [pos, del, ins] of edits) { const at = pos % (src.length + 1); src = src.slice(0, at) + ins + src.slice(at + del); }
      const fast = parseMarkdown(src), ref = whole(src);
      expect(fast.text).toBe(ref.text);
      expect(fast.blocks).toEqual(ref.blocks);
      expect(fast.marks).toEqual(ref.marks);
      expect(fast.directives).toEqual(ref.directives);
      for (let o = 0; o <= ref.text.length; o += 5) expect(fast.map.toSource(o)).toEqual(ref.map.toSource(o));
    }), { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261130) });
  }, 180_000);
});
