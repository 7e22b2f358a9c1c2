// The reviewed copy of a .docx: comments anchored on each finding's exact text, text unchanged, original
// untouched — checked with mammoth and, where installed, in a real office suite (LibreOffice headless).
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const require = createRequire(path.join(ROOT, 'packages/parsers/package.json'));
const SRC = path.join(ROOT, 'fixtures/docx/consumer-loan-contract.docx');
let out: string;
let reviewed: string;
let findings: { ruleId: string; text: string }[];
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const soffice = ['soffice', 'libreoffice'].find((b) => spawnSync('which', [b]).status === 0);

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-annotate-'));
  const before = sha(SRC);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/xiaobao.js'), 'lint', SRC, '--annotate', out, '--format', 'json'], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  findings = JSON.parse(r.stdout)[0].messages;
  expect(sha(SRC)).toBe(before);
  reviewed = path.join(out, 'consumer-loan-contract.reviewed.docx');
});

describe('--annotate', () => {
  it('writes DIR/FILE.reviewed.docx whose text reads the same in mammoth', async () => {
    const mammoth = require('mammoth');
    const [a, b] = await Promise.all([mammoth.extractRawText({ path: SRC }), mammoth.extractRawText({ path: reviewed })]);
    expect(b.value).toBe(a.value);
  });
  it('anchors one comment by xiaobao on each finding, carrying rule, message, basis and suggestion', async () => {
    const JSZip = require('jszip');
    const zip = await JSZip.loadAsync(fs.readFileSync(reviewed));
    const comments: string = await zip.file('word/comments.xml').async('string');
    expect((comments.match(/<w:comment /g) ?? []).length).toBe(findings.length);
    expect(comments).toContain('w:author="xiaobao"');
    for (const f of findings) expect(comments).toContain(f.ruleId);
    expect(comments).toContain('依据：');
    expect(comments).toContain('建议：');
    const docXml: string = await zip.file('word/document.xml').async('string');
    // the text between each range start and end is exactly the finding's text
    for (let id = 0; id < findings.length; id++) {
      const seg = docXml.split(`<w:commentRangeStart w:id="${id}"/>`)[1].split(`<w:commentRangeEnd w:id="${id}"/>`)[0];
      const text = [...seg.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(findings.map((f) => f.text)).toContain(text);
    }
  });
  it.skipIf(!soffice)('LibreOffice reads each comment anchored on exactly the finding’s text', () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
    execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'odt', '--outdir', out, reviewed], { stdio: 'ignore', timeout: 120_000 });
    const odt = path.join(out, 'consumer-loan-contract.reviewed.odt');
    const content = execFileSync('unzip', ['-p', odt, 'content.xml'], { encoding: 'utf8' });
    const anchored = [...content.matchAll(/<office:annotation office:name="([^"]+)"[^>]*>([^]*?)<\/office:annotation>([^]*?)<office:annotation-end office:name="\1"\/>/g)];
    expect(anchored.length).toBe(findings.length);
    for (const [, , body, between] of anchored) {
      expect(body).toContain('<dc:creator>xiaobao</dc:creator>');
      const text = between.replace(/<[^>]+>/g, '');
      const f = findings.find((x) => x.text === text);
      expect(f, `anchored text: ${text}`).toBeTruthy();
      expect(body).toContain(f!.ruleId);
    }
  }, 180_000);
});
