// xiaobao review: for each document, in the output folder — the reviewed copy (Word comments) for .docx or a
// report page for other formats, the review opinion (审查意见书 .docx), a record for the next review, and one
// row in the ledger (台账). A document reviewed before (by path, or `previous`) is compared with that review:
// new, resolved and remaining findings, and the waivers decided then carry over. Imported on its own
// (`@xiaobao/node/review`) so that the editor bundles never load docx and exceljs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Xiaobao, today, type LintMessage, type LintResult, type XiaobaoOptions } from '../engine.js';
import { loadBundledRules } from '../packs.js';
import { packsHash } from '../cache.js';
import { applyWaivers, readWaivers, WAIVERS_FILE, type Waiver } from '../waivers.js';
import { writeReviewedDocx } from '../index.js';
import { appendLedger, readLedger, LedgerError, LEDGER_CSV, LEDGER_FILE, type LedgerRow } from './ledger.js';
import { opinionDocx, productName, kindName, type ReviewLocale } from './opinion.js';
import { compare, readRecord, recordPath, writeRecord, type ConclusionKey, type ReviewRecord, type ReviewedFinding } from './record.js';

export { LedgerError, LEDGER_FILE, LEDGER_CSV } from './ledger.js';
export { RECORDS_DIR, type ReviewRecord, type ReviewedFinding } from './record.js';

/** a problem with the output folder, the ledger or `previous`: one readable line, exit code 2 in the CLI */
export class ReviewError extends Error {}

export interface ReviewOptions extends XiaobaoOptions {
  /** the output folder: opinions, reviewed copies, records and the ledger */
  out: string;
  /** the reviewer's name (else the config's review.reviewer) */
  reviewer?: string;
  /** a previous review record (.json in DIR/.xiaobao-reviews) or the previous version of the (one) document */
  previous?: string;
  /** the waivers file (default: xiaobao-waivers.json in the working folder) */
  waiversFile?: string;
  /** renders the report page for a non-.docx document (the CLI passes its HTML report); none when absent */
  htmlPage?: (result: LintResult) => string;
  /** the tool version printed on the opinion */
  version?: string;
}

export interface DocumentReview {
  file: string;
  /** the document as named in the ledger and records: its path relative to the working folder */
  document: string;
  versionHash?: string;
  conclusion: string;
  conclusionKey: ConclusionKey;
  /** open errors and warnings, waived findings */
  errors: number;
  warnings: number;
  waived: number;
  /** when compared with a previous review */
  previous?: ReviewRecord['previous'];
  new?: number;
  resolved?: number;
  remaining?: number;
  carried?: number;
  opinion?: string;
  reviewed?: string;
  error?: string;
  result: LintResult;
}

export interface ReviewOutcome {
  documents: DocumentReview[];
  unmatched: string[];
  ledger: string;
  csv: string;
  /** documents whose conclusion differs from their previous review */
  changedConclusion: number;
}

const DEFAULT_LABELS = { zh: { clean: '通过', warnings: '修改后通过', errors: '不通过', failed: '无法审查', 'out-of-scope': '不属于审查范围' }, en: { clean: 'Pass', warnings: 'Pass after revision', errors: 'Fail', failed: 'Not reviewed', 'out-of-scope': 'Out of scope' } };
const VERSION: string = (() => { try { return createRequire(import.meta.url)('../package.json').version; } catch { return '0.0.0'; } })();
const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
const posix = (p: string) => p.split(path.sep).join('/');
const basisText = (b: LintMessage['basis']) => (b ?? []).map((i) => `${i.instrument}${i.article ?? ''}`).join('；');

/** review documents (files, folders, globs) into options.out */
export async function review(patterns: string | string[], options: ReviewOptions): Promise<ReviewOutcome> {
  // only the linter's own options reach the worker threads (a function cannot be sent to them)
  const { out: _o, reviewer: _r, previous: _p, waiversFile: _w, htmlPage: _h, version: _v, ...lintOptions } = options;
  const x = new Xiaobao({ ...lintOptions, fix: false });
  const cwd = x.cwd;
  const out = path.resolve(cwd, options.out);
  const locale: ReviewLocale = options.locale === 'en' ? 'en' : 'zh';
  const en = locale === 'en';
  // refuse early, before any work, when the ledger cannot be appended to (it is checked again under the lock)
  try { fs.mkdirSync(out, { recursive: true }); } catch (e) { throw new ReviewError(`${out}: ${en ? 'cannot create the output folder' : '无法创建输出目录'}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`); }
  try { await readLedger(out, locale); } catch (e) { if (e instanceof LedgerError) throw new ReviewError(e.message); throw e; }

  const { results, unmatched } = await x.lintFiles(Array.isArray(patterns) ? patterns : [patterns]);
  let prevFromOption: ReviewRecord | undefined;
  if (options.previous) {
    if (results.length !== 1) throw new ReviewError(en ? `--previous compares one document, ${results.length} were given` : `--previous 只能用于一个文档（收到 ${results.length} 个）`);
    const p = path.resolve(cwd, options.previous);
    const file = /\.json$/i.test(p) ? p : recordPath(out, posix(path.relative(cwd, p)));
    if (!fs.existsSync(file)) throw new ReviewError(/\.json$/i.test(p) ? `${p}: ${en ? 'no such review record' : '找不到该审查记录'}` : `${options.previous}: ${en ? `no review of this document in ${out}` : `在 ${out} 中没有该文档的审查记录`}`);
    try { prevFromOption = readRecord(file); } catch (e) { throw new ReviewError(`${file}: ${(e as Error).message}`); }
  }

  const waiverFile = options.waiversFile ? path.resolve(cwd, options.waiversFile) : path.join(cwd, WAIVERS_FILE);
  let waivers: Waiver[] = [];
  try { waivers = readWaivers(waiverFile); } catch (e) { throw new ReviewError(`${waiverFile}: ${en ? 'invalid waivers file' : '无法读取豁免文件'}（${(e as Error).message}）`); }

  const rules = loadBundledRules(x.rulesDir);
  const families = [...new Set(rules.packs.flatMap((p) => p.rules.map((r) => r.id.split('/')[0])))];
  const packsVersion = rules.version ?? String(JSON.parse(fs.readFileSync(path.join(x.rulesDir, 'index.json'), 'utf8')).version ?? '0');
  const packs = packsHash(x.rulesDir);
  const date = options.asOf ?? today();
  // waivers in force on the review date
  if (waivers.length) applyWaivers(results, waivers, path.dirname(waiverFile), waiverFile, date);
  const base = commonDir(results.map((r) => r.filePath));
  const docs: DocumentReview[] = [];
  const rows: LedgerRow[] = [];
  const records: [string, ReviewRecord][] = [];

  for (const r of results) {
    const document = posix(path.relative(cwd, r.filePath));
    const cfg = safe(() => x.configFor(r.filePath));
    const labels = { ...DEFAULT_LABELS[locale], ...cfg?.review?.conclusions };
    const reviewer = options.reviewer ?? cfg?.review?.reviewer ?? '';
    const row: LedgerRow = { date, document, reviewer, packs: `${packsVersion} / ${packs.slice(0, 12)}` };
    if (r.fatalErrorCount) {
      const error = r.messages.find((m) => m.fatal)?.message ?? '';
      docs.push({ file: r.filePath, document, conclusion: labels.failed, conclusionKey: 'failed', errors: 0, warnings: 0, waived: 0, error, result: r });
      rows.push({ ...row, conclusion: labels.failed, error });
      continue;
    }
    const versionHash = sha256(fs.readFileSync(r.filePath)).slice(0, 12);
    const findings = [
      ...r.messages.filter((m) => m.ruleId && !m.ruleId.startsWith('waivers/')).map((m) => finding(m, 'open', en)),
      ...(r.suppressedMessages ?? []).map((m) => finding(m, 'waived', en, waivers.find((w) => w.ruleId === m.ruleId && w.fingerprint === m.fingerprint && path.resolve(path.dirname(waiverFile), w.file) === r.filePath))),
    ];
    const prevFile = recordPath(out, document);
    let previous = prevFromOption;
    if (!previous && fs.existsSync(prevFile)) { try { previous = readRecord(prevFile); } catch { previous = undefined; } }
    const { resolved, carried } = previous ? compare(findings, previous, date) : { resolved: [], carried: 0 };
    findings.sort((a, b) => order(a) - order(b));
    const open = findings.filter((f) => f.status === 'open');
    const errors = open.filter((f) => f.severity === 2).length, warnings = open.length - errors;
    // (a contract between companies is not reviewed at all: it does not pass, it is out of scope)
    const conclusionKey: ConclusionKey = r.outOfScope ? 'out-of-scope' : errors ? 'errors' : warnings ? (cfg?.review?.onlyWarnings ?? 'warnings') : 'clean';
    const stem = path.basename(r.filePath).replace(/\.docx$/i, '');
    const sub = path.join(out, path.relative(base, path.dirname(r.filePath)));
    const opinion = path.join(sub, `${stem}.${en ? 'opinion' : '审查意见书'}.docx`);
    const rec: ReviewRecord = {
      tool: 'xiaobao-review', format: 1, document, versionHash, date, reviewer, product: r.product, kind: r.kind,
      conclusion: labels[conclusionKey], conclusionKey, packsVersion, packsHash: packs, findings, resolved,
      previous: previous ? { document: previous.document, date: previous.date, versionHash: previous.versionHash, conclusion: previous.conclusion, conclusionKey: previous.conclusionKey, reviewer: previous.reviewer || undefined } : undefined,
      opinion: posix(path.relative(out, opinion)),
    };
    const d: DocumentReview = { file: r.filePath, document, versionHash, conclusion: rec.conclusion, conclusionKey, errors, warnings, waived: findings.length - open.length, previous: rec.previous, opinion, result: r };
    if (previous) Object.assign(d, { new: findings.filter((f) => f.change === 'new').length, resolved: resolved.length, remaining: findings.filter((f) => f.change === 'remaining').length, carried });
    try {
      fs.mkdirSync(sub, { recursive: true });
      if (r.format === 'docx') d.reviewed = await writeReviewedDocx(r, sub);
      else if (options.htmlPage) {
        d.reviewed = path.join(sub, `${path.basename(r.filePath)}.report.html`);
        atomicWrite(d.reviewed, options.htmlPage(r));
      }
      atomicWrite(opinion, await opinionDocx({ record: rec, locale, version: options.version ?? VERSION, labels, onlyWarnings: cfg?.review?.onlyWarnings ?? 'warnings', carried }));
    } catch (e) {
      d.error = `${en ? 'cannot write the review' : '无法写入审查结果'}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`;
      d.conclusion = labels.failed; d.conclusionKey = 'failed'; d.opinion = undefined;
      docs.push(d);
      rows.push({ ...row, version: versionHash, conclusion: labels.failed, error: d.error });
      continue;
    }
    docs.push(d);
    records.push([prevFile, rec]);
    const byFamily: Record<string, number> = {};
    for (const f of open) { const fam = f.ruleId.split('/')[0]; byFamily[fam] = (byFamily[fam] ?? 0) + 1; }
    const waiverNotes = findings.filter((f) => f.waiver).map((f) => `${f.ruleId}：${f.waiver!.reason}${f.waiver!.reviewer ? `（${f.waiver!.reviewer}）` : ''}${f.waiver!.expires ? ` ≤${f.waiver!.expires}` : ''}${f.waiver!.carried ? (en ? ' [carried over]' : ' [沿用]') : ''}`);
    rows.push({
      ...row, version: versionHash, product: productName(r.product, locale), kind: kindName(r.kind, locale), conclusion: rec.conclusion,
      errors, warnings, waived: d.waived, ...byFamily,
      ...(previous ? { new: d.new!, resolved: d.resolved!, remaining: d.remaining!, previous: `${previous.date} ${previous.versionHash}${previous.document !== document ? ` ${previous.document}` : ''}`, previousConclusion: previous.conclusion } : {}),
      waivers: waiverNotes.join('；'), opinion: rec.opinion!,
    });
  }

  try {
    await appendLedger(out, rows, families, locale);
  } catch (e) {
    if (e instanceof LedgerError) throw new ReviewError(e.message);
    throw e;
  }
  // the records after the ledger row: a review not in the ledger is not the previous review of anything
  for (const [file, rec] of records) writeRecord(file, rec);
  return {
    documents: docs, unmatched, ledger: path.join(out, LEDGER_FILE), csv: path.join(out, LEDGER_CSV),
    changedConclusion: docs.filter((d) => d.previous && d.conclusionKey !== 'failed' && d.previous.conclusionKey !== d.conclusionKey).length,
  };
}

function finding(m: LintMessage, status: 'open' | 'waived', en: boolean, w?: Waiver): ReviewedFinding {
  return {
    ruleId: m.ruleId!, fingerprint: m.fingerprint, severity: m.severity, text: m.text, location: en ? (m.location?.replace(/^第(\d+)段$/, 'paragraph $1') ?? `line ${m.line}`) : m.location ?? `第${m.line}行`,
    message: m.message, basis: basisText(m.basis), suggestion: m.suggestion, status,
    ...(status === 'waived' ? { waiver: { reason: w?.reason ?? m.suppressions?.[0]?.justification ?? '', reviewer: w?.reviewer, expires: w?.expires } } : {}),
  };
}

/** document order: by location number */
const order = (f: ReviewedFinding) => Number(/\d+/.exec(f.location)?.[0] ?? 0);

function safe<T>(fn: () => T): T | undefined { try { return fn(); } catch { return undefined; } }

function atomicWrite(file: string, data: string | Uint8Array) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function commonDir(files: string[]): string {
  if (!files.length) return process.cwd();
  let dir = path.dirname(files[0]);
  for (const f of files) while (path.relative(dir, f).startsWith('..')) dir = path.dirname(dir);
  return dir;
}
