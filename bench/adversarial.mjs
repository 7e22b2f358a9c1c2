#!/usr/bin/env node
// The adversarial-input catalogue: inputs shaped to make per-hit work explode (many hits in one table, one
// paragraph, one line; deep list nesting; many tiny blocks; a long single line; an HTML table of many rows and a paragraph
// of many <br>s), each linted at size N and 2N
// through the Node API in this process. Prints wall time and the deterministic work counters (candidates, spans
// visited by the containment passes) so linear growth shows as a ratio near 2.
//   node bench/adversarial.mjs [N]     (default N = 2000)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Xiaobao } from '../packages/node/dist/index.js';

const N = Number(process.argv[2] ?? 2000);
const x = new Xiaobao({ cwd: process.cwd(), noConfig: true, product: 'wealth' });
const inputs = {
  'table rows, a banned term each': (n) => ['# 理财', '', '| 产品 | 说明 |', '| --- | --- |', ...Array.from({ length: n }, (_, i) => `| 产品${i} | 保本保收益，稳赚不赔 |`)].join('\n') + '\n',
  'one paragraph repeating a phrase': (n) => `# 理财\n\n${'本产品保本保息，零风险。'.repeat(n)}\n`,
  'one line, no stops': (n) => `${'保本稳赚零风险'.repeat(n)}\n`,
  'deep list nesting': (n) => ['# 理财', '', ...Array.from({ length: n }, (_, i) => `${'  '.repeat(Math.min(i, 60))}- 第${i}项 保本保收益`)].join('\n') + '\n',
  'many tiny blocks': (n) => Array.from({ length: n * 3 }, (_, i) => `保本${i}`).join('\n\n') + '\n',
  'contract, many key clauses': (n) => ['# 借款合同', '', ...Array.from({ length: n }, (_, i) => `${i + 1}. 借款人逾期的，贷款人有权按日万分之五计收罚息，并不另行通知。`)].join('\n\n') + '\n',
  // a contract (it needs remark's tree) with a list nested n / 10 deep: remark's time is the depth's cube; refused from 100
  'contract, list nested n / 10 deep': (n) => `借款合同\n\n第一条 借款人提前还款的，应支付违约金。\n\n${Array.from({ length: n / 10 }, (_, i) => `${'  '.repeat(i)}- x\n`).join('')}`,
  // HTML (and the HTML mammoth makes of a .docx): every block closed and every <br> weighed against the text so far
  'HTML table, many rows': [(n) => `<html><body><h1>收费表</h1><table>${Array.from({ length: n * 5 }, (_, i) => `<tr><td>${i}</td><td>说明<br>文字</td></tr>`).join('')}</table></body></html>`, 'html'],
  // the rates engine: a line of rates, one figure repeated (each phrase read its whole block; each APR was compared with all)
  'one line of daily rates': [(n) => `${'日息低至0.02%，'.repeat(n * 5)}\n`, 'markdown', 'loan'],
  'one line of daily rates and APRs': [(n) => `${'日息0.02%，年化利率7.3%，每期手续费率0.5%，'.repeat(n * 2)}\n`, 'markdown', 'loan'],
  // a .docx paragraph of n × 50 alternating plain and bold runs: mammoth's model costs ~6 KB a run; refused from 100,000
  'a .docx paragraph of n × 50 runs': [(n) => `<w:p>${Array.from({ length: n * 50 }, (_, i) => `<w:r>${i % 2 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>保本</w:t></w:r>`).join('')}</w:p>`, 'docx'],
  // bold elements nested 200 deep around n plain runs (a plain weight takes back the bold around it: each run read once)
  'HTML bold nested around plain runs': [(n) => `<html><body><p>${'<b>'.repeat(200)}${Array.from({ length: n }, (_, i) => `<span style="font-weight:normal">第${i}条 借款人应支付违约金。</span>`).join('')}${'</b>'.repeat(200)}</p></body></html>`, 'html'],
  'HTML paragraph, many <br> wraps': [(n) => `<html><body><p>${'借款利率为年化百分之十<br>　　风险备<br>用金说明'.repeat(n * 5)}</p></body></html>`, 'html'],
};

async function measure(input, n) {
  const [make, format, product] = Array.isArray(input) ? input : [input, 'markdown'];
  const text = make(n);
  const t0 = performance.now();
  const r = format === 'docx' ? await lintDocx(text) : await x.lintText(text, { format, filePath: `bench.${format === 'html' ? 'html' : 'md'}`, ...(product ? { product } : {}) });
  return { ms: performance.now() - t0, kb: text.length / 1024, findings: r.messages.length, stats: r.stats ?? {} };
}

/** lints a .docx (written to a temporary directory, removed after) whose body is the given paragraphs' XML */
async function lintDocx(paragraphs) {
  const JSZip = createRequire(new URL('../packages/parsers/package.json', import.meta.url))('jszip');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-bench-'));
  try {
    const file = path.join(dir, 'bench.docx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return await x.lintFile(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`adversarial catalogue, N = ${N} and ${2 * N}`);
for (const [name, make] of Object.entries(inputs)) {
  await measure(make, 50); // warm up (dictionary, JIT)
  const a = await measure(make, N), b = await measure(make, 2 * N);
  const ratio = (p, q) => (q ? (p / q).toFixed(2) : '-');
  console.log(`${name.padEnd(34)} ${a.kb.toFixed(0).padStart(5)} KB ${a.ms.toFixed(0).padStart(6)} ms → ${b.kb.toFixed(0).padStart(5)} KB ${b.ms.toFixed(0).padStart(6)} ms  time ×${ratio(b.ms, a.ms)}  findings ${a.findings}→${b.findings}`);
}
