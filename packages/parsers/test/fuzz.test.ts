// Fuzzing each parser with mutated real files (a .docx from the contract corpus and the fixtures, HTML, Markdown):
// every input either parses or is refused with one readable line — never a crash, a stack trace or a parser's
// internals ("Cannot read properties of null", xmldom's multi-line report, zip library wording).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, parseBuffer } from '../src/index.js';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');
const ROOT = path.resolve(__dirname, '../../..');
const INTERNALS = /Cannot read|undefined|Not implemented|TypeError|xmldom|@#\[line|\n|\bat .*\(/;

async function outcome(buf: Buffer, name: string): Promise<'parsed' | string> {
  try { await parseBuffer(buf, name); return 'parsed'; } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
}

describe('parsers under fuzzing', () => {
  const docx = ['fixtures/docx/consumer-loan-contract.docx', 'corpus/contracts/tune/con-docx-glrcb-personal-loan.docx'].map((f) => fs.readFileSync(path.join(ROOT, f)));
  it('.docx with a mutated document part, or with flipped bytes: parsed or one clean line', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...docx), fc.nat(), fc.nat(3), fc.nat(300), fc.boolean(), async (buf, at, op, len, bytes) => {
      let input: Buffer;
      if (bytes) {
        input = Buffer.from(buf);
        for (let j = 0; j < 6; j++) input[(at * (j + 7)) % input.length] = (at + j * 31) & 0xff;
      } else {
        const zip = await JSZip.loadAsync(buf);
        const xml: string = await zip.file('word/document.xml').async('string');
        const i = at % xml.length;
        const cut = [xml.slice(0, i), xml.slice(0, i) + '<' + xml.slice(i), xml.slice(0, i) + xml.slice(i + len), xml.slice(0, i) + '&#xFFFF;<w:p><w:r>' + xml.slice(i)][op];
        zip.file('word/document.xml', cut);
        input = await zip.generateAsync({ type: 'nodebuffer' });
      }
      const r = await outcome(input, 'x.docx');
      if (r !== 'parsed') expect(r).not.toMatch(INTERNALS);
    }), { numRuns: 80, seed: 7 });
  }, 120_000);

  it('HTML and Markdown with random cuts and inserted markup parse (or, with a NUL byte, are refused in one line)', async () => {
    const texts = ['fixtures/html/cash-loan-landing.html', 'corpus/contracts/tune/con-html-maiya-loan.html', 'fixtures/wealth/spring-wechat-article.md', 'corpus/contracts/tune/con-text-lian-group-inpatient-clause.md'].map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')] as const);
    const pieces = ['<', '</td>', '<table><tr><td>', '<!--', '```', '<style>', '&#x', '**', '\u0000', '|---|'];
    await fc.assert(fc.asyncProperty(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 6 }), async ([f, t], edits) => {
      let s = t;
      for (const [at, p] of edits) { const i = at % (s.length + 1); s = s.slice(0, i) + p + s.slice(i); }
      // a NUL byte makes it a binary file: refused, with one clean line
      const r = await outcome(Buffer.from(s, 'utf8'), f);
      if (r !== 'parsed') expect(r).not.toMatch(INTERNALS);
      else if (!s.includes('\u0000')) expect(r).toBe('parsed');
    }), { numRuns: 60, seed: 11 });
  }, 120_000);
});
