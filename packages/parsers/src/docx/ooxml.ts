// What mammoth drops by design: font size, colour, underline and highlight — and bold inherited from
// paragraph or character styles. Read from word/document.xml and word/styles.xml with an XML parser of our own that keeps
// only elements, their attributes and the runs' text (xml-lite.ts: mammoth has parsed the part already, and a second full
// DOM cost ~7 KB a run), paragraph by paragraph in document order, as runs of (text, emphasis).
import { parseXml } from './xml-lite.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface StyledRun { text: string; bold: boolean; larger: boolean; color: boolean; underline: boolean; highlight: boolean; size: number }
export interface StyledParagraph { runs: StyledRun[] }

type El = { localName: string; namespaceURI: string | null; childNodes: ArrayLike<any>; getAttributeNS(ns: string, n: string): string | null; getAttribute(n: string): string | null };

const kids = (e: El): El[] => Array.from(e.childNodes as ArrayLike<El>).filter((c: any) => c.nodeType === 1);
const child = (e: El | undefined, name: string) => (e ? kids(e).find((c) => c.localName === name && c.namespaceURI === W) : undefined);
const val = (e: El | undefined) => (e ? e.getAttributeNS(W, 'val') ?? e.getAttribute('w:val') : null);
const on = (e: El | undefined) => !!e && !['0', 'false', 'off'].includes(String(val(e) ?? 'true'));

interface Props { bold?: boolean; size?: number; color?: boolean; underline?: boolean; highlight?: boolean }
function runProps(rPr: El | undefined): Props {
  if (!rPr) return {};
  const p: Props = {};
  const b = child(rPr, 'b');
  if (b) p.bold = on(b);
  const sz = val(child(rPr, 'sz'));
  if (sz) p.size = Number(sz);
  const c = val(child(rPr, 'color'));
  if (c) p.color = !/^(auto|000000)$/i.test(c);
  const u = val(child(rPr, 'u'));
  if (u) p.underline = u !== 'none';
  const hl = val(child(rPr, 'highlight'));
  const shd = child(rPr, 'shd');
  const fill = shd ? shd.getAttributeNS(W, 'fill') ?? shd.getAttribute('w:fill') : null;
  if (hl || (fill && !/^(auto|ffffff)$/i.test(fill))) p.highlight = !!(hl && hl !== 'none') || !!fill;
  return p;
}

export function readStyledParagraphs(documentXml: string, stylesXml: string | undefined): StyledParagraph[] {
  // styles: id → props, with basedOn inheritance; the size the styles declare for body text
  const styles = new Map<string, Props & { basedOn?: string }>();
  let styleSize = 22;
  // the default paragraph style (w:default="1"): its id is Normal in Word, often "1" or "a" in WPS and Chinese templates
  let defaultPara: string | undefined;
  if (stylesXml) {
    const sdoc = parseXml(stylesXml);
    const root = sdoc.documentElement as El;
    const dflt = child(child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr'), 'sz');
    if (val(dflt)) styleSize = Number(val(dflt));
    for (const s of kids(root).filter((e) => e.localName === 'style')) {
      const id = s.getAttributeNS(W, 'styleId') ?? s.getAttribute('w:styleId');
      if (!id) continue;
      styles.set(id, { ...runProps(child(s, 'rPr')), basedOn: val(child(s, 'basedOn')) ?? undefined });
      const type = s.getAttributeNS(W, 'type') ?? s.getAttribute('w:type');
      const dv = s.getAttributeNS(W, 'default') ?? s.getAttribute('w:default');
      if (type === 'paragraph' && dv !== null && !['0', 'false', 'off'].includes(dv) && !defaultPara) defaultPara = id;
    }
    defaultPara ??= styles.has('Normal') ? 'Normal' : undefined;
  }
  const resolve = (id: string | null | undefined, depth = 0): Props => {
    if (!id || depth > 10) return {};
    const s = styles.get(id);
    if (!s) return {};
    return { ...resolve(s.basedOn, depth + 1), ...Object.fromEntries(Object.entries(s).filter(([k, v]) => k !== 'basedOn' && v !== undefined)) };
  };
  const normalSize = resolve(defaultPara).size;
  if (normalSize) styleSize = normalSize;

  const doc = parseXml(documentXml);
  const out: StyledParagraph[] = [];
  const para = (p: El) => {
    const pPr = child(p, 'pPr');
    // a paragraph without a style of its own takes the default paragraph style
    const pStyle = resolve(val(child(pPr, 'pStyle')) ?? defaultPara);
    const runs: StyledRun[] = [];
    const visit = (e: El) => {
      for (const c of kids(e)) {
        if (c.namespaceURI !== W) continue;
        if (c.localName === 'del' || c.localName === 'moveFrom') continue; // tracked deletions: as if accepted
        if (c.localName === 'r') {
          const props = { ...pStyle, ...resolve(val(child(child(c, 'rPr'), 'rStyle'))), ...runProps(child(c, 'rPr')) };
          let text = '';
          for (const t of kids(c)) {
            if (t.localName === 't') text += (t as any).textContent ?? '';
            else if (t.localName === 'tab') text += '\t';
            else if (t.localName === 'br' || t.localName === 'cr') text += '\n';
          }
          if (text) runs.push({ text, bold: !!props.bold, larger: false, size: props.size ?? styleSize, color: !!props.color, underline: !!props.underline, highlight: !!props.highlight });
        } else if (c.localName !== 'pPr' && c.localName !== 'txbxContent') visit(c); // ins, hyperlink, smartTag, sdt…
      }
    };
    visit(p);
    formFields(runs);
    if (runs.some((r) => r.text.trim())) out.push({ runs });
  };
  const walk = (e: El) => {
    for (const c of kids(e)) {
      if (c.namespaceURI !== W) continue;
      if (c.localName === 'p') para(c);
      else if (c.localName === 'del') continue;
      else walk(c); // tbl → tr → tc → p, sdt → sdtContent
    }
  };
  const body = child(doc.documentElement as El, 'body');
  if (body) walk(body);
  markLarger(out);
  return out;
}

/**
 * "Larger" means larger than the body text of this document. Real bank templates often set the body at 12 or
 * 14 pt by direct run formatting while the styles declare 10.5 pt (or nothing), so the body size is measured:
 * the dominant size of the text, weighted by characters.
 */
export function markLarger(paras: StyledParagraph[]): number {
  const weight = new Map<number, number>();
  for (const p of paras) for (const r of p.runs) {
    const n = r.text.replace(/\s/g, '').length;
    if (n) weight.set(r.size, (weight.get(r.size) ?? 0) + n);
  }
  let body = 22, best = -1;
  for (const [size, w] of weight) if (w > best || (w === best && size < body)) { body = size; best = w; }
  for (const p of paras) for (const r of p.runs) r.larger = r.size > body;
  return body;
}

// A form's fields are not emphasis: an underlined blank (____ or spaces to fill in), and a blank filled in on the template
// (违约方按 ␣每日万分之五␣ 的标准, 本合同签订后 ␣15␣ 日内) — a short value underlined together with the underlined spaces around it
const BLANK = /^[\s_＿\u3000]*$/, PAD = /^[\s_＿\u3000]/, PAD_END = /[\s_＿\u3000]$/;
function formFields(runs: StyledRun[]): void {
  for (let i = 0; i < runs.length; ) {
    if (!runs[i].underline) { i++; continue; }
    let j = i;
    while (j < runs.length && runs[j].underline) j++;
    const text = runs.slice(i, j).map((r) => r.text).join('');
    const value = text.trim().replace(/^[_＿]+|[_＿]+$/g, '').trim();
    const filled = PAD.test(text) && PAD_END.test(text) && value.length > 0 && value.length <= 12 && !/[，,。；;：:]/.test(value);
    for (let k = i; k < j; k++) if (filled || BLANK.test(runs[k].text)) runs[k].underline = false;
    i = j;
  }
}
