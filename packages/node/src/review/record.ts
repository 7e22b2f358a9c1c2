// The small machine-readable record a review leaves per document (DIR/.xiaobao-reviews/NAME.HASH.json): what
// the next review of the same document compares against — findings by waiver fingerprint, and the decisions
// (waivers) taken, which carry over to the findings that remain.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const RECORDS_DIR = '.xiaobao-reviews';

/** 'out-of-scope': a contract between companies, outside consumer-protection review (no rule applied) */
export type ConclusionKey = 'clean' | 'warnings' | 'errors' | 'failed' | 'out-of-scope';

export interface WaiverDecision { reason: string; reviewer?: string; expires?: string; /** taken in an earlier review and carried over */ carried?: boolean; /** the review date when it was first carried */ since?: string }

export interface ReviewedFinding {
  ruleId: string;
  fingerprint?: string;
  severity: 1 | 2;
  text?: string;
  /** 第N段 / 第N行 */
  location: string;
  message: string;
  basis: string;
  suggestion?: string;
  status: 'open' | 'waived';
  waiver?: WaiverDecision;
  /** compared with the previous review (absent when there is none) */
  change?: 'new' | 'remaining';
}

export interface PreviousRef { document: string; date: string; versionHash: string; conclusion: string; conclusionKey: ConclusionKey; reviewer?: string }

export interface ReviewRecord {
  tool: 'xiaobao-review';
  format: 1;
  document: string;
  versionHash: string;
  date: string;
  reviewer: string;
  product?: string;
  kind?: string;
  conclusion: string;
  conclusionKey: ConclusionKey;
  packsVersion: string;
  packsHash: string;
  findings: ReviewedFinding[];
  /** findings of the previous review that are gone */
  resolved: ReviewedFinding[];
  previous?: PreviousRef;
  /** the opinion, relative to the output folder */
  opinion?: string;
}

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** one record file per document, named after it (readable) and the hash of its path (unique) */
export function recordPath(outDir: string, document: string): string {
  const base = path.basename(document).replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return path.join(outDir, RECORDS_DIR, `${base}.${sha(document).slice(0, 10)}.json`);
}

export function readRecord(file: string): ReviewRecord {
  let data: ReviewRecord;
  try { data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { throw new Error(`无法读取审查记录（cannot read the review record）: ${(e as Error).message}`); }
  if (data?.tool !== 'xiaobao-review' || !Array.isArray(data.findings)) throw new Error('不是 xiaobao 审查记录（not a xiaobao review record）');
  return data;
}

export function writeRecord(file: string, rec: ReviewRecord): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(rec, null, 2)}\n`);
  fs.renameSync(tmp, file);
}

const key = (f: { ruleId: string; fingerprint?: string; text?: string }) => `${f.ruleId}\0${f.fingerprint ?? f.text ?? ''}`;

/**
 * Compare with the previous review by waiver fingerprint (rule + normalised text and its sentence): marks each
 * finding new or remaining, carries the previous waivers over to remaining findings not waived now, and returns
 * the previous findings that are gone. Duplicates are matched one to one.
 */
export function compare(current: ReviewedFinding[], previous: ReviewRecord, date: string): { resolved: ReviewedFinding[]; carried: number } {
  const pool = new Map<string, ReviewedFinding[]>();
  for (const f of previous.findings) pool.set(key(f), [...(pool.get(key(f)) ?? []), f]);
  let carried = 0;
  for (const f of current) {
    const before = pool.get(key(f))?.shift();
    f.change = before ? 'remaining' : 'new';
    if (before?.status === 'waived' && before.waiver && f.status === 'open' && !(before.waiver.expires && before.waiver.expires < date)) {
      f.status = 'waived';
      f.waiver = { ...before.waiver, carried: true, since: before.waiver.since ?? previous.date };
      carried++;
    }
  }
  return { resolved: [...pool.values()].flat().map(({ change: _c, ...f }) => f), carried };
}
