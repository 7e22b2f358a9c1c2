// A page or component written in Pug (Jade): a whole page saved as .html with no markup of its own (extends layout, then
// `li 产品利息：1.5%` line by line), or a Vue component's <template lang="pug">. An HTML reading sees one run of text there —
// every line's words in one block, so that a finding on a later line is reported at the first — where the page shows an
// element a line: a heading, a paragraph, a list item. Read here into the element tree the HTML parser would have made of
// the page Pug renders (the same hast nodes, each with its place in the source), for the HTML walk to read as it reads any
// page: what follows a tag and its attributes is the element's text, the lines indented under it are its children.
// What the page does not show is left out: comments (// …, //- …), a filter's body, code (- …), keywords (extends, block,
// each …) — though a string of the page's data that its template prints (#{item.des} over - list=[{'des':'…'}]) is read
// where the data stands, as a Vue component's data is.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { HNode } from './html-walk.js';
import { HTML_ELEMENTS } from './html-shown.js';

interface Line { start: number; end: number; indent: number; at: number }
type Props = Record<string, unknown>;

const KEYWORD = /^(?:doctype|extends|include|block|append|prepend|mixin|each|for|while|if|else|unless|case|when|default|yield)\b/;
const SKIP_LINE = /^(?:doctype|extends|include|yield)\b/;
const TAG = /[A-Za-z][\w-]*/y;
const CLASS_ID = /([.#])(-?[_A-Za-z][\w-]*)/y;
const HAN = /[\u4e00-\u9fff]/;
const HAN_G = /[\u4e00-\u9fff]/g;
const ONLY_SLOTS = /^\s*(?:(?:\{\{[^{}]*\}\}|[#!]\{[^{}]*\})\s*)+$/;
const STRING = /(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g;

let fragment: ReturnType<typeof makeFragment> | undefined;
function makeFragment() { return unified().use(rehypeParse, { fragment: true }); }

function linesOf(src: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s < to) {
    let e = src.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const end = e > s && src[e - 1] === '\r' ? e - 1 : e;
    let at = s;
    while (at < end && (src[at] === ' ' || src[at] === '\t')) at++;
    out.push({ start: s, end, indent: at - s, at });
    s = e + 1;
  }
  return out;
}
const blankLine = (l: Line) => l.at >= l.end;

/** a line that reads as Pug: a keyword, a comment, piped text, code, a mixin call, or an element (a tag HTML knows, or .class / #id) */
function pugLine(src: string, l: Line): 'element' | 'other' | undefined {
  const t = src.slice(l.at, Math.min(l.end, l.at + 200));
  if (KEYWORD.test(t) || /^(?:\/\/|\|(?:\s|$)|-(?:\s|$)|!?=|\+[\w-]+)/.test(t)) return 'other';
  const m = /^(?:([A-Za-z][\w-]*)|[.#]-?[_A-Za-z][\w-]*)(?:[.#]-?[_A-Za-z][\w-]*)*(?=$|[\s(.:=/!&])/.exec(t);
  if (!m || (m[1] && !HTML_ELEMENTS.has(m[1].toLowerCase()))) return undefined;
  return 'element';
}

/**
 * A whole page written in Pug: no line of it starts with markup, at least three lines are elements (a third of the page or
 * more), four in five of its lines read as Pug, and lines are nested under elements by their indentation. (Running text —
 * Chinese or English, a list written with dashes — does not: its lines start with words that are not tags, or lie flat.)
 */
export function isPugPage(src: string): boolean {
  const head = src.slice(0, 200000);
  if (/^[ \t]*</m.test(head)) return false;
  const lines = linesOf(head, 0, head.length).filter((l) => !blankLine(l));
  if (lines.length < 3) return false;
  let pug = 0, elements = 0, nested = 0, parent = -1;
  for (const l of lines) {
    const k = pugLine(head, l);
    if (k) pug++;
    if (parent >= 0 && l.indent > parent) nested++;
    if (k === 'element') { elements++; parent = l.indent; }
  }
  return elements >= 3 && nested >= 2 && elements * 3 >= lines.length && pug * 5 >= lines.length * 4;
}

/** where the bracket opened at `i` closes (quotes respected), or -1 (looked for within 4,000 characters: a bracket left open
 * on many lines costs no scan to the end of the page each) */
function closing(src: string, i: number, to: number): number {
  const open = src[i], close = open === '(' ? ')' : open === '[' ? ']' : '}';
  let depth = 0, q = '';
  for (let j = i, end = Math.min(to, i + 4000); j < end; j++) {
    const c = src[j];
    if (q) { if (c === '\\') j++; else if (c === q) q = ''; continue; }
    if (c === '"' || c === "'" || c === '`') q = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return j;
  }
  return -1;
}

const unquote = (v: string): string | undefined => { const m = /^(['"`])([\s\S]*)\1$/.exec(v.trim()); return m ? m[2] : undefined; };
const OPERATOR = /[-+*/%?:|&<>=!,.]/;
/** the attributes in (…) from i+1 to the closing bracket at `end`: name="value", name=expression, bare names */
function attributes(src: string, i: number, end: number, props: Props, classes: string[]): void {
  let j = i + 1;
  while (j < end) {
    while (j < end && /[\s,]/.test(src[j])) j++;
    if (j >= end) break;
    let name: string;
    const q = src[j];
    if (q === '"' || q === "'") { const k = src.indexOf(q, j + 1); if (k < 0 || k > end) break; name = src.slice(j + 1, k); j = k + 1; } else {
      const m = /[^\s=,()'"!]+/y; m.lastIndex = j;
      const x = m.exec(src);
      if (!x || x.index !== j) { j++; continue; }
      name = x[0]; j += name.length;
    }
    while (j < end && (src[j] === ' ' || src[j] === '\t')) j++;
    let value: unknown = true;
    if (src[j] === '=' || (src[j] === '!' && src[j + 1] === '=')) {
      j += src[j] === '!' ? 2 : 1;
      while (j < end && /\s/.test(src[j])) j++;
      const s = j;
      // (an expression runs to a top-level comma or space, unless an operator joins it on: style=(i+1)%5?'':'x')
      let depth = 0, qq = '';
      for (; j < end; j++) {
        const c = src[j];
        if (qq) { if (c === '\\') j++; else if (c === qq) qq = ''; continue; }
        if (c === '"' || c === "'" || c === '`') qq = c;
        else if (c === '(' || c === '[' || c === '{') depth++;
        else if (c === ')' || c === ']' || c === '}') depth--;
        else if (depth === 0 && c === ',') break;
        else if (depth === 0 && /\s/.test(c)) {
          let k = j; while (k < end && /\s/.test(src[k])) k++;
          if (!(OPERATOR.test(src[j - 1]) || (OPERATOR.test(src[k] ?? '') && !/^[-,]/.test(src[k])))) break;
          j = k - 1;
        }
      }
      const raw = src.slice(s, j);
      value = unquote(raw) ?? raw;
    }
    const lower = name.toLowerCase();
    if (lower === 'class' && typeof value === 'string') classes.push(...value.split(/\s+/).filter(Boolean));
    else if (lower === 'id' || lower === 'style' || lower === 'href' || lower === 'src' || lower === 'type' || lower === 'alt' || lower === 'name' || lower === 'content') props[lower] = value;
    else if (lower === 'aria-hidden') props.ariaHidden = String(value);
    else props[name] = value;
  }
}

/** nodes of a parsed fragment moved to where the fragment stands in the source */
function shift(n: HNode, by: number): HNode {
  if (n.position) n.position = { start: { offset: (n.position.start.offset ?? 0) + by }, end: { offset: (n.position.end.offset ?? 0) + by } };
  for (const c of n.children ?? []) shift(c, by);
  if (n.content) shift(n.content, by);
  return n;
}
const textNode = (src: string, s: number, e: number): HNode => ({ type: 'text', value: src.slice(s, e), position: { start: { offset: s }, end: { offset: e } } });

class PugReader {
  private lines: Line[];
  private printed: Set<string>;
  constructor(private src: string, from: number, to: number) {
    this.lines = linesOf(src, from, to);
    this.printed = new Set();
    // (the names the template prints: #{item.des}, !{x}, {{ item.title }}, = item.des)
    for (const m of src.slice(from, to).matchAll(/[#!]\{\s*(?:[\w$]+\.)*([\w$]+)\s*\}|\{\{\s*(?:[\w$]+\.)*([\w$]+)\s*\}\}|!?=\s*(?:[\w$]+\.)*([\w$]+)\s*$/gm)) this.printed.add(m[1] ?? m[2] ?? m[3]);
  }

  /** text from s to e: inline markup (<a href>, <br>), entities (&nbsp;) and tag interpolation (#[strong …]) read as such */
  private text(s: number, e: number): HNode[] {
    const src = this.src;
    // (searched within the text only: a page of many lines asks each line of its own characters)
    const at = src.slice(s, e).indexOf('#[');
    const hash = at < 0 ? -1 : s + at;
    if (hash >= 0) {
      const close = closing(src, hash + 1, e);
      const inner: HNode[] = [];
      if (close > 0 && this.element(hash + 2, close, inner)) return [...(hash > s ? this.text(s, hash) : []), ...inner, ...this.text(close + 1, e)];
    }
    if (e <= s) return [];
    const t = src.slice(s, e);
    if (!/<[A-Za-z/!]|&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(t)) return [textNode(src, s, e)];
    fragment ??= makeFragment();
    const root = fragment.parse(t) as unknown as HNode;
    return (root.children ?? []).map((c) => shift(c, s));
  }

  /** the strings of code from s to e that the page shows: all of them (printed), or those under a printed key or long enough
   * to be prose (twelve Chinese characters), each code line's strings one line of text */
  private codeStrings(s: number, e: number, all: boolean, into: HNode[]): void {
    const src = this.src;
    for (const l of linesOf(src, s, e)) {
      const kids: HNode[] = [];
      for (const m of src.slice(l.at, l.end).matchAll(STRING)) {
        if (!HAN.test(m[2])) continue;
        const at = l.at + m.index!;
        const key = /([\w$]+)['"]?\s*[:=]\s*$/.exec(src.slice(Math.max(l.start, at - 60), at))?.[1];
        if (!all && !(key && this.printed.has(key)) && (m[2].match(HAN_G)?.length ?? 0) < 12) continue;
        if (kids.length) kids.push({ type: 'text', value: ' ', position: { start: { offset: at }, end: { offset: at + 1 } } });
        kids.push(textNode(src, at + 1, at + 1 + m[2].length));
      }
      if (kids.length) into.push({ type: 'element', tagName: 'div', properties: {}, children: kids, position: { start: { offset: l.at }, end: { offset: l.end } } });
    }
  }

  /**
   * An element written from s (its tag, .classes, #ids, (attributes)) up to `to` on its line, pushed onto `into`: returns
   * the innermost element made (the one lines indented under it belong to), and whether a text block (tag.) follows.
   * Undefined when s does not start an element.
   */
  private element(s: number, to: number, into: HNode[]): { node: HNode; block: boolean; to: number } | undefined {
    const src = this.src;
    let j = s, tag = 'div';
    TAG.lastIndex = j;
    const t = TAG.exec(src);
    if (t && t.index === j) { tag = t[0]; j += tag.length; } else if (src[j] !== '.' && src[j] !== '#') return undefined;
    const props: Props = {}, classes: string[] = [];
    let named = !!t && t.index === s;
    for (;;) {
      CLASS_ID.lastIndex = j;
      const c = CLASS_ID.exec(src);
      if (c && c.index === j) { if (c[1] === '.') classes.push(c[2]); else props.id = c[2]; j += c[0].length; named = true; continue; }
      if (src[j] === '(') {
        // (attributes may run over several lines)
        const close = closing(src, j, src.length);
        if (close < 0) break;
        attributes(src, j, close, props, classes);
        j = close + 1;
        if (close > to) to = this.lineEndAfter(close);
        continue;
      }
      if (src.startsWith('&attributes(', j)) { const close = closing(src, j + 11, to); if (close < 0) break; j = close + 1; continue; }
      break;
    }
    if (!named) return undefined;
    if (classes.length) props.className = classes;
    const node: HNode = { type: 'element', tagName: tag.toLowerCase(), properties: props, children: [], position: { start: { offset: s }, end: { offset: to } } };
    into.push(node);
    let inner = node, block = false;
    if (src[j] === '.' && !src.slice(j + 1, to).trim()) block = true;
    else if (src[j] === '/') { /* self-closing */ }
    else if (src[j] === ':' && /\s/.test(src[j + 1] ?? '')) {
      let k = j + 1;
      while (k < to && /\s/.test(src[k])) k++;
      const nested = this.element(k, to, node.children!);
      if (nested) { inner = nested.node; block = nested.block; to = nested.to; }
    } else if (src[j] === '=' || (src[j] === '!' && src[j + 1] === '=')) this.codeStrings(j, to, true, node.children!);
    // (a line whose text is a slot and nothing else — h3 {{$t('disclaimerTitle')}}, p #{item.des} — shows a value the page's
    // data holds, read where the data stands; a slot inside words, 月利率#{rate}%, stays as a fill-in)
    else if (j < to && !ONLY_SLOTS.test(src.slice(j, to))) node.children!.push(...this.text(src[j] === ' ' ? j + 1 : j, to));
    return { node: inner, block, to };
  }

  /** the end of the line that holds offset i */
  private lineEndAfter(i: number): number {
    const l = this.lines.find((x) => x.start <= i && i <= x.end);
    return l ? l.end : i;
  }

  /** the lines after line i indented deeper than `indent` (blank lines among them): the index of the first line past them */
  private body(i: number, indent: number): number {
    let k = i + 1;
    while (k < this.lines.length && (blankLine(this.lines[k]) || this.lines[k].indent > indent)) k++;
    while (k > i + 1 && blankLine(this.lines[k - 1])) k--;
    return k;
  }

  read(): HNode[] {
    const root: HNode[] = [];
    const src = this.src, lines = this.lines;
    const stack: { indent: number; into: HNode[] }[] = [{ indent: -1, into: root }];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (blankLine(l)) continue;
      while (stack.length > 1 && stack[stack.length - 1].indent >= l.indent) stack.pop();
      const into = stack[stack.length - 1].into;
      const rest = src.slice(l.at, l.end);
      // a comment (shown to nobody) and a filter's body (:markdown …): the line and the lines under it
      if (rest.startsWith('//') || /^:[\w-]/.test(rest)) {
        const k = this.body(i, l.indent);
        const end = lines[k - 1].end;
        if (rest.startsWith('//')) into.push({ type: 'comment', value: src.slice(l.at + 2, end).replace(/^-/, ''), position: { start: { offset: l.at }, end: { offset: end } } });
        i = k - 1;
        continue;
      }
      // code: - on its own heads a block of code
      if (/^-(?:\s|$)/.test(rest)) {
        const k = /^-\s*$/.test(rest) ? this.body(i, l.indent) : i + 1;
        this.codeStrings(l.at + 1, lines[k - 1].end, false, into);
        i = k - 1;
        continue;
      }
      if (/^!?=/.test(rest)) { this.codeStrings(l.at, l.end, true, into); continue; }
      if (rest[0] === '|') {
        const prev = into[into.length - 1];
        if (prev?.type === 'text' && l.start > 0) into.push({ type: 'text', value: '\n', position: { start: { offset: l.start - 1 }, end: { offset: l.start } } });
        into.push(...this.text(l.at + (rest[1] === ' ' ? 2 : 1), l.end));
        continue;
      }
      if (rest[0] === '<') { into.push(...this.text(l.at, l.end)); continue; }
      if (SKIP_LINE.test(rest)) continue;
      // a keyword's lines (block content, each item in list, if …) and a mixin call's belong to where it stands
      if (KEYWORD.test(rest) || rest[0] === '+') {
        if (rest[0] === '+') { const open = rest.indexOf('('); if (open > 0) { const close = closing(src, l.at + open, src.length); if (close > 0) this.codeStrings(l.at + open, close + 1, true, into); } }
        stack.push({ indent: l.indent, into });
        continue;
      }
      const made = this.element(l.at, l.end, into);
      if (!made) { into.push(...this.text(l.at, l.end)); continue; }
      // (attributes over several lines: the lines they took are done)
      while (i + 1 < lines.length && lines[i + 1].start <= made.to) i++;
      if (made.block) {
        // tag. — the lines under it are its text (a script's code, a style sheet, a paragraph written over lines)
        const k = this.body(i, l.indent);
        if (k > i + 1) {
          const s = lines[i + 1].start, e = lines[k - 1].end;
          made.node.children!.push(...(made.node.tagName === 'script' || made.node.tagName === 'style' ? [textNode(src, s, e)] : this.text(s, e)));
        }
        made.node.position!.end.offset = lines[k - 1].end;
        i = k - 1;
        continue;
      }
      stack.push({ indent: l.indent, into: made.node.children! });
    }
    for (const n of root) ends(n);
    return root;
  }
}

/** an element ends where its last child does */
function ends(n: HNode): number {
  let e = n.position?.end.offset ?? 0;
  for (const c of n.children ?? []) e = Math.max(e, ends(c));
  if (n.position) n.position.end.offset = e;
  return e;
}

/** the element tree of Pug source from `from` to `to` (offsets in `src`) */
export function pugNodes(src: string, from = 0, to = src.length): HNode[] {
  return new PugReader(src, from, to).read();
}

/** a Vue component's <template lang="pug"> (or jade): its content read as Pug, in place of the text the HTML parser made of it */
export function readPugTemplates(root: HNode, src: string): void {
  const visit = (n: HNode) => {
    if (n.type === 'element' && n.tagName === 'template' && /^(?:pug|jade)$/i.test(String(n.properties?.lang ?? ''))) {
      const s = n.position?.start.offset, e = n.position?.end.offset;
      if (s !== undefined && e !== undefined) {
        const open = src.indexOf('>', s) + 1;
        const close = src.lastIndexOf('</template', e);
        if (open > 0 && close >= open) {
          const kids = pugNodes(src, open, close);
          const holder: HNode = { type: 'root', children: kids };
          if (n.content) n.content = holder; else n.children = kids;
          return;
        }
      }
    }
    for (const c of n.children ?? []) visit(c);
    if (n.content) visit(n.content);
  };
  visit(root);
}
