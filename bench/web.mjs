#!/usr/bin/env node
// The browser version (packages/web), in headless Chromium, served by `xiaobao web`:
//  - page weight: every file of the site gzipped (what an intranet server sends), what the first lint loads, the total
//  - time to first finding on a 5 KB copy: cold start (fresh browser profile, nothing cached), from navigation and
//    from the paste, median of 5; the segmenter (jieba-wasm) is fetched and compiled in that time
//  - re-lint after a keystroke on a 100 KB document: from the edit to the new findings on screen (includes the
//    page's 150 ms typing pause) and the engine's own time in the worker, median of 20; the Node API on the same
//    text for comparison
// A benchmark, not a test: nothing asserts a time.
//   node bench/web.mjs [--screenshot docs/web.png]     (after pnpm build; needs /usr/bin/chromium)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'packages/web/dist');
const CHROMIUM = '/usr/bin/chromium';
const shotArg = process.argv.indexOf('--screenshot');
const SHOT = shotArg > 0 ? path.resolve(process.argv[shotArg + 1]) : undefined;
if (!fs.existsSync(path.join(DIST, 'index.html'))) { console.error('packages/web/dist is missing: run pnpm build first'); process.exit(2); }
if (!fs.existsSync(CHROMIUM)) { console.error(`${CHROMIUM} is missing (apt-get install chromium)`); process.exit(2); }
const { chromium } = await import('playwright-core');

// the texts: the benchmark corpus generator's copy (deterministic), 5 KB and 100 KB of it
const CORPUS = path.join(ROOT, 'bench/out/web-corpus');
if (!fs.existsSync(CORPUS)) spawnSync(process.execPath, [path.join(ROOT, 'bench/gen-corpus.mjs'), '--mb', '1', '--files', '100', '--out', CORPUS], { stdio: 'inherit' });
const corpusFiles = [];
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.md')) corpusFiles.push(p); } };
walk(CORPUS);
const textOf = (kb) => { let t = ''; for (const f of corpusFiles) { t += `${fs.readFileSync(f, 'utf8')}\n`; if (Buffer.byteLength(t) >= kb * 1024) break; } return t; };
const cut = (t, kb) => { while (Buffer.byteLength(t) > kb * 1024) t = t.slice(0, -1); return t; };
const copy5 = cut(textOf(5), 5), doc100 = cut(textOf(100), 100);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// ── page weight ──
const files = [];
const walkDist = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walkDist(p); else files.push(p); } };
walkDist(DIST);
const gz = new Map(files.map((f) => { const b = fs.readFileSync(f); return [path.relative(DIST, f).split(path.sep).join('/'), { raw: b.length, gzip: zlib.gzipSync(b).length }]; }));
const sum = (names, k) => names.reduce((n, f) => n + (gz.get(f)?.[k] ?? 0), 0);

// ── the server ──
const server = spawn(process.execPath, [path.join(ROOT, 'packages/cli/bin/xiaobao.js'), 'web', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => { out += d; const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out); if (m) resolve(m[0]); });
  server.on('exit', (c) => reject(new Error(`xiaobao web exited (${c})`)));
});
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

/** paste into the editor (linted at once) and wait for the findings; ms from the paste */
const PASTE = (text) => new Promise((resolve) => {
  const editor = document.getElementById('editor'), status = document.getElementById('status');
  const t0 = performance.now();
  const obs = new MutationObserver(() => { if (document.querySelector('li.finding') && !/…$/.test(status.textContent)) { obs.disconnect(); resolve({ fromPaste: performance.now() - t0, fromNavigation: performance.now() }); } });
  obs.observe(document.getElementById('findings'), { childList: true });
  editor.value = text;
  editor.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
});

try {
  // ── time to first finding, cold ──
  const cold = [];
  let firstLoad = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const requested = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1) || 'index.html'));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const r = await page.evaluate(PASTE, copy5);
    cold.push(r);
    if (i === 0) firstLoad = [...new Set(requested)];
    if (i === 0 && SHOT) {
      const page2 = await context.newPage();
      await page2.setViewportSize({ width: 1280, height: 760 });
      await page2.goto(url);
      await page2.evaluate(PASTE, fs.readFileSync(path.join(ROOT, 'fixtures/wealth/spring-wechat-article.md'), 'utf8'));
      await page2.locator('li.finding').nth(1).click();
      await page2.screenshot({ path: SHOT });
    }
    await context.close();
  }

  // ── a keystroke on 100 KB ──
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  const loaded = await page.evaluate(PASTE, doc100);
  const findings100 = await page.locator('li.finding').count();
  const keys = [];
  for (let i = 0; i < 20; i++) {
    keys.push(await page.evaluate((k) => new Promise((resolve) => {
      const editor = document.getElementById('editor'), status = document.getElementById('status');
      const at = Math.floor(editor.value.length / 2) + k;
      const t0 = performance.now();
      const obs = new MutationObserver(() => { const m = /(\d+) (毫秒|ms)/.exec(status.textContent); if (m) { obs.disconnect(); resolve({ ui: performance.now() - t0, engine: Number(m[1]) }); } });
      obs.observe(status, { childList: true, characterData: true, subtree: true });
      editor.setSelectionRange(at, at);
      editor.setRangeText('的', at, at, 'end');
      editor.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: '的' }));
    }), i));
  }
  await context.close();

  // the Node API on the same text, warm, for comparison
  const probe = `import { Xiaobao } from ${JSON.stringify(path.join(ROOT, 'packages/node/dist/index.js'))};
const x = new Xiaobao({ noConfig: true }); const t = ${JSON.stringify(doc100)}; const ts = [];
await x.lintText(t, { format: 'markdown' });
for (let i = 0; i < 7; i++) { const s = 't' + i + t.slice(2); const t0 = performance.now(); await x.lintText(s, { format: 'markdown' }); ts.push(performance.now() - t0); }
ts.sort((a, b) => a - b); console.log(ts[3]);`;
  const nodeMs = Number(spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }).stdout.trim());

  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const all = [...gz.keys()];
  const results = {
    weight: {
      totalRaw: sum(all, 'raw'), totalGzip: sum(all, 'gzip'),
      firstFindingFiles: firstLoad, firstFindingGzip: sum(firstLoad, 'gzip'),
      wasmRaw: gz.get('jieba_rs_wasm_bg.wasm').raw, wasmGzip: gz.get('jieba_rs_wasm_bg.wasm').gzip,
      withoutWasmGzip: sum(all.filter((f) => !f.endsWith('.wasm')), 'gzip'),
    },
    firstFinding5KB: { bytes: Buffer.byteLength(copy5), fromNavigationMs: median(cold.map((c) => c.fromNavigation)), fromPasteMs: median(cold.map((c) => c.fromPaste)), runs: cold },
    keystroke100KB: { bytes: Buffer.byteLength(doc100), findings: findings100, firstLintMs: loaded.fromPaste, uiMs: median(keys.map((k) => k.ui)), engineMs: median(keys.map((k) => k.engine)), nodeApiMs: nodeMs },
  };
  fs.mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/out/web.json'), JSON.stringify(results, null, 2));
  const w = results.weight, f = results.firstFinding5KB, k = results.keystroke100KB;
  console.log(`page weight (gzip): everything ${kb(w.totalGzip)} (raw ${kb(w.totalRaw)}); the segmenter wasm ${kb(w.wasmGzip)} of it (raw ${kb(w.wasmRaw)}); without it ${kb(w.withoutWasmGzip)}`);
  console.log(`  loaded for the first finding on a 5 KB copy: ${kb(w.firstFindingGzip)} — ${w.firstFindingFiles.join(', ')}`);
  console.log(`time to first finding, 5 KB copy, cold (median of 5): ${f.fromNavigationMs.toFixed(0)} ms from navigation, ${f.fromPasteMs.toFixed(0)} ms from the paste`);
  console.log(`keystroke on a 100 KB document (${k.findings} findings; median of 20): ${k.uiMs.toFixed(0)} ms to the new findings on screen (incl. the 150 ms typing pause), engine ${k.engineMs} ms in the worker; Node API on the same text ${k.nodeApiMs.toFixed(0)} ms`);
  if (SHOT) console.log(`screenshot: ${path.relative(process.cwd(), SHOT)}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
