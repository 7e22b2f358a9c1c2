// Walks a hast tree (HTML from rehype-parse, or the HTML mammoth makes of a .docx) into blocks, text and
// emphasis marks. Shared by the HTML and .docx parsers so both read structure and emphasis the same way.
import { ITEM_NUMBER, type Block, type BlockType, type Mark } from '@xiaobao/core';
import { sheetStyle, type StyleSheet } from './html-css.js';
import { HTML_ELEMENTS, UNSHOWN_ATTRIBUTES, UNSHOWN_ATTRIBUTE_NAME } from './html-shown.js';
import { blankComments } from './script-text.js';

export interface HNode { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HNode[]; content?: HNode; position?: { start: { offset?: number }; end: { offset?: number } } }

const SKIP = new Set(['script', 'style', 'head', 'noscript', 'svg', 'iframe', 'object']);
// what a page's share button sends (wx.onMenuShareTimeline({ title, desc }), window._bd_share_config = { bdText, bdDesc }):
// the copy the reader's friends are shown, read after the body as a meta description is
const SHARE_SCRIPT = /share|分享/i;
// a line of running text cut inside a word: at least 8 characters since the last line break, ending in a Chinese character
const WRAPPED_RUN = /(?:^|\n)[^\n]{7,}[\u4e00-\u9fff]$/;
const HAN_AHEAD = /^[ \t\r\n]*[\u4e00-\u9fff]/;
// (a new line that starts with a label — 乙方：, 借款金额: — is a line of its own)
const LABEL_AHEAD = /^[ \t\r\n]*[^，。；;！？\n：:]{1,10}[：:]/;
const VUE_EXPORT = /export\s+default\s*\{/;
// a quoted string holding Chinese (its quote, its body), alone or as the value of a share key
const QUOTED = String.raw`(['"\`])((?:(?!\1)[^\\\n]|\\.)*?[\u4e00-\u9fff](?:(?!\1)[^\\\n]|\\.)*)\1`;
const STRING = new RegExp(QUOTED, 'g');
const HAN_G = /[\u4e00-\u9fff]/g;
const HAN = /[\u4e00-\u9fff]/;
// (an attribute of a component and its value, double- or single-quoted: which ones are shown text is data, html-shown.ts)
const ATTRIBUTE = /(?<=\s)([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// a key of a component's data and its quoted value holding Chinese (describe: '收益稳定，风险低')
const DATA_VALUE = new RegExp(String.raw`(?<![\w$.])([\w$]+)\s*:\s*` + QUOTED.replaceAll('\\1', '\\2'), 'g');
/** the keys a Vue component's template prints: {{ item.describe }}, {{ msg2 }}, v-text="item.tip" (the last name of each) */
function templateKeys(source: string): Set<string> {
  const keys = new Set<string>();
  for (const m of source.matchAll(/\{\{\s*(?:[\w$]+\.)*([\w$]+)\s*(?:\|[^{}]*)?\}\}|\bv-text\s*=\s*["'](?:[\w$]+\.)*([\w$]+)["']/g)) keys.add(m[1] ?? m[2]);
  return keys;
}
const SHARE_COPY = new RegExp(String.raw`\b[\w$]*(?:title|desc|text|content|summary)\s*[:=]\s*` + QUOTED, 'gi');
const BLOCK: Record<string, BlockType> = { p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', header: 'paragraph', footer: 'paragraph', main: 'paragraph', aside: 'paragraph', nav: 'paragraph', figure: 'paragraph', figcaption: 'paragraph', address: 'paragraph', dd: 'paragraph', dt: 'paragraph', pre: 'code', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', li: 'list-item', td: 'table-cell', th: 'table-cell', blockquote: 'blockquote', caption: 'paragraph', summary: 'paragraph', button: 'paragraph', form: 'paragraph',
  // a mini-program's or uni-app's containers render as blocks (<view>, <cover-view>, <scroll-view>, <swiper-item>)
  view: 'paragraph', 'cover-view': 'paragraph', 'scroll-view': 'paragraph', 'swiper-item': 'paragraph' };
const BOLD_TAGS = new Set(['b', 'strong']);
/** inline elements that may wrap a list item's link (<li><span><a href>…</a></span></li>) */
const LINK_WRAPS = new Set(['span', 'b', 'strong', 'em', 'i', 'font', 'small', 'big', 'u']);
/** an element whose only content is one link with a target (whitespace and comments aside, through inline wrappers): the link */
function linkOnly(n: HNode): HNode | undefined {
  const kids = (n.children ?? []).filter((c) => c.type === 'element' || (c.type === 'text' && /\S/.test(c.value ?? '')));
  if (kids.length !== 1 || kids[0].type !== 'element') return undefined;
  const k = kids[0];
  if (k.tagName === 'a') return k.properties?.href !== undefined && /\S/.test(textOf(k)) ? k : undefined;
  return LINK_WRAPS.has(k.tagName ?? '') ? linkOnly(k) : undefined;
}
/** a link that goes to another page: not an empty href, a bare fragment (#, #top) or a script */
const awayHref = (a: HNode) => { const h = a.properties?.href; return typeof h === 'string' && !/^\s*(?:#[^/]*|javascript:.*|void\(.*)?$/i.test(h); };
// (a file: a .doc or .xls by its extension, a PDF by the word anywhere in the address — …/a.pdf, a viewer's ?file=…pdf, /pdf/123)
const FILE_HREF = /pdf|\.(?:docx?|xlsx?)(?:[?#]|$)/i;
// a numbered item starting a line (the clause layer's own definition: 第3条, （二）, 一、, 5、, 1）, 10.2, ①)
const ITEM_AHEAD = new RegExp(`^(?:${ITEM_NUMBER})`, 'u');

function styleOf(n: HNode): string {
  const s = n.properties?.style;
  return typeof s === 'string' ? s.toLowerCase() : '';
}
// a panel the reader opens (an FAQ answer, a tab, a pop-up: class help-content, tab-pane, modal) is hidden only until
// clicked, so it is read; other hidden text (display:none, the hidden attribute) is not what a reader sees
const PANEL = /(?:^|[-_\s])(?:content|panel|collapse|accordion|answer|details?|tab|pane|modal|dialog|popup|pop|layer|dropdown|submenu|more|intro|faq|qa)(?:$|[-_\s\d])/i;
// (camelCase names count word by word: alertLayer, withdrawIntro)
const panelNamed = (n: HNode) => { const c = n.properties?.className; return PANEL.test(`${Array.isArray(c) ? c.join(' ') : ''} ${String(n.properties?.id ?? '')}`.replace(/([a-z])([A-Z])/g, '$1-$2')); };
// (…and so is a box hidden until an interaction shows it whose element children are all such panels: a prototype's dynamic
// panel — Axure's <div class="ax_default ax_default_hidden" data-label="question" style="display:none"> holding its
// <div class="panel_state"> — is a pop-up or tooltip the click opens, one state at a time)
const panel = (n: HNode): boolean => {
  if (panelNamed(n)) return true;
  const kids = (n.children ?? []).filter((c) => c.type === 'element');
  return kids.length > 0 && kids.every(panelNamed);
};
// …and so is an element right after a question it answers (<p>Q:投资是有收益的吗？ ﹀</p><div style="display:none">A:…)
const QUESTION = /^(?:Q|问)\s*\d*\s*[:：.、]|[？?]\s*[﹀∨▼▽⌄+]?$/;
const textOf = (n: HNode): string => (n.type === 'text' ? String(n.value ?? '') : (n.children ?? []).map(textOf).join(''));
/**
 * an element holding a short caption broken once by a <br> (a landing page's tile: 最快30min<br>银行放款) — asked once per
 * element: a page of many <br> under one element asks once, not once a break
 */
const captions = new WeakMap<HNode, boolean>();
const shortCaption = (p: HNode | undefined): boolean => {
  if (!p) return false;
  let is = captions.get(p);
  if (is === undefined) {
    const kids = p.children ?? [];
    const t = kids.length <= 8 && kids.filter((c) => c.type === 'element' && c.tagName === 'br').length === 1 ? textOf(p).replace(/\s+/g, '') : '';
    is = t.length >= 4 && t.length <= 16 && /[\u4e00-\u9fff]/.test(t) && !/[，,。；;！!？?：:、]/.test(t);
    captions.set(p, is);
  }
  return is;
};
/**
 * a <pre> that holds prose, not code: an agreement pasted into a page as preformatted text (its lines are its clauses).
 * Prose: at least 20 Chinese characters, half of the visible characters or more, and hardly any of code's punctuation.
 */
function proseInPre(text: string): boolean {
  const visible = text.replace(/\s+/g, '');
  const han = visible.match(HAN_G)?.length ?? 0;
  const code = visible.match(/[{};=<>$]/g)?.length ?? 0;
  return han >= 20 && han * 2 >= visible.length && code * 50 < visible.length;
}
const answers = (prev?: HNode) => !!prev && QUESTION.test(textOf(prev).trim());
// …and so is a hidden block of running text, whatever its name (a tab's content shown by a script: 本息保障 with three
// paragraphs in <div id="load-info-three" style="display:none">): forty Chinese characters at least, not a stray label
const prose = (n: HNode) => (textOf(n).match(HAN_G)?.length ?? 0) >= 40;
// (aria-hidden="true" is how a pop-up is kept from screen readers until it opens — Bootstrap's .modal — so it is hidden as
// display:none is: a panel or running text under it is read, an icon or a stray label is not)
const hidden = (n: HNode) => ((/display\s*:\s*none|visibility\s*:\s*hidden/.test(styleOf(n)) || n.properties?.ariaHidden === 'true') && !panel(n) && !prose(n)) || n.properties?.hidden === true;
// (and a class named for its weight, service-weight, txt-weight, fw-bolder — not light-weight or weight-normal — or
// by the weight's abbreviation, as mini-program and utility-class pages name it: fw, fwb, fon_w, font-w, font-weight;
// fwnone and fw-normal stay plain)
const BOLD_CLASS = /^(?!.*(?:light|normal|thin|regular|none))(?:add-?bold|bold|font-?bold|fw-?bold|text-?bold|fb|fwb?|fon[-_]?w|font[-_]?w(?:eight)?|jiacu|cu|strong|(?:[a-z0-9]+[-_])+(?:bold|bolder|weight))$/i;
// (the last font-weight declared wins, as in the cascade)
const lastWeight = (s: string) => { const i = s.lastIndexOf('font-weight'); return i >= 0 ? s.slice(i) : ''; };
const boldStyle = (s: string) => LAST_WEIGHT_BOLD.test(lastWeight(s));
// (and one named for its underline: underline, text-underline, g-underline, xhx — 下划线 — not no-underline)
const UNDERLINE_CLASS = /^(?!.*(?:no|none)[-_]?underline)(?:(?:[a-z0-9]+[-_])*underline|underlined|xhx|xiahuaxian)$/i;
const LAST_WEIGHT_BOLD = /^font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/;
const underlineStyle = (s: string) => /text-decoration[^;]*underline/.test(s);
/** a heading's style that takes away what makes it stand out: a plain weight (normal, lighter, 100–500) as its last
 * font-weight, and no larger size, nor colour, underline or highlight */
const plainHeading = (s: string) => PLAIN_WEIGHT.test(lastWeight(s)) && !largerStyle(s) && !colourStyle(s) && !highlightStyle(s) && !underlineStyle(s);
const PLAIN_VALUE = /^(?:normal|lighter|[1-5]00)\b/;
const PLAIN_WEIGHT = new RegExp(`^font-weight\\s*:\\s*${PLAIN_VALUE.source.slice(1)}`);
/** an element's own style sets a plain weight (its last font-weight declaration: not mso-bidi-font-weight), which takes back
 * the bold of a block around it (<p class="s1">第二十六条 争议处理 <span class="p">因履行…</span>, .p {font-weight: normal}) */
const plainWeight = (s: string) => PLAIN_VALUE.test(lastValue(s, OWN_WEIGHT));
const OWN_WEIGHT = /(?:^|[;{\s])font-weight\s*:\s*([^;]*)/g;
// (each property's last declaration wins, as in the cascade: the stylesheet's rules come first, the style attribute last)
const lastValue = (s: string, prop: RegExp): string => { let v = ''; for (const m of s.matchAll(prop)) v = m[1]; return v; };
const FONT_SIZE = /font-size\s*:\s*([^;]*)/g;
function largerStyle(s: string): boolean {
  const size = lastValue(s, FONT_SIZE);
  const m = /^([\d.]+)\s*(px|pt|em|rem|%)/.exec(size);
  if (!m) return /^(larger|x-large|xx-large|large)/.test(size);
  const v = Number(m[1]);
  return m[2] === 'px' ? v >= 18 : m[2] === 'pt' ? v >= 14 : m[2] === '%' ? v >= 120 : v >= 1.2;
}
// A colour that stands out: not black, white or a grey (body text is often #333 or rgb(51, 51, 51), a note #666 or #999).
// (The value is read whole: a pattern that skipped the space after the colon read `color: #000` as a colour.)
const NEUTRAL = new Set(['black', 'white', 'gray', 'grey', 'silver', 'inherit', 'initial', 'unset', 'currentcolor', 'transparent', 'none', 'dimgray', 'dimgrey', 'darkgray', 'darkgrey', 'lightgray', 'lightgrey', 'gainsboro', 'whitesmoke']);
function standsOut(value: string): boolean {
  const v = value.trim().replace(/\s*!important$/, '');
  if (!v || NEUTRAL.has(v)) return false;
  let rgb: number[] | undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (hex) rgb = hex[1].length === 3 ? [...hex[1]].map((c) => parseInt(c + c, 16)) : [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16));
  const fn = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(v);
  if (fn) rgb = [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  if (!rgb) return !/^(?:var\(|url\()/.test(v);
  return Math.max(...rgb) - Math.min(...rgb) > 24;
}
const colourStyle = (s: string) => standsOut(lastValue(s, /(?:^|;)\s*color\s*:\s*([^;]+)/g));
// a background that marks text: not white, transparent or a grey panel behind a whole page
const highlightStyle = (s: string) => standsOut(lastValue(s, /(?:^|;)\s*background(?:-color)?\s*:\s*([^;]+)/g).replace(/\s+(?:no-repeat|repeat|center|top|left|right|bottom)\b.*$/, ''));
const smallerStyle = (s: string) => { const m = /^([\d.]+)\s*(px|pt)/.exec(lastValue(s, FONT_SIZE)); return !!m && (m[2] === 'px' ? Number(m[1]) < 12 : Number(m[1]) < 9); };

const TICKED_PICTURE = /(?:^|[\/_-])(?:check(?:ed)?|checkbox[_-]?(?:on|checked|selected)|(?:checked|selected|tick(?:ed)?)[_-]?(?:box|icon)?|gouxuan|xuanzhong|yixuan)(?:[_-]?(?:on|yes|1|s|sel|active))?\.(?:png|svg|gif|jpe?g|webp)(?:$|\?)/i;
// (a page's own prefix on the word, l_checked, cb-checked; un-checked / no_checked is the other state)
const TICKED_CLASS = /^(?!(?:un|no|not)[_-])(?:is-|icon-|[a-z]{1,8}[_-])?(?:checked|ticked)$/;
/** a box drawn by a style sheet whose classes say it is ticked: a ticked word (checked, l_checked), or a box's own class with
 * the state a script sets on it (ap_check on, agree-checkbox active) */
const CHECK_NAMED = /^(?![\w-]*(?:un|no)[_-]?check)[\w-]*check(?:-?box)?$/i;
const tickedClass = (cls: unknown) => Array.isArray(cls) && (cls.some((c) => TICKED_CLASS.test(String(c))) ||
  (cls.some((c) => CHECK_NAMED.test(String(c))) && cls.some((c) => /^(?:on|active|selected|cur)$/.test(String(c)))));
const BOX_TAGS = new Set(['span', 'i', 'em', 'div', 'label']);
/** a box element of its own: a form's, a mini-program's, a UI library's (check-icon, van-checkbox, el-radio) */
const BOX_ELEMENT = /^(?:input|checkbox|radio|[\w-]*-(?:checkbox|radio|check(?:-?icon)?)|check-?icon)$/;
/** the class a box drawn by a style sheet takes when ticked (:class="{ checked: agree }", :class="agree ? 'active' : ''") */
const TICK_WORD = /^(?:is-|icon-)?(?:checked|ticked|active|selected|on)$/;
/** a template expression that is one name of the page's state, maybe negated (agree, !form.agree, {{agree}}) */
const STATE = /^\s*(?:\{\{)?\s*(!?)\s*(?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*)\s*(?:\}\})?\s*$/;
const CLASS_OBJECT = /^\s*\{\s*['"]?([\w-]+)['"]?\s*:\s*(!?)\s*(?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*)\s*\}\s*$/;
const CLASS_CHOICE = /^\s*(!?)\s*(?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*)\s*\?\s*['"]([\w-]+)['"]\s*:\s*(?:''|"")\s*$/;

/** the name of the page's state a box's ticked look is bound to, and whether it is ticked when that name is false */
function boundState(n: HNode, tag: string, prev?: HNode): { name: string; not: boolean } | undefined {
  const p = n.properties ?? {};
  const pick = (v: unknown, re: RegExp) => (typeof v === 'string' ? re.exec(v) : null);
  // (the ticked look shown in the other branch of a v-if: <div v-if="!agree"></div><div v-else class="checked"><i
  // class="icon-check"></i></div> — a box drawn ticked, holding at most an icon, shown while the state holds)
  if (BOX_TAGS.has(tag) && p['v-else'] !== undefined && prev && iconOnly(n) && Array.isArray(p.className) && p.className.some((c) => TICKED_CLASS.test(String(c)))) {
    const m = pick(prev.properties?.['v-if'], STATE);
    return m ? { name: m[2], not: !m[1] } : undefined;
  }
  if (BOX_ELEMENT.test(tag) && (tag !== 'input' || /^(?:checkbox|radio)$/i.test(String(p.type ?? '')))) {
    // (an <input>'s value is what it sends, not whether it is ticked)
    for (const a of tag === 'input' ? ['v-model', ':checked', 'v-bind:checked', 'checked'] : ['v-model', ':value.sync', ':checked.sync', ':checked', 'v-bind:checked', ':value', 'checked']) {
      const m = pick(p[a], STATE);
      if (m && (a !== 'checked' || /[{]/.test(String(p[a])))) return { name: m[2], not: !!m[1] };
    }
  }
  if (tag === 'img') {
    // (the picture of a ticked box shown while the state holds: <img v-if="agree" src="check.png">)
    if (!tickedPicture(n)) return undefined;
    for (const a of ['v-if', 'v-show', 'wx:if']) { const m = pick(p[a], STATE); if (m) return { name: m[2], not: !!m[1] }; }
  } else if (BOX_TAGS.has(tag) && (p[':class'] !== undefined || p['v-bind:class'] !== undefined) && empty(n)) {
    const cls = p[':class'] ?? p['v-bind:class'];
    let m = pick(cls, CLASS_OBJECT);
    if (m && TICK_WORD.test(m[1])) return { name: m[3], not: !!m[2] };
    m = pick(cls, CLASS_CHOICE);
    if (m && TICK_WORD.test(m[3])) return { name: m[2], not: !!m[1] };
  }
  return undefined;
}

/** where the page's script starts a name of its state (data() { return { agree: true } }, data: { ok: !0 }): the offset of
 * that initial value and whether it is true; undefined when the page does not say */
type PageStates = Map<string, { at: number; on: boolean } | undefined>;
function initialState(source: string, name: string, states: PageStates): { at: number; on: boolean } | undefined {
  // (once per name and page — `states` lives for one walk: a page of a thousand boxes bound to one name searches its
  // scripts once, and no page's text is kept after its walk)
  if (states.has(name)) return states.get(name);
  const m = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*:\\s*(true|false|!0|!1)\\b`).exec(source);
  const found = m ? { at: m.index, on: m[1] === 'true' || m[1] === '!0' } : undefined;
  states.set(name, found);
  return found;
}

/**
 * A box the page shows ticked, as a node that stands where the page ticks it (what a reviewer changes); undefined when
 * the page does not show it ticked.
 * - a box ticked in its tag (<input type="checkbox" checked>, a mini-program's <radio checked="true">): its checked
 *   attribute, on the line it is written on;
 * - a box bound to the page's state (v-model="agree", :value.sync="isAgree", :class="{ checked: agree }", the picture of a
 *   ticked box shown v-if="agree"): ticked when the page's script starts that state true, and there (data() { return {
 *   agree: true } }); a binding the page does not start (checked={agreed}, checked="{{ok}}" with no data) is the
 *   reader's action, not shown ticked;
 * - a box drawn ticked by its class (<span class="radio checked"></span>) or the picture of one: the element.
 */
function tickedAt(n: HNode, source: string | undefined, states: PageStates, prev?: HNode): HNode | undefined {
  const tag = n.tagName ?? '';
  const state = boundState(n, tag, prev);
  if (state) {
    const init = source === undefined ? undefined : initialState(source, state.name, states);
    return init && init.on !== state.not ? spot(init.at) : undefined;
  }
  if (n.tagName === 'input' || n.tagName === 'checkbox' || n.tagName === 'radio') {
    // (…a mini-program's or uni-app's own box, <checkbox checked> or <radio checked="true">, as a consent is ticked there;
    // checked="false" is a string there, not a boolean)
    const checked = n.properties?.checked;
    const box = n.tagName !== 'input' || /^(?:checkbox|radio)$/i.test(String(n.properties?.type ?? ''));
    if (!box || checked === undefined || checked === false || (typeof checked === 'string' && /^\s*false\s*$|[{$]/.test(checked))) return undefined;
    const s = n.position?.start.offset;
    const at = source !== undefined && s !== undefined ? /\schecked\b/i.exec(source.slice(s, tagEnd(source, s))) : null;
    return at ? spot(s! + at.index + 1) : n;
  }
  // a box drawn by a style sheet: an empty element whose class says it is ticked (<span class="radio checked"></span>)
  // (…or an empty link drawn as one: <a class="ap_check on"></a>同意《注册协议》)
  if (BOX_TAGS.has(tag) || tag === 'a') return tickedClass(n.properties?.className) && empty(n) ? n : undefined;
  // the picture of a ticked box: where it stands, or — its consent written on the lines after it (<img src="check.png"/>
  // then 我已阅读投保须知… below) — where that consent begins: a picture has no attribute a reviewer changes, and the
  // wording it ticks is what the reviewer points at
  if (tag !== 'img' || !tickedPicture(n)) return undefined;
  const e = n.position?.end.offset;
  const gap = source !== undefined && e !== undefined ? /^[ \t\r\n\u3000]*(?=[^\s<])/.exec(source.slice(e, e + 120)) : null;
  return gap && gap[0].includes('\n') ? spot(e! + gap[0].length) : n;
}
function tickedPicture(n: HNode): boolean {
  const src = String(n.properties?.src ?? '');
  return TICKED_PICTURE.test(src) && !/un-?check|nocheck|check[_-]?(?:no|off|0|empty)/i.test(src);
}
const empty = (n: HNode) => !(n.children ?? []).some((c) => c.type !== 'text' || /\S/.test(String(c.value ?? '')));
/** an element with no text of its own, at most empty elements inside (a drawn box holding its tick icon, <i class="el-icon-check">) */
const iconOnly = (n: HNode) => (n.children ?? []).every((c) => (c.type === 'text' ? !/\S/.test(String(c.value ?? '')) : c.type === 'element' && BOX_TAGS.has(c.tagName ?? '') && empty(c)));
const spot = (at: number): HNode => ({ type: 'element', position: { start: { offset: at }, end: { offset: at + 1 } } });

/** how many of the text's last characters the walk keeps at hand (a wrapped run is read in the last 48) */
const TAIL = 64;
/** the code units /\s/ matches */
const SPACE = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') SPACE[c.charCodeAt(0)] = 1;
SPACE.fill(1, 0x2000, 0x200b);

/** where a start tag that begins at `at` ends (after its `>`): a `>` inside a quoted value (more="…<br />…") is the value's */
function tagEnd(src: string, at: number): number {
  let q = '';
  for (let i = at + 1; i < src.length && i < at + 20000; i++) {
    const c = src[i];
    if (q) { if (c === q) q = ''; } else if (c === '"' || c === "'") q = c; else if (c === '>') return i + 1;
  }
  const e = src.indexOf('>', at);
  return e < 0 ? src.length : e + 1;
}
const FIGURE_VALUE = /^\s*[≤≥<>约]?\s*\d[\d,.]*\s*(?:%|‰)?\s*(?:[~～\-—至]\s*\d[\d,.]*\s*(?:%|‰)?)?\s*$/;
const FIGURE_MARK = /[%‰~～≤≥]/;
const blankTag = (t: string) => t.replace(/[^\n]/g, ' ');

export interface WalkOut {
  text: string; blocks: Block[]; marks: Mark[]; comments: { value: string; offset?: number }[]; title?: string;
  /** where the <title>'s words stand in the source (offsets, end exclusive) */
  titleSpan?: [number, number];
  /** the text read from the page's head metadata (its meta description), [start, end) */
  metadata?: [number, number];
  /** the words of links to other pages, [start, end) in `text` (see LintDocument.links) */
  links: [number, number][];
}

/**
 * `onText(value, node, textStart)` is called for every text node appended, so the caller can map it back.
 * `sheet` is the page's own stylesheet (its <style> rules), when it has one.
 */
export function walkHtml(root: HNode, onText: (value: string, node: HNode, tStart: number) => void, sheet: StyleSheet = { rules: new Map(), classes: new Set() }, source?: string): WalkOut {
  // (the keys the template prints, read from the source once however many script blocks ask)
  let printedKeys: Set<string> | undefined;
  let text = '';
  const states: PageStates = new Map();
  const blocks: Block[] = [];
  const marks: Mark[] = [];
  // text whose element sets a plain weight: a bold around it does not cover it
  const plainRuns: { start: number; end: number }[] = [];
  const links: [number, number][] = [];
  const comments: WalkOut['comments'] = [];
  let cur: { type: BlockType; start: number; first?: number; depth?: number; row?: number; col?: number } | undefined;
  // where the text's last non-space character ends, and (cur.first) where the open block's first one starts: kept as text
  // is appended, so that closing a block never reads the text itself — a character read from a string built by += makes
  // V8 copy it whole, and a page of 20,000 table cells took 28 s to close them
  // (…and its last characters, `tail`, are what the walk asks about its end — a line break, a wrapped run; a <br> that
  // turns out to be a wrap becomes a space in `wraps`, put into the text once at the end)
  let lastNonSpace = 0;
  let tail = '';
  const wraps: number[] = [];
  const append = (v: string) => {
    let k = v.length - 1;
    while (k >= 0 && SPACE[v.charCodeAt(k)]) k--;
    if (k >= 0) {
      lastNonSpace = text.length + k + 1;
      if (cur && cur.first === undefined) { let j = 0; while (SPACE[v.charCodeAt(j)]) j++; cur.first = text.length + j; }
    }
    text += v;
    tail = v.length >= TAIL ? v.slice(-TAIL) : (tail + v).slice(-TAIL);
  };
  let row = 0, col = 0;
  let cell: { row: number; col: number } | undefined;
  /** inside a <pre> of prose: its line breaks are kept */
  let inPre = false;

  const open = (type: BlockType, extra: Partial<Block> = {}) => {
    close();
    if (text.length && !tail.endsWith('\n')) append('\n');
    // paragraphs inside a table cell (mammoth writes <td><p>…</p></td>) are cell blocks
    if (cell && type === 'paragraph') { type = 'table-cell'; extra = { ...extra, ...cell }; }
    cur = { type, start: text.length, ...extra };
  };
  const close = () => {
    if (!cur) return;
    // the block's range without the whitespace at either end
    const end = Math.max(cur.start, lastNonSpace);
    const start = Math.min(cur.first ?? end, end);
    if (end > start) {
      blocks.push({ ...cur, start, end } as Block);
      if (cur.type === 'heading') marks.push({ kind: 'heading', start, end });
    }
    cur = undefined;
  };

  // the element's style: the stylesheet's rules for it in the cascade's order, then its own style attribute
  const up: HNode[] = [];
  const effectiveStyle = (n: HNode) => {
    let s = sheetStyle(sheet, n, up);
    const cls = n.properties?.className;
    // a class defined in a stylesheet we do not have, whose name says what it does (addBold, font-bold, jiacu)
    if (Array.isArray(cls)) for (const c of cls) if (!sheet.classes.has(String(c))) { if (BOLD_CLASS.test(String(c))) s += ';font-weight:bold'; else if (UNDERLINE_CLASS.test(String(c))) s += ';text-decoration:underline'; }
    return `${s};${styleOf(n)}`;
  };

  const walk = (n: HNode, prev?: HNode) => {
    if (n.type === 'comment') { comments.push({ value: n.value ?? '', offset: n.position?.start.offset }); return; }
    if (n.type === 'text') {
      // a source line break is a space, as a browser shows it — unless the text is a bare run of clauses kept apart
      // only by the source's lines (the line before ends a sentence, the next starts a numbered item): then a line break;
      // in prose preformatted (<pre>) every line break is one, as the browser shows it (blank lines and indents dropped)
      const raw = n.value ?? '';
      const v = inPre ? raw.replace(/[\t\r ]*\n[\t\r\n ]*/g, '\n').replace(/[\t\r ]+/g, ' ') : raw.replace(/[\t\r\n ]+/g, (m, at: number) => (!m.includes('\n') ? m : /[。；;！？!?]$/.test(raw.slice(0, at)) || ITEM_AHEAD.test(raw.slice(at + m.length, at + m.length + 12)) ? '\n' : ' '));
      if (!v.trim() && !cur) return;
      // (the next line may come after an indent in its own inline box: the wrap and the indent are spaces, of the same
      // length; a second break is not a wrap)
      if (brAt >= 0 && v.trim()) {
        const gap = text.length - brAt <= tail.length ? tail.slice(tail.length - (text.length - brAt)) : text.slice(brAt);
        if (cur && brAt >= cur.start && !gap.trim() && gap.indexOf('\n', 1) < 0 && HAN_AHEAD.test(v) && !ITEM_AHEAD.test(v.trimStart()) && !LABEL_AHEAD.test(v)) {
          // (the gap is the <br>'s line break and spaces: the break becomes a space)
          wraps.push(brAt);
          if (text.length - brAt <= tail.length) tail = tail.slice(0, tail.length - gap.length) + gap.replace(/\n/g, ' ');
        }
        brAt = -1;
      }
      if (!cur) open('paragraph');
      onText(v, n, text.length);
      append(v);
      return;
    }
    if (n.type !== 'element' && n.type !== 'root') { for (const c of n.children ?? []) walk(c); return; }
    const tag = n.tagName ?? '';
    // a document that starts with a <template> (a Vue component) has it parsed into <head>: walk that and the head's scripts
    // (the rest of the head — title, styles, links — is not the page's text)
    // (and a page's meta description, the copy a search engine shows, is read after the body)
    if (tag === 'head') {
      vue ||= (n.children ?? []).some((c) => c.tagName === 'template');
      // (a script in the head is read for its share copy as one in the body is: a page's wx.onMenuShare… config, or a script
      // written between </head> and <body>, which the parser moves into the head)
      for (const c of n.children ?? []) if (c.tagName === 'template' || c.tagName === 'script') walk(c); else if (c.tagName === 'meta' && /^description$/i.test(String(c.properties?.name ?? '')) && String(c.properties?.content ?? '').trim()) metas.push(c);
      // (and its <title>, the page's name: it tells what the page is, and the reader is shown it — read after the body)
      else if (c.tagName === 'title' && !title) {
        title = textOf(c).replace(/\s+/g, ' ').trim();
        const ts = c.children?.[0]?.position?.start.offset, te = c.children?.[c.children.length - 1]?.position?.end.offset;
        if (title && ts !== undefined && te !== undefined) titleSpan = [ts, te];
      }
      return;
    }
    if (tag === 'script') {
      for (const c of n.children ?? []) {
        // (read from the source where there is one: the parser's text has a CRLF page's line ends made \n, and an offset
        // counted in it drifts a character a line from where the string stands)
        const at = c.position?.start.offset, end = c.position?.end.offset;
        // (its comments blanked, offsets kept: data commented out — // descr:'审批快，秒到账！' — is no longer shown)
        const code = blankComments(source !== undefined && at !== undefined && end !== undefined ? source.slice(at, end) : c.value ?? '');
        // (a Vue component's data — { title: '…', text: '…' } — is what its template lists: read like share copy)
        if (at === undefined || !(SHARE_SCRIPT.test(code) || (vue && VUE_EXPORT.test(code)))) continue;
        const taken = new Set<number>();
        for (const m of code.matchAll(SHARE_COPY)) {
          const s = at + m.index! + m[0].length - 1 - m[2].length;
          taken.add(s);
          shares.push({ type: 'text', value: m[2], position: { start: { offset: s }, end: { offset: s + m[2].length } } });
        }
        // (…and a Vue component's running text under any key, its i18n messages: describe1: '本公司无职责就…' — a string of
        // twelve Chinese characters or more is prose the template shows, not a code's word)
        // (…and, however short, a string under a key the template prints — {{ item.describe }} over describe: '收益稳定，
        // 风险低', {{ item.msg2 }} over msg2: '低息秒下款': the caption each tile of the list shows)
        const printed = vue && source !== undefined ? (printedKeys ??= templateKeys(source)) : undefined;
        if (printed?.size) for (const m of code.matchAll(DATA_VALUE)) {
          const s = at + m.index! + m[0].length - 1 - m[3].length;
          if (taken.has(s) || !printed.has(m[1])) continue;
          taken.add(s);
          shares.push({ type: 'text', value: m[3], position: { start: { offset: s }, end: { offset: s + m[3].length } } });
        }
        if (vue) for (const m of code.matchAll(STRING)) {
          const s = at + m.index! + 1;
          if (taken.has(s) || (m[2].match(HAN_G)?.length ?? 0) < 12) continue;
          shares.push({ type: 'text', value: m[2], position: { start: { offset: s }, end: { offset: s + m[2].length } } });
        }
      }
      return;
    }
    if (SKIP.has(tag) || (n.type === 'element' && hidden(n) && !answers(prev))) return;
    // a <br> inside a word or sentence (风险备<br>用金, 稳定年<br>化收益: a narrow column wrapped by hand) is a wrap, as a
    // source line break is; between sentences, items or a label and its text it is a line break
    // (an end tag </br> right after a <br> — XHTML's <br></br> written by hand — is made a second <br> by the parser, one
    // with no place in the source; it is the same break)
    // (and a <br> that breaks a tile's short caption in two — <p>最快30min<br>银行放款</p>, <p>有信用卡<br>即可申请</p>: one
    // break in an element whose whole text is a short phrase with no punctuation — is the caption's wrap, one phrase)
    if (tag === 'br') {
      if (cur && !(tail.endsWith('\n') && !n.position)) { if (WRAPPED_RUN.test(tail.slice(-48)) || shortCaption(up[up.length - 1])) brAt = text.length; append('\n'); }
      return;
    }
    // a box shown ticked (a checked checkbox, or the picture of one: check.png, checkbox_on.svg) reads as ☑, so that a
    // consent the page ticks for the reader is seen
    // (a mini-program's <checkbox>同意…</checkbox> holds its label, as an unclosed <radio/> holds what follows it: read on)
    // (one box drawn twice — a ticked <input> and the picture a style sheet puts over it, <i class="icon_checked"> — is one ☑,
    // where the first stands)
    const box = tickedAt(n, source, states, prev);
    if (box) {
      if (!/☑\s*$/.test(tail)) { if (!cur) open('paragraph'); onText('☑', box, text.length); append('☑'); }
      if (!n.children?.length) return;
    }
    // a component's text given in its attributes (a UI library's cell, tag or panel: <md-cell-item title="实时放款"
    // brief="最快实时到账">, <uni-tag text="免担保">, a React component's <Popup title="免责声明">) is what it shows: each value
    // read where the element stands, as a line of its own (a custom element's only — a hyphenated or capitalised name: title
    // on a plain element is a tooltip; a placeholder or a value is an input's)
    if (source !== undefined && component(n, tag, source)) shown(n, source);
    if (tag === 'tr') { row++; col = 0; }
    // (a <pre> of prose is paragraphs of text, not code)
    const prosePre = tag === 'pre' && proseInPre(textOf(n));
    // (a heading the page's own style sets in the body's weight and size — h3 {font-weight: normal; font-size: 14px},
    // numbered clauses written as <h3> — is body text: a paragraph, no heading's emphasis)
    const headingStyle = BLOCK[tag] === 'heading' ? effectiveStyle(n) : undefined;
    const blockType = prosePre || (headingStyle !== undefined && plainHeading(headingStyle)) ? 'paragraph' : BLOCK[tag];
    // a block element that only wraps other blocks (div > p) does not become a block itself
    const wrapsBlocks = blockType && (n.children ?? []).some((c) => c.type === 'element' && (BLOCK[c.tagName ?? ''] || c.tagName === 'table' || c.tagName === 'ul' || c.tagName === 'ol'));
    const isCell = tag === 'td' || tag === 'th';
    if (isCell) col++;
    const outerCell = cell;
    if (isCell) cell = { row, col };
    if (blockType && !wrapsBlocks) {
      // (a heading that is one link to another page is that page's title — an article list's headline over its teaser)
      const only = tag === 'li' || blockType === 'heading' ? linkOnly(n) : undefined;
      const linked = only ? (awayHref(only) ? { link: true, away: true } : { link: true }) : {};
      open(blockType, blockType === 'heading' ? { depth: Number(tag[1]), ...(only && awayHref(only) ? linked : {}) } : blockType === 'table-cell' ? { row, col } : linked);
    } else if (blockType && wrapsBlocks) close();
    const start = text.length;
    const plainFrom = plainRuns.length;
    let before: HNode | undefined;
    if (n.type === 'element') up.push(n);
    const wasPre = inPre;
    if (prosePre) inPre = true;
    for (const c of n.children ?? []) { walk(c, before); if (c.type === 'element') before = c; }
    inPre = wasPre;
    if (n.type === 'element') up.pop();
    // a <template> (a Vue single-file component, a client-side template) holds what the page renders
    if (tag === 'template' && n.content) walk(n.content);
    const end = text.length;
    if (end > start && n.type === 'element') {
      const st = headingStyle ?? effectiveStyle(n);
      if (BOLD_TAGS.has(tag) || boldStyle(st)) {
        let at = start;
        for (const r of plainRuns.slice(plainFrom).sort((a, b) => a.start - b.start)) {
          if (r.start > at) marks.push({ kind: 'bold', start: at, end: r.start });
          at = Math.max(at, r.end);
        }
        if (end > at) marks.push({ kind: 'bold', start: at, end });
        // (…and this element's text is settled: a bold around it reaches no further into it than its own marks do, so its
        // runs become one span to skip — each run is read once, however deeply bold elements nest)
        if (plainRuns.length > plainFrom) { plainRuns.length = plainFrom; plainRuns.push({ start, end }); }
      } else if (plainWeight(st)) { plainRuns.length = plainFrom; plainRuns.push({ start, end }); }
      if (largerStyle(st) || tag === 'big') marks.push({ kind: 'larger', start, end });
      if (tag === 'u' || underlineStyle(st)) marks.push({ kind: 'underline', start, end });
      if (tag === 'mark' || highlightStyle(st)) marks.push({ kind: 'highlight', start, end });
      // (an old <font> marks by its colour only: <font face="Times New Roman"> is the body's own text)
      if (colourStyle(st) || (tag === 'font' && standsOut(String(n.properties?.color ?? '')))) marks.push({ kind: 'color', start, end });
      if (tag === 'em' || tag === 'i') marks.push({ kind: 'italic', start, end });
      if (smallerStyle(st) || tag === 'small') marks.push({ kind: 'smaller', start, end });
      // (…not a file the page hands out, a .pdf or .doc: that document is the page's own offer, its 服务指南 or 风险提示)
      if (tag === 'a' && awayHref(n) && !FILE_HREF.test(String(n.properties?.href))) links.push([start, end]);
    }
    if (blockType && !wrapsBlocks) close();
    if (isCell) cell = outerCell;
  };
  // (an element written in the source as a component — <md-cell-item …>, <Popup …>, a camel-cased <wealthInvestVue …>, or
  // one no HTML names, a UI library's <cell>, <group> — not one the parser implied at the same offset: the document root,
  // <html>, <body>)
  const component = (n: HNode, tag: string, src: string) => {
    const at = n.position?.start.offset;
    const name = at === undefined ? '' : src.slice(at + 1, at + 1 + tag.length);
    return !!tag && name.toLowerCase() === tag && (tag.includes('-') || /[A-Z]/.test(name) || !HTML_ELEMENTS.has(tag));
  };
  // the values holding Chinese of its attributes that are not code, an address, a style or an input hint (html-shown.ts):
  // title, brief, text, inline-desc, more…; markup inside a value (more="…：<br />（1）…") is blanked, as a page shows it
  const shown = (n: HNode, src: string) => {
    const at = n.position!.start.offset!;
    const tag = src.slice(at, tagEnd(src, at));
    const values = [...tag.matchAll(ATTRIBUTE)].filter((m) => !UNSHOWN_ATTRIBUTES.has(m[1].toLowerCase()) && !UNSHOWN_ATTRIBUTE_NAME.test(m[1]));
    // (…and, on an element that shows Chinese, a value that is a figure — inline-desc="≤3%" beside title="参考费率",
    // 1000~50000: digits with a percent, a range or a bound; a bare number is a setting, span="24")
    const says = values.some((m) => HAN.test(m[2] ?? m[3]));
    // (one element's values are one line, as a cell shows its label with its value — 参考费率 ≤3%, not a label alone and
    // a figure alone)
    let opened = false;
    for (const m of values) {
      const raw = m[2] ?? m[3];
      if (!(HAN.test(raw) || (says && FIGURE_VALUE.test(raw) && FIGURE_MARK.test(raw))) || raw.includes('${') || raw.includes('{{')) continue;
      const v = raw.replace(/<[^<>]*>/g, blankTag);
      const vs = at + m.index! + m[0].length - 1 - raw.length;
      if (opened) append(' '); else { open('paragraph'); opened = true; }
      onText(v, { type: 'text', value: v, position: { start: { offset: vs }, end: { offset: vs + v.length } } }, text.length);
      append(v);
    }
    if (opened) close();
  };
  const metas: HNode[] = [], shares: HNode[] = [];
  let title = '';
  let titleSpan: [number, number] | undefined;
  let vue = false;
  /** where a <br> that may be a hand-made wrap was written ('\n', made a space if a Chinese character follows) */
  let brAt = -1;
  walk(root);
  close();
  const readAfter = (m: HNode) => {
    open('paragraph');
    const v = String(m.tagName === 'meta' ? m.properties!.content : m.value).replace(/\s+/g, ' ');
    onText(v, m, text.length);
    append(v);
    close();
  };
  // (the page's <title> is shown too, in the tab or as an H5 page's header: read after the body, at its place)
  if (title && titleSpan) readAfter({ type: 'text', value: title, position: { start: { offset: titleSpan[0] }, end: { offset: titleSpan[1] } } });
  // (the meta descriptions are the page's metadata; the share copy read after them is its own)
  const metaFrom = text.length;
  metas.forEach(readAfter);
  const metaTo = text.length;
  shares.forEach(readAfter);
  if (wraps.length) {
    const parts: string[] = [];
    let last = 0;
    for (const w of wraps) { parts.push(text.slice(last, w), ' '); last = w + 1; }
    parts.push(text.slice(last));
    text = parts.join('');
  }
  return { text, blocks, marks, links, comments, ...(title ? { title } : {}), ...(titleSpan ? { titleSpan } : {}), ...(metaTo > metaFrom ? { metadata: [metaFrom, metaTo] as [number, number] } : {}) };
}
