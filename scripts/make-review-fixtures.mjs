#!/usr/bin/env node
// Builds the re-review fixture: a loan contract (.docx, real bold runs) and its revised version, for
// `xiaobao review` (docs/review.md). Between the versions: the auto-debit clause is now bold (resolved), the
// prepayment penalty is still plain (remaining), the unilateral-change clause is unchanged (waived in the first
// review; the waiver carries over), and a new clause promises the lowest rate in the city (new).
//   node scripts/make-review-fixtures.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'fixtures/review');

/** # heading, paragraphs, **bold** spans */
function paragraphs(md) {
  return md.trim().split(/\n\s*\n/).map((b) => {
    const h = /^(#{1,2})\s+(.*)$/.exec(b.trim());
    const text = h ? h[2] : b.trim();
    const runs = text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((t) => new TextRun({ text: t.replace(/\*\*/g, ''), bold: t.startsWith('**') }));
    return new Paragraph({ heading: h ? (h[1].length === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2) : undefined, children: runs });
  });
}

const common = (auto, extra) => `
# 个人消费贷款合同

合同编号：YQ-XF-2026-000456

**重要提示：请您在签署本合同前仔细阅读全部条款，特别是以加粗字体标示的条款。**

贷款人：云栖银行股份有限公司城西支行

## 第一条　借款金额与期限

1.1 借款金额为人民币80,000元，借款期限为24个月。

## 第二条　利率与费用

**2.1 本合同项下借款年化利率（单利）为7.20%，按日计息，日利率=年化利率/360。**

2.2 贷款人不收取除利息以外的任何其他费用。

## 第三条　还款

3.1 借款人按月等额本息还款，每月15日为还款日。

${auto}

## 第四条　提前还款

4.1 借款人提前还款的，应按提前还款本金的2%支付提前还款违约金。

## 第五条　其他

5.1 贷款人有权根据监管政策调整需要变更本合同条款，变更后的条款以贷款人网站公告为准。
${extra}`;

const v1 = common('3.2 借款人授权贷款人在还款日从借款人的还款账户中自动扣款。', '');
const v2 = common('**3.2 借款人授权贷款人在还款日从借款人的还款账户中自动扣款。**', `
5.2 借款人逾期还款的，贷款人有权将借款人的逾期信息提供给第三方催收机构。
`);

fs.mkdirSync(OUT, { recursive: true });
for (const [name, md] of [['loan-contract-v1', v1], ['loan-contract-v2', v2]]) {
  const doc = new Document({ creator: 'xiaobao fixtures', sections: [{ children: paragraphs(md) }] });
  fs.writeFileSync(path.join(OUT, `${name}.docx`), await Packer.toBuffer(doc));
}
console.log('fixtures written: review/');
