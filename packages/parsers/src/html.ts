// HTML → LintDocument with rehype-parse: block structure, headings, emphasis from <b>/<strong>, bold or larger
// inline styles (and simple class rules), hidden text ignored; positions are line/column in the HTML source.
import { LineIndex, SegmentMap, parseDirective, type Directive, type LintDocument } from '@xiaobao/core';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { walkHtml, type HNode } from './html-walk.js';
import { styleSheetOf } from './html-css.js';
import { alignToSource } from './align.js';
import { blank, isScriptModule, scriptVisible } from './script-text.js';
import { isPugPage, pugNodes, readPugTemplates } from './pug.js';

let processor: ReturnType<typeof make> | undefined;
function make() { return unified().use(rehypeParse, { fragment: false }); }

// Server-side template code (JSP/ASP <% %>, PHP <?php ?>, FreeMarker <#…> and <@…/>) is not what a reader sees:
// blanked out, keeping every offset and line break, before parsing. Placeholders stay: they are fill-ins, the place of a
// figure or a name the page shows — ${name}, and a JSP's or EJS's output expression <%= rate %> (EJS's <%- html %>; a
// JSP comment <%-- … --%> is blanked), which prints where it stands (月利率：<%=rate(p.monthRate, 2)%> states a monthly rate).
const TEMPLATE_CODE = /<%(?!=|-(?!-))[\s\S]*?%>|<\?php[\s\S]*?\?>|<\/?[#@][^<>]*>/g;
// …and so is a server template's comment, whatever it holds: FreeMarker's <#-- … -->, Razor's @* … *@, Blade's {{-- … --}}
// (markup put away in one — <#-- <div class="protocal"><img src="check.png"/>我同意《安全条款》… --> — is not shown, as an HTML
// comment's is not; the directive pattern above stops at the first tag inside and left such a block to the parser). Blanked
// first, every offset and line break kept; each bounded, so that a comment left open costs no scan to the end.
const TEMPLATE_COMMENT = /<#--(?:(?!-->)[\s\S]){0,20000}?-->|@\*(?:(?!\*@)[\s\S]){0,20000}?\*@|\{\{--(?:(?!--\}\})[\s\S]){0,20000}?--\}\}/g;

// A server tag written inside an element's start tag (<i class="box" <c:if test="${off}">disabled="disabled"</c:if>>, <option
// value="1" <c:if test="${k==1}">selected</c:if>>, href="<c:url value="/a.css"/>") is template code that writes the element's
// attributes, not the page's text: to the parser its first > closes the element early, and the attribute text after it
// (disabled="disabled">, selected>) is read as the element's content. Such a tag — a JSP taglib's <c:if>, <fmt:…/>, <s:…/>
// (a prefixed name), and outside a quoted value an output slot <%= … %> or <?= … ?> — is blanked inside a start tag; what it
// wraps stays, as the attributes it writes. (Tags between elements, and a script's or a style's body, are left as they are.)
const TAG_IN_TAG = /<\/?[A-Za-z][\w-]*:[A-Za-z]|<[%?]/;
const PREFIXED = /<\/?[A-Za-z][\w-]*:[A-Za-z][\w-]*/y;
const START_TAG = /<([A-Za-z][\w-]*)(?=[\s/])/g;
/** where the template tag starting at i ends (past its >), its own quoted values skipped; -1 when it is not closed */
function tagEnd(page: string, i: number): number {
  // (searched within its 2,000 characters only: a page of start tags holding unclosed <%= slots stays linear)
  if (page[i + 1] === '%' || page[i + 1] === '?') { const e = page.slice(i + 2, i + 2002).indexOf(page[i + 1] + '>'); return e < 0 ? -1 : i + 2 + e + 2; }
  let q = '';
  for (let j = i + 1; j < page.length && j - i < 2000; j++) {
    const c = page[j];
    if (q) { if (c === q) q = ''; } else if (c === '"' || c === "'") q = c; else if (c === '>') return j + 1; else if (c === '<') return -1;
  }
  return -1;
}
function tagsInStartTags(page: string): string {
  if (!TAG_IN_TAG.test(page)) return page;
  let out = '', last = 0;
  START_TAG.lastIndex = 0;
  for (let m; (m = START_TAG.exec(page)); ) {
    let i = m.index + m[0].length, q = '';
    while (i < page.length && i - m.index < 4000) {
      const c = page[i];
      if (c === '<') {
        PREFIXED.lastIndex = i;
        const tl = PREFIXED.test(page);
        if (tl || (!q && (page[i + 1] === '%' || page[i + 1] === '?'))) {
          const e = tagEnd(page, i);
          if (e < 0) break;
          out += page.slice(last, i) + blank(page.slice(i, e));
          last = i = e;
          continue;
        }
        if (!q) break;
      } else if (q) { if (c === q) q = ''; } else if (c === '"' || c === "'") q = c; else if (c === '>') break;
      i++;
    }
    // (a script's or a style's body is not markup: skipped whole)
    if (/^(?:script|style)$/i.test(m[1])) { const close = new RegExp('</' + m[1], 'ig'); close.lastIndex = i; i = close.exec(page)?.index ?? page.length; }
    START_TAG.lastIndex = Math.max(START_TAG.lastIndex, i);
  }
  return last ? out + page.slice(last) : page;
}

// …but the page a server script writes is in its string literals: a JSP building the form row by row
// (sTemp.append("<td>33.月贷款利率（%）："+sCreditRate+"</td>")), a PHP language file defining a page's body
// (define('TEXT_BODY', '<table>…为您和您的家人着想…</table>')). A literal holding Chinese or markup is kept where it stands,
// for the parser to read; the code around it, its comments and its other literals are blanked. (A JSP directive, <%@ … %>,
// and a declaration's or a FreeMarker directive's code are blanked whole.)
const CJK_OR_TAG = /[\u4e00-\u9fff]|<\/?[A-Za-z][^<>]*>/;
const serverCode = (code: string): string => {
  if (!/^<(?:%(?![@!])|\?php)/.test(code)) return blank(code);
  const php = code.startsWith('<?');
  let out = '', i = 0;
  const n = code.length;
  while (i < n) {
    const c = code[i], d = code[i + 1];
    // a comment: // or # (PHP) to the end of the line, /* … */
    if ((c === '/' && d === '/' && code[i - 1] !== ':') || (php && c === '#')) { const j = code.indexOf('\n', i); const e = j < 0 ? n : j; out += blank(code.slice(i, e)); i = e; continue; }
    if (c === '/' && d === '*') { const j = code.indexOf('*/', i + 2); const e = j < 0 ? n : j + 2; out += blank(code.slice(i, e)); i = e; continue; }
    if (c === '"' || c === "'") {
      // (a Java string ends on its line; a PHP string may run over lines)
      let j = i + 1;
      while (j < n && code[j] !== c && (php || code[j] !== '\n')) j += code[j] === '\\' ? 2 : 1;
      if (j < n && code[j] === c) { const inner = code.slice(i + 1, j); out += ' ' + (CJK_OR_TAG.test(inner) ? inner : blank(inner)) + ' '; i = j + 1; continue; }
    }
    out += c === '\n' ? '\n' : ' ';
    i++;
  }
  return out;
};

// A server template's output slot with a comment right after it (<?php echo get_field('content_part_1');?> <!-- 债务重组计划…
// -->, a CMS theme keeping the copy the field holds beside it): the comment is the slot's content, what the page shows, and is
// read where it stands. (Only an output slot's — echo, <?=, <%= — and only a comment holding Chinese: a comment elsewhere is
// the author's note or markup put away. Each part's length is bounded, so that a comment left open costs no scan to the end.)
const SLOT_DEFAULT = /(<\?php\s+echo\b[^?]{0,200}?\?>|<\?=[^?]{0,200}?\?>|<%=[^%]{0,200}?%>)([ \t\r\n]{0,200})(<!--)((?:(?!-->)[\s\S]){0,4000}?)-->/g;
const HAN = /[\u4e00-\u9fff]/;

const SCRIPT_TEMPLATE = /(<script\b[^>]*\btype\s*=\s*["']?text\/(?:x-handlebars-template|x-handlebars|template|html|x-template|x-jquery-tmpl|x-tmpl|ng-template|x-underscore-template|x-mustache|x-art-template)["']?[^>]*>)([\s\S]*?)(<\/script\s*>)/gi;
const BLOCK_HELPER = /\{\{\s*[#/^!>][^}]*\}\}|\{\{\s*else\b[^}]*\}\}|\{\{\s*\/?\s*(?:if|each|with|unless)\b[^}]*\}\}/g;

// A page whose document is kept in one of its script's strings and rendered from there (a privacy policy as var str = '<h3>隐私声明
// </h3><div><p>…', put in place with $(…).html(str); a uni-app page's content:"<div class=\"detail_text\"><h4>…" given to
// <rich-text :nodes>): the string is the page's markup. A string literal that holds Chinese and at least three block tags (<p>, <div>,
// <h1>–<h6>, <li>, <br>, <tr>), given to a name the page renders as markup, is read as markup where it stands — its escapes (\"
// \' \/ \n) as the characters they write, the script's tags and the rest of its code blanked. Other script strings stay unread
// (a label, a message, a data value; a CMS's markup kept in window.…Data for another view the page does not render here).
const SCRIPT_BLOCK = /(<script\b(?![^>]*\bsrc\s*=)[^>]*>)([\s\S]*?)(<\/script\s*>)/gi;
const MARKUP_STRING = /(["'`])((?:(?!\1)[^\\]|\\[\s\S])*)\1/g;
const BLOCK_TAGS = /<(?:p|div|h[1-6]|li|br|tr)\b[^<>]*>/gi;
// …when the page puts that string in place as markup: $(…).html(str), el.innerHTML = str, <rich-text :nodes="content">, v-html
// (each sink once: what comes before the name, what follows it)
const SINKS: ReadonlyArray<readonly [string, string]> = [
  ['\\.html\\(\\s*(?:this\\.)?', '\\s*\\)'],
  ['innerHTML\\s*=\\s*(?:this\\.)?', '\\b'],
  ['(?::nodes|v-html)\\s*=\\s*["\']', '["\']'],
];
const RENDERS = new RegExp(SINKS.map(([before]) => before).join('|'));
const markupString = (inner: string): boolean => HAN.test(inner) && (inner.match(BLOCK_TAGS)?.length ?? 0) >= 3;
function renderedAs(page: string, name: string): boolean {
  const n = name.replace(/\$/g, '\\$');
  return new RegExp(SINKS.map(([before, after]) => before + n + after).join('|')).test(page);
}
function markupInScript(page: string): string {
  // (most pages render no string as markup: their scripts are not scanned)
  if (!/<script\b/i.test(page) || !RENDERS.test(page)) return page;
  return page.replace(SCRIPT_BLOCK, (m, open: string, body: string, close: string) => {
    if (/\btype\s*=\s*["']?text\/(?!javascript)/i.test(open) || body.search(BLOCK_TAGS) < 0) return m;
    let out = '', last = 0, found = false;
    for (const x of body.matchAll(MARKUP_STRING)) {
      if (!markupString(x[2])) continue;
      const name = /([A-Za-z_$][\w$]*)["']?\s*[:=]\s*$/.exec(body.slice(Math.max(0, x.index! - 80), x.index!))?.[1];
      if (!name || !renderedAs(page, name)) continue;
      found = true;
      const at = x.index! + 1;
      out += blank(body.slice(last, at)) + x[2].replace(/\\([\s\S])/g, (e, c: string) => (c === 'n' || c === 'r' || c === 't' ? '  ' : ' ' + c));
      last = at + x[2].length;
    }
    return found ? blank(open) + out + blank(body.slice(last)) + blank(close) : m;
  });
}

// A server template's page names itself in its layout's call, not in a <title> of its own: FreeMarker's <@htmlHead
// title="3分钟快速申请…">, a PHP page's $title = "…"; for its header, Blade's @section('title', '…'). That is the page's title (the
// browser tab, an H5 page's header), read as a <title> is (kept apart from the text) when the page has none. (Looked for outside
// a template's comments; a title with Chinese in it only — an English one names a view, not what the reader is shown.)
const LAYOUT_TITLE = /<@[\w.]+[ \t\r\n][^<>]*?\btitle[ \t]*=[ \t]*"([^"<>\n]{1,80})"|<\?php\b[^?]{0,400}?\$title[ \t]*=[ \t]*(["'])([^"'<>\n]{1,80})\2|@section\([ \t]*['"]title['"][ \t]*,[ \t]*(['"])([^'"<>\n]{1,80})\4[ \t]*\)/;
function layoutTitle(page: string): { title: string; span: [number, number] } | undefined {
  const m = LAYOUT_TITLE.exec(page);
  const words = m && (m[1] ?? m[3] ?? m[5]);
  if (!m || !words || !HAN.test(words)) return undefined;
  const at = m.index + m[0].indexOf(words, m[0].indexOf('title') + 5);
  return { title: words.replace(/\s+/g, ' ').trim(), span: [at, at + words.length] };
}

export function parseHtml(source: string): LintDocument {
  processor ??= make();
  const script = isScriptModule(source);
  const written = script ? scriptVisible(source) : source;
  const page = TEMPLATE_COMMENT.test(written) ? written.replace(TEMPLATE_COMMENT, blank) : written;
  TEMPLATE_COMMENT.lastIndex = 0;
  const filled = SLOT_DEFAULT.test(page) ? page.replace(SLOT_DEFAULT, (m, slot: string, gap: string, open: string, body: string) => HAN.test(body) ? slot + gap + blank(open) + body + '   ' : m) : page;
  SLOT_DEFAULT.lastIndex = 0;
  const served = TEMPLATE_CODE.test(filled) ? filled.replace(TEMPLATE_CODE, serverCode) : filled;
  TEMPLATE_CODE.lastIndex = 0;
  // a client-side template kept in a script (<script type="text/x-handlebars-template">) is markup the page renders: its
  // script tags and its block helpers ({{# each }}, {{/ if }}, {{ else }}) blanked, its markup read where it stands
  const templated = /<script\b[^>]*\btype\s*=/i.test(served) ? served.replace(SCRIPT_TEMPLATE, (m, open: string, body: string, close: string) => blank(open) + body.replace(BLOCK_HELPER, blank) + blank(close)) : served;
  const visible = markupInScript(tagsInStartTags(templated));
  // (a page written in Pug is read as the elements its lines make; so is a component's <template lang="pug">)
  const pug = !script && isPugPage(visible);
  const tree = pug ? { type: 'root', children: pugNodes(visible) } : processor.parse(visible) as unknown as HNode;
  if (!pug && /<template\b[^>]*\blang\s*=\s*["']?(?:pug|jade)\b/i.test(visible)) readPugTemplates(tree, visible);
  const lines = new LineIndex(source);
  const map = new SegmentMap(lines);
  const onText = (value: string, node: HNode, tStart: number) => {
    let s = node.position?.start.offset;
    // a meta description's text is its content attribute: aligned from where that value starts in the tag
    if (node.tagName === 'meta' && s !== undefined) { const at = /content\s*=\s*["']?/i.exec(visible.slice(s, node.position?.end.offset)); if (at) s += at.index + at[0].length; }
    alignToSource(map, visible, value, tStart, s, node.position?.end.offset);
  };
  const out = walkHtml(tree, onText, styleSheetOf(tree), visible);
  const layout = !out.title && !script ? layoutTitle(page) : undefined;
  if (layout) { out.title = layout.title; out.titleSpan = layout.span; }
  if (!out.text.length) map.add(0, 0, 0);
  const directives: Directive[] = [];
  for (const c of out.comments) {
    if (!c.value.includes('xiaobao-')) continue;
    const line = c.offset === undefined ? 0 : lines.position(c.offset).line;
    const d = parseDirective(c.value, line);
    if (!d) continue;
    if (d.kind === 'disable-next-line') {
      let l = line;
      while (l < lines.lineCount() && !source.slice(lines.lineStart(l + 1), lines.lineStart(l + 2)).trim()) l++;
      d.line = l;
    }
    directives.push(d);
  }
  return {
    text: out.text, blocks: out.blocks, marks: out.marks, map, format: 'html', directives, source, ...(out.title ? { title: out.title } : {}),
    ...(out.titleSpan && !script ? { titleSpan: out.titleSpan } : {}), ...(out.metadata ? { metadata: out.metadata } : {}), ...(out.links.length ? { links: out.links } : {}),
    emphasize(start: number, end: number) {
      // (a script module's markup is its framework's: a <strong> there may not render, or break the component)
      if (script) return undefined;
      const s = map.sourceOffset(start), e = map.sourceOffset(end);
      const slice = source.slice(s, e);
      if (slice !== out.text.slice(start, end) || !slice.trim()) return undefined;
      return { range: [s, e], text: `<strong>${slice}</strong>` };
    },
  };
}
