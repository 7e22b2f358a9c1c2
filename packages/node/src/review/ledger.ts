// The ledger (台账): one row per reviewed document per review, in DIR/xiaobao-ledger.xlsx (the record) and its
// CSV twin (UTF-8 with BOM, so Excel opens it), with a second sheet summarising by month and by family.
// Appending is read–add–rewrite under a lock file (retried), each file written to a temporary name and renamed,
// so two reviews at once both land and a crash never leaves half a ledger. A ledger that cannot be read, or that
// an office application has open, is an error and is left exactly as it is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export const LEDGER_FILE = 'xiaobao-ledger.xlsx';
export const LEDGER_CSV = 'xiaobao-ledger.csv';

export class LedgerError extends Error {}

export type LedgerRow = Record<string, string | number>;

/** fixed columns (key, Chinese header, English header); family columns (banned-terms …) go after `waived` */
const COLUMNS: [string, string, string][] = [
  ['date', '审查日期', 'Date'],
  ['document', '文档', 'Document'],
  ['version', '版本哈希', 'Version hash'],
  ['product', '产品', 'Product'],
  ['kind', '文档类型', 'Kind'],
  ['conclusion', '结论', 'Conclusion'],
  ['errors', '错误', 'Errors'],
  ['warnings', '警告', 'Warnings'],
  ['waived', '已豁免', 'Waived'],
  ['new', '新增', 'New'],
  ['resolved', '已解决', 'Resolved'],
  ['remaining', '仍存在', 'Remaining'],
  ['waivers', '豁免说明', 'Waivers'],
  ['reviewer', '审查人', 'Reviewer'],
  ['packs', '规则包', 'Rule packs'],
  ['previous', '上次审查', 'Previous review'],
  ['previousConclusion', '上次结论', 'Previous conclusion'],
  ['opinion', '意见书', 'Opinion'],
  ['error', '错误信息', 'Error'],
];
const FAMILY_AFTER = 'waived';
const isFamily = (h: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(h);

export interface Ledger { locale: 'zh' | 'en'; headers: string[]; rows: LedgerRow[] }

function cellText(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return String(v);
}

/** the ledger as it is on disk (empty when there is none); LedgerError when it is not a readable xiaobao ledger */
export async function readLedger(dir: string, locale: 'zh' | 'en'): Promise<Ledger> {
  const file = path.join(dir, LEDGER_FILE);
  officeLockCheck(dir);
  if (!fs.existsSync(file)) {
    if (fs.existsSync(path.join(dir, LEDGER_CSV))) throw new LedgerError(`${file}: 台账不存在，但 ${LEDGER_CSV} 存在；请恢复 ${LEDGER_FILE} 或移走 CSV 后重试（the .xlsx ledger is missing but its CSV twin is there）`);
    return { locale, headers: [], rows: [] };
  }
  const wb = new ExcelJS.Workbook();
  try { await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer); } catch (e) {
    throw new LedgerError(`${file}: 台账已损坏或不是 Excel 文件，未做任何改动（the ledger is corrupt; left untouched）: ${(e as Error).message.split('\n')[0]}`);
  }
  const ws = wb.worksheets[0];
  const head = ws ? (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(cellText(v))) : [];
  const zh = head[0] === COLUMNS[0][1], en = head[0] === COLUMNS[0][2];
  if (!ws || !(zh || en)) throw new LedgerError(`${file}: 不是 xiaobao 台账（第一列应为“审查日期”），未做任何改动（not a xiaobao ledger; left untouched）`);
  const keys = head.map((h) => COLUMNS.find((c) => c[1] === h || c[2] === h)?.[0] ?? h);
  const rows: LedgerRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const vals = (row.values as unknown[]).slice(1);
    const r: LedgerRow = {};
    keys.forEach((k, i) => { const v = cellText(vals[i]); if (v !== '') r[k] = v; });
    if (Object.keys(r).length) rows.push(r);
  });
  return { locale: zh ? 'zh' : 'en', headers: keys, rows };
}

/** an office application that has the ledger open would save over what we add: refuse instead */
function officeLockCheck(dir: string) {
  for (const f of [`.~lock.${LEDGER_FILE}#`, `~$${LEDGER_FILE}`]) {
    if (fs.existsSync(path.join(dir, f))) throw new LedgerError(`${path.join(dir, LEDGER_FILE)}: 台账正被 Excel/WPS/LibreOffice 打开（${f}），请关闭后重试，未做任何改动（the ledger is open in an office application; close it and retry）`);
  }
}

/** the column order: fixed columns, family columns in the middle, then any the user added */
function columnsOf(ledger: Ledger, families: string[]): string[] {
  const fams = [...new Set([...families, ...ledger.headers.filter((h) => isFamily(h) && !COLUMNS.some((c) => c[0] === h)), ...ledger.rows.flatMap((r) => Object.keys(r).filter(isFamily))])]
    .filter((h) => !COLUMNS.some((c) => c[0] === h));
  const fixed = COLUMNS.map((c) => c[0]);
  const at = fixed.indexOf(FAMILY_AFTER) + 1;
  const ordered = [...fixed.slice(0, at), ...fams, ...fixed.slice(at)];
  const extra = ledger.headers.filter((h) => !ordered.includes(h));
  return [...ordered, ...extra];
}

const header = (k: string, locale: 'zh' | 'en') => COLUMNS.find((c) => c[0] === k)?.[locale === 'zh' ? 1 : 2] ?? k;

function summary(rows: LedgerRow[], families: string[], locale: 'zh' | 'en') {
  const zh = locale === 'zh';
  const conclusions = [...new Set(rows.map((r) => String(r.conclusion ?? '')).filter(Boolean))];
  const months = [...new Set(rows.map((r) => String(r.date ?? '').slice(0, 7)))].sort();
  const head = [zh ? '月份' : 'Month', zh ? '审查次数' : 'Reviews', ...conclusions, zh ? '错误' : 'Errors', zh ? '警告' : 'Warnings', zh ? '已豁免' : 'Waived', ...families];
  const num = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);
  const line = (label: string, rs: LedgerRow[]) => [label, rs.length, ...conclusions.map((c) => rs.filter((r) => r.conclusion === c).length),
    ...['errors', 'warnings', 'waived', ...families].map((k) => rs.reduce((n, r) => n + num(r[k]), 0))];
  return [head, ...months.map((m) => line(m, rows.filter((r) => String(r.date ?? '').startsWith(m)))), line(zh ? '合计' : 'Total', rows)];
}

const csvCell = (v: unknown) => { const s = v === undefined ? '' : String(v); return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };

async function writeLedger(dir: string, ledger: Ledger, families: string[]) {
  const cols = columnsOf(ledger, families);
  const fams = cols.filter((c) => isFamily(c) && !COLUMNS.some((x) => x[0] === c));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xiaobao';
  const ws = wb.addWorksheet(ledger.locale === 'zh' ? '台账' : 'Ledger', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((k) => ({ header: header(k, ledger.locale), key: k, width: k === 'document' || k === 'waivers' || k === 'error' ? 40 : k === 'previous' || k === 'opinion' || k === 'packs' ? 28 : isFamily(k) && !COLUMNS.some((c) => c[0] === k) ? 14 : 12 }));
  ws.getRow(1).font = { bold: true };
  for (const r of ledger.rows) ws.addRow(r);
  const sum = wb.addWorksheet(ledger.locale === 'zh' ? '汇总' : 'Summary');
  for (const row of summary(ledger.rows, fams, ledger.locale)) sum.addRow(row);
  sum.getRow(1).font = { bold: true };
  sum.columns.forEach((c) => { c.width = 14; });
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  const csv = `\ufeff${[cols.map((k) => header(k, ledger.locale)), ...ledger.rows.map((r) => cols.map((k) => r[k]))].map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
  for (const [name, bytes] of [[LEDGER_FILE, xlsx], [LEDGER_CSV, Buffer.from(csv, 'utf8')]] as const) {
    const target = path.join(dir, name);
    const tmp = path.join(dir, `.${name}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; } };

/** hold DIR/xiaobao-ledger.xlsx.lock while fn runs; a lock left by a process that is gone is taken over */
export async function withLedgerLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, `${LEDGER_FILE}.lock`);
  const timeout = Number(process.env.XIAOBAO_LEDGER_LOCK_TIMEOUT_MS ?? 60_000);
  const start = Date.now();
  fs.mkdirSync(dir, { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new LedgerError(`${lock}: 无法创建台账锁文件（cannot create the ledger lock）: ${(e as Error).message}`);
      let holder: { pid?: number; host?: string } = {};
      try { holder = JSON.parse(fs.readFileSync(lock, 'utf8')); } catch { /* being written: wait */ }
      if (holder.pid && holder.host === os.hostname() && !alive(holder.pid)) { fs.rmSync(lock, { force: true }); continue; }
      if (Date.now() - start > timeout) throw new LedgerError(`${path.join(dir, LEDGER_FILE)}: 台账被另一个审查进程锁定（${lock}${holder.pid ? `，进程 ${holder.pid}` : ''}），等待 ${Math.round(timeout / 1000)} 秒后放弃，未做任何改动；若没有其他审查在运行，可删除该锁文件（the ledger is locked by another review）`);
      await sleep(50 + Math.random() * 100);
    }
  }
  try { return await fn(); } finally { fs.rmSync(lock, { force: true }); }
}

/** append rows under the lock: re-read what is on disk now, add, rewrite both files */
export async function appendLedger(dir: string, rows: LedgerRow[], families: string[], locale: 'zh' | 'en'): Promise<void> {
  await withLedgerLock(dir, async () => {
    const ledger = await readLedger(dir, locale);
    ledger.rows.push(...rows);
    await writeLedger(dir, ledger, families);
  });
}
