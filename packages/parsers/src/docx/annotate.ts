// The reviewed copy: the original .docx with a Word comment (批注) anchored on each finding's exact text,
// carrying the rule, the message, the basis and the suggested wording, author "xiaobao". Runs are split at
// the finding's edges; everything else in the package is kept byte for byte. The original is never touched.
import { createRequire } from 'node:module';
import { checkZip } from './zip-guard.js';
import { parseDocx } from './index.js';

const require = createRequire(import.meta.url);
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface Annotation { start: number; end: number; ruleId: string; message: string; basisText?: string; suggestion?: string }

const isSpace = (c: string) => /\s/.test(c);

export async function annotateDocx(original: Uint8Array, findings: Annotation[], date = new Date()): Promise<Uint8Array> {
  const zip = await checkZip(original);
  const doc = await parseDocx(original);
  const { DOMParser, XMLSerializer } = require('@xmldom/xmldom');
  const xml = new DOMParser().parseFromString(await zip.file('word/document.xml').async('string'), 'text/xml');
  const el = (name: string) => xml.createElementNS(W, `w:${name}`);
  const kids = (e: any): any[] => Array.from(e.childNodes as ArrayLike<any>).filter((c: any) => c.nodeType === 1);

  // body paragraphs in document order (the order the parser reads), deletions skipped
  const paras: any[] = [];
  const walk = (e: any) => { for (const c of kids(e)) { if (c.namespaceURI !== W || c.localName === 'del') continue; if (c.localName === 'p') paras.push(c); else walk(c); } };
  walk(kids(xml.documentElement).find((c: any) => c.localName === 'body'));
  const textRuns = (p: any) => {
    const out: { r: any; t: any }[] = [];
    const visit = (e: any) => { for (const c of kids(e)) { if (c.namespaceURI !== W || c.localName === 'del' || c.localName === 'pPr') continue; if (c.localName === 'r') { const t = kids(c).find((x: any) => x.localName === 't'); if (t) out.push({ r: c, t }); } else visit(c); } };
    visit(p);
    return out;
  };
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  // align parser blocks to OOXML paragraphs by their text
  const blockPara = new Map<number, any>();
  let pi = 0;
  doc.blocks.forEach((b, bi) => {
    const want = squeeze(doc.text.slice(b.start, b.end));
    for (let k = pi; k < paras.length; k++) {
      if (squeeze(textRuns(paras[k]).map((x) => x.t.textContent).join('')) === want) { blockPara.set(bi, paras[k]); pi = k + 1; return; }
    }
  });

  /** split so that non-space character `n` of the paragraph starts a run; returns that run */
  const splitAt = (p: any, n: number): any | null => {
    let seen = 0;
    for (const { r, t } of textRuns(p)) {
      const text: string = t.textContent;
      for (let i = 0; i < text.length; i++) {
        if (isSpace(text[i])) continue;
        if (seen === n) {
          if (i === 0) return r;
          const r2 = r.cloneNode(true);
          const t2 = kids(r2).find((x: any) => x.localName === 't');
          t.textContent = text.slice(0, i); t.setAttribute('xml:space', 'preserve');
          t2.textContent = text.slice(i); t2.setAttribute('xml:space', 'preserve');
          r.parentNode.insertBefore(r2, r.nextSibling);
          return r2;
        }
        seen++;
      }
    }
    return null; // past the end
  };

  const comments: { id: number; text: string[] }[] = [];
  const sorted = [...findings].sort((a, b) => b.start - a.start);
  for (const f of sorted) {
    const bi = doc.blocks.findIndex((b) => b.start <= f.start && f.start < b.end);
    const p = blockPara.get(bi);
    if (!p) continue;
    const b = doc.blocks[bi];
    const nonSpaceBefore = (o: number) => { let n = 0; for (let k = b.start; k < o; k++) if (!isSpace(doc.text[k])) n++; return n; };
    const a = nonSpaceBefore(f.start), z = nonSpaceBefore(Math.min(f.end, b.end));
    if (z <= a) continue;
    const endRun = splitAt(p, z); // split the end first so the start run stays valid
    const startRun = splitAt(p, a);
    if (!startRun) continue;
    const id = comments.length;
    const rs = el('commentRangeStart'); rs.setAttributeNS(W, 'w:id', String(id));
    const re = el('commentRangeEnd'); re.setAttributeNS(W, 'w:id', String(id));
    const ref = el('r'); const cr = el('commentReference'); cr.setAttributeNS(W, 'w:id', String(id)); ref.appendChild(cr);
    startRun.parentNode.insertBefore(rs, startRun);
    if (endRun) { endRun.parentNode.insertBefore(re, endRun); endRun.parentNode.insertBefore(ref, endRun); }
    else { const last = textRuns(p).pop()!.r; last.parentNode.insertBefore(ref, last.nextSibling); last.parentNode.insertBefore(re, last.nextSibling); }
    comments.push({ id, text: [`【${f.ruleId}】${f.message}`, ...(f.basisText ? [`依据：${f.basisText}`] : []), ...(f.suggestion ? [`建议：${f.suggestion}`] : [])] });
  }

  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const stamp = date.toISOString().replace(/\.\d+Z$/, 'Z');
  const commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${comments.map((c) => `<w:comment w:id="${c.id}" w:author="xiaobao" w:initials="XB" w:date="${stamp}">${c.text.map((t) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`).join('')}</w:comment>`).join('')}</w:comments>`;
  zip.file('word/document.xml', new XMLSerializer().serializeToString(xml));
  zip.file('word/comments.xml', commentsXml);
  const relsPath = 'word/_rels/document.xml.rels';
  let rels: string = (await zip.file(relsPath)?.async('string')) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  if (!rels.includes(COMMENTS_TYPE)) rels = rels.replace('</Relationships>', `<Relationship Id="rIdXiaobaoComments" Type="${COMMENTS_TYPE}" Target="comments.xml"/></Relationships>`);
  zip.file(relsPath, rels);
  let ct: string = await zip.file('[Content_Types].xml').async('string');
  if (!ct.includes('/word/comments.xml')) ct = ct.replace('</Types>', `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_CT}"/></Types>`);
  zip.file('[Content_Types].xml', ct);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
