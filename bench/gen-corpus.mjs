#!/usr/bin/env node
// Generates a deterministic corpus of Chinese financial marketing copy and contracts in Markdown:
// dense with banned claims and near-misses, like the documents xiaobao reads.
//   node bench/gen-corpus.mjs [--mb 10] [--files 2000] [--out bench/out/corpus] [--seed 42]
import fs from 'node:fs';
import path from 'node:path';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const MB = Number(arg('mb', 10)), FILES = Number(arg('files', 2000)), OUT = path.resolve(arg('out', 'bench/out/corpus')), SEED = Number(arg('seed', 42));

let s = SEED >>> 0;
const rand = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (a) => a[Math.floor(rand() * a.length)];
const n = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const BANKS = ['澄江银行', '云栖银行', '明州银行', '衡信消费金融', '启元理财', '安澜人寿'];
const MARKETING = {
  wealth: ['本产品保本保收益，到期稳赚不赔。', '预期年化收益率{r}%，远超同期定期存款。', '本产品为非保本浮动收益型理财产品，不保证本金和收益。', '风险等级：PR2（中低风险），适合稳健型投资者。', '业绩比较基准{r}%—{r2}%（年化），业绩比较基准不是预期收益率。', '1元起购，零门槛，先到先得！', '请确保本金来源合法，资金用途合规。', '理财非存款、产品有风险、投资须谨慎。', '成立以来年化收益{r}%，名列前茅。', '本产品零风险，本金无忧。', '第一期募集时间为3月1日至3月7日。'],
  fund: ['近一年收益率{r}%，同类排名第一。', '基金有风险，投资须谨慎。', '本基金的预期收益和预期风险高于货币市场基金。', '七日年化收益率{r}%，万份收益0.52元。', '基金的过往业绩并不预示其未来表现。', '放两年稳赚，闭眼买就行。', '产品最大回撤为{r}%。', '基金经理从业十二年，业绩优良。'],
  insurance: ['增额终身寿复利锁定，收益写进合同。', '本产品为安澜人寿保险股份有限公司承保的保险产品，不是存款。', '什么都保，100%理赔。', '犹豫期为15日，犹豫期后解除合同会遭受一定损失。', '停售倒计时最后3天，错过再等一年！', '一般医疗保险金最高保额300万元。', '第一个保单年度末起每年给付生存年金。'],
  loan: ['日利率0.05%（万分之五），年化利率（单利）18.25%。', '不看征信，黑户也能贷，100%下款。', '额度最高30万元，以审批结果为准。', '借1万元每天只要3元，随借随还。', '月息低至0.8%，最快10分钟到账。', '请根据自身还款能力合理借贷，逾期将影响个人征信。', '年化利率（单利）3.6%起。'],
  card: ['免息还款期最长56天，须在到期还款日前全额还款。', '最低还款额为账单金额的10%。', '账单分期享手续费5折优惠。', '每期手续费率0.6%，分12期。', '全国首家推出主题白金卡。', '本活动最终解释权归本行所有。'],
  deposit: ['三年期大额存单年利率2.15%，存款利率全市最高。', '本行存款受存款保险保障，最高偿付限额为人民币50万元。', '存5万元即可领取精美礼品一份。', '大额存单保本保息，20万元起存。'],
};
const FILLER = ['我们始终坚持以客户为中心，为您提供专业、贴心的金融服务。', '如有疑问，欢迎拨打客服热线或前往就近网点咨询。', '具体以产品说明书和合同约定为准。', '本行网点遍布全省，手机银行随时可办理。', '感谢您一直以来的信任与支持。'];
const CLAUSES = ['借款人提前还款的，应按提前还款本金的1%支付违约金。', '借款人未按期足额还款的，贷款人按借款利率加收50%计收罚息。', '贷款人有权根据监管政策变更本合同条款。', '本合同项下争议，由贷款人所在地人民法院管辖。', '借款人授权贷款人从还款账户中自动扣款。', '借款用途为家庭装修。', '本合同一式两份，双方各执一份。', '设立最高额抵押的，以最高额抵押合同为准。'];

const fill = (t) => t.replace('{r2}', (n(30, 45) / 10).toFixed(1)).replace('{r}', (n(15, 45) / 10).toFixed(1));
function marketing() {
  const p = pick(Object.keys(MARKETING));
  let out = `# ${pick(BANKS)}${pick(['新品上市', '限时活动', '产品介绍', '客户专享'])}\n\n`;
  while (out.length < 550) {
    const para = [];
    for (let i = n(2, 4); i > 0; i--) para.push(rand() < 0.55 ? fill(pick(MARKETING[p])) : pick(FILLER));
    out += (rand() < 0.2 ? `## ${pick(['产品亮点', '产品要素', '温馨提示', '购买方式'])}\n\n` : '') + (rand() < 0.3 ? '- ' : '') + para.join('') + '\n\n';
  }
  return out;
}
function contract() {
  let out = `# ${pick(BANKS)}个人借款合同\n\n**重要提示：请仔细阅读以加粗字体标示的条款。**\n\n`;
  let k = 1;
  while (out.length < 550) {
    out += `## 第${'一二三四五六七八九十'[(k - 1) % 10]}条\n\n`;
    for (let i = 1; i <= 3; i++) { const c = `${k}.${i} ${pick(CLAUSES)}`; out += (rand() < 0.5 ? `**${c}**` : c) + '\n\n'; }
    k++;
  }
  return out;
}

fs.rmSync(OUT, { recursive: true, force: true });
const target = MB * 1024 * 1024;
const per = Math.floor(target / FILES);
let total = 0;
for (let i = 0; i < FILES; i++) {
  let doc = '';
  while (Buffer.byteLength(doc) < per) doc += rand() < 0.3 ? contract() : marketing();
  const dir = path.join(OUT, String(Math.floor(i / 100)).padStart(2, '0'));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(4, '0')}.md`), doc);
  total += Buffer.byteLength(doc);
}
fs.writeFileSync(path.join(path.dirname(OUT), 'no-candidates.md'), '# 网点营业时间调整公告\n\n自下月起，城东支行营业时间调整为每日九点至十七点，节假日照常营业。\n'.repeat(40));
fs.writeFileSync(path.join(path.dirname(OUT), 'one-file.md'), marketing() + marketing() + marketing());
console.log(`corpus: ${FILES} files, ${(total / 1048576).toFixed(1)} MB → ${OUT}`);
