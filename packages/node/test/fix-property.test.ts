// --fix converges: on random mutations of the Markdown, text and HTML fixtures (fences, comments, raw HTML and
// emphasis markers cut open or closed, banned terms and disclosures inserted or removed), a second --fix run changes
// nothing, and an appended statement never lands where the linter does not read it.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Xiaobao } from '../src/index.js';

const ROOT = path.resolve(__dirname, '../../..');
const FILES = ['fixtures/wealth/spring-wechat-article.md', 'fixtures/wealth/branch-poster.txt', 'fixtures/loan/product-page.md', 'fixtures/contract/consumer-loan-contract.md', 'fixtures/html/cash-loan-landing.html'];
const PIECES = ['```\n', '~~~', '<style>\n', '</style>\n', '<!--', '-->', '<!-- xiaobao-disable -->\n', '**', '\n\n', '保本保收益', '稳赚不赔', '预期收益率5%', '理财非存款、产品有风险、投资须谨慎。', '<pre>', '# 理财\n', '日利率0.05%'];
const fixer = new Xiaobao({ cwd: ROOT, noConfig: true, fix: true });
const fixOnce = async (text: string, file: string) => {
  const format = file.endsWith('.html') ? 'html' : file.endsWith('.txt') ? 'text' : 'markdown';
  const r = await fixer.lintText(text, { format, filePath: file });
  return r.output ?? text;
};

describe('--fix converges', () => {
  const sources = FILES.map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')] as const);
  it('a second run changes nothing, on 120 random mutations of the fixtures', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...sources),
      fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 6 }),
      async ([file, src], edits) => {
        let text = src;
        for (const [at, del, piece] of edits) { const i = at % (text.length + 1); text = text.slice(0, i) + piece + text.slice(i + del); }
        const once = await fixOnce(text, file);
        const twice = await fixOnce(once, file);
        expect(twice).toBe(once);
      },
    ), { numRuns: 120, seed: 20261130 });
  }, 120_000);

  it('a file ending inside an unclosed <style> or fence gets no appended statement (it would not be read)', async () => {
    for (const tail of ['<style>\n<!-- xiaobao-disable -->\n.a{color:red}\n', '```\ncode\n']) {
      const text = `# 稳享理财\n\n本理财产品业绩优秀。\n\n${tail}`;
      expect(await fixOnce(text, 'x.md')).toBe(text);
    }
    const plain = '# 稳享理财\n\n本理财产品业绩优秀。\n';
    const fixed = await fixOnce(plain, 'x.md');
    expect(fixed).toContain('理财非存款');
    expect(await fixOnce(fixed, 'x.md')).toBe(fixed);
  });
});
