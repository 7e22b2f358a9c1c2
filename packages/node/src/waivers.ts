// Waivers: a reviewer accepts one finding, with a reason, once — in a sidecar file (xiaobao-waivers.json next
// to the config file, or in the working folder). A waiver matches by rule and fingerprint (normalised text
// and its sentence), not by line, so edits elsewhere keep it; when the text is fixed it goes stale.
import fs from 'node:fs';
import path from 'node:path';
import type { LintMessage, LintResult } from './engine.js';

export const WAIVERS_FILE = 'xiaobao-waivers.json';

export interface Waiver { ruleId: string; file: string; fingerprint: string; text?: string; reviewer?: string; reason: string; expires?: string; created?: string }
export interface WaiverFile { waivers: Waiver[] }

export function readWaivers(file: string): Waiver[] {
  if (!fs.existsSync(file)) return [];
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as WaiverFile;
  return Array.isArray(data.waivers) ? data.waivers : [];
}

const today = () => new Date().toISOString().slice(0, 10);

/** move waived messages to suppressedMessages; report expired (as of `on`, default today) and stale waivers as warnings */
export function applyWaivers(results: LintResult[], waivers: Waiver[], baseDir: string, waiverFile: string, on = today()): LintResult[] {
  const used = new Set<Waiver>();
  const rel = (f: string) => path.relative(baseDir, f).split(path.sep).join('/');
  for (const r of results) {
    const mine = waivers.filter((w) => w.file === rel(r.filePath));
    if (!mine.length) continue;
    const kept: LintMessage[] = [];
    const suppressed: LintMessage[] = [];
    for (const m of r.messages) {
      const w = mine.find((x) => x.ruleId === m.ruleId && x.fingerprint === m.fingerprint);
      if (!w) { kept.push(m); continue; }
      used.add(w);
      if (w.expires && w.expires < on) {
        kept.push(m);
        kept.push({ ruleId: 'waivers/expired', severity: 1, message: `豁免已于 ${w.expires} 过期（${WAIVERS_FILE}：${w.ruleId}，${w.reason}），该问题重新报告（waiver expired）`, line: m.line, column: m.column });
        continue;
      }
      suppressed.push({ ...m, suppressions: [{ kind: 'external', justification: `${w.reason}${w.reviewer ? `（${w.reviewer}）` : ''}` }] });
    }
    for (const w of mine) if (!used.has(w) && !r.fatalErrorCount) kept.push({ ruleId: 'waivers/stale', severity: 1, message: `豁免已失效：“${w.text ?? w.ruleId}”已不在文中（${path.basename(waiverFile)}，可删除该条）（stale waiver）`, line: 1, column: 1 });
    r.messages = kept;
    r.suppressedMessages = suppressed;
    r.errorCount = kept.filter((m) => m.severity === 2).length;
    r.warningCount = kept.filter((m) => m.severity === 1).length;
  }
  return results;
}

/** a baseline: every current finding becomes a waiver (existing waivers are kept) */
export function writeWaivers(file: string, results: LintResult[], baseDir: string, reviewer: string, reason = '基线：已有问题（baseline）'): number {
  const existing = readWaivers(file);
  const rel = (f: string) => path.relative(baseDir, f).split(path.sep).join('/');
  let added = 0;
  for (const r of results) for (const m of r.messages) {
    if (!m.ruleId || m.fatal || m.ruleId.startsWith('waivers/') || !m.fingerprint) continue;
    if (existing.some((w) => w.ruleId === m.ruleId && w.fingerprint === m.fingerprint && w.file === rel(r.filePath))) continue;
    existing.push({ ruleId: m.ruleId, file: rel(r.filePath), fingerprint: m.fingerprint, text: m.text, reviewer, reason, created: today() });
    added++;
  }
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify({ waivers: existing }, null, 2)}\n`);
  fs.renameSync(tmp, file);
  return added;
}
