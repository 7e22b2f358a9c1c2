// A small XML reader for the parts of a .docx the style reader walks (word/document.xml, word/styles.xml): elements with
// their namespace, attributes read on demand, and the text of w:t — nothing else is kept. It answers the few DOM calls
// ooxml.ts makes (childNodes, localName, namespaceURI, getAttributeNS, getAttribute, textContent) as xmldom's DOM does,
// in a fraction of the memory: a 200,000-run document took 1.9 GB and 25 s through a second xmldom DOM. The part has
// already been read by mammoth's XML parser (a file it refuses never gets here); what is not well-formed here is still
// refused, in xmldom's words (the caller maps them to its messages as it maps xmldom's).

export interface XNode {
  nodeType: 1 | 3;
  localName: string;
  namespaceURI: string | null;
  childNodes: XNode[];
  textContent: string;
  getAttributeNS(ns: string, local: string): string | null;
  getAttribute(qname: string): string | null;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => (s.includes('&') ? s.replace(ENTITY, (all, hex, dec, name) => (name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10)))) : s);
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** the prefix of each prefixed attribute name (outside the quoted values) */
const ATTR_PREFIX = /(?:^|\s)([^\s=/>:"']+):[^\s=/>"']+\s*=\s*(?:"[^"]*"|'[^']*')/g;

type Scope = Map<string, string>;

class Text implements XNode {
  readonly nodeType = 3 as const;
  readonly localName = '';
  readonly namespaceURI = null;
  readonly childNodes: XNode[] = [];
  constructor(readonly textContent: string) {}
  getAttributeNS(): null { return null; }
  getAttribute(): null { return null; }
}

class Element implements XNode {
  readonly nodeType = 1 as const;
  readonly childNodes: XNode[] = [];
  private attrs?: [qname: string, value: string][];
  constructor(readonly localName: string, readonly namespaceURI: string | null, private raw: string, private scope: Scope) {}
  private list(): [string, string][] {
    if (!this.attrs) {
      this.attrs = [];
      for (const m of this.raw.matchAll(ATTR)) this.attrs.push([m[1], decode(m[2] ?? m[3] ?? '')]);
      this.raw = '';
    }
    return this.attrs;
  }
  getAttribute(qname: string): string | null {
    for (const [q, v] of this.list()) if (q === qname) return v;
    return null;
  }
  getAttributeNS(ns: string, local: string): string | null {
    for (const [q, v] of this.list()) {
      const colon = q.indexOf(':');
      if (colon < 0 || q.slice(colon + 1) !== local) continue; // an attribute without a prefix has no namespace
      const prefix = q.slice(0, colon);
      if ((prefix === 'xmlns' ? XMLNS : this.scope.get(prefix)) === ns) return v;
    }
    return null;
  }
  get textContent(): string {
    let s = '';
    for (const c of this.childNodes) s += c.textContent;
    return s;
  }
}

/** the root element of `xml`; throws on markup that does not nest or does not end */
export function parseXml(xml: string): { documentElement: XNode } {
  const root = new Element('#document', null, '', new Map());
  const stack: { el: Element; qname: string; scope: Scope; text: boolean }[] = [{ el: root, qname: '', scope: new Map(), text: false }];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const top = stack[stack.length - 1];
    // text is kept only inside a w:t (or any element named t): nothing else of it is ever read
    if (top.text && (lt < 0 ? n : lt) > i) top.el.childNodes.push(new Text(decode(xml.slice(i, lt < 0 ? n : lt))));
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) { const e = xml.indexOf('-->', lt + 4); if (e < 0) throw new Error('comment is not well-formed'); i = e + 3; continue; }
    if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      if (e < 0) throw new Error('Invalid CDATA');
      if (top.text) top.el.childNodes.push(new Text(xml.slice(lt + 9, e)));
      i = e + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) { const e = xml.indexOf('?>', lt + 2); if (e < 0) throw new Error('unexpected end of input'); i = e + 2; continue; }
    if (xml.startsWith('<!', lt)) { const e = xml.indexOf('>', lt + 2); if (e < 0) throw new Error('unexpected end of input'); i = e + 1; continue; }
    // a tag: its end is the first > outside a quoted attribute value
    let e = lt + 1, quote = '';
    for (; e < n; e++) {
      const c = xml[e];
      if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c; else if (c === '>') break;
    }
    if (e >= n) throw new Error('unexpected end of input');
    const body = xml.slice(lt + 1, e);
    i = e + 1;
    if (body[0] === '/') {
      const qname = body.slice(1).trim();
      if (stack.length < 2 || stack[stack.length - 1].qname !== qname) throw new Error(`Opening and ending tag mismatch: "${stack[stack.length - 1].qname}" != "${qname}"`);
      stack.pop();
      continue;
    }
    const selfClosing = body.endsWith('/');
    const nameEnd = body.search(/[\s/]|$/);
    const qname = body.slice(0, nameEnd);
    if (!qname) throw new Error('element parse error: invalid tagName');
    const raw = body.slice(nameEnd, selfClosing ? -1 : undefined);
    // namespace declarations on this element (xmlns, xmlns:w) open a scope of their own
    let scope = top.scope;
    if (raw.includes('xmlns')) {
      for (const m of raw.matchAll(ATTR)) {
        if (m[1] !== 'xmlns' && !m[1].startsWith('xmlns:')) continue;
        if (scope === top.scope) scope = new Map(top.scope);
        scope.set(m[1] === 'xmlns' ? '' : m[1].slice(6), decode(m[2] ?? m[3] ?? ''));
      }
    }
    const colon = qname.indexOf(':');
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const ns = scope.get(colon < 0 ? '' : qname.slice(0, colon)) ?? null;
    // (an element or an attribute whose prefix no declaration binds is refused, as xmldom refuses it)
    if (colon >= 0 && ns === null) throw new Error('NamespaceError: prefix is non-null and namespace is null');
    if (raw.includes(':')) for (const m of raw.matchAll(ATTR_PREFIX)) if (m[1] !== 'xml' && m[1] !== 'xmlns' && !scope.has(m[1])) throw new Error('NamespaceError: prefix is non-null and namespace is null');
    const el = new Element(local, ns, raw, scope);
    top.el.childNodes.push(el);
    if (!selfClosing) stack.push({ el, qname, scope, text: local === 't' || top.text });
  }
  if (stack.length > 1) throw new Error(`unclosed xml tag(s): ${stack.slice(1).map((x) => x.qname).join(', ')}`);
  const documentElement = root.childNodes.find((c) => c.nodeType === 1);
  if (!documentElement) throw new Error('missing root element');
  if (root.childNodes.length > 1) throw new Error('HierarchyRequestError: Only one element can be added');
  return { documentElement };
}
