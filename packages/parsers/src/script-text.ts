// A page saved as .html that is really a script module (a React/React Native component, a Vue or plain JS module:
// `import React…`, `export default {…}`): what a reader sees is its markup's text and its Chinese strings, not its
// code. The code is blanked out (every offset and line break kept), before the HTML parser reads what is left.

// the first thing in the file is a module statement, not markup
const MODULE_START = /^(?:\uFEFF)?\s*(?:import\s+[\w{*'"]|export\s+(?:default|const|class|function)\b|(?:'use strict'|"use strict")|module\.exports\b|define\(|(?:const|let|var)\s+\w+\s*=\s*require\()/;
const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;

export function isScriptModule(source: string): boolean {
  return MODULE_START.test(source.slice(0, 2000));
}

// …or a source file kept as text (an iOS view controller, an Android activity, a React page: //  HomeViewController.m,
// package com.x;, #import): its comments are notes for programmers (//添加立即抢购按钮), not what the app shows
const SOURCE_START = /^(?:\uFEFF)?\s*(?:\/\/|\/\*|#import\b|#include\b|@import\b|package\s+[\w.]+\s*;|import\s+(?:UIKit|Foundation|SwiftUI|android\.|java\.|javax\.))/;
export function isSourceCode(source: string): boolean {
  return isScriptModule(source) || SOURCE_START.test(source.slice(0, 2000));
}

/** The source with its comments blanked (// to the end of the line, /* … *\/), same length and lines; string literals
 * are skipped whole (a "https://…" in a string is no comment), and so is a URL's // after its colon in running text. */
export function blankComments(source: string): string {
  const parts: string[] = [];
  let i = 0, last = 0;
  while (i < source.length) {
    const span = codeSpan(source, i);
    if (!span) { i++; continue; }
    if (span[0] === 'comment') { parts.push(source.slice(last, i), blank(source.slice(i, span[1]))); last = span[1]; }
    i = span[1];
  }
  parts.push(source.slice(last));
  return parts.join('');
}

/** The comment (// to the end of the line, /* … *\/) or string literal that starts at `i`, and where it ends; none for a
 * URL's // after its colon, or for a quote left unmatched on its line (an apostrophe in running text, 用户's: text). */
function codeSpan(source: string, i: number): ['comment' | 'string', number] | undefined {
  const c = source[i], d = source[i + 1], n = source.length;
  if (c === '/' && (d === '/' || d === '*') && source[i - 1] !== ':') {
    const j = d === '/' ? source.indexOf('\n', i) : source.indexOf('*/', i + 2);
    return ['comment', j < 0 ? n : d === '/' ? j : j + 2];
  }
  if (c === '\'' || c === '"' || c === '`') {
    let j = i + 1;
    while (j < n && source[j] !== c && (c === '`' || source[j] !== '\n')) j += source[j] === '\\' ? 2 : 1;
    return j < n && source[j] === c ? ['string', j + 1] : undefined;
  }
  return undefined;
}

/** the same length and lines, every other character a space */
export const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * The visible text of a script module, same length and lines as the source: markup tags (<Text style=…>, <strong>) kept
 * for the parser, the text between them and the contents of string literals kept where they hold Chinese, comments and
 * everything else blanked.
 */
export function scriptVisible(source: string): string {
  const states: ModuleStates = new Map();
  const out: string[] = [];
  let run = '';
  const flush = () => { if (run) { out.push(CJK.test(run) ? run : blank(run)); run = ''; } };
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source[i], d = source[i + 1];
    // a comment, blanked; a string literal, its contents kept when they are Chinese
    const span = codeSpan(source, i);
    if (span) {
      flush();
      const [kind, j] = span;
      if (kind === 'comment') out.push(blank(source.slice(i, j)));
      else { const inner = source.slice(i + 1, j - 1); out.push(' ', CJK.test(inner) ? inner : blank(inner), ' '); }
      i = j; continue;
    }
    if (c === '<' && d !== undefined && /[A-Za-z/!]/.test(d)) { // a markup tag, kept whole (its quoted attributes too)
      // (…and its props' expressions, brace to brace: onChange={(e) => { … }} holds an arrow's > and a block's code, which
      // are the tag's, not the end of it and text after it)
      let j = i + 1, q = '', depth = 0;
      for (const stop = Math.min(n, i + 4000); j < stop; j++) { // (a tag is short: no scan to the end from every <)
        const x = source[j];
        if (q) { if (x === q) q = ''; } else if (x === '"' || x === '\'' || (depth > 0 && x === '`')) q = x;
        else if (x === '{') depth++; else if (x === '}') depth = Math.max(0, depth - 1);
        else if (depth === 0 && (x === '>' || x === '<')) break;
      }
      if (j < n && source[j] === '>') { flush(); out.push(tag(source.slice(i, j + 1), source, states)); i = j + 1; continue; }
    }
    run += c; i++;
  }
  flush();
  return out.join('');
}

// A component's box ticked by the module's own state: its ticked prop bound to a name of the component's state
// (<Checkbox checked={this.state.agree}>, <Checkbox flag={ this.state.agree }/>, checked={agreed}) that the module starts true
// (this.state = { agree: true }, state = { agree: true }, const [agreed, setAgreed] = useState(true)) is shown ticked: it reads
// as ☑ where that prop is written, the line a reviewer changes, as a checked attribute does in a page. A box whose state starts
// false, or that the module does not start (a prop, a field of an object: checked={agreed.read} over useState({ read: false })),
// is the reader's to tick.
const BOX_COMPONENT = /^(?:[\w]+\.)*(?:check-?box|radio|check-?icon|agree-?item)(?:\.(?:item|agree-?item))?$/i;
const TICK_PROP = /(?<=\s)((?:default)?checked|flag|value|selected|isChecked)\s*=\s*\{\s*(!?)\s*(?:this\.state\.|state\.)?([A-Za-z_$][\w$]*)\s*\}/g;
type ModuleStates = Map<string, boolean | undefined>;
function startsOn(source: string, name: string, states: ModuleStates): boolean | undefined {
  if (states.has(name)) return states.get(name);
  const n = name.replace(/\$/g, '\\$');
  // (the state object a class component starts with — this.state = {…}, state = {…}, flat — or a hook's first value)
  const m = new RegExp(String.raw`\bstate\s*=\s*\{[^{}]*?(?<![\w$.])${n}\s*:\s*(true|false|!0|!1)\b|\[\s*${n}\s*,\s*[\w$]+\s*\]\s*=\s*(?:React\.)?useState\s*(?:<[^<>()]*>)?\(\s*(true|false|!0|!1)\s*\)`).exec(source);
  const v = m ? ['true', '!0'].includes(m[1] ?? m[2]) : undefined;
  states.set(name, v);
  return v;
}
/** where in a component's tag its box is ticked by the module's state (the offset of the prop), or -1 */
function tickedProp(t: string, name: string, source: string, states: ModuleStates): number {
  if (!BOX_COMPONENT.test(name)) return -1;
  for (const m of t.matchAll(TICK_PROP)) {
    const on = startsOn(source, m[3], states);
    if (on !== undefined && on !== !!m[2]) return m.index!;
  }
  return -1;
}

// a markup tag as the parser should see it, same length: an HTML tag (<strong>, <p class=…>) as it is; a component
// (<View>, <Text style={…}>, </Text>) as a block, <div …> or </div …>; a component whose props hold Chinese strings
// (<Title title={'风险提示及免责声明'} />) as a paragraph of those strings, each where it stands; a box the module's state
// ticks as ☑ where its prop is written (opening a block, <div>, when the box holds its label)
function tag(t: string, source: string, states: ModuleStates): string {
  const m = /^<(\/?)([A-Za-z][\w.]*)/.exec(t);
  if (!m || !/^[A-Z]/.test(m[2])) return t;
  const tick = m[1] ? -1 : tickedProp(t, m[2], source, states);
  if (tick >= 0) {
    const chars = blank(t).split('');
    chars[tick] = '☑';
    if (!t.endsWith('/>') && tick >= 5) chars.splice(0, 5, '<', 'd', 'i', 'v', '>');
    return chars.join('');
  }
  // (a prop's string may run over lines: more="因下列情形之一…：<br />\n（1）…")
  const strings = [...t.matchAll(/(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)].filter((x) => CJK.test(x[2]));
  if (strings.length) {
    const first = strings[0].index! + 1, last = strings[strings.length - 1];
    const lastEnd = last.index! + last[0].length - 1;
    // (a tag whose last prop string ends it, more="…"/>, has no room for the </p>: the paragraph is left for the parser to
    // close where the next block starts)
    if (first >= 3) {
      const chars = blank(t).split('');
      chars.splice(0, 3, '<', 'p', '>');
      for (const x of strings) for (let k = 0; k < x[2].length; k++) chars[x.index! + 1 + k] = x[2][k];
      if (t.length - lastEnd >= 4) chars.splice(t.length - 4, 4, '<', '/', 'p', '>');
      return chars.join('');
    }
  }
  if (t.endsWith('/>')) return blank(t);
  const open = m[1] ? '</div' : '<div';
  return t.length >= open.length + 1 ? open + ' '.repeat(t.length - open.length - 1) + '>' : blank(t);
}
