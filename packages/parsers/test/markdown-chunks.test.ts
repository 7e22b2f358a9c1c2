// Chunked parsing (large documents, the editor) must give exactly the document a whole parse gives.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownChunks, loadMarkdown, parseMarkdown } from '../src/markdown.js';
await loadMarkdown(); // remark-gfm, for the tables

const ROOT = path.resolve(__dirname, '../../..');
const mdFiles = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? mdFiles(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []);
const same = (src: string) => {
  const whole = parseMarkdown(src, { chunkFrom: Infinity });
  for (const chunkSize of [0, 2048]) {
  const chunked = parseMarkdown(src, { chunkFrom: 0, chunkSize });
  expect(chunked.text).toBe(whole.text);
  expect(chunked.blocks).toEqual(whole.blocks);
  expect(chunked.marks).toEqual(whole.marks);
  expect(chunked.directives).toEqual(whole.directives);
  for (let o = 0; o <= whole.text.length; o += 7) expect(chunked.map.toSource(o)).toEqual(whole.map.toSource(o));
  }
};

describe('markdown chunks', () => {
  it('every Markdown fixture, and all of them concatenated, give the same document chunked or whole', () => {
    const files = mdFiles(path.join(ROOT, 'fixtures'));
    expect(files.length).toBeGreaterThan(10);
    const all = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n\n');
    for (const f of files) same(fs.readFileSync(f, 'utf8'));
    same(all);
    expect(markdownChunks(all, 0, 512).length).toBeGreaterThan(5);
  });
  it('never splits inside fenced code, HTML comments or indented continuations; not at all with reference definitions', () => {
    const tricky = [
      '# 标题\n\n```\n代码\n\n仍是代码：保本保收益\n```\n\n正文一。',
      '<!--\n\n注释里的空行\n\n-->\n\n正文二。',
      '- 列表项\n\n  续行段落：**提前还款**\n\n- 第二项',
      '    缩进代码\n\n    仍是缩进代码\n\n正文三。',
      '<!-- xiaobao-disable-next-line banned-terms -- 原因 -->\n\n本产品稳赚不赔。',
      '| 项目 | 利率 |\n| --- | --- |\n| 日利率 | 0.05% |\n\n表后正文。',
    ].join('\n\n');
    const chunks = markdownChunks(tricky, 0, 0);
    const starts = chunks.map(([s]) => tricky.slice(s, s + 8));
    for (const bad of ['仍是代码', '注释里的空行', '-->', '  续行段落', '    仍是缩进']) expect(starts.some((s) => s.startsWith(bad))).toBe(false);
    expect(chunks.length).toBeGreaterThan(5);
    same(tricky);
    expect(markdownChunks('正文[链接][a]。\n\n'.repeat(10) + '[a]: https://example.com\n', 0, 0)).toHaveLength(1);
    same('正文[链接][a]。\n\n'.repeat(10) + '[a]: https://example.com\n');
  });
});

describe('markdown chunks under random edits', () => {
  it('300 random edits with Markdown-significant pieces: chunked = whole every time', () => {
    const base = mdFiles(path.join(ROOT, 'fixtures')).map((f) => fs.readFileSync(f, 'utf8')).join('\n\n').slice(0, 12_000);
    const pieces = ['```', '~~~', '\n\n', '\n', '<!--', '-->', '    ', '  ', '- ', '1. ', '> ', '**', '# ', '<pre>', '</pre>', '| a | b |\n| - | - |', '\t', '稳赚不赔', '===', '<!-- xiaobao-disable-next-line -->'];
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 8 }), (edits) => {
      let src = base;
      for (const [pos, del, ins] of edits) { const at = pos % (src.length + 1); src = src.slice(0, at) + ins + src.slice(at + del); }
      const whole = parseMarkdown(src, { chunkFrom: Infinity });
      const chunked = parseMarkdown(src, { chunkFrom: 0, chunkSize: 0 });
      expect(chunked.text).toBe(whole.text);
      expect(chunked.blocks).toEqual(whole.blocks);
      expect(chunked.marks).toEqual(whole.marks);
      expect(chunked.directives).toEqual(whole.directives);
    }), { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261124) });
  }, 120_000);
});
