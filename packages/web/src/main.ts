// The page: an editor with findings highlighted in place, the list of findings with their basis, suggested wording
// and quick fixes, settings, file drop, and downloads (the HTML report, the reviewed .docx). The engine runs in a
// Web Worker (worker.ts); this file only talks to it.
import { KINDS, PRODUCTS, type DocKind, type Product } from '../../core/src/types.js';
import type { SourceFormat } from '../../core/src/model.js';
import type { LintMessage } from '../../node/src/result.js';
import { UI, type Locale } from './i18n.js';
import type { Info, Request, WebResult } from './protocol.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const editor = $<HTMLTextAreaElement>('editor'), backdrop = $('backdrop'), list = $<HTMLOListElement>('findings');
const formatSel = $<HTMLSelectElement>('format'), productSel = $<HTMLSelectElement>('product'), kindSel = $<HTMLSelectElement>('kind');
const strictBox = $<HTMLInputElement>('strict'), status = $('status'), detected = $('detected'), docbar = $('docbar');

const state = {
  locale: (localStorage.getItem('xiaobao-locale') === 'en' ? 'en' : 'zh') as Locale,
  /** a dropped .docx: shown read-only, linted from its bytes */
  docx: undefined as { name: string; bytes: Uint8Array } | undefined,
  /** the name of the file the text came from (reports and downloads are named after it) */
  name: undefined as string | undefined,
  result: undefined as WebResult | undefined,
  active: -1,
};
const t = () => UI[state.locale];

// ── the engine ────────────────────────────────────────────────────────────────────────────────────────────────
// One worker per strict setting: the segmenter holds one dictionary (which the strict preset's terms change).
class Engine {
  private worker: Worker;
  private seq = 0;
  private pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  constructor(readonly strict: boolean) {
    this.worker = new Worker(new URL('worker.js', location.href), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string }>) => {
      const p = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      if (e.data.ok) p?.resolve(e.data.value); else p?.reject(new Error(e.data.error));
    };
    void this.call({ op: 'init', strict });
  }
  call<T = unknown>(req: Request, transfer: Transferable[] = []): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => { this.pending.set(id, { resolve, reject }); this.worker.postMessage({ id, req }, transfer); });
  }
  terminate() { this.worker.terminate(); for (const p of this.pending.values()) p.reject(new Error('restarted')); }
}
let engine = new Engine(false);
function engineFor(strict: boolean): Engine {
  if (engine.strict !== strict) { engine.terminate(); engine = new Engine(strict); }
  return engine;
}

const settings = () => ({
  product: (productSel.value || undefined) as Product | undefined,
  kind: (kindSel.value || undefined) as DocKind | undefined,
  locale: state.locale,
});
const textName = () => state.name ?? `${t().pasted}.${({ markdown: 'md', text: 'txt', html: 'html' } as Record<string, string>)[formatSel.value]}`;

// ── linting as the text changes: one run at a time, the latest text wins ─────────────────────────────────────
let running = false, again = false, timer: number | undefined;
function schedule(delay = 150) { clearTimeout(timer); timer = window.setTimeout(() => void relint(), delay); }
async function relint(): Promise<void> {
  if (running) { again = true; return; }
  running = true;
  try {
    do {
      again = false;
      status.textContent = t().checking;
      const e = engineFor(strictBox.checked);
      const req: Request = state.docx
        ? { op: 'lint', name: state.docx.name, bytes: state.docx.bytes, ...settings() }
        : { op: 'lint', name: textName(), format: formatSel.value as SourceFormat, text: editor.value, ...settings() };
      try { show(await e.call<WebResult>(req)); }
      catch (err) { if ((err as Error).message !== 'restarted') fail(err); }
    } while (again);
  } finally { running = false; }
}

function fail(err: unknown) { status.textContent = t().failed((err as Error)?.message ?? String(err)); status.className = 'status bad'; }

// ── showing a result ───────────────────────────────────────────────────────────────────────────────────────────
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** the span of each finding in what the editor shows: source line/column for text formats, document offsets for .docx */
function spansOf(r: WebResult, shown: string): ([number, number] | undefined)[] {
  if (r.format === 'docx') return r.spans.map((s) => (s.documentLevel || s.end <= s.start ? undefined : [s.start, s.end]));
  const starts = [0];
  for (let i = 0; i < shown.length; i++) if (shown.charCodeAt(i) === 10) starts.push(i + 1);
  const at = (line: number, col: number) => (starts[line - 1] ?? shown.length) + col - 1;
  return r.messages.map((m, i) => {
    if (m.fatal || r.spans[i]?.documentLevel || m.endLine === undefined) return undefined;
    const a = at(m.line, m.column), b = at(m.endLine, m.endColumn ?? m.column);
    return b > a ? [a, Math.min(b, shown.length)] : undefined;
  });
}

function paintMarks() {
  const r = state.result;
  const shown = editor.value;
  if (!r || (r.format !== 'docx' && r.source !== shown)) return; // an edit is being linted: keep the last marks
  const spans = spansOf(r, shown);
  const cuts = new Set<number>([0, shown.length]);
  spans.forEach((s) => { if (s) { cuts.add(s[0]); cuts.add(s[1]); } });
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const over = spans.map((s, i) => (s && s[0] <= a && b <= s[1] ? i : -1)).filter((i) => i >= 0);
    const piece = esc(shown.slice(a, b));
    if (!over.length) { html += piece; continue; }
    const cls = over.some((i) => r.messages[i].severity === 2) ? 'error' : 'warning';
    html += `<mark class="${cls}${over.includes(state.active) ? ' active' : ''}" data-i="${over[0]}">${piece}</mark>`;
  }
  backdrop.innerHTML = `${html}\n `;
  backdrop.scrollTop = editor.scrollTop;
}

function label(kind: 'products' | 'kinds', v: string | undefined) { return v ? ((t()[kind] as Record<string, string>)[v] ?? v) : ''; }

function show(r: WebResult) {
  state.result = r;
  state.active = -1;
  if (state.docx && r.format === 'docx' && editor.value !== r.text) editor.value = r.text;
  const L = t();
  status.className = r.fatal ? 'status bad' : 'status';
  status.textContent = r.fatal ? `${r.name}：${r.messages[0].message}` : L.done(Math.round(r.ms), r.segmenterLoaded);
  const set = (v: string) => (v ? `（${L.set}）` : '');
  detected.textContent = r.product ? `${L.detected}：${label('products', r.product)}${set(productSel.value)} · ${label('kinds', r.kind)}${set(kindSel.value)}${(r.products?.length ?? 0) > 1 ? `（${L.involves}：${r.products!.map((p) => label('products', p)).join('、')}）` : ''}` : '';
  $('count').textContent = r.fatal ? '' : `（${L.count(r.errorCount, r.warningCount)}）`;
  $('annotate').hidden = !(state.docx && !r.fatal);
  list.innerHTML = '';
  if (!r.messages.length) list.innerHTML = `<li class="empty">${esc(L.none)}</li>`;
  r.messages.forEach((m, i) => list.appendChild(item(m, i)));
  paintMarks();
}

function item(m: LintMessage, i: number): HTMLLIElement {
  const L = t();
  const li = document.createElement('li');
  li.className = `finding ${m.severity === 2 ? 'error' : 'warning'}`;
  li.dataset.i = String(i);
  const whole = state.result?.spans[i]?.documentLevel;
  const loc = m.location ?? (whole ? L.whole : L.lineCol(m.line, m.column));
  li.innerHTML = `<div class="head"><span class="sev">${m.severity === 2 ? L.error : L.warning}</span><span class="loc">${esc(loc)}</span><code class="rule">${esc(m.ruleId ?? '')}</code></div>
<p class="msg">${esc(m.message)}</p>
${m.text && !whole ? `<p class="quote">${esc(m.text.length > 120 ? `${m.text.slice(0, 120)}…` : m.text)}</p>` : ''}
${m.basis?.length ? `<p class="basis"><b>${L.basis}</b>：${esc(m.basis.map((b) => `${b.instrument}${b.article ?? ''}`).join('；'))}</p>` : ''}
${m.suggestion ? `<p class="sugg"><b>${L.suggestion}</b>：${esc(m.suggestion)}</p>` : ''}`;
  const fixes: { desc: string; range: [number, number]; text: string }[] = [];
  if (!state.docx && m.fix) fixes.push({ desc: L.fix, ...m.fix });
  if (!state.docx) for (const s of m.suggestions ?? []) fixes.push({ desc: s.desc, ...s.fix });
  if (fixes.length) {
    const box = document.createElement('div');
    box.className = 'fixes';
    for (const f of fixes) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'fix';
      b.textContent = f.desc;
      b.addEventListener('click', (e) => { e.stopPropagation(); applyFix(f.range, f.text); });
      box.appendChild(b);
    }
    li.appendChild(box);
  }
  li.addEventListener('click', () => select(i));
  return li;
}

/** a quick fix: an edit of the source the findings were computed on, applied in the editor, then linted again */
function applyFix(range: [number, number], text: string) {
  if (state.result?.source !== editor.value) return; // the text changed since: the range no longer applies
  editor.focus();
  editor.setRangeText(text, range[0], range[1], 'end');
  void relint();
}

function select(i: number) {
  state.active = i;
  for (const li of list.querySelectorAll<HTMLLIElement>('li.finding')) li.classList.toggle('active', li.dataset.i === String(i));
  paintMarks();
  const mark = backdrop.querySelector<HTMLElement>(`mark[data-i="${i}"], mark.active`);
  if (mark) editor.scrollTop = Math.max(0, mark.offsetTop - editor.clientHeight / 3);
  const span = state.result && spansOf(state.result, editor.value)[i];
  if (span && !state.docx) { editor.focus({ preventScroll: true }); editor.setSelectionRange(span[0], span[1]); }
}

// ── files ──────────────────────────────────────────────────────────────────────────────────────────────────────
const EXT: Record<string, SourceFormat> = { md: 'markdown', markdown: 'markdown', txt: 'text', text: 'text', html: 'html', htm: 'html', docx: 'docx' };
async function openFile(file: File) {
  const format = EXT[file.name.toLowerCase().split('.').pop() ?? ''];
  if (!format) { status.className = 'status bad'; status.textContent = t().unsupported(file.name); return; }
  if (file.size > 100 * 1024 * 1024) { status.className = 'status bad'; status.textContent = t().tooLarge(file.name); return; }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // linted first: a file that cannot be read is one line in the status, and the page keeps what it showed
  status.textContent = t().checking;
  const r = await engineFor(strictBox.checked).call<WebResult>({ op: 'lint', name: file.name, bytes, ...settings() });
  if (r.fatal) { status.className = 'status bad'; status.textContent = `${file.name}：${r.messages[0].message}`; return; }
  leaveDocx();
  state.name = file.name;
  docbar.hidden = false;
  if (format === 'docx') {
    // shown read-only (its text, paragraph by paragraph); linted from its bytes when settings change
    state.docx = { name: file.name, bytes };
    editor.readOnly = true;
    formatSel.disabled = true;
    docbar.textContent = t().docx(file.name);
  } else {
    // text files are decoded by the engine (UTF-8, UTF-16, GBK), then edited as text
    formatSel.value = format;
    editor.value = r.source ?? '';
    docbar.textContent = t().file(file.name);
  }
  show(r);
}

function leaveDocx() {
  state.docx = undefined;
  editor.readOnly = false;
  formatSel.disabled = false;
  docbar.hidden = true;
  $('annotate').hidden = true;
}

function download(name: string, data: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
const baseName = () => (state.docx?.name ?? textName()).replace(/\.[^.]+$/, '');

// ── wiring ─────────────────────────────────────────────────────────────────────────────────────────────────────
function fillSelect(sel: HTMLSelectElement, values: readonly string[], labels: Record<string, string>, auto?: string) {
  const v = sel.value;
  sel.innerHTML = (auto ? `<option value="">${esc(auto)}</option>` : '') + values.map((x) => `<option value="${x}">${esc(labels[x] ?? x)}</option>`).join('');
  sel.value = v || (auto ? '' : values[0]);
}

function applyLocale() {
  const L = t();
  document.documentElement.lang = state.locale === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = String(L[el.dataset.t as keyof typeof L]);
  editor.placeholder = L.placeholder;
  fillSelect(formatSel, ['markdown', 'text', 'html'], L.formats);
  fillSelect(productSel, PRODUCTS, L.products, L.auto);
  fillSelect(kindSel, KINDS, L.kinds, L.auto);
  if (state.docx) docbar.textContent = L.docx(state.docx.name);
  else if (state.name) docbar.textContent = L.file(state.name);
}

$('lang').addEventListener('click', () => {
  state.locale = state.locale === 'zh' ? 'en' : 'zh';
  localStorage.setItem('xiaobao-locale', state.locale);
  applyLocale();
  void relint();
});
for (const el of [formatSel, productSel, kindSel, strictBox]) el.addEventListener('change', () => void relint());
// a paste is linted at once; typing waits for a pause of 150 ms
editor.addEventListener('input', (e) => schedule((e as InputEvent).inputType === 'insertFromPaste' ? 0 : 150));
editor.addEventListener('scroll', () => { backdrop.scrollTop = editor.scrollTop; });
$('file').addEventListener('change', (e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void openFile(f).catch(fail); (e.target as HTMLInputElement).value = ''; });
$('clear').addEventListener('click', () => { leaveDocx(); state.name = undefined; editor.value = ''; void relint(); });
$('report').addEventListener('click', () => void engine.call<string>({ op: 'report' }).then((html) => download(`${baseName()}.report.html`, html, 'text/html'), fail));
$('annotate').addEventListener('click', () => void engine.call<Uint8Array>({ op: 'annotate' }).then((bytes) => download(`${baseName()}.reviewed.docx`, bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), fail));

const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('dragging'); });
drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('dragging');
  const f = e.dataTransfer?.files?.[0];
  if (f) void openFile(f).catch(fail);
});

applyLocale();
void relint();
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) navigator.serviceWorker.register('sw.js').catch(() => { /* offline use needs it; the page works without */ });

// a hook for tests and scripts: lint through this page's worker, exactly as the page does
declare global { interface Window { xiaobao: { lint(req: Omit<Extract<Request, { op: 'lint' }>, 'op' | 'locale'> & { locale?: Locale; strict?: boolean }): Promise<WebResult>; info(): Promise<Info>; cut(texts: string[]): Promise<string[][]> } } }
window.xiaobao = {
  lint: ({ strict, ...req }) => engineFor(strict ?? strictBox.checked).call<WebResult>({ op: 'lint', locale: state.locale, ...req }),
  info: () => engine.call<Info>({ op: 'info' }),
  cut: (texts) => engine.call<string[][]>({ op: 'cut', texts }),
};
