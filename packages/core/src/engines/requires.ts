// The requires engine: if the document is about a product (and, optionally, mentions a trigger), the
// statements that product needs must be present. Matching ignores punctuation and spacing and treats
// 须/需 alike, so "理财非存款，产品有风险，投资需谨慎" satisfies "理财非存款、产品有风险、投资须谨慎".
import type { NormalizedText } from '../normalize.js';
import type { RawFinding, RuleEntry } from '../types.js';

const PUNCT = /[\s\p{P}\p{S}]/gu;
export function squeeze(s: string): string {
  return s.replace(PUNCT, '').replace(/需/g, '须');
}

export interface SqueezedText { text: string; toNorm: Int32Array }

export function squeezeWithMap(norm: string): SqueezedText {
  const toNorm = new Int32Array(norm.length + 1);
  let out = '';
  let j = 0;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i];
    // (squeeze's pattern, one compilation: ~0.2 ms each)
    PUNCT.lastIndex = 0;
    if (PUNCT.test(ch)) continue;
    out += ch === '需' ? '须' : ch;
    toNorm[j++] = i;
  }
  toNorm[j] = norm.length;
  return { text: out, toNorm: toNorm.subarray(0, j + 1) };
}

// a figure shown after a word (近一年收益率：12.5%, 成立以来累计收益 {{rate}}%): a number or a page's fill-in with its percent sign,
// a few characters on in the same clause
const FIGURE_AFTER = /^[^。；;！!？?\n]{0,10}?(?:[0-9]+(?:\.[0-9]+)?|\{\{[^}\n]{1,40}\}\}|\$\{[^}\n]{1,40}\})[ \t]*[%％]/;
function figureAfter(norm: NormalizedText, n: number): boolean {
  const [, o] = norm.origSpan(n, n);
  return FIGURE_AFTER.test(norm.source.slice(o, o + 64));
}

// an alternative written /…/ is a shape, a regular expression over the squeezed text (no punctuation, 需 read as 须): a
// warning's two halves with a verb of the page's own between them (市场有风险，决策需谨慎 · 此计划有风险 加入需谨慎), where a
// word list would have to name every verb
const shapes = new Map<string, RegExp>();
function saidIn(text: string, alt: string): boolean {
  if (alt.length > 2 && alt.startsWith('/') && alt.endsWith('/')) {
    let re = shapes.get(alt);
    if (!re) shapes.set(alt, (re = new RegExp(alt.slice(1, -1), 'u')));
    return re.test(text);
  }
  return text.includes(squeeze(alt));
}

export function runRequires(rules: RuleEntry[], norm: NormalizedText, docText: string, getSqueezed: () => SqueezedText): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of rules) {
    if (rule.engine !== 'requires' || !rule.require) continue;
    const sq = getSqueezed();
    let at = -1;
    if (rule.trigger) {
      const figure = rule.trigger.figure === true;
      for (const t of rule.trigger.any) {
        const q = squeeze(t);
        for (let i = sq.text.indexOf(q); i >= 0 && (at < 0 || i < at); i = sq.text.indexOf(q, i + 1)) {
          if (!figure || figureAfter(norm, sq.toNorm[i + q.length - 1] + 1)) { at = i; break; }
        }
      }
      if (at < 0) continue;
    }
    const absent = (groups: string[][]) => groups.filter((alts) => !alts.some((a) => saidIn(sq.text, a)));
    const missing = absent(rule.require.all);
    if (!missing.length) continue;
    const other = rule.require.otherwise;
    // (the other sort of document: one that names a `when` word, or one that names no `unless` word — where a bank's or a
    // wealth company's product is shown, 业绩比较基准, and nothing of the other sort, the regulation's own words are owed)
    const has = (w: string) => sq.text.includes(squeeze(w));
    if (other && (other.when?.some(has) || (other.unless && !other.unless.some(has))) && !absent(other.all).length) continue;
    let start = 0, end = 0;
    if (at >= 0) {
      const n = sq.toNorm[at];
      const t = rule.trigger!.any.find((x) => sq.text.startsWith(squeeze(x), at))!;
      const nEnd = sq.toNorm[Math.min(at + squeeze(t).length, sq.toNorm.length - 1) - 1] + 1;
      [start, end] = norm.origSpan(n, nEnd);
    } else {
      // anchor on the first line of text
      const nl = docText.indexOf('\n');
      end = nl < 0 ? docText.length : nl;
      start = 0;
    }
    out.push({ rule, start, end, data: { missing: missing.map((m) => m[0]).join('；') }, append: rule.insert ? '\n' : undefined });
  }
  return out;
}
