// The browser version, in a real headless Chromium, served by `xiaobao web` (the CLI as a process):
//  - parity: every Markdown, text, HTML and .docx fixture linted in the page's worker gives exactly the CLI's messages
//  - the page: typing shows a finding, its quick fix is applied in place, a dropped .docx gives a reviewed copy whose
//    comments sit on the findings' text (read back with mammoth)
//  - no request leaves the page's origin; with the server gone and the network off, the page still lints
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
const CHROMIUM = '/usr/bin/chromium';
const require = createRequire(path.join(ROOT, 'packages/parsers/package.json'));
const DOCX = path.join(ROOT, 'fixtures/docx/consumer-loan-contract.docx');

/** `xiaobao web --port 0`: resolves with the process and the address it printed */
function startServer(): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, 'web', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) { clearTimeout(timer); resolve({ proc, url: m[0] }); }
    });
    proc.on('exit', (code) => reject(new Error(`xiaobao web exited with ${code}: ${out}`)));
  });
}
function stopServer(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => { proc.removeAllListeners('exit'); proc.once('exit', (code) => resolve(code)); proc.kill('SIGTERM'); });
}

const hasChromium = fs.existsSync(CHROMIUM);
let server: { proc: ChildProcess; url: string };
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  if (hasChromium) {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  }
});
afterAll(async () => {
  await browser?.close();
  if (server) expect(await stopServer(server.proc)).toBe(0);
});

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => !!(window as any).xiaobao);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

describe('xiaobao web', () => {
  it('serves the built page (and nothing outside it) and prints its address', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('消保审查');
    const wasm = await fetch(new URL('jieba_rs_wasm_bg.wasm', server.url));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    // ../package.json (the CLI's, next to the served folder) is not reachable
    expect((await fetch(`${server.url}%2e%2e%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(new URL('/nope.js', server.url))).status).toBe(404);
  });

  it('a bad --port is one readable line and exit code 2', () => {
    const r = spawnSync(process.execPath, [BIN, 'web', '--port', 'abc'], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--port/);
  });
});

describe.skipIf(!hasChromium)('the page in Chromium', () => {
  it.each(['zh', 'en'] as const)('gives the CLI’s findings on every Markdown, text, HTML and .docx fixture (locale %s)', async (locale) => {
    const cli = spawnSync(process.execPath, [BIN, 'lint', '--format', 'json', '--locale', locale, 'fixtures/'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    const results: { filePath: string; messages: unknown[] }[] = JSON.parse(cli.stdout);
    const byFormat = (ext: RegExp) => results.filter((r) => ext.test(r.filePath)).length;
    // every format is there, findings and fatal input errors both
    for (const ext of [/\.md$/, /\.txt$/, /\.html$/, /\.docx$/]) expect(byFormat(ext)).toBeGreaterThan(1);
    expect(results.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(100);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await openPage(context);
      for (const r of results) {
        const bytes = fs.readFileSync(r.filePath).toString('base64');
        const web = await page.evaluate(async ({ name, bytes, locale }) => {
          const bin = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
          return (await (window as any).xiaobao.lint({ name, bytes: bin, locale })).messages;
        }, { name: path.basename(r.filePath), bytes, locale });
        expect(web, path.relative(ROOT, r.filePath)).toEqual(r.messages);
      }
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('cuts words exactly as the CLI’s segmenter (jieba-wasm vs @node-rs/jieba, the same dictionary)', async () => {
    const { Linter } = await import('@xiaobao/core');
    const { loadBundledRules, defaultRulesDir } = await import('@xiaobao/node');
    const set = loadBundledRules(defaultRulesDir());
    const linter = new Linter({ packs: set.packs, dictionary: set.dictionary, discourse: set.discourse, detection: set.detection });
    const texts = new Set<string>();
    for (const f of spawnSync('git', ['ls-files', 'fixtures'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter((x) => /\.(md|txt|html)$/.test(x))) {
      for (const line of fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n')) if (/\p{Script=Han}/u.test(line)) texts.add(line);
    }
    for (const r of set.packs.flatMap((p) => p.rules)) for (const e of [...r.examples.valid, ...r.examples.invalid]) texts.add(typeof e === 'string' ? e : e.text);
    for (const w of set.dictionary) texts.add(`本产品${w}的说明`);
    const list = [...texts];
    expect(list.length).toBeGreaterThan(500);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await openPage(context);
      const web: string[][] = await page.evaluate((t) => (window as any).xiaobao.cut(t), list);
      list.forEach((t, i) => expect(web[i], t).toEqual(linter.segmenter.cut(t)));
    } finally {
      await context.close();
    }
  }, 120_000);

  it('typing shows a finding, its fix is applied in place; a dropped .docx downloads a reviewed copy commented on the right text', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    try {
      const page = await openPage(context);
      const editor = page.locator('#editor');
      await editor.click();
      await editor.pressSequentially('闪电贷：日利率0.05%，最快3分钟到账。');
      const finding = page.locator('li.finding', { hasText: 'rate-disclosure/apr-missing-in-loan-marketing' });
      await finding.waitFor({ timeout: 30_000 });
      // highlighted in the text: the mark over the daily rate
      await expect.poll(() => page.locator('#backdrop mark').allTextContents()).toContain('日利率0.05%');
      expect(await page.locator('#detected').textContent()).toContain('贷款');
      await page.screenshot({ path: path.join(ROOT, 'test-results', 'web.png') });
      await finding.locator('button.fix').first().click();
      expect(await editor.inputValue()).toBe('闪电贷：日利率0.05%（年化利率（单利）约18.00%，按360天计），最快3分钟到账。');
      await expect.poll(() => finding.count(), { timeout: 30_000 }).toBe(0);

      // drop a .docx onto the editor
      const bytes = fs.readFileSync(DOCX).toString('base64');
      const dt = await page.evaluateHandle((b64) => {
        const d = new DataTransfer();
        d.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'consumer-loan-contract.docx'));
        return d;
      }, bytes);
      await page.dispatchEvent('#drop', 'drop', { dataTransfer: dt });
      await page.locator('#annotate').waitFor({ state: 'visible', timeout: 30_000 });
      const cli = JSON.parse(spawnSync(process.execPath, [BIN, 'lint', '--format', 'json', DOCX], { cwd: ROOT, encoding: 'utf8' }).stdout)[0].messages as { ruleId: string; message: string; text: string }[];
      expect(await page.locator('li.finding').count()).toBe(cli.length);
      expect(await editor.getAttribute('readonly')).not.toBeNull();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#annotate').click()]);
      expect(download.suggestedFilename()).toBe('consumer-loan-contract.reviewed.docx');
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-web-')), 'reviewed.docx');
      await download.saveAs(file);

      // read back with mammoth: the text is unchanged, each comment's reference closes the text of its finding
      const mammoth = require('mammoth');
      expect((await mammoth.extractRawText({ path: file })).value).toBe((await mammoth.extractRawText({ path: DOCX })).value);
      const html: string = (await mammoth.convertToHtml({ path: file }, { styleMap: ['comment-reference => sup'] })).value;
      const comments = [...html.matchAll(/<dt id="comment-(\d+)">[^<]*<\/dt><dd><p>【([^】]+)】([^<]*)<\/p>/g)];
      expect(comments).toHaveLength(cli.length);
      for (const [, id, ruleId, message] of comments) {
        const f = cli.find((m) => m.ruleId === ruleId && m.message === message);
        expect(f, `comment ${id}: ${ruleId}`).toBeTruthy();
        const before = html.split(`<sup><a href="#comment-${id}"`)[0].replace(/<[^>]+>/g, '');
        expect(before.endsWith(f!.text)).toBe(true);
      }
      // and each comment's range starts where its finding starts (the range is exactly the finding's text)
      const JSZip = require('jszip');
      const xml: string = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml').async('string');
      for (const [, id] of comments) {
        const seg = xml.split(`<w:commentRangeStart w:id="${id}"/>`)[1].split(`<w:commentRangeEnd w:id="${id}"/>`)[0];
        expect(cli.map((m) => m.text)).toContain([...seg.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
      }

      // the HTML report is the CLI's formatter
      const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#report').click()]);
      const reportFile = path.join(path.dirname(file), 'report.html');
      await report.saveAs(reportFile);
      const text = fs.readFileSync(reportFile, 'utf8');
      expect(text).toContain('<h1>消保审查报告</h1>');
      expect((text.match(/<li class="finding/g) ?? []).length).toBe(cli.length);

      // a broken file is one readable line
      const bad = await page.evaluateHandle((b64) => {
        const d = new DataTransfer();
        d.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'encrypted.docx'));
        return d;
      }, fs.readFileSync(path.join(ROOT, 'fixtures/bad/encrypted.docx')).toString('base64'));
      await page.dispatchEvent('#drop', 'drop', { dataTransfer: bad });
      await expect.poll(() => page.locator('#status').textContent()).toMatch(/^encrypted\.docx：该 \.docx 已加密/);
      // and the page keeps the document it showed
      expect(await page.locator('li.finding').count()).toBe(cli.length);
      expect(await page.locator('#docbar').textContent()).toContain('consumer-loan-contract.docx');

      // English: the page and the engine's messages
      await page.locator('#lang').click();
      await page.locator('#clear').click();
      await page.locator('#editor').fill('闪电贷：日利率0.05%，最快3分钟到账。');
      await expect.poll(() => page.locator('li.finding .msg').first().textContent(), { timeout: 30_000 }).toMatch(/annual/i);
      expect(await page.locator('.findings-pane h2').textContent()).toContain('Findings');
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('sends no request outside its own origin (every request intercepted, the worker’s included)', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
    const origin = new URL(server.url).origin;
    const seen: string[] = [], foreign: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      seen.push(url);
      if (new URL(url).origin !== origin) { foreign.push(url); return route.abort(); }
      return route.continue();
    });
    context.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url()); });
    try {
      const page = await openPage(context);
      // copy with no candidate term is linted without the segmenter: its WebAssembly is not even fetched
      const clean = await page.evaluate(() => (window as any).xiaobao.lint({ name: 'clean.md', text: '本行网点遍布全省，手机银行随时可办理。最高额抵押合同另行签订。' }));
      expect(clean.messages).toEqual([]);
      expect(clean.segmenterLoaded).toBe(false);
      expect(seen.some((u) => u.endsWith('.wasm'))).toBe(false);
      // 保本 between Han characters: a boundary check that decides a finding, so the segmenter is needed
      await page.locator('#editor').fill('本理财产品保本，稳赚不赔。');
      await page.locator('li.finding', { hasText: 'banned-terms/' }).first().waitFor({ timeout: 30_000 });
      const dt = await page.evaluateHandle((b64) => {
        const d = new DataTransfer();
        d.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'contract.docx'));
        return d;
      }, fs.readFileSync(DOCX).toString('base64'));
      await page.dispatchEvent('#drop', 'drop', { dataTransfer: dt });
      await page.locator('#annotate').waitFor({ state: 'visible', timeout: 30_000 });
      await Promise.all([page.waitForEvent('download'), page.locator('#annotate').click()]);
      await Promise.all([page.waitForEvent('download'), page.locator('#report').click()]);
      // the interception saw the page's and the worker's requests (the engine, its chunks, the segmenter)
      expect(seen.some((u) => u.endsWith('/worker.js'))).toBe(true);
      expect(seen.some((u) => u.endsWith('/jieba_rs_wasm_bg.wasm'))).toBe(true);
      expect(seen.some((u) => /\/chunks\/docx-[^/]+\.js$/.test(u))).toBe(true);
      expect(foreign).toEqual([]);
      // and the page's Content-Security-Policy refuses to connect anywhere else
      const blocked = await page.evaluate(() => fetch('https://example.com/collect', { method: 'POST', body: 'x' }).then(() => false, () => true));
      expect(blocked).toBe(true);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('keeps working with the server gone and the network off (service worker)', async () => {
    const own = await startServer();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(own.url);
      // installed, every file cached, and in control of the page
      await page.evaluate(async () => { await navigator.serviceWorker.ready; });
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
      expect(await stopServer(own.proc)).toBe(0);
      await context.setOffline(true);
      await page.reload();
      // (a text whose finding needs a word-boundary check: the segmenter's dictionary is loaded)
      await page.locator('#editor').fill('本理财产品保本，稳赚不赔。');
      await page.locator('li.finding', { hasText: 'banned-terms/' }).first().waitFor({ timeout: 30_000 });
      expect(await page.locator('#status').textContent()).toMatch(/分词词典已加载/);
    } finally {
      await context.close();
      if (own.proc.exitCode === null) await stopServer(own.proc);
    }
  }, 120_000);
});
