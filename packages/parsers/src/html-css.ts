// A page's own stylesheet, as far as emphasis needs it: the rules of its <style> elements whose selectors are tags,
// classes and ids joined by descendant or child combinators (`.content p span`, `.contract h2`, `.detal>span`, `h5`),
// applied to an element in the cascade's order (specificity, then source order). A selector with anything else (an
// attribute, a pseudo-class, a sibling combinator) is left out rather than guessed at, and so is a rule for the page's
// base text (html, body, *): the size or weight every line has is not emphasis. A component's sheet in Sass or Less
// (<style lang="scss">, "less") is read with its nesting resolved, as its compiler would write it.
import type { HNode } from './html-walk.js';

interface Compound { tag?: string; id?: string; classes: string[] }
interface Rule { parts: Compound[]; child: boolean[]; spec: number; order: number; decl: string }
/** the rules by their subject's id, first class or tag ('#id', '.class', 'tag', or '*' for none), and every class named */
export interface StyleSheet { rules: Map<string, Rule[]>; classes: Set<string> }

const COMPOUND = /^([a-z][\w-]*)?((?:[.#][\w-]+)*)$/i;
const BASE = new Set(['html', 'body', '*']);

function parseSelector(sel: string): { parts: Compound[]; child: boolean[] } | undefined {
  const tokens = sel.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/);
  const parts: Compound[] = [], child: boolean[] = [];
  let nextChild = false;
  for (const t of tokens) {
    if (t === '>') { if (!parts.length || nextChild) return undefined; nextChild = true; continue; }
    const m = COMPOUND.exec(t);
    if (!m || !t) return undefined;
    const c: Compound = { classes: [] };
    if (m[1]) c.tag = m[1].toLowerCase();
    for (const x of m[2].match(/[.#][\w-]+/g) ?? []) if (x[0] === '.') c.classes.push(x.slice(1)); else c.id = x.slice(1);
    parts.push(c);
    child.push(nextChild);
    nextChild = false;
  }
  if (!parts.length || nextChild) return undefined;
  return { parts, child };
}

/** [the text before a block since the previous brace, the block's content] for every block that holds no other */
function innermostBlocks(css: string): [string, string][] {
  const out: [string, string][] = [];
  let last = 0, open = -1, selectors = '';
  for (let i = 0; i < css.length; i++) {
    const ch = css.charCodeAt(i);
    if (ch === 123) { selectors = css.slice(last, i); open = i; last = i + 1; } else if (ch === 125) { if (open >= 0) out.push([selectors, css.slice(open + 1, i)]); open = -1; last = i + 1; }
  }
  return out;
}

/** the same for a Sass (SCSS) or Less sheet, which nests rules in rules: each block with the full selector the compiler
 * gives it (`.protocol_text{ p{ span{font-weight: bold} } }` is `.protocol_text p span`, `&` standing for the parent); an
 * at-rule (@media) passes its parent's selector through. A block that holds blocks is a container (a component's root,
 * `.help-page{font-size: 20px; .content{…}}`): its own declarations are the page's base, as the flat reader leaves them */
function nestedBlocks(css: string): [string, string][] {
  const out: [string, string][] = [];
  const stack: { sels: string[]; holds?: boolean }[] = [];
  let last = 0;
  const resolve = (raw: string, parent: string[] | undefined): string[] => {
    const own = raw.split(',').map((x) => x.trim()).filter(Boolean);
    if (!parent) return own;
    const res: string[] = [];
    for (const p of parent) for (const c of own) res.push(c.includes('&') ? c.replace(/&/g, p) : p ? `${p} ${c}` : c);
    return res;
  };
  for (let i = 0; i < css.length; i++) {
    const ch = css.charCodeAt(i);
    if (ch === 123) {
      const head = css.slice(last, i);
      // (the text before a nested block, after its holder's last declaration, is its selector: `p{line-height: 1; span{…}}`)
      const cut = head.lastIndexOf(';');
      if (stack.length) stack[stack.length - 1].holds = true;
      const raw = (cut >= 0 ? head.slice(cut + 1) : head).trim();
      const parent = stack[stack.length - 1]?.sels;
      stack.push({ sels: raw.startsWith('@') ? parent ?? [''] : resolve(raw, parent) });
      last = i + 1;
    } else if (ch === 125) {
      const b = stack.pop();
      // (a leaf block's declarations: from its brace to its end)
      if (b && !b.holds) { const sel = b.sels.filter(Boolean).join(','); if (sel) out.push([sel, css.slice(last, i)]); }
      last = i + 1;
    }
  }
  return out;
}
const NESTING = /^(?:scss|less)$/i;

/** the stylesheet of a page's <style> elements (comments and at-rule wrappers dropped) */
export function styleSheetOf(root: HNode): StyleSheet {
  const rules = new Map<string, Rule[]>(), classes = new Set<string>();
  let order = 0;
  const visit = (n: HNode) => {
    if (n.type === 'element' && n.tagName === 'style') {
      const nesting = NESTING.test(String(n.properties?.lang ?? ''));
      let css = (n.children ?? []).map((c) => c.value ?? '').join('').replace(/\/\*[\s\S]*?\*\//g, '');
      // (a Sass or Less line comment, //…, not a url's //)
      if (nesting) css = css.replace(/(^|[\s;{}])\/\/[^\n]*/g, '$1');
      // each innermost block with the text before it since the last brace (one pass: a regex over a long sheet
      // would retry at every position that starts no rule); a nesting sheet's every block with its resolved selector
      for (const [selectors, block] of nesting ? nestedBlocks(css) : innermostBlocks(css)) {
        const decl = block.toLowerCase();
        // (a rule nested in another's declarations, as Sass writes it, is not CSS a browser applies)
        if (!selectors.trim() || selectors.includes(';')) continue;
        for (const sel of selectors.split(',')) {
          for (const c of sel.match(/\.[\w-]+/g) ?? []) classes.add(c.slice(1));
          const p = parseSelector(sel);
          if (!p) continue;
          const subject = p.parts[p.parts.length - 1];
          if (p.parts.length === 1 && !subject.classes.length && !subject.id && BASE.has(subject.tag ?? '*')) continue;
          const spec = p.parts.reduce((s, c) => s + (c.id ? 10000 : 0) + c.classes.length * 100 + (c.tag ? 1 : 0), 0);
          const key = subject.id ? `#${subject.id}` : subject.classes.length ? `.${subject.classes[0]}` : subject.tag ?? '*';
          rules.set(key, [...(rules.get(key) ?? []), { ...p, spec, order: order++, decl }]);
        }
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(root);
  return { rules, classes };
}

function matches(n: HNode, c: Compound): boolean {
  if (c.tag && n.tagName !== c.tag) return false;
  if (c.id && String(n.properties?.id ?? '') !== c.id) return false;
  if (!c.classes.length) return true;
  const cls = n.properties?.className;
  return Array.isArray(cls) && c.classes.every((x) => cls.includes(x));
}

/** does the rule's selector match `n`, whose ancestors (nearest last) are `up`? */
function selects(rule: Rule, n: HNode, up: HNode[]): boolean {
  const last = rule.parts.length - 1;
  if (!matches(n, rule.parts[last])) return false;
  let i = up.length - 1;
  for (let k = last - 1; k >= 0; k--) {
    if (rule.child[k + 1]) { if (i < 0 || !matches(up[i], rule.parts[k])) return false; i--; continue; }
    while (i >= 0 && !matches(up[i], rule.parts[k])) i--;
    if (i < 0) return false;
    i--;
  }
  return true;
}

/** the declarations the stylesheet gives `n`, lowest precedence first */
export function sheetStyle(sheet: StyleSheet, n: HNode, up: HNode[]): string {
  if (!sheet.rules.size) return '';
  let hit: Rule[] | undefined;
  const add = (key: string) => {
    const rs = sheet.rules.get(key);
    if (rs) for (const r of rs) if (selects(r, n, up) && !hit?.includes(r)) (hit ??= []).push(r);
  };
  add('*');
  if (n.tagName) add(n.tagName);
  const id = n.properties?.id, cls = n.properties?.className;
  if (id) add(`#${String(id)}`);
  if (Array.isArray(cls)) for (const c of cls) add(`.${String(c)}`);
  if (!hit) return '';
  return hit.sort((a, b) => a.spec - b.spec || a.order - b.order).map((r) => r.decl).join(';');
}
