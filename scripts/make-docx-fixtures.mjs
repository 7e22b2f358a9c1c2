#!/usr/bin/env node
// Builds the Word and HTML fixtures from the Markdown contract, so the three formats carry the same text
// and the same bold clauses (real bold runs made with the npm `docx` package), and the bad-input fixtures.
//   node scripts/make-docx-fixtures.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { DeletedTextRun, Document, FootnoteReferenceRun, HeadingLevel, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Textbox, WidthType } from 'docx';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'packages/parsers/package.json'));
const JSZip = require('jszip');
const F = (p) => path.join(ROOT, 'fixtures', p);

/** the Markdown subset the fixtures use: # headings, paragraphs, **bold** spans */
function blocks(md) {
  return md.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean).map((b) => {
    const h = /^(#{1,6})\s+(.*)$/.exec(b);
    const text = h ? h[2] : b.replace(/\n/g, '');
    const runs = text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((t) => (t.startsWith('**') ? { text: t.slice(2, -2), bold: true } : { text: t, bold: false }));
    return { heading: h ? h[1].length : 0, runs };
  });
}

async function contract(name) {
  const md = fs.readFileSync(F(`contract/${name}.md`), 'utf8');
  const bs = blocks(md);
  const doc = new Document({
    creator: 'xiaobao fixtures',
    sections: [{ children: bs.map((b) => new Paragraph({
      heading: b.heading === 1 ? HeadingLevel.HEADING_1 : b.heading === 2 ? HeadingLevel.HEADING_2 : undefined,
      children: b.runs.map((r) => new TextRun({ text: r.text, bold: r.bold })),
    })) }],
  });
  fs.writeFileSync(F(`docx/${name}.docx`), await Packer.toBuffer(doc));
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${esc(bs[0].runs.map((r) => r.text).join(''))}</title></head>\n<body>\n${bs.map((b) => {
    const inner = b.runs.map((r) => (r.bold ? `<strong>${esc(r.text)}</strong>` : esc(r.text))).join('');
    return b.heading ? `<h${b.heading}>${inner}</h${b.heading}>` : `<p>${inner}</p>`;
  }).join('\n')}\n</body>\n</html>\n`;
  fs.writeFileSync(F(`html/${name}.html`), html);
}

async function formatting() {
  // emphasis by size, colour and in a table; a plain body clause for contrast
  const doc = new Document({
    styles: { default: { document: { run: { size: 21 } } } },
    sections: [{ children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('信用卡分期业务协议')] }),
      new Paragraph({ children: [new TextRun({ text: '1.1 分期手续费按期收取，提前还款的，剩余手续费不予退还。', size: 32 })] }),
      new Paragraph({ children: [new TextRun({ text: '1.2 持卡人逾期还款的，按日计收罚息。', color: 'C00000' })] }),
      new Paragraph({ children: [new TextRun('1.3 持卡人提前还清分期款项的，应支付违约金。')] }),
      new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
        new TableRow({ children: [new TableCell({ children: [new Paragraph('项目')] }), new TableCell({ children: [new Paragraph('说明')] })] }),
        new TableRow({ children: [new TableCell({ children: [new Paragraph('分期期数')] }), new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: '每期分期利率0.60%，折算年化利率约13.03%。', bold: true })] })] })] }),
      ] }),
      new Paragraph({ children: [new TextRun('本协议最终解释权归云栖银行所有。')] }),
    ] }],
  });
  fs.writeFileSync(F('docx/installment-formatting.docx'), await Packer.toBuffer(doc));
}

async function revisions() {
  // a tracked change (read as accepted), a footnote and a text box
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('注：本产品过往业绩不代表未来表现。')] } },
    sections: [{ children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('启元理财稳享1号产品说明')] }),
      new Paragraph({ children: [
        new TextRun('本产品'),
        new DeletedTextRun({ text: '保本保收益', id: 1, author: '市场部', date: '2026-03-01T00:00:00Z' }),
        new InsertedTextRun({ text: '为非保本浮动收益型产品', id: 2, author: '合规部', date: '2026-03-02T00:00:00Z' }),
        new TextRun('，业绩比较基准3.0%—3.6%。'),
        new FootnoteReferenceRun(1),
      ] }),
      new Textbox({ alignment: 'left', style: { width: '200pt', height: '60pt' }, children: [new Paragraph('文本框：本产品稳赚不赔。')] }),
      new Paragraph('理财非存款、产品有风险、投资须谨慎。'),
    ] }],
  });
  fs.writeFileSync(F('docx/tracked-footnote-textbox.docx'), await Packer.toBuffer(doc));
}

async function bad() {
  // legacy .doc and encrypted .docx are OLE2 compound files; only the header and stream names matter here
  const ole = (streams) => { const b = Buffer.alloc(4096); Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b); let o = 1024; for (const s of streams) { Buffer.from(s, 'utf16le').copy(b, o); o += 128; } return b; };
  fs.writeFileSync(F('bad/legacy.docx'), ole(['Root Entry', 'WordDocument', '1Table']));
  fs.writeFileSync(F('bad/encrypted.docx'), ole(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
  fs.writeFileSync(F('bad/corrupt.docx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 0x5a)]));
  const noDoc = new JSZip(); noDoc.file('[Content_Types].xml', '<Types/>'); noDoc.file('word/styles.xml', '<w:styles/>');
  fs.writeFileSync(F('bad/no-document.docx'), await noDoc.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const badXml = new JSZip(); badXml.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  badXml.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  badXml.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>未闭合');
  fs.writeFileSync(F('bad/malformed-xml.docx'), await badXml.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  // a zip bomb: 300 MB of zeros that deflate to a few hundred KB
  const bomb = new JSZip(); bomb.file('word/document.xml', '<w:document/>'); bomb.file('word/media/pad.bin', Buffer.alloc(300 * 1024 * 1024));
  fs.writeFileSync(F('bad/zip-bomb.docx'), await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}

async function bodySize14() {
  // a real bank template's shape: the styles say 10.5 pt, every run sets 14 pt by direct formatting; some key
  // clauses bold (one only in its operative figure), two plain (one with an underlined blank to fill in)
  const r = (text, o = {}) => new TextRun({ text, size: 28, ...o });
  const doc = new Document({
    styles: { default: { document: { run: { size: 21 } } } },
    sections: [{ children: [
      new Paragraph({ children: [r('个人借款合同', { size: 36, bold: true })] }),
      new Paragraph({ children: [r('本合同中以粗体标注的条款涉及借款人的重大利益，请借款人重点阅读。')] }),
      new Paragraph({ children: [r('第一条 借款金额为人民币10万元，借款期限12个月。')] }),
      new Paragraph({ children: [r('第二条 借款人逾期还款的，贷款人按日万分之五计收罚息。', { bold: true })] }),
      new Paragraph({ children: [r('第三条 借款人违约的，贷款人有权宣布贷款提前到期，并不另行通知借款人。')] }),
      new Paragraph({ children: [r('第四条 借款人提前还款的，应按提前还款本金的'), r('1%', { bold: true }), r('支付违约金。')] }),
      new Paragraph({ children: [r('第五条 服务费为'), r('        ', { underline: {} }), r('元，由借款人在放款时一次性支付。')] }),
      new Paragraph({ children: [r('借款人（签字）：'), r('            ', { underline: {} })] }),
    ] }],
  });
  fs.writeFileSync(F('docx/body-14pt-key-clauses.docx'), await Packer.toBuffer(doc));
}

async function filledBlanks() {
  // a template whose blanks were filled in: the value underlined with the underlined spaces around it is the form's
  // field, not emphasis; a clause underlined as a whole (no padding) is emphasised
  const r = (text, o = {}) => new TextRun({ text, ...o });
  const u = { underline: {} };
  const doc = new Document({
    sections: [{ children: [
      new Paragraph({ children: [r('汽车分期付款合同', { size: 36, bold: true })] }),
      new Paragraph({ children: [r('第一条 分期金额为人民币10万元，分期期数36期。')] }),
      new Paragraph({ children: [r('第二条 本合同生效后，任何一方违约的，违约方按'), r(' ', u), r('每日万分之五', u), r(' ', u), r('的标准支付违约金。')] }),
      new Paragraph({ children: [r('第三条 '), r('分期付款申请人逾期还款的，分期款项发放人按日万分之五计收罚息。', u)] }),
      new Paragraph({ children: [r('第四条 本合同签订后'), r(' 15 ', u), r('日内，抵押人应办妥抵押登记。')] }),
    ] }],
  });
  fs.writeFileSync(F('docx/filled-blanks.docx'), await Packer.toBuffer(doc));
}

async function wpsDefaultStyle() {
  // a WPS / Chinese-template shape: the default paragraph style's id is "1" (not "Normal") and sets 10.5 pt (sz 21)
  // while its complex-script size says 12 pt (szCs 24); most runs repeat sz 21, but a plain key clause sets only
  // szCs, so it inherits 10.5 pt from the style. That clause is plain, not larger.
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const run = (text, rPr = '') => `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const p = (...runs) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${runs.join('')}</w:p>`;
  const sz21 = '<w:sz w:val="21"/><w:szCs w:val="21"/>';
  const body = [
    p(run('个人消费分期付款合同', '<w:b/><w:sz w:val="36"/>')),
    p(run('第一条 分期金额为人民币5万元，分期期数12期。', sz21)),
    p(run('第二条 分期付款申请人逾期还款的，分期款项发放人有权宣布全部分期款项提前到期。', `<w:b/>${sz21}`)),
    p(run('9.2', `<w:b/>${sz21}`), run('分期付款申请人未按约定还款的，同意分期款项发放人从其开立在本行的所有账户中扣收相应款项。', '<w:szCs w:val="21"/>')),
    p(run('第四条 本合同一式两份，自双方签字之日起生效。', sz21)),
    p(run('第五条 本合同未尽事宜，由双方另行协商。', sz21)),
  ].join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:rPr><w:sz w:val="21"/><w:szCs w:val="24"/></w:rPr></w:style></w:styles>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`);
  fs.writeFileSync(F('docx/wps-default-style.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

await contract('consumer-loan-contract');
await wpsDefaultStyle();
await filledBlanks();
await bodySize14();
await formatting();
await revisions();
await bad();
console.log('fixtures written: docx/, html/, bad/');
