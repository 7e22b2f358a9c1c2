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
      let j = i + 1, q = '';
      for (const stop = Math.min(n, i + 4000); j < stop; j++) { // (a tag is short: no scan to the end from every <)
        const x = source[j];
        if (q) { if (x === q) q = ''; } else if (x === '"' || x === '\'') q = x; else if (x === '>' || x === '<') break;
      }
      if (j < n && source[j] === '>') { flush(); out.push(tag(source.slice(i, j + 1))); i = j + 1; continue; }
    }
    run += c; i++;
  }
  flush();
  return out.join('');
}

// a markup tag as the parser should see it, same length: an HTML tag (<strong>, <p class=…>) as it is; a component
// (<View>, <Text style={…}>, </Text>) as a block, <div …> or </div …>; a component whose props hold Chinese strings
// (<Title title={'风险提示及免责声明'} />) as a paragraph of those strings, each where it stands
function tag(t: string): string {
  const m = /^<(\/?)([A-Za-z][\w.]*)/.exec(t);
  if (!m || !/^[A-Z]/.test(m[2])) return t;
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
