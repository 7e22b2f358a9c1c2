// The style reader's XML parser (xml-lite.ts) answers the DOM calls ooxml.ts makes as xmldom does, on the shapes a .docx
// part takes, and refuses what xmldom refuses — checked against xmldom itself, and end to end on every .docx fixture.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseXml, type XNode } from '../src/docx/xml-lite.js';

const require = createRequire(import.meta.url);
const { DOMParser } = require('@xmldom/xmldom');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function xmldom(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(errors[0]);
  return doc;
}

/** what ooxml.ts reads of a tree: elements with namespace, w:val / w:fill / w:styleId attributes both ways, and the text of t */
function view(e: XNode | any): unknown {
  const kids = Array.from(e.childNodes as ArrayLike<any>).filter((c) => c.nodeType === 1);
  return {
    name: e.localName, ns: e.namespaceURI,
    attrs: ['val', 'fill', 'styleId', 'type', 'default'].map((a) => [e.getAttributeNS(W, a), e.getAttribute(`w:${a}`)]),
    ...(e.localName === 't' ? { text: e.textContent } : {}),
    kids: kids.map(view),
  };
}

const doc = (body: string, decl = 'xmlns:w="' + W + '"') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${decl} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;

describe('xml-lite against xmldom', () => {
  const cases: [string, string][] = [
    ['runs with properties', doc('<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/><w:color w:val="FF0000"/></w:rPr><w:t>逾期罚息</w:t></w:r><w:r><w:t xml:space="preserve"> 按日 </w:t></w:r></w:p>')],
    ['entities, numeric references and CDATA in text', doc('<w:p><w:r><w:t>A&amp;B &lt;甲方&gt; &#20445;&#x672C; &quot;x&apos;</w:t></w:r><w:r><w:t><![CDATA[<不是标签>]]></w:t></w:r></w:p>')],
    ['attribute values with > and quotes of either kind', doc(`<w:p><w:r><w:rPr><w:shd w:fill='FFFF00' w:val="a>b"/></w:rPr><w:t>x</w:t></w:r></w:p>`)],
    ['comments, processing instructions, foreign elements', doc('<!-- a comment with <w:p> inside --><w:p><mc:AlternateContent><mc:Choice><w:r><w:t>choice</w:t></w:r></mc:Choice></mc:AlternateContent><w:r><w:t>kept</w:t></w:r></w:p><?pi x?>')],
    ['another prefix for the main namespace', doc('<x:p><x:r><x:rPr><x:b x:val="0"/></x:rPr><x:t>plain</x:t></x:r></x:p>'.replace(/<w:/g, '<x:'), `xmlns:w="${W}" xmlns:x="${W}"`)],
    ['the main namespace as the default one', `<document xmlns="${W}" xmlns:w="${W}"><body><p><r><rPr><sz w:val="32"/></rPr><t>默认</t></r></p></body></document>`],
    ['a declaration on an inner element', doc(`<w:p><w:sdt><w:sdtContent xmlns:q="urn:other"><q:foo/><w:r><w:t>in sdt</w:t></w:r></w:sdtContent></w:sdt></w:p>`)],
    ['tables, tracked changes, tabs and breaks', doc('<w:tbl><w:tr><w:tc><w:p><w:ins><w:r><w:t>新</w:t><w:tab/><w:br/></w:r></w:ins><w:del><w:r><w:delText>旧</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>')],
  ];
  for (const [name, xml] of cases) it(name, () => expect(view(parseXml(xml).documentElement)).toEqual(view(xmldom(xml).documentElement)));

  it('refuses what xmldom refuses, in its words', () => {
    const bad = ['<a><b></a>', '<a><b>', '', 'garbage', '<a', '<a><!-- x', '<a/><b/>', doc('<w:p><z:r/></w:p>'), doc('<w:p><w:r z:val="1"/></w:p>')];
    for (const xml of bad) {
      expect(() => xmldom(xml), xml).toThrow();
      expect(() => parseXml(xml), xml).toThrow();
    }
    expect(() => parseXml('<a><b></a>')).toThrow('Opening and ending tag mismatch');
    expect(() => parseXml('<a><b>')).toThrow('unclosed xml tag(s): a, b');
    expect(() => parseXml('')).toThrow('missing root element');
  });
});
