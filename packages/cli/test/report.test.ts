// The HTML report, opened in a real headless Chromium: the findings are visible; a screenshot is saved.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
const CHROMIUM = '/usr/bin/chromium';

describe('html report', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-report-')), 'report.html');
  const r = spawnSync(process.execPath, [BIN, 'lint', 'fixtures/wealth', 'fixtures/contract', '--format', 'html', '--output', out], { cwd: ROOT, encoding: 'utf8' });

  it('is one self-contained Chinese page stamped with versions and the date', () => {
    expect(r.status).toBe(1);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    const esc = (v: string) => v.replace(/\./g, '\\.');
    const cliVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')).version;
    const packsVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/index.json'), 'utf8')).version;
    expect(html).toMatch(new RegExp(`xiaobao ${esc(cliVersion)} · 规则包 ${esc(packsVersion)}（内容哈希 [0-9a-f]{12}）· 生成于 \\d{4}-\\d\\d-\\d\\d`));
    expect(html).not.toMatch(/<script|<link|src="http/);
    // (the mark spans the sentence's wording findings of one family: 预期年化收益率 … 比定期存款划算多, one finding)
    expect(html).toMatch(/<mark>预期年化收益率[^<]*比定期存款划算多<\/mark>/);
  });

  it.skipIf(!fs.existsSync(CHROMIUM))('shows every finding in a real browser (screenshot saved)', async () => {
    const { chromium } = await import('playwright-core');
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-chromium-'));
    const browser = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1100, height: 1400 }, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${out}`);
      const json = JSON.parse(spawnSync(process.execPath, [BIN, 'lint', 'fixtures/wealth', 'fixtures/contract', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' }).stdout);
      const total = json.reduce((n: number, x: any) => n + x.messages.length, 0);
      expect(await page.locator('li.finding').count()).toBe(total);
      expect(await page.locator('li.finding').first().isVisible()).toBe(true);
      expect(await page.getByText('本金安全，收益稳定').first().isVisible()).toBe(true);
      expect(await page.locator('mark').count()).toBeGreaterThan(0);
      const shot = path.join(ROOT, 'test-results', 'report.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot, fullPage: false });
      expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
