// Which product is a document about, and what kind of document is it? Weighted cue words counted in one
// Aho–Corasick pass over the normalised text; the title (first line) counts triple. Overridable by
// --product / --kind, config overrides and the API.
import { AhoCorasick } from './aho-corasick.js';
import { normalize, normalizePattern, type NormalizedText } from './normalize.js';
import type { DocKind, Product } from './types.js';
import { ITEM_NUMBER } from './clauses.js';
import { sentenceAround } from './text-utils.js';
import { FILLED_FIGURE } from './rates/phrases.js';

// The cue words and their weights are data (rules/detect.json: `detection` in the packs' index), compiled once per linter.
interface CueGroup { note?: string; cues: Record<string, number> }
interface WordList { note?: string; words: string[] }
/** the document kind and product cues (rules/detect.json) */
export interface DetectionData {
  /** product → its cue words and weights (the order of the products breaks ties) */
  products: Partial<Record<Exclude<Product, 'general'>, CueGroup[]>>;
  /** document kind → its cue words and weights */
  kinds: Partial<Record<DocKind, CueGroup[]>>;
  /** a trading platform's words (forex, CFDs, crypto…), and the products they outweigh (`yields`): see productOf */
  trading: { note?: string; cues: Record<string, number>; yields: Product[] };
  /** the words that name a credit card itself (信用卡, 持卡人…): a page without one is no card's, however often it says 分期 */
  cardNames: WordList;
  /** the words by which a P2P page speaks to its lenders, and those by which a loan page speaks to its borrowers */
  lenderCues: WordList;
  borrowerCues: WordList;
  /** what a P2P listing tells its lenders of how they are repaid (还款来源, 还款保障): weighed for the lender's reading only */
  lenderSigns?: CueGroup[];
  /** the words of a margin loan: a page read as a loan by them is about an investment as well (its wording judged as one's) */
  marginCues?: WordList;
  /** the words of the safety of the customer's money (资金安全, 安全保障): a payment service's page says them of the money it
   * holds, so they weigh for neither it nor an investment when the page names a payment service by its own words (see productOf) */
  safetyWords?: WordList;
  /** a page's shapes (JavaScript regular expressions, u flag): a calculator's name and its button or result line (matched
   * per line), a fund page's furniture, a numbered warning to the reader (matched per line) */
  shapes?: { calculatorName?: PatternSet; calculatorPart?: PatternSet; fundPage?: PatternSet; cautionHeading?: PatternSet; howToHeading?: PatternSet; uiStep?: PatternSet; helpPanel?: PatternSet; testTerms?: PatternSet; designNote?: PatternSet };
}
interface PatternSet { note?: string; patterns: string[]; examples?: { match: string[]; noMatch: string[] } }
const join = (set: PatternSet | undefined, flags: string) => (set?.patterns.length ? new RegExp(set.patterns.map((p) => `(?:${p})`).join('|'), flags) : undefined);

type Owner = { group: string; weight: number; word: string };
export interface CompiledDetection {
  ac: AhoCorasick; owners: Owner[]; weighed?: Float64Array;
  /** the products in the data's order */
  products: Product[];
  tradingYields: Set<Product>; cardNames: Set<string>; lenderCues: Set<string>; borrowerCues: Set<string>; marginCues: Set<string>; safetyWords: Set<string>;
  calculatorName?: RegExp; calculatorPart?: RegExp; fundPage?: RegExp; cautionHeading?: RegExp; howToHeading?: RegExp; uiStep?: RegExp; /** a help centre's panel heading (shapes.helpPanel, global and per line: each different panel counted) */
  helpPanel?: RegExp;
  /** a suitability test's provider exempting itself from the risk of what is bought on its result (shapes.testTerms; see agreementStart) */
  testTerms?: RegExp;
  /** a designer's note on a prototype's screen (shapes.designNote, global: each different words on a line counted) */
  designNote?: RegExp;
  /** the cues that name a product on their own (see productsNamedIn), compiled when first asked */
  local?: { ac: AhoCorasick; owners: Product[] };
}

export function compileDetection(d: DetectionData | undefined): CompiledDetection {
  const patterns: string[] = [];
  const owners: Owner[] = [];
  const add = (group: string, groups: CueGroup[] | undefined) => { for (const g of groups ?? []) for (const [w, weight] of Object.entries(g.cues)) { patterns.push(normalizePattern(w)); owners.push({ group, weight, word: w }); } };
  for (const [p, groups] of Object.entries(d?.products ?? {})) add(`p:${p}`, groups);
  for (const [k, groups] of Object.entries(d?.kinds ?? {})) add(`k:${k}`, groups);
  add('t:trading', d ? [{ cues: d.trading.cues }] : []);
  add('l:lender', d?.lenderSigns);
  return {
    ac: new AhoCorasick(patterns), owners, products: Object.keys(d?.products ?? {}) as Product[],
    tradingYields: new Set(d?.trading.yields), cardNames: new Set(d?.cardNames.words),
    lenderCues: new Set(d?.lenderCues.words), borrowerCues: new Set([...(d?.borrowerCues.words ?? []), ...(d?.marginCues?.words ?? [])]), marginCues: new Set(d?.marginCues?.words), safetyWords: new Set(d?.safetyWords?.words),
    calculatorName: join(d?.shapes?.calculatorName, 'u'), calculatorPart: join(d?.shapes?.calculatorPart, 'mu'), fundPage: join(d?.shapes?.fundPage, 'gu'), cautionHeading: join(d?.shapes?.cautionHeading, 'gmu'),
    howToHeading: join(d?.shapes?.howToHeading, 'mu'), uiStep: join(d?.shapes?.uiStep, 'u'), helpPanel: join(d?.shapes?.helpPanel, 'gmu'), testTerms: join(d?.shapes?.testTerms, 'u'), designNote: join(d?.shapes?.designNote, 'gu'),
  };
}

const TITLE_KINDS: [RegExp, DocKind][] = [
  // a risk statement the customer signs or acknowledges (风险揭示书, 投资风险说明书) and a disclaimer (风险提示及免责声明) are
  // legal documents: their clauses are read as a contract's (issue 11: 风险揭示书 and 声明 are among the titles that make one)
  // (…and so is a trading platform's risk disclosure, 风险披露 or 风险披露声明, named so at the end of its title: 资本国度-风险披露)
  [/风险(?:揭示|告知|提示|说明)书|免责(?:声明|申明)|风险披露(?:声明书?|书)?[ \t]*(?:\n|$)/, 'contract'],
  [/说明书|揭示书|概要|产品说明|季度报告|年度报告|定期报告|产品手册|条款摘要|^[^\n，。]{0,12}(?:风险|申购|赎回|认购|费率|收费|交易|投资|产品)(?:说明|规则)\s*$/m, 'product-doc'],
  // a regulator's text, a report, a help page, a lesson (…and an education section's name, which a site gives as the title of
  // each article it files there: 理财课堂, 金融知识, 理财学院, 投资学堂)
  [/管理办法|实施办法|暂行办法|规定|条例|细则|(?<!新手|使用|操作|用户|服务|功能)指引|报告|答记者问|解读|风险提示(?![函书])|风险警示|(?:投资者|投资人|出借人)教育|常见问题|帮助中心|理赔(?:求助|指南|流程)|保单查询|问答|行政处罚|处罚决定|处罚信息|监管措施|通报|(?:相关|业务|管理)要求\s*$|管理制度|操作规程|业务规范|培训|视点|知识讲堂|知识课堂|(?:理财|金融|投资|保险)(?:小)?(?:课堂|知识|学院|学堂)|(?:借贷|贷款|当铺|典当)(?:小)?(?:课堂|知识|学院|学堂)(?=[ \t]*(?:\n|$))|小知识|科普|百科|名词解释|术语解释|名词释义/, 'notice'],
  // (…and a privacy policy, 隐私政策, named so at the end of its title line — 资本国度-隐私政策, not 隐私政策与APP文化: its clauses cite
  // 规定 and 投诉, which weigh for a notice when no title decides; a notice about one names it in 《》 before its own 公告)
  [/合同|协议|合约|条款|授权书|委托书|投保单|承诺书|确认书|声明书|(?:网站|法律|隐私|使用)声明|隐私政策[》"”']?[ \t]*$|保证书|须知|申请表|申请书|提示函|提示书|风险揭示函|健康告知|告知事项|^《[^》]{2,30}(?:说明|规则|细则)》\s*$/m, 'contract'],
  // (a collection or reminder letter to a customer, 催收函, is a notice: it states what the lender will do, it is no contract)
  [/公告|通知书|告知书|(?:催收|催告|催款|逾期)(?:函|通知)/, 'notice'],
];

/** the kind whose word ends last in a title line (ties: the earlier entry of TITLE_KINDS) */
const TITLE_KINDS_ALL = TITLE_KINDS.map(([re]) => new RegExp(re.source, `${re.flags}g`));
function headKind(line: string): [RegExp, DocKind] | undefined {
  let best: [RegExp, DocKind] | undefined, end = -1;
  TITLE_KINDS.forEach((entry, k) => {
    for (const m of line.matchAll(TITLE_KINDS_ALL[k])) if (m.index + m[0].length > end) { end = m.index + m[0].length; best = entry; }
  });
  return best;
}

// a line that tells the reader to do something with a document (填写申请表, 下载借款合同) is a step or a link, not a title
// (…and so is a consent line, ticked or not: ☑已阅读《用户注册协议》, 我已阅读并同意…)
const TITLE_NOT_A_NAME = /^[☑☐□■√✓✔]?\s*(?:我|本人)?(?:已经?)?(?:认真|仔细)?(?:填写|下载|查看|签署|签订|阅读|点击|提交|上传|打印|进入|同意|确认)/;
// (…and so is a line that ends a sentence — 1、承保人群：投保人/被保险人为符合民航运输规定的航班乘坐人； is a document's first
// item, 本合同未尽事宜，按照…规定执行。 its first clause: their words name no kind of document; a title ends in no stop (the
// item's number is not asked: a Markdown tree reads a list item without it) — and a site's menu row, three short links or
// more on one line: 保障计划 保障详情解读 投保须知 常见问题 names the pages around this one — read in the source: normalising
// joins Han words across spaces)
const MENU_ROW = /^[ \t]*(?:[\p{Script=Han}A-Za-z]{2,8}[ \t]+){2,}[\p{Script=Han}A-Za-z]{2,8}[ \t]*$/u;
// (what every menu row is, in a pattern cheap to compile: three words or more apart by spaces or tabs, no ASCII but letters —
// the Han class under the u flag takes ~0.5 ms to compile, and most first lines are no such row)
const MAY_BE_MENU_ROW = /^[ \t]*[^\0-@[-`{-\x7f]+(?:[ \t]+[^\0-@[-`{-\x7f]+){2,}[ \t]*$/;
// (not a menu row, but read as one: a first line that heads a box of the latest notices, 最新公告 or 【最新公告】× — a home page's panel or
// pop-up listing them, not the page's name: its 公告 weighs as the page's other words do)
const LATEST_BOX = /^[ \t]*[【\[]?最新公告[】\]]?[ \t]*[×xX✕]?[ \t]*$/;
const SENTENCE_END = /[。；;！!][ \t]*$/;
// a line that ends in two documents' names in 《》 (…最多投资0元 《认购合同》《认购说明》) lists links beside a form, it names no page
const LINKS_LINE = /《[^》\n]{1,40}》[ \t、,，和及]*《[^》\n]{1,40}》[ \t]*$/;
// a breadcrumb's opening (当前位置：), shared by the catalogue and the section tests below
// (…and a Taiwanese site's 現在位置, 您现在的位置)
const CRUMB_WORDS = '当前位置|您的位置|所在位置|现在位置';
const BREADCRUMB = `(?:(?:${CRUMB_WORDS})[:：]?|首页(?=[ \\t]*>))`;
// a breadcrumb's line below the site's chrome (a banner, a menu of the site's sections and their sub-pages): where the page
// itself begins. The chrome above it is on every page of the site and says nothing of this one — its title is the crumb's
// last step and the line under it (現在位置：首頁 > 投資須知 > 投資須知及風險預告 / 投資須知及風險預告), not the menu's
// first link or a banner's slogan
// (a labelled one: a line that opens on 首页 > alone is as often a menu's or a news list's as a crumb's — measured, reading
// the page from under it loses more than it finds)
const CRUMB_LINE = new RegExp(String.raw`\n[ \t]*(?:${CRUMB_WORDS}|您现在的位置|您当前的位置|您目前的位置)[ \t]*[:：]?[^\n]{0,60}?[>»›][ \t]*[^\s>»›][^\n]*\n`);
// a line made only of a template engine's directives (Blade, Smarty, Jinja/Twig, FreeMarker)
const TEMPLATE_LINE = /^(?:[ \t]*(?:@(?:extends|section|include|yield|push|php|stack)\b(?:\([^)\n]*\))?|\{(?:include|extends)[^}\n]*\}|\{%[^%\n]*%\}|<#(?:include|import)\b[^>\n]*>))+[ \t]*(?:\n|$)/;
/** where the page's own text begins (`lead`): the first non-blank character, or the line under a breadcrumb below the
 * site's chrome; `crumb`: where the breadcrumb begins (`lead` without one) */
function pageStart(text: string): { lead: number; crumb: number } {
  let lead = Math.max(0, text.search(/\S/));
  // (a template's own directives on the first lines — @extends('layouts.master') @section('content'), {include
  // file="header.htm"}, {% extends "base.html" %} — are no words of the page: it begins under them)
  for (let m = TEMPLATE_LINE.exec(text.slice(lead, lead + 400)); m; m = TEMPLATE_LINE.exec(text.slice(lead, lead + 400))) {
    const next = text.slice(lead + m[0].length).search(/\S/);
    if (next < 0) break;
    lead += m[0].length + next;
  }
  const crumb = CRUMB_LINE.exec(text.slice(lead, lead + 4000));
  if (!crumb) return { lead, crumb: lead };
  const under = lead + crumb.index + crumb[0].length;
  const next = text.slice(under).search(/\S/);
  return { lead: next < 0 ? lead + crumb.index + 1 : under + next, crumb: lead + crumb.index + 1 };
}
const PRODUCT_PAGE = new RegExp(`${BREADCRUMB}[^>]{0,30}>[^>]{0,20}?(?:产品|理财|投资|我要借|借款产品|贷款产品|债权)(?![^\n]{0,20}(?:协议|合同|条款|须知|说明书|声明))`);
// …unless the page under the breadcrumb is a legal document: the line after it is that document's title (首页 > 推荐方案--
// 信用卡现金组合理财方案 / 91金融超市服务协议 / 第一条…)
const DOCUMENT_UNDER = /^[^\n]*\n[ \t]*[^\n。，；！？]{0,30}(?:协议|合同|条款|须知|声明|授权书|承诺书|确认书|揭示书|告知书)[ \t]*\n/;
// (in the normalised text, where 2016-10-19 reads 20161019)
// a sales page's furniture (the price, who may buy, where it is sold, the plan, a buy button, a lead form's code button and
// its giveaway): two different pieces near
// the top make a page that sells, whatever clauses it quotes below
// (…an investment's order form too: 起投金额, 剩余可投, 投资进度, 立即投资 — a product page, its agreements below it read as
// agreements: see agreementStart)
// …and a page its own name calls a product's page or a pitch (产品详情 - 民泰贵金属, 为何选择我们): what its menu and help
// links (常见问题, 风险提示, 培训) name are the site's other pages; it presents the product or the firm to buy from
const PRODUCT_PAGE_NAME = /产品详情|产品介绍|为何选择我们|为什么选择我们/;
const SALES_FURNITURE = /适用人群|销售范围|承保年龄|缴费方式|保障期限|购买理由|产品特色|产品亮点|保费[:：]?[ \t]*[￥¥]?[0-9]|[0-9]+(?:\.[0-9]+)?元起|立即投保|马上投保|在线投保|保障计划|保障详情|获取验证码|免费领取|立即领取|领取赠险|[￥¥][ \t]*(?:\{\{|\$\{)[^\n]{0,30}?起|被保(?:险)?人(?:出生日期|有无社保)|起投金额|剩余(?:金额|可投)|可投金额|投资进度|(?:立即|马上)(?:投资|出借)|提交订单|发行总额/g;
// an article's byline near the top (时间:2013-10-16 来源:9f整理, 发布日期：… 作者：… 浏览次数：…): two fields of it on one line
const BYLINE_FIELD = /(?:来源|作者|发布时间|发布日期|发表时间|更新时间|时间|日期|浏览(?:次数|量)?|阅读(?:次数|量)?|点击(?:次数|量)?)[ \t]*[:：]/g;
// an education section's name, in a crumb (首页 > 投资者教育, 首页 / 学习资源 / …)
const EDUCATION = '(?:投资者|投资人|出借人)教育|学习资源|学习中心|投教';
// a page filed under the site's education, news or help section (当前位置：首页 > 投资者教育)
// (…or under its investors' notes, 现在位置：首页 > 投资须知 > 收费标准: a fund site's rules, fees and procedures for its
// customers — the institution speaking to them, as a help centre does, not an ad for a fund)
const SECTION_PAGE = new RegExp(`${BREADCRUMB}[^>\n]{0,30}>[^\n]{0,20}?(?:${EDUCATION}|投资者园地|投资者之家|投资者服务|消费者权益保护|消保|金融知识|知识|风险提示|政策法规|法律法规|反洗钱|反诈|安全中心|新闻|公告|资讯|动态|帮助中心|服务指南|常见问题|(?:投资|投资人|投资者|交易)须知)`);
// (…or a crumb set with slashes, 首页 / 学习资源 / 风险控制, whose first step is the education section: a slash row of other
// sections is as often a menu's)
const SLASH_EDUCATION = new RegExp(`(?:^|\n)[ \t]*首页[ \t]*/[ \t]*(?:${EDUCATION})[ \t]*/[^\n]{1,30}\n`);
const OWN_SECTION = /帮助中心|服务指南|常见问题|安全中心|(?:投资|投资人|投资者|交易)须知/;
const NOTICE_HEADING = /(?:^|\n)[ \t]*关于[^\n，。,；;！!？?]{2,40}的(?:重要|紧急)?(?:通知|公告)(?!方式|地址|义务|期限|时间|送达|费)/;
const RECOMMENDS = /推荐|攻略|测评|首选|值得(?:买|入手)|建议(?:买|购买|选择|配置)|可以考虑|私信|入手|上车/g;
// a static site's page (Hugo, Hexo, Jekyll, VitePress): its front matter, read once — a blog post's title and publication
// date, or a documentation or notes page named by its title or description with another key of the generator's
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n((?:[^\n]*\n){0,40}?)---[ \t]*(?:\r?\n|$)/;
const FRONT_KEY = /^(title|description|date|weight|linkTitle|summary|outline|head|layout|sidebar|tags|categories|author|slug|draft|permalink)[ \t]*:/gm;
// (…that does not call the reader to buy: 立即申请, 扫码, 添加微信 make a landing page of it)
const SALES_CALL = /(?:立即|马上|立刻|现在就?)(?:申请|购买|投资|投保|抢购|借款|借钱|办理|领取|注册|开户|下载)|扫码|扫一扫|添加微信|加(?:我的?)?(?:微信|vx|VX|好友)|私信|咨询热线/;
// (…nor signs the reader up through the site's own referral — 注册就送, 通过本站链接注册, 填写本网站的邀请码: a post that hands out
// an exchange's or a bank's invite link or code and the gift that comes with it is that referral's landing page)
const REFERRAL_CALL = /注册(?:就|即)(?:可)?送|(?:通过|使用|填写|输入)[^。，,！!？?\n]{0,10}(?:邀请码|邀请链接|推荐码|注册链接|专属链接)/;
// (…nor presses the reader to buy before the offer runs out — 欲购从速, 抢完即止, 限时限量: a post whose rate or plan is sold
// while stocks last is the seller's own campaign, a bank's deposit copy or a wallet's coin 理财 plan, not commentary on it)
const URGENT_CALL = /欲购从速|[抢售卖]完(?:即|为)止|限时限量/;
function frontMatter(source: string): { date?: string; name?: string } {
  const m = FRONT_MATTER.exec(source.slice(0, 1500));
  if (!m) return {};
  const keys = new Set([...m[1].matchAll(FRONT_KEY)].map((k) => k[1]));
  const date = keys.has('title') ? /^[ \t]*date[ \t]*:[ \t]*["']?((?:19|20)\d\d-\d\d-\d\d)/m.exec(m[1])?.[1] : undefined;
  // (the title, or a description with the title in its first heading, as VitePress has it)
  const named = keys.size >= 2 ? /^[ \t]*(?:title|description)[ \t]*:[ \t]*[>|]?[ \t]*(?:\n[ \t]+)?["']?([^"'\n]*)/m.exec(m[1]) : null;
  return { date, name: named ? named[1].trim().slice(0, 40) || 'title' : undefined };
}
const ARTICLE_HEADER = /^[^\n]{4,80}?(?<!\d)(?:19|20)\d\d(?:[-/.]?(?:0?[1-9]|1[0-2])[-/.]?(?:0?[1-9]|[12]\d|3[01])(?!\d)|年\d{1,2}月\d{1,2}日)/;
const NOT_ARTICLE = /活动|期间|截止|优惠|规则|时间[:：]/;
// …or a headline with its date alone on the next line (使用技巧 / 借款失败原因 / 2013-03-11), as a site's article pages set them
// (read in the normalised text, where 2013-03-11 is 20130311)
const ARTICLE_DATE_LINE = /^((?:[^\n]{2,40}\n){1,2})[ \t]*((?:19|20)\d\d(?:[-/.]?(?:0[1-9]|1[0-2])[-/.]?(?:0[1-9]|[12]\d|3[01])|年\d{1,2}月\d{1,2}日))[ \t]*(?:\d{1,2}[:：]?\d\d(?:[:：]?\d\d)?[ \t]*)?(?:\n|$)/;
// a line of an activity or a counter's hours is no byline (活动时间：…, 服务时间：…), though an article's 时间： is
// …or one field that says where the article comes from, with its address (a translation's 原文：https://…, 转载自 …)
// (a Markdown autolink is blank in the source view the linter reads first: the field then ends its line)
const SOURCE_LINK = /^[ \t>]*(?:原文|原文链接|原文地址|英文原文|转载自|本文转自|出处|来源)[ \t]*(?:[:：]?[ \t]*<?https?:\/\/|[:：][ \t]*$)/;
const NOT_BYLINE = /活动|期间|截止|优惠|规则|(?:营业|服务|办理|工作)时间/;
// a loan named by its last character (极速贷, 微粒贷; not 贷款, a cue of its own, nor 网贷, which a P2P lender invests in)
const TITLE_PRODUCT_NAMES: [RegExp, Product][] = [[/[\u4e00-\u9fff](?<!网)贷(?!款)/u, 'loan']];
const CLAUSE_NUMBER = /第[一二三四五六七八九十百零〇0-9]+条/g;
// a page about the institution (关于我们, 公司简介) as its own line near the top, and no product offered on it: no rate
// or return figure, no minimum, no call to buy
const ABOUT_WORDS = '(?:关于我们|公司简介|企业简介|公司介绍|集团简介|平台简介|公司概况|企业介绍)';
const ABOUT_PAGE = new RegExp(`(?:^|\\n)[ \\t]*${ABOUT_WORDS}[ \\t]*(?:\\n|$)`);
// …and a page whose HTML title opens with one (关于我们-源泰金控)
const ABOUT_NAME = new RegExp(`^[ \\t]*${ABOUT_WORDS}`);
// (…or a reward for buying: 凡在我平台投资，即可获得丰厚的礼品, 红包, 加息, 体验金 — a campaign under a site's 公司简介 menu)
// (起投 is a minimum, not 比起投资 or 一起投资)
// the weight of product cues below which a page only names its product in passing (one cue word, or two, in the body)
const PASSING_MENTION = 8;
// the weight of a trading platform's words above which a page naming no product of ours (or one they outweigh) is read as a
// trading platform's: about trading, not a passing mention of it
const TRADING_READ = 6;
// what shows a page offers its product: a figure (a template's too, {{item.rate}}%), a minimum, a call to buy, a reward for
// buying (a discount off the price, 立减10元, as well), the safety of investing sold (本息保障, 风险准备金, 先行垫付), a fund's
// recent return, an amount to invest
const PRODUCT_OFFER = new RegExp(String.raw`[0-9]+(?:\.[0-9]+)?[ \t]*[%％]|(?<![比一])起投|起购|起存|(?:立即|马上|立刻)(?:投资|购买|投保|抢购|申请|借款|出借|加入|赚钱|转入|认购|申购)|年化|(?:投资|出借|购买|投保)(?:即|就)(?:可|能|有|送)|礼品|厚礼|红包|加息券|体验金|返现|立减[0-9]|(?:本息|本金|资金|投资|收益)(?:安全)?保障|风险(?:准备金|保证金|备用金)|先行垫付|全额(?:本息)?担保|(?:${FILLED_FIGURE})[ \t]*[%％]|近一(?:年|个?月|周)(?:收益|涨幅)|七日年化|万份收益|投资[0-9.]+[ \t]*万`);
// two commas and a sentence's end, or a sentence's end with more after it: a sentence, not a name (normalised: ，。 read ,.)
const RUNNING_TEXT = /^(?=(?:[^\n,，]*[,，]){2})[^\n]*(?:[。!！]|(?<![0-9a-zA-Z一二三四五六七八九十])\.(?![0-9a-zA-Z]))|(?:[。!！]|(?<![0-9a-zA-Z一二三四五六七八九十])\.(?![0-9a-zA-Z]))[^\n]*[\u4e00-\u9fff]/u;
const HELP_TITLE = /常见问题|帮助中心|新手(?:指南|入门|帮助)|入门指南|FAQ/i;
/**
 * A line for the consumer's signature (投保人签名：____, 借款人（签字）, 客户签章): the text is one the consumer signs — a
 * statement, letter or confirmation they accept — not an ad, whatever its words (an insurer's 产品提示 ending 投保人对以上内容
 * 已充分了解并确认接受。特此声明。投保人签名：). A signature line of the institution's, or a clause that speaks of signing
 * (本协议在乙方签章后生效), is not one.
 */
const CONSUMER_SIGNS = /^[ \t]*(?:投保人|被保险人|借款人|申请人|客户|本人|委托人|出借人|保证人|担保人|立书人|承诺人|授权人|投资者|投资人|购买人|持卡人|买受人|承租人)[ \t]*[（(]?(?:亲笔)?(?:签名|签字|签章|盖章|签名或盖章|签字或盖章)[)）]?[ \t]*[:：]?[ \t_＿]*(?:[（(][^）)\n]{0,12}[）)])?[ \t_＿]*$/m;
/** the consumer's acknowledgement that they have read a text and bear what it says (本人已经阅读…并愿意承担相关风险) */
// (…or that they have read and know the risk notice itself — 我已阅读并知晓债券购买风险提示 — or that their e-signature
// stands for their consent: 本人电子签名代表对上述说明的同意)
const ACKNOWLEDGES = /(?:本人|投保人|借款人|出借人|投资人|投资者|申请人|委托人)(?:已经?|均已)(?:认真|仔细|充分|完整)?(?:阅读|知悉|了解|理解)[^。\n]{0,60}?(?:并|且|，|,)(?:愿意|自愿|同意)?(?:承担|接受)[^。\n]{0,16}?(?:风险|后果|责任)|(?:本人|我)(?:已经?)(?:认真|仔细|充分)?阅读并(?:知晓|知悉|理解|了解)[^。\n，,；;]{0,20}?风险(?:提示|揭示)|(?:本人|我)的?(?:电子)?签名(?:即)?(?:代表|视为|表示)[^。\n]{0,12}?同意/;
/** the customer's own declaration in a form: an authorisation to debit their account, or their word that what they filled in
 * is true */
// (…or a letter or application the customer or their guarantor gives the institution, which they address as 贵行 or 贵公司 — an
// ad, a notice or a help page speaks as 本行 or 我们 — binding themselves to it: 本人（等）保证在取得贵公司款项后…, 借款人同意貴行得以…,
// 我公司同意为其与贵行签订的…提供担保)
const DECLARES = /(?:本人|我|投保人)(?:在此)?(?:不可撤销地)?(?:授权|委托)[^。\n]{0,40}?(?:扣划|划款|扣款|划扣|代扣|扣收)|(?:本人|我)(?:在此)?(?:承诺|保证|声明|确认)[^。\n]{0,20}?(?:属实|真实(?:、|有效|准确|完整)|真实$)|(?:本人|借款人|申请人|持卡人|我公司|本公司|保证人|担保人|立书人)(?:[(（]等[)）])?(?:在此|特此|已经?|均)?(?:同意|保证|承诺|授权|切结|不可撤销地)[^。\n]{0,40}?(?:贵行|貴行|贵公司|貴公司|贵司|貴司)/m;
/** the consumer's signature line in a text, or (`acknowledged`) their acknowledgement of it, as the text shows it */
function signedIn(text: string, acknowledged: boolean): string | undefined {
  return (CONSUMER_SIGNS.exec(text) ?? (acknowledged ? ACKNOWLEDGES.exec(text) : null))?.[0].trim();
}
// a short line that names a legal kind last (个人借款合同, 投保须知); with a colon, only a full name (财智通资产融资融券交易须知：, a
// heading over its numbered rules), not a section's label in a page (活动须知：, 请阅读以下须知：)
const NAMES_KIND = /(?:合同|协议|书|须知|条款|合约|申请表|函|告知|说明》|免责(?:声明|申明))\s*$|^(?![请以如活参])[^：:]{6,}(?:合同|协议|协议书|须知|条款)[：:]\s*$/;
// (…or that gives itself a short name to be read by, as a legal text defines its terms: 本隐私政策（“本政策”）, 《借款协议》（以下
// 简称“本协议”） — a notice that speaks of a contract calls it 合同, not 本合同, in its brackets)
const SELF_NAME = /本(?:风险)?(?:揭示|提示|告知)书|本(?:授权书|承诺书|确认书|声明书|委托书)(?!范本|模板|下载)|(?<=[\p{Script=Han}》][(（]|以下简称|下称)本(?:政策|协议|合同|条款|规则)(?=[)）])/u;
// a contract speaks of itself (本协议, 本政策, a convention's 本公约) and of its parties (甲方, 借款人, 投保人; 立約人 in Taiwan's bank terms); a page
// that only mentions contracts
// (我们与每位出借人签订电子合同) does neither, or does it without numbered articles
const SELF_OR_PARTY = /本(?:合同|协议|公约|条款|授权书|授权|承诺书|确认书|声明|须知|章程|规则|细则|政策|指引|附加险|保险)|[甲乙丙丁]方|借款人|贷款人|投保人|被保险人|出借人|持卡人|保证人|抵押人|出质人|委托人|受托人|立[约約]人/g;
const PARTY_BINDS = /(?:[甲乙丙丁]方|本人|借款人|贷款人|投保人|被保险人|出借人|持卡人|保证人|抵押人|出质人|委托人|受托人|立[约約]人)(?:在此|特此|已|应当?|须|必须|承诺|同意|确认|声明|保证|授权|不得)/;
// numbered articles, as the clause layer reads item numbers, each at the start of a line
const ARTICLE_NUMBER = new RegExp(`(?:^|\n)[ \t]*(?:${ITEM_NUMBER})`, 'gu');
// a guide or article for consumers (车险理赔误区一…, 技巧二…, 大家来了解一下): its lessons and tips, counted
const GUIDE_CUES = /误区|技巧|攻略|小贴士|小编|大家|了解一下/g;
const SELF_REFERENCE = /本(?:合同|协议|公约|条款|授权书|承诺书|确认书|声明|须知|章程|规则|细则|政策)/;
function readsAsGuide(text: string): boolean {
  if (SELF_REFERENCE.test(text)) return false;
  let n = 0;
  for (const _ of text.matchAll(GUIDE_CUES)) if (++n >= 3) return true;
  return false;
}
function speaksAsContract(text: string): boolean {
  let self = 0, itself = false;
  // (three words of that voice make one when the text names itself among them; parties named in the third person alone —
  // a P2P safety page's 投资人和借款人…借款人逾期时 — need the articles below)
  for (const m of text.matchAll(SELF_OR_PARTY)) { itself ||= m[0][0] === '本'; if (++self >= 3 && itself) return true; }
  // (…or when a party binds itself: 投保人承诺, 借款人应, 甲方同意, 本人同意 — a declaration or an obligation, not a page about parties)
  let binds: boolean | undefined;
  const bound = () => (binds ??= PARTY_BINDS.test(text));
  if (self >= 3 && bound()) return true;
  // set out in numbered articles, with a word of its own voice: itself (本政策) once, or a party twice — one party named in
  // passing on a numbered page (a safety page's 合格投资人和借款人) is no contract's voice
  if (!itself && self < 2) return false;
  // (without its own name, the parties it names must be bound somewhere: a safety page's numbered points speak of 借款人
  // and 出借人 in the third person — 借款人逾期时…向出借人垫付 — and quote the law's 借款合同, but bind no one)
  if (!itself && !bound()) return false;
  let n = 0;
  for (const _ of text.matchAll(ARTICLE_NUMBER)) if (++n >= 3) return true;
  return false;
}

/**
 * Where an agreement set out in a page begins (a product page with its purchase agreements below it): a line that is
 * the agreement's title (《定向委托投资管理协议》, 个人借款合同) followed by numbered articles, parts or its parties (three
 * among the next fifteen lines), after some lines of the page's own; -1 when there is none. Offsets in `text`. A title the
 * caller says (`away`) is a heading linking to another page names that page's agreement: an article list's headline.
 */
const AGREEMENT_TITLE = /^[ \t]*《?[^\n，。；;,:：《》]{2,36}?(?:协议|合同|条款|协议书|合同书|公约|章程)》?[ \t]*$/;
// (a numbered line is a part of the text it stands in — a site statement's 二、保留条款, an agreement's own 第九条 其他条款, an
// item 本公司有权…解除合同 — never the title of an agreement set out below it)
const NUMBERED_LINE = new RegExp(`^[ \t]*(?:${ITEM_NUMBER})`, 'u');
// (an article, a part, or a party with its role, as the head of an agreement lists them: 受让人（甲方）, 协议编号)
const ITEM_LINE = new RegExp(`^[ \t]*(?:${ITEM_NUMBER}|第[一二三四五六七八九十]+(?:部分|章)|(?:甲方|乙方|丙方|受让人|转让人|委托人|受托人|借款人|出借人|贷款人)[(（:：]|(?:协议|合同)编号)`, 'u');
// (…or its opening reminder, when it comes without a title: a 重要提示 heading whose next line asks the reader to read the
// text by its own name, 请您务必审慎阅读、充分理解本授权书条款内容 — a page's 温馨提示 over its own notes names no document)
const AGREEMENT_REMINDER = /^[ \t]*(?:重要提示|特别提示|重要声明|阅读提示)[:：]?[ \t]*$/;
const READ_ITSELF = /(?:阅读|理解)[^\n]{0,30}本(?:协议|合同|授权书|承诺书|确认书|条款|声明)/;
// (…or its preamble, when its title names no agreement word the list above knows (兴业银行借记卡领用合约): the line that names both
// parties as the agreement will call them, 兴业银行（以下简称甲方）与…申领人（以下简称乙方）就…达成本合约 — a page that only speaks of
// an agreement's parties names them so nowhere)
const PARTIES_PREAMBLE = /(?:以下|下文)?(?:简称|称)[^\n)）]{0,3}?[甲乙丙]方[^\n]{0,80}?(?:以下|下文)(?:简称|称)[^\n)）]{0,3}?[甲乙丙]方/;
function opensAgreement(lines: string[], i: number): boolean {
  if (AGREEMENT_TITLE.test(lines[i]) || PARTIES_PREAMBLE.test(lines[i])) return true;
  if (!AGREEMENT_REMINDER.test(lines[i])) return false;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) if (lines[j].trim()) return READ_ITSELF.test(lines[j]);
  return false;
}
export function agreementStart(text: string, away?: (at: number) => boolean, testTerms?: RegExp): number {
  let at = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; at += lines[i].length + 1, i++) {
    if (i < 3 || at < 80 || !opensAgreement(lines, i) || NUMBERED_LINE.test(lines[i]) || away?.(at + lines[i].search(/\S/))) continue;
    let items = 0, seen = 0;
    for (let j = i + 1; j < lines.length && seen < 15; j++) if (lines[j].trim()) { seen++; if (ITEM_LINE.test(lines[j]) && ++items >= 3) return at; }
  }
  // …or a suitability test's terms: its provider's exemption from the risk of what is bought on its result (风险承受能力评估 …
  // 本公司不对投资者根据此投资所产生的风险承担责任), which the customer takes the test on — read as terms from its line on, the
  // test above staying what it reads as (data: shapes.testTerms)
  const terms = testTerms && QUESTIONNAIRE_NAME.test(text.slice(0, 2000)) ? testTerms.exec(text) : null;
  return terms ? text.lastIndexOf('\n', terms.index) + 1 : -1;
}

/** the products a passage names by its own cue words (a sentence of a platform's FAQ about investing, on a loan page) */
export function productsNamedIn(text: string, c: CompiledDetection): Set<Product> {
  if (!c.local) {
    const patterns: string[] = [], owners: Product[] = [];
    // cues that name a product on their own (weight ≥ 2, and 投资: to invest is to buy an investment), not the generic
    // ones (分期, 积分, 保障, 支付)
    c.owners.forEach(({ group, weight, word }) => { if (group.startsWith('p:') && (weight >= 2 || word === '投资')) { patterns.push(normalizePattern(word)); owners.push(group.slice(2) as Product); } });
    c.local = { ac: new AhoCorasick(patterns), owners };
  }
  // a cue inside a longer one counts as the longer one only (存款保险 names a deposit, not insurance)
  const localCues = c.local;
  const ms = localCues.ac.search(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const named = new Set<Product>();
  let reach = -1;
  for (const m of ms) {
    if (m.end <= reach) continue;
    named.add(localCues.owners[m.pattern]);
    reach = m.end;
  }
  return named;
}

/** what decided the kind: the title, a notice's heading, a help page's questions, an article's byline or date, a
 * site section, a sales page's furniture, a product catalogue page, the weight of cue words, or nothing (an ad) */
export type KindReason = 'title' | 'notice-heading' | 'section' | 'byline' | 'article-date' | 'site-page' | 'explainer' | 'report' | 'help-page' | 'questionnaire' | 'sales-page' | 'catalogue' | 'self-name' | 'risk-statement' | 'staff-notes' | 'disclaims' | 'signed' | 'calculator' | 'cues' | 'default';
export interface DetectionWhy {
  kind: { by: KindReason; cue?: string };
  /** the words that weighed most for the product (理财, 投资…) */
  product: string[];
}
export interface Detection {
  product: Product; products: Product[]; kind: DocKind; scores: Record<string, number>;
  /** a notice in the institution's own voice (a help page answering its customers): its claims are its own, all of them */
  ownVoice?: boolean;
  /** a page about the institution itself (关于我们, 公司简介) that offers no product: no product's required statements */
  institutionPage?: boolean;
  /** a margin loan's page (配资: money lent to trade stocks or futures, read as a loan by marginCues in rules/detect.json): its
   * fees (管理费, 资金利息) are the loan's price, owed as a rate (rate-disclosure), not as a fee's standard (see notOnMarginLoan) */
  marginLoan?: boolean;
  /** an institution page only because it names its product in passing or says nothing of its own (not an about page, not
   * an account page): its own promise of the product's return or safety makes it sell the product (see Linter.lint) */
  quietPage?: boolean;
  /** a contract whose parties, as its head names them, are all companies (a factoring supplement between three companies,
   * a credit line to an enterprise): outside consumer protection's scope, no rule applies */
  businessOnly?: boolean;
  why: DetectionWhy;
}


/** `compiled`: the detection cues (compileDetection of rules/detect.json); without them only the document's shapes decide;
 * `links`: the words of links to other pages, in the text `norm` normalises (LintDocument.links) */
export function detect(norm: NormalizedText, name?: string, compiled: CompiledDetection = compileDetection(undefined), links?: readonly [number, number][]): Detection {
  const text = norm.text;
  // the document's own name where its format keeps one apart from its text (an HTML page's <title>), normalised as the
  // text is: read as one more title line, above the text
  const given = name && /\p{Script=Han}/u.test(name) ? normalize(name.slice(0, 80)).text.replace(/\s+/g, ' ').trim() : '';
  // the title: the first non-empty line (a page often begins with blank lines), at most 80 characters
  const { lead, crumb } = pageStart(text);
  const nl = text.indexOf('\n', lead);
  const titleEnd = Math.min(text.length, nl > lead ? nl : lead + 60, lead + 80);
  const scores: Record<string, number> = {};
  // what each cue word weighed (a flat array by pattern, and the patterns touched: no map per match)
  const weighed = (compiled.weighed ??= new Float64Array(compiled.owners.length));
  const touched: number[] = [];
  let menus: number[] | undefined;
  // the first line as the source has it (normalising joins Han words across spaces), and whether it is a row of the site's menu
  const firstSource = norm.source.slice(...norm.origSpan(lead, titleEnd));
  const menuRow = (MAY_BE_MENU_ROW.test(firstSource) && MENU_ROW.test(firstSource)) || LATEST_BOX.test(firstSource);
  const matches = given ? [...compiled.ac.search(given).map((m) => ({ ...m, start: -1 })), ...compiled.ac.search(text)] : compiled.ac.search(text);
  for (const m of matches) {
    const o = compiled.owners[m.pattern];
    // (a notice's word in the site's menu weighs nothing: see menuRuns)
    // (…and so does a kind's word in the chrome above a breadcrumb: see pageStart)
    // (…and a first line that is a row of the site's menu — 保障计划 保障详情解读 投保须知 常见问题 — is no title: its words
    // weigh as the page's others do)
    const inTitle = m.start < 0 || (m.start >= lead && m.start < titleEnd && !menuRow);
    // (…and so does a notice's word in a headline linking to another page, wherever it stands — a ticker's headline 关于…的公告
    // and its 更多公告, a slide's caption linking to an article 一个小故事来帮你了解什么是保险: it names that page, not this one; a
    // menu's or footer's short link, 风险提示, still weighs: a notice's site lists its fellow notices so)
    const linked = o.group === 'k:notice' && m.start >= 0 && links !== undefined && headlineLink(links, norm.origSpan(m.start, m.end), norm.source);
    const inChrome = !inTitle && ((o.group === 'k:notice' && inMenu(menus ??= menuRuns(text), m.start)) || (m.start < crumb && o.group.startsWith('k:')));
    const w = linked ? 0 : inTitle ? o.weight * 3 + 6 : inChrome ? 0 : o.weight;
    scores[o.group] = (scores[o.group] ?? 0) + w;
    if (w === 0) continue;
    if (weighed[m.pattern] === 0) touched.push(m.pattern);
    weighed[m.pattern] += w;
  }
  const cueWeights = touched.map((i) => [i, weighed[i]] as const);
  for (const i of touched) weighed[i] = 0;
  const cues: Cues = { text, given, lead, crumb, titleEnd, firstSource, menuRow, scores, cueWeights, c: compiled };
  return kindOf(norm, cues, productOf(cues));
}

// a site's navigation: four lines at least in a row, each a link's few words and nothing else (首页 / 我要投资 / 新手指南 /
// 网站公告 / 常见问题 / 安全保障). The notices its links name (网站公告, 常见问题, 风险提示) are the site's other pages, on
// every page of it, its ads included: they say nothing of this one. (Only a notice's words: a menu of 新手专区 and 优惠活动
// is a selling site's, and its pages mostly sell — measured, discounting those too turns product pages into notices)
const MENU_LINE = /^[ \t]*[\p{Script=Han}a-zA-Z]{2,8}[ \t]*$/u;
/** the menus' spans in `text`, as [start, end, start, end…] */
function menuRuns(text: string): number[] {
  const runs: number[] = [];
  let at = 0, from = -1, n = 0, last = 0;
  for (const line of text.split('\n')) {
    if (MENU_LINE.test(line)) { if (n++ === 0) from = at; last = at + line.length; }
    else if (line.trim()) { if (n >= 4) runs.push(from, last); n = 0; }
    at += line.length + 1;
  }
  if (n >= 4) runs.push(from, last);
  return runs;
}
// a headline's length (eight Chinese characters at least: 关于佣金发放规则优化的公告), or a list's "more" link (更多公告 >)
const HEADLINE_LINK = /^\s*更多|(?:[^\n\u4e00-\u9fff]*[\u4e00-\u9fff]){8}/u;
/** whether a span of the source lies inside one of the links (sorted by start; nested links aside) that is a headline */
function headlineLink(links: readonly [number, number][], [start, end]: readonly [number, number], source: string): boolean {
  let lo = 0, hi = links.length - 1, at = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (links[mid][0] <= start) { at = mid; lo = mid + 1; } else hi = mid - 1; }
  return at >= 0 && end <= links[at][1] && HEADLINE_LINK.test(source.slice(links[at][0], links[at][1]));
}
/** whether `at` is inside one of the (sorted) runs: a binary search, so that many cue words in a page of many menus stay linear */
function inMenu(runs: number[], at: number): boolean {
  let lo = 0, hi = runs.length / 2;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (runs[2 * mid + 1] <= at) lo = mid + 1; else hi = mid; }
  return lo < runs.length / 2 && runs[2 * lo] <= at;
}

// (detect is three functions: the cue pass, the product and the kind. What decides the product and the kind depends on the
// document, so V8 meets new paths and shapes in them for hundreds of documents and optimises them again each time; apart,
// each is recompiled alone, not with the cue pass and everything inlined into it)
interface Cues { text: string; given: string; lead: number; crumb: number; titleEnd: number; firstSource: string; /** the first line is a row of the site's menu */ menuRow: boolean; scores: Record<string, number>; cueWeights: (readonly [number, number])[]; c: CompiledDetection }
interface ProductOf { product: Product; products: Product[]; productWhy: string[]; /** the lender's reading of a P2P page, if it turns out not to be a contract */ lenderRead?: ProductOf; /** a margin loan's (配资) page: see Detection.marginLoan */ marginLoan?: boolean; /** the investment read from a loan page by its lender cues: the loan's words are the investment's (see passing in kindOf) */ byLender?: boolean }

// The parties a contract names in its head, before its first article or recital (the normalised text: no spaces, 1.1
// reads 11): each party's segment runs from its label (甲方:, 借款人(公司名称:…) to the next one. A segment is a company's
// when it gives a legal representative, a registration or credit code, a licence, a company name, or a name that ends as
// a company's does; a natural person's when it asks for an identity card or a person's particulars. A contract between
// companies only is outside consumer protection's scope (regulations §35; labelled so since b12): every party named a
// company, the customer's side among them.
const PARTY_LABEL = /(?:^|\n)(?:甲方|乙方|丙方|丁方|借款人|出借人|贷款人|用户|客户|保证人|担保人|出质人|抵押人|委托人|受托人|卖方|买方|转让方|受让方|服务方|居间人|居间方|平台方|承租人|出租人|保理商|债权人|债务人)(?=[(:])/g;
const HEAD_END = /\n(?:第[一1]条|[一1]、|鉴于|为了?|根据|经[^\n]{0,12}协商|1[^0-9])/;
const COMPANY_PARTY = /法定代表人|统一社会信用代码|(?:企业)?注册号|营业执照|组织机构代码|(?:公司|企业)名称|(?:有限公司|有限责任公司|股份公司|合伙企业|集团|银行|事务所)(?:\n|$)/;
const SERVICE_SIDE = /^(?:贷款人|服务方|居间人|居间方|平台方|保理商)/;
const PERSON_PARTY = /身份证|证件|自然人|性别|出生|户籍|个人|姓名/;
// …or, where the head leaves the parties blank or unnamed, its recitals say who they are: each party a recital describes is
// an organisation (鉴于，甲方为从事公益事业的非盈利机构…；鉴于，乙方为开展电子支付业务的第三方支付公司), or the borrower
// borrows to produce or trade (借款方为进行生产(或经营活动)，向贷款方申请借款) — unless a party is a person
const RECITAL_PARTY = /(?:^|[\n，,:：；;。、)） \t])([甲乙丙丁])方(?:系|为|是)(?:一家|一个)?([^，。；;,\n]{2,40})/g;
const ORGANISATION = /(?:机构|公司|企业|单位|组织|银行|事务所|合作社|集团)$/;
const BUSINESS_PURPOSE = /(?:借款方|借款人|甲方|乙方)(?:系|是)?为(?:进行|从事|开展)?(?:生产|经营|生产经营)(?:活动|所需)?[(（或，,]/;
function recitedBusiness(text: string): boolean {
  if (PERSON_PARTY.test(text)) return false;
  if (BUSINESS_PURPOSE.test(text)) return true;
  const orgs = new Set<string>();
  for (const m of text.matchAll(RECITAL_PARTY)) if (ORGANISATION.test(m[2].trim())) orgs.add(m[1]);
  // (every lettered party the head and recitals name: a P2P head that recites only the platform and the guarantor, 丙方为…
  // 中介机构；丁方为…担保公司, says nothing of 甲方 and 乙方)
  const named = new Set([...text.matchAll(/([甲乙丙丁])方/g)].map((m) => m[1]));
  return orgs.size >= 2 && [...named].every((l) => orgs.has(l));
}
function businessOnly(text: string, lead: number): boolean {
  const top = text.slice(lead, lead + 1500);
  // (the recitals: the head up to its first article — past the recitals' own numbered items, 鉴于：1、甲方是…；2、乙方是…,
  // to where they close, 经协商一致…达成如下协议)
  const recital = top.search(/鉴于/);
  const close = recital >= 0 ? top.slice(recital).search(/(?:达成|订立|签订|签署)[^。\n]{0,12}(?:协议|合同|条款)|协商一致|如下(?:条款|约定)/) : -1;
  const from = recital < 0 ? 0 : close >= 0 ? recital + close : top.length;
  const first = top.slice(from).search(/\n(?:第[一1]条|[一1]、|1[^0-9])/);
  return namedBusiness(top) || recitedBusiness(first >= 0 ? top.slice(0, from + first) : top);
}
function namedBusiness(top: string): boolean {
  let head = top;
  const end = head.search(HEAD_END);
  if (end >= 0) head = head.slice(0, end);
  const at = [...head.matchAll(PARTY_LABEL)].map((m) => m.index! + (m[0].startsWith('\n') ? 1 : 0));
  // the customer's side named: a head that names only the institution's (服务方：…有限公司, the customers' labels being ones
  // this list lacks, 转让人（原债权人）：${name}) says nothing of who the customer is
  if (!at.some((a) => !SERVICE_SIDE.test(head.slice(a, a + 3)))) return false;
  return at.every((a, i) => { const seg = head.slice(a, at[i + 1] ?? head.length); return COMPANY_PARTY.test(seg) && !PERSON_PARTY.test(seg); });
}

/** what a file outside the review's scope (a contract between companies; no rule applied, so no message) is reported as,
 * in every output: the CLI's formats, the report page and the review opinion */
export function outOfScopeText(locale: 'zh' | 'en' = 'zh'): string {
  return locale === 'zh'
    ? '双方均为企业的合同，不属于金融消费者权益保护审查范围，未适用规则（如一方为个人，以 --kind contract 或配置 kind 指定后即按合同审查）。'
    : 'A contract between companies only: outside consumer-protection review, no rule applied (if a party is a person, --kind contract or kind in the config reviews it as a contract).';
}

const LETTER = /\p{L}/u;
// (a Latin letter or a CJK ideograph is a letter: the property class under the u flag, ~0.3 ms to compile, is asked only
// about other words)
const LATIN_OR_HAN = /[A-Za-z\u4e00-\u9fff]/;
const hasLetter = (w: string) => LATIN_OR_HAN.test(w) || LETTER.test(w);
// a risk statement's name, as a title names one (see TITLE_KINDS)
const RISK_STATEMENT = /风险(?:揭示|告知|提示|说明)书/g;
/** the risk statement a product document's cues name, when every product-document word it has lies inside such a name (the
 * 说明书 of 风险说明书, the 风险揭示 of 风险揭示书); a 产品说明书 or 招募说明书 beside it makes the text a product's document */
function riskStatement({ cueWeights, c }: Pick<Cues, 'cueWeights' | 'c'>, text: string, given: string): string | undefined {
  let name: string | undefined;
  const words = cueWeights.filter(([i, w]) => w > 0 && c.owners[i].group === 'k:product-doc').map(([i]) => c.owners[i].word);
  const seen = new Set<string>();
  for (const t of [given, text]) {
    const spans: [number, number][] = [];
    for (const m of t.matchAll(RISK_STATEMENT)) { spans.push([m.index, m.index + m[0].length]); name ??= m[0]; }
    for (const word of words) {
      for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
        if (!spans.some(([a, b]) => at >= a && at + word.length <= b)) return undefined;
        seen.add(word);
      }
    }
  }
  // (a word weighed but not found as written — normalised otherwise — is not known to be inside a name)
  return seen.size === words.length ? name : undefined;
}
// the three cue words that weighed most in a group
function topCues({ cueWeights, c }: Pick<Cues, 'cueWeights' | 'c'>, group: string): string[] {
  const top: (readonly [number, number])[] = [];
  for (const cw of cueWeights) if (cw[1] > 0 && c.owners[cw[0]].group === group && hasLetter(c.owners[cw[0]].word)) top.push(cw);
  return top.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([i]) => c.owners[i].word);
}

/** the ranking with one product moved to the top, the others in their order */
const first = (ranked: readonly (readonly [Product, number])[], product: Product) => [...ranked].sort(([p], [q]) => (q === product ? 1 : 0) - (p === product ? 1 : 0));
// (a product named twice by its own words at least: once is a passing mention)
const NAMED_TWICE = 6;
function productOf(cues: Cues): ProductOf {
  const { text, given, lead, titleEnd, scores, cueWeights, c } = cues;
  // a product's own name in the title (极速贷, 微粒贷) says which product the page is about, as a cue word would
  for (const [re, p] of TITLE_PRODUCT_NAMES) if (re.test(text.slice(lead, titleEnd)) || re.test(given)) scores[`p:${p}`] = (scores[`p:${p}`] ?? 0) + 9;
  const clauses = text.match(CLAUSE_NUMBER)?.length ?? 0;
  scores['k:contract'] = (scores['k:contract'] ?? 0) + clauses * 3;

  // (a credit card's generic words without its name: see cardNames in rules/detect.json)
  if (scores['p:credit-card'] && !cueWeights.some(([i, w]) => w > 0 && c.cardNames.has(c.owners[i].word))) scores['p:credit-card'] = 0;
  let ranked = c.products
    .map((p) => [p, scores[`p:${p}`] ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { product: 'general', products: ['general'], productWhy: [] }; // (no cues given)
  // a P2P page read by the lender speaks of borrowers in the third person (借款人, 借款项目, 还款): what it sells is the
  // investment. It is a loan page only when it speaks to a borrower (额度, 放款, 日利率, 借钱) more than to a lender
  // (出借人, 起投, 本息保障, 风险准备金). (A loan agreement names its lender too: with a contract's numbered articles the
  // reading waits for the kind — a safety page set out in numbered points is still a page.)
  const weigh = (words: Set<string>) => cueWeights.reduce((n, [i, w]) => n + (words.has(c.owners[i].word) ? w : 0), 0);
  let lenderRead: ProductOf | undefined;
  let byLender = false;
  if (ranked[0][0] === 'loan' && ranked.find(([p]) => p === 'wealth')) {
    // (…and by what it tells the lender of being repaid, 还款来源, 还款保障, 资金保障: lender cues that name no product of their
    // own — see lenderSigns in rules/detect.json — so counted for the investment once the page is read so)
    const signs = scores['l:lender'] ?? 0;
    const lender = weigh(c.lenderCues) + signs, borrower = weigh(c.borrowerCues);
    if ((lender >= 8 || (lender >= 4 && borrower === 0)) && lender > borrower) {
      if (signs) ranked = ranked.map(([p, s]) => [p, p === 'wealth' ? s + signs : s] as const);
      const wealthFirst = first(ranked, 'wealth');
      if (scores['k:contract'] < 8) { ranked = wealthFirst; byLender = true; }
      else lenderRead = productFrom(wealthFirst, cues);
    }
  }
  // a payment service's page speaks of the safety of its users' money (资金安全 ×10 on an escrow service's 资金安全 page) as a
  // P2P page does of its lenders': those words name no product of their own, so when the page names a payment service by its
  // own words more than once and they outweigh what is left of the investment's, it is the payment service's page (a P2P page
  // that speaks of 理财, 投标 and 出借 besides stays wealth)
  else if (ranked[0][0] === 'wealth') {
    const payment = scores['p:payment'] ?? 0;
    if (payment >= NAMED_TWICE && payment > ranked[0][1] - weigh(c.safetyWords)) ranked = first(ranked, 'payment');
  }
  // a trading platform's page whose 存款 / 卡片 / 支付 read as a deposit, a card or a payment service, or that names no
  // product of ours at all (see trading in rules/detect.json); a client agreement's reading (numbered articles) is left as it was
  const trading = scores['t:trading'] ?? 0;
  if ((c.tradingYields.has(ranked[0][0]) || ranked[0][1] < 3) && trading >= TRADING_READ && trading >= ranked[0][1] && (scores['k:contract'] ?? 0) < 8) return { product: 'general', products: ['general', 'wealth'], productWhy: topCues(cues, 't:trading') };
  const read = productFrom(ranked, cues);
  // a margin loan (配资) is borrowed to trade: the page sells the trading as well, and its wording is judged as an
  // investment's too (see marginCues in rules/detect.json)
  const marginLoan = read.product === 'loan' && weigh(c.marginCues) >= PASSING_MENTION;
  if (marginLoan && !read.products.includes('wealth')) read.products.push('wealth');
  return { ...read, ...(lenderRead ? { lenderRead } : {}), ...(marginLoan ? { marginLoan } : {}), ...(byLender && read.product === 'wealth' ? { byLender } : {}) };
}

function productFrom(ranked: (readonly [Product, number])[], cues: Cues): ProductOf {
  const top = ranked[0][1];
  const product: Product = top >= 3 ? ranked[0][0] : 'general';
  const products = ranked.filter(([, s]) => s >= 3 && s >= top * 0.35).map(([p]) => p);
  if (!products.length) products.push('general');
  const productWhy = product === 'general' ? [] : topCues(cues, `p:${product}`);
  return { product, products, productWhy };
}

function kindOf(norm: NormalizedText, { text, given, lead, crumb, titleEnd, firstSource, menuRow, scores, cueWeights, c: cued }: Cues, read: ProductOf): Detection {
  // a cue is shown as the document has it (？ not ?, 2016-10-19 not 20161019) when it can be found in the normalised text
  const shown = (cue: string) => {
    const i = text.indexOf(cue, lead);
    if (i < 0) return cue;
    const [a, b] = norm.origSpan(i, i + cue.length);
    // (as a reader sees it: a Markdown source view's heading marks and emphasis markers are not shown)
    return norm.source.slice(a, b).replace(/^[ \t]*#{1,6}[ \t]+/, '').replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim() || cue;
  };
  const { product, products, productWhy } = read;
  // (…or a page that names its product only in passing — a footer's 理财需谨慎, a news list's source 菜鸟理财, a sign-up
  // form — and offers nothing: no product's required statement either)
  // (…or a page with nothing to say: its site's menus, footer and hotline, and not one sentence of its own — a help index, a
  // portal's home whose content did not load)
  // (what a page is about weighs its product's cues, or a trading platform's where they weigh more: a forex or crypto
  // platform's page — 外汇, 点差, 入金, 杠杆 throughout — is about trading, not a passing mention of a product it names once)
  const trading = scores['t:trading'] ?? 0;
  // (a P2P listing read by its lender — 借款人信息, 借款用途, 还款来源 — sells the investment in the loan's words: they weigh
  // for it, not only its few words of investing)
  const own = (scores[`p:${product}`] ?? 0) + (read.byLender ? scores['p:loan'] ?? 0 : 0);
  const passing = own < PASSING_MENTION && trading < PASSING_MENTION && !(product === 'general' && trading >= TRADING_READ);
  const offers = PRODUCT_OFFER.test(text);
  // (a 关于我们 line among the site's menu links — a run of short lines, 首页 / 安全保障 / 关于我们 / 资讯 — names the site's
  // about page, not this one)
  const aboutAt = offers ? null : ABOUT_PAGE.exec(text.slice(lead, lead + 200));
  const about = aboutAt !== null && !inMenu(menuRuns(text), lead + aboutAt.index + aboutAt[0].search(/\S/));
  const account = accountPage(given, text.slice(crumb, lead + 600));
  const institutionPage = (!offers && (aboutAt !== null || passing || !saysAnything(text))) || account;
  // (a page read so only for naming its product in passing or saying nothing of its own — not an about page, not the
  // customer's account page — is one whose own promise of the product makes it sell it: see lint)
  const quiet = institutionPage && !about && !account;
  const done = (kind: DocKind, by: KindReason, cue?: string, ownVoice?: boolean): Detection =>
    ({ ...(kind !== 'contract' && read.lenderRead ? { product: read.lenderRead.product, products: read.lenderRead.products } : { product, products }), kind, scores, ...(ownVoice ? { ownVoice } : {}), ...(institutionPage ? { institutionPage } : {}), ...(read.marginLoan && !(kind !== 'contract' && read.lenderRead) ? { marginLoan: true } : {}), ...(quiet ? { quietPage: true } : {}), ...(kind === 'contract' && businessOnly(text, lead) ? { businessOnly: true } : {}), why: { kind: { by, ...(cue ? { cue: by === 'cues' || by === 'sales-page' ? cue : shown(cue) } : {}) }, product: kind !== 'contract' && read.lenderRead ? read.lenderRead.productWhy : productWhy } });

  const c = scores['k:contract'] ?? 0, d = scores['k:product-doc'] ?? 0, n = scores['k:notice'] ?? 0, m = scores['k:marketing'] ?? 0;
  // a document is a contract when contract language clearly dominates; length of text matters little
  let kind: DocKind = 'marketing';
  // a title that names its kind decides (an insurance 说明书 says 本合同 throughout)
  // the title: the first line, or a short line naming a kind among the first few (a logo, a contract number or a
  // site name often comes first)
  // (a page named an about page, 关于我们-源泰金控, is one: a 免责声明 heading in it names a section, not the page)
  // (a first line that is running text — 买保险之前，先把条款读一遍，尤其是免责部分。然后… — names nothing: an
  // article's lead that mentions 条款 or 协议 is no contract's title)
  const firstLine = text.slice(lead, titleEnd);
  // (…read whole, up to 400 characters: a first line that runs on past a title's 80 characters to its sentence's end, or with
  // two commas in it — an SMS, 民生望京支行21日发售…，根据合约测算…，10万起… — is running text; so is a message that ends in
  // an exclamation, a script's 合同号有误！: see SENTENCE_END)
  const lineEnd = text.indexOf('\n', lead);
  const wholeFirst = text.slice(lead, lineEnd > lead ? Math.min(lineEnd, lead + 400) : lead + 400);
  const runsOn = RUNNING_TEXT.test(wholeFirst) || (wholeFirst.length > 80 && (wholeFirst.match(/[,，]/g)?.length ?? 0) >= 2);
  // (…nor is a tab of the page's tab row that names the legal statement set out under it, 隐私条款 beside 安全保障 and 政策法规:
  // see statementTab — found once, for the title and for the page above the tab)
  let tab: number | undefined;
  const tabAt = () => (tab ??= statementTab(text, lead));
  const title = given && ABOUT_NAME.test(given) ? given : [...(given ? [given] : []), ...(runsOn || TITLE_NOT_A_NAME.test(firstLine.trim()) || LINKS_LINE.test(firstLine) || menuRow || SENTENCE_END.test(firstSource) ? [] : [firstLine]), ...(crumb < lead ? [] : text.slice(lead, lead + 400).split('\n').slice(1, 6)).filter((l) => l.trim().length <= 40 && !/[，,。；;]/.test(l) && !TITLE_NOT_A_NAME.test(l.trim()) && NAMES_KIND.test(l.trim()) && !(STATEMENT_TAB.test(l) && tabAt() >= 0))].join('\n');
  // a text that names itself a legal instrument in its opening (特提供本风险提示书，请认真阅读) is one, whatever its title
  // (风险提示); not 本合同/本协议, which a product manual or a dun letter about a contract says as well
  const selfName = SELF_NAME.exec(text.slice(lead, lead + 400));
  if (selfName) return done('contract', 'self-name', selfName[0]);
  // (a title naming a legal kind decides, unless the text is a guide about such documents: 理赔须知 over an article on
  // claims, with its 误区 and 技巧 and no party or article of its own, is no contract)
  const first = TITLE_KINDS.find(([re]) => re.test(title));
  const named = first ? title.split('\n').find((l) => first[0].test(l))?.trim() ?? title.split('\n')[0].trim() : '';
  // (a Chinese title puts its head noun last: 个人信用报告查询授权书 is an 授权书 and 风险评级报告与代扣协议 an agreement, though
  // 报告 names a notice; 关于修订借款协议的公告 is a notice)
  const byTitle = first && (headKind(named) ?? first);
  // (a page titled a risk warning, 风险提示, that disclaims sentence after sentence — …由客户自行承担, 平台对此不承担责任 — is a
  // statement of terms the customer accepts, as an untitled notice that does so is: one test, asked here and below)
  // (…not where the disclaiming is one tab of the page's: a help centre whose tabs run 注册登录 / 密码设置 / 版权声明, its
  // questions answered above the site's legal statement — read on the page above that tab's text: see statementTab)
  const aboveTab = () => (tabAt() >= 0 ? text.slice(0, tabAt()) : text);
  const asTerms = () => { const terms = disclaims(aboveTab()); return terms ? done('contract', 'disclaims', terms) : undefined; };
  // (…and so is a page titled a help centre, 帮助中心, that disclaims so: a site's terms filed under its help pages)
  const riskTitle = /风险提示/.test(named);
  if (byTitle && byTitle[1] === 'notice' && (riskTitle || HELP_TITLE.test(named))) {
    const terms = asTerms();
    if (terms) return terms;
    // (…and a risk warning the customer signs or acknowledges having read is a risk letter: see below)
    const signed = riskTitle ? signedIn(text, true) : undefined;
    if (signed) return done('contract', 'signed', signed);
  }
  if (byTitle && (byTitle[1] !== 'contract' || !readsAsGuide(norm.source))) {
    // an institution's own help page (基金入门常见问题) speaks in its voice, as a page of questions does (see faq)
    return done(byTitle[1], 'title', named, byTitle[1] === 'notice' && HELP_TITLE.test(named));
  }
  // an official notice's heading (关于…的重要通知) at the start of a line near the top, though a page's inline markup may
  // run it into its first sentence
  const heading = NOTICE_HEADING.exec(text.slice(lead, lead + 400));
  if (heading) return done('notice', 'notice-heading', heading[0].trim());
  const top = text.slice(crumb, lead + 300);
  const section = SECTION_PAGE.exec(top) ?? SLASH_EDUCATION.exec(top);
  // …and a page under the site's own help or safety centre (首页 > 帮助中心) answers its customers in its own voice, as a
  // page of questions does (see faq)
  if (section) return done('notice', 'section', section[0].trim(), OWN_SECTION.test(section[0]));
  const by = byline(text.slice(lead, lead + 400));
  if (by) return done('notice', 'byline', by.slice(0, 40), ownByline(text, by));
  // an article: a headline with its date (小牛新财富：人民币跌跌不休 你的资产还好吗？ 2016-10-19) is commentary, not an ad
  // …and so is a post whose front matter gives its title and publication date (a Hugo or Jekyll blog: ---\ntitle: …\ndate: …),
  // or a page of a documentation or notes site, unless it recommends what to buy (a 攻略 or 测评 full of 推荐, 首选, 可以考虑)
  // or calls the reader to (加我微信): a soft ad
  const site = frontMatter(norm.source);
  if ((site.date || site.name) && (norm.source.match(RECOMMENDS) ?? []).length < 3 && !SALES_CALL.test(text) && !REFERRAL_CALL.test(text) && !URGENT_CALL.test(text)) return site.date ? done('notice', 'article-date', site.date) : done('notice', 'site-page', site.name);
  const dated = ARTICLE_HEADER.exec(text.slice(lead, titleEnd));
  if (dated && !NOT_ARTICLE.test(text.slice(lead, titleEnd))) return done('notice', 'article-date', dated[0].trim());
  const dateLine = ARTICLE_DATE_LINE.exec(text.slice(lead, lead + 200));
  if (dateLine && !NOT_ARTICLE.test(dateLine[1]) && !SALES_CALL.test(text)) {
    const both = dateLine[0].trimEnd(); // the headline's last line and the date, shown as the source has them
    return done('notice', 'article-date', both.slice(both.lastIndexOf('\n', both.lastIndexOf('\n') - 1) + 1));
  }
  // a help page: questions put one per line, each answered below it (是否承保本市出行？ / 可承保本市出行。) — a notice, no
  // ad, but every answer is the institution speaking to its customers
  const asked = faq(text) || howTo(cued, text) || helpIndex(cued, text);
  if (asked) return done('notice', 'help-page', asked, true);
  // a questionnaire: numbered questions, each followed by its lettered options (A、高收益 is the customer's answer, not
  // the institution's claim)
  const polled = questionnaire(text);
  if (polled) return done('notice', 'questionnaire', polled);
  // …and so is its result (您的投资类型为 激进型 / 匹配投资风险等级 / 重新测评): it places the customer, it sells nothing
  // (the rarer words first: most texts offer no test again)
  const placed = RETEST.test(text) ? RISK_RESULT.exec(text.slice(0, 20000)) : null;
  if (placed) return done('notice', 'questionnaire', placed[0].trim());
  const best = Math.max(c, d, n);
  if (best >= 8 && best > m) kind = best === c ? 'contract' : best === d ? 'product-doc' : 'notice';
  // contract words without a contract's voice: the next kind the cues support
  // (…its voice heard above a legal statement the page sets out as one of its tabs: a safety page's 隐私条款 tab says 本声明,
  // the page's own tabs do not)
  if (kind === 'contract' && !speaksAsContract(aboveTab() === text ? norm.source : norm.source.slice(0, norm.origSpan(tab!, tab!)[0]))) kind = n >= 8 && n > m && n >= d ? 'notice' : d >= 8 && d > m ? 'product-doc' : 'marketing';
  // a product document by its cues whose every product-document word is a risk statement's name (投顾产品服务风险揭示书, 本《期货
  // 交易风险说明书》 in the dialog an account-opening form shows on submit) is that statement: a legal document the customer
  // accepts, as a title naming it makes one (see TITLE_KINDS) — not a product's sales material owing its slogans
  if (kind === 'product-doc') {
    const statement = riskStatement({ cueWeights, c: cued }, text, given);
    if (statement) return done('contract', 'risk-statement', statement);
  }
  // a page named its site's safety page sells the platform's safety (see SAFETY_PAGE_NAME)
  // (…not an anti-fraud page filed under the same name, 安全保障 over 警惕…骗局: it warns, it sells nothing)
  if (kind !== 'marketing' && !/诈骗|骗局|骗子|防骗|反诈/.test(text)) {
    const safety = [given, firstLine.trim()].find((l) => SAFETY_PAGE_NAME.test(l));
    if (safety) return done('marketing', 'sales-page', safety);
  }
  // a page named an about page (关于我们-源泰金控) introduces the institution, whatever disclaimer it carries below
  if (kind === 'contract' && given && ABOUT_NAME.test(given)) kind = 'marketing';
  // a page in a site's product catalogue (当前位置：主页 > 个险产品 > 财富险) presents a product, whatever clauses it shows
  if (kind === 'contract') {
    const catalogue = PRODUCT_PAGE.exec(text.slice(crumb, lead + 300));
    const below = catalogue ? crumb + catalogue.index + catalogue[0].length : 0;
    if (catalogue && !DOCUMENT_UNDER.test(text.slice(below, below + 120))) return done('marketing', 'catalogue', catalogue[0].trim());
    // (not the tabs of the site's menu row above the page: 保障计划 保障详情解读 投保须知 常见问题 over an insurer's 投保须知)
    const selling = salesPage(text.slice(menuRow ? titleEnd : lead, lead + 1500));
    if (selling) return done('marketing', 'sales-page', selling);
  }
  // …and so does a page whose notice words are its site's menu (常见问题, 新手指引) above an order form (投资进度, 立即投资)
  if (kind === 'notice') {
    const selling = salesPage(text.slice(lead, lead + 1500)) || fundPage(cued, text.slice(lead, lead + 1500)) || sellsSafety(text) || listsOffers(text) || (PRODUCT_PAGE_NAME.exec(given)?.[0] ?? '') || appStrings(norm.source, text);
    if (selling) return done('marketing', 'sales-page', selling);
  }
  // …and a notice that disclaims, sentence after sentence (风险披露: …JPMogan不承担任何责任; …由客户本人承担), is a statement of
  // terms the customer accepts by using the service: its clauses are read as a contract's (issue 11: risk-warning letters)
  if (kind === 'notice') {
    const terms = asTerms();
    if (terms) return terms;
  }
  // an explainer: what an ad would be, but its sentences define and divide kinds of products (保证收益理财产品是指…,
  // 理财产品分为…), and it calls no one to buy
  if (kind === 'marketing' && !SALES_CALL.test(text) && !OFFER_FIELDS.test(text)) {
    const defined = explains(text) || weighs(text) || cautions(cued, text);
    if (defined) return done('notice', 'explainer', defined);
    // …or a report of the institution's work: its points counted off (一是…，二是…，三是…) with figures as of a date
    // (截至2016年末…): it accounts for what was done, it offers nothing
    // …or a calculator: a tool named at the top (收益计算器, 公积金贷款计算器, 理财产品收益计算) with its button or its results
    // (开始计算 / 计算结果, 到期本息): the reader works out a figure, nothing is offered (a product page's calculator lower
    // down, under the product it sells, leaves the page an ad)
    const tool = calculator(cued, text.slice(lead), given);
    if (tool) return done('notice', 'calculator', tool);
    const reported = reports(text);
    if (reported) return done('notice', 'report', reported);
    // …or a book's chapter (第一章 理财和投资, its sections §1…): teaching, in no party's voice, offering nothing
    const chapter = CHAPTER.exec(text.slice(lead, lead + 200));
    if (chapter && !speaksAsContract(norm.source)) return done('notice', 'explainer', chapter[0].trim());
  }
  // a text with a line for the consumer's signature is one they sign: its clauses are a contract's; so is a notice that
  // ends in the consumer's acknowledgement (本人已经阅读《风险提示》的所有内容…并愿意承担相关风险及法律后果): a risk letter
  // the lender accepts, not a notice to the public
  if (kind === 'marketing' || kind === 'notice') {
    const signed = signedIn(text, kind === 'notice');
    if (signed) return done('contract', 'signed', signed);
  }
  // notes for the seller (a loan officer's tips: 约见客户, 客户说忙, 话术, 成交): the customer is spoken of, not to — its
  // calls (加微信) are the seller's to make, not the reader's
  if (kind === 'marketing') {
    const staff = staffFacing(text);
    if (staff) return done('notice', 'staff-notes', staff);
  }
  const cues = topCues({ cueWeights, c: cued }, `k:${kind}`).join('、');
  if (!cues && kind === 'marketing') {
    // a form nothing names (no kind's words) that the customer submits with their own declaration — an authorisation to
    // debit their account (本人不可撤销地授权贵公司…扣划…保险费), or their word that what they filled in is true
    // (我承诺以上登记的所有信息属实) — is one they sign: a payment or certification form, not an ad
    const declared = DECLARES.exec(text);
    if (declared) return done('contract', 'signed', declared[0].trim());
    // a text nothing names that disclaims sentence after sentence, as a notice that does so, is a statement of terms the
    // customer accepts by using the service (an app's untitled 免责声明 page)
    if (!SALES_CALL.test(text) && !(given && ABOUT_NAME.test(given))) {
      const terms = asTerms();
      if (terms) return terms;
    }
  }
  return cues ? done(kind, 'cues', cues) : done(kind, 'default');
}

// a legal statement set out as one tab of a page: the page's tab row (a run of short lines near its top, see menuRuns) names
// it among the page's other parts (新手必读 / 注册登录 / 预约指引 / 版权声明 / 联系我们; 安全保障 / 保障手续 / 政策法规 / 隐私条款), the
// other tabs' text comes first, and the statement's text begins where it first speaks of itself (本网站根据以下法律声明…以下简称
// 本法律声明; 本声明适应于…), under its headings. The page is what its own tabs are (a help centre, a safety page); a page whose
// text under the row is the statement from the start (a site's 隐私声明 page beside its 关于我们 and 联系我们 links) is the statement
const STATEMENT_TAB = /^[ \t]*(?:(?:版权|法律|免责|隐私|网站|使用)(?:声明|申明)|隐私(?:条款|政策|保护)|免责条款|服务条款|使用条款)[ \t]*$/;
const STATEMENT_SELF = /本(?:法律|隐私|网站)?(?:声明|申明|政策|条款)(?![书函])/;
const HEADING_LINE = /^[ \t]*[^\n，,。；;！!？?:：]{1,16}[ \t]*$/;
/** where the text of a legal statement set out as one of the page's tabs begins (-1: none) */
function statementTab(text: string, lead: number): number {
  const runs = menuRuns(text);
  for (let k = 0; k < runs.length && runs[k] < lead + 3000; k += 2) {
    if (!text.slice(runs[k], runs[k + 1]).split('\n').some((l) => STATEMENT_TAB.test(l))) continue;
    const self = STATEMENT_SELF.exec(text.slice(runs[k + 1]));
    if (!self) return -1;
    // (back from the line that speaks of itself over its headings: 版权声明 / 法律声明的接受 / 本网站根据以下法律声明…)
    let cut = text.lastIndexOf('\n', runs[k + 1] + self.index) + 1;
    for (let up = 0; up < 3 && cut > runs[k + 1]; up++) {
      const prev = text.lastIndexOf('\n', cut - 2) + 1;
      if (!HEADING_LINE.test(text.slice(prev, cut - 1))) break;
      cut = prev;
    }
    const above = text.slice(runs[k + 1], cut);
    // (the other tabs' text above it: two hundred characters of sentences of their own, none disclaiming)
    return sentencesHold(above, 200) && !disclaims(above) ? cut : -1;
  }
  return -1;
}

// the institution's own exemptions (不承担任何责任, 不对…负责, 概不负责), the rights it reserves over the customer (本行有权取消…,
// 保留…调整权, 保留…的权利), the burdens it puts on the customer (由客户本人承担, 自行承担…损失) and the customer's consent
// deemed from what they do (注册视为同意),
// in three sentences at least and densely (one per 2,000 characters: a help centre's occasional 平台不承担责任 is not its subject)
const DISCLAIMS = /(?:本行|我行|本公司|我们|我司|本平台|平台|本网站)(?:有权|保留)[^，,。；;！!？?\n]{0,20}?(?:取消|修改|调整|变更|终止|暂停|(?:解释|调整|修改|变更)权)|(?:不|无需|无须)(?:承担|负)(?:任何)?[^，,。；;！!？?\n]{0,12}?(?:责任|损失)|不对[^，,。；;！!？?\n]{1,30}?(?:(?:承担|负)[^，,。；;！!？?\n]{0,6}?责任|负责)|概不负责|概不承担|自行承担[^，,。；;\n]{0,8}?(?:损失|风险|后果|责任)|(?:损失|风险|后果)[^，,。；;\n]{0,4}?(?:均|全部|一律)?由[^，,。；;\n]{0,8}?(?:自行|本人|自己|自身)承担|(?<![不非])即?视为(?:您|用户|会员|客户)?(?:已经?)?(?:同意|接受|承认|认可)|保留[^，,。；;！!？?\n]{0,24}?(?:权利|解释权)/g;
function disclaims(text: string): string {
  const head = text.slice(0, 20000);
  const sentences = new Set<number>();
  let first = '';
  for (const m of head.matchAll(DISCLAIMS)) {
    sentences.add(sentenceAround(head, m.index, m.index)[0]);
    first ||= m[0];
  }
  return sentences.size >= 3 && sentences.size * 2000 >= head.length ? first : '';
}

// a page that sells the platform's safety: five headings at least, each a short line naming a safeguard (资金安全保障, 平台技术
//保障, 信息安全), though it cites the law (《合同法》规定…) and warns of fraud (谨防) as a notice would
// …and so does a page its site names its safety page, 安全保障 (安全保障-淘金山信托, 砖头网-安全保障 — a short name that begins or ends so —, or a first line that
// says only that): what it sets out — reviews, custody, reserves, the law — is why the money put in is safe, whatever notice, report
// or contract words (报告, 规定, 信息披露, 合同) it uses to say so. (Not 安全中心, an account's security settings: see SECTION_PAGE)
const SAFETY_PAGE_NAME = /^(?:[^\n]{0,16}(?<!信息|数据|账户|帐户|账号|系统|网络|技术|支付|隐私))?安全保障(?![^\n]{0,4}(?:措施|技术|系统|设置))[^\n]{0,16}$/;
const SAFETY_HEADING = /^[ \t]*[^\n，。,.；;：:！!？?]{0,12}(?:保障|安全)[ \t]*$/gm;
function calculator({ calculatorName, calculatorPart }: CompiledDetection, top: string, given?: string): string {
  if (!calculatorName || !calculatorPart) return '';
  const named = calculatorName.exec(top.slice(0, 300)) ?? (given ? calculatorName.exec(given) : null);
  if (!named) return '';
  const part = calculatorPart.exec(top.slice(0, 20000));
  return part ? `${named[0]}、${part[0].trim()}` : '';
}

// an app's string resources (Android res/values/strings.xml: <resources> of <string name=…>): every string is a label or a
// message of the app's own screens, shown to its users — its notice words (请关注官方公告, 风险评估报告) name other pages or the
// institution's work, not this text's kind
const APP_STRINGS = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*<resources\b[^>]*>\s*(?:<!--[^]*?-->\s*)*<string\s+name="[^"]*"[^>]*>/;
// (…not a seller's tool: an app whose user files orders for their customers and earns a commission on them — 新建个人客户,
// 提交报单, 返佣比例 — speaks to the seller, not to the consumer: see staffFacing)
const SELLER_APP = /(?:新建|修改|添加|我的)(?:个人|机构|企业)?客户|报单|返佣/;
function appStrings(source: string, text: string): string {
  return APP_STRINGS.test(source.slice(0, 2000)) && !SELLER_APP.test(text) ? '<resources><string name=…>' : '';
}

function sellsSafety(text: string): string {
  const heads = text.slice(0, 20000).match(SAFETY_HEADING) ?? [];
  return heads.length >= 5 ? heads.slice(0, 3).map((h) => h.trim()).join('、') : '';
}

// a page that lists offers to the reader, each with its price and a button to take it (年化利率：16.00% / 借款期限：3个月 /
// 立即投资): an investment or loan listing, whatever notices (新闻公告, 非法集资) its menu and footer name. Two buttons on
// lines of their own and two offer fields at least
const OFFER_BUTTON = /^[ \t]*(?:立即|马上|立刻|我要)(?:投资|出借|申请|借款|抢购|购买|加入|借钱)[ \t]*$/gm;
const OFFER_FIELD = /(?:(?:预期)?年化(?:利率|收益率?)|(?:投资|借款|项目|出借)期限|起投(?:金额)?|剩余可投|可投金额|借款金额|最高可借|日利率)[ \t]*[:：][ \t]*[0-9]/g;
function listsOffers(text: string): string {
  const head = text.slice(0, 20000);
  const buttons = head.match(OFFER_BUTTON) ?? [];
  if (buttons.length < 2) return '';
  const fields = head.match(OFFER_FIELD) ?? [];
  const [button, field] = [buttons[0], fields[0]];
  return fields.length >= 2 && button && field ? `${button.trim()}、${field.replace(/[:：][^]*$/, '')}` : '';
}

// a customer's own account page (个人中心---账户安全, 用户中心-风险评测; 您现在的位置：我的账户 > 账户总览): it shows the
// customer's money and settings, and offers nothing, whatever its menu (我的红包, 投资频道) names — by its name or its
// breadcrumb, not by 我的账户 among the links every page of the site carries
const ACCOUNT_WORD_LIST = ['个人中心', '用户中心', '会员中心', '账户中心', '我的账户'];
const ACCOUNT_WORDS = `(?:${ACCOUNT_WORD_LIST.join('|')})`;
const ACCOUNT_NAME = new RegExp(`^[ \\t]*${ACCOUNT_WORDS}`);
const ACCOUNT_CRUMB = new RegExp(`(?:${BREADCRUMB}|您现在的位置[:：]?)\\s{0,3}${ACCOUNT_WORDS}\\s{0,3}>`);
function accountPage(given: string, top: string): boolean {
  // (the breadcrumb's pattern, ~0.4 ms to compile, only where an account's name stands)
  return ACCOUNT_NAME.test(given) || (ACCOUNT_WORD_LIST.some((w) => top.includes(w)) && ACCOUNT_CRUMB.test(top));
}

// a line of running text: fifteen Chinese characters at least, with a sentence's punctuation; thirty such characters in all
// make a page that says something (a menu, a footer, a hotline and a copyright line do not). A short text — a poster, an SMS,
// ten lines or fewer — says what it says, however briefly (稳享理财 / 本理财产品业绩优秀。)
const SENTENCE_LINE = /^(?=[^\n]*?[，。；！？,])(?:[^\n\u4e00-\u9fff]*[\u4e00-\u9fff]){15}/gmu;
function saysAnything(text: string): boolean {
  let lines = 0;
  for (const line of text.split('\n', 400)) if (line.trim() && ++lines > 10) break;
  return lines <= 10 || sentencesHold(text, 30);
}
/** whether the lines of running text in `text` (SENTENCE_LINE) hold `need` Chinese characters at least */
function sentencesHold(text: string, need: number): boolean {
  let han = 0;
  for (const m of text.matchAll(SENTENCE_LINE)) {
    const end = text.indexOf('\n', m.index);
    han += (text.slice(m.index, end < 0 ? text.length : end).match(/[\u4e00-\u9fff]/gu) ?? []).length;
    if (han >= need) return true;
  }
  return false;
}

// a report's points, each opening a sentence or a line (一是…, 二是…), and its figures as of a date (截至2016年末, 截至今年6月底)
const REPORT_POINT = /(?:^|[\n。；;：:])[ \t]*[一二三四五六七八九十]是/g;
const AS_OF = /截至(?:20\d\d|19\d\d|今年|去年|上年|本年|年末|年底)[^。；;\n]{0,12}?(?:年末|年底|月末|月底|末|底|日)/;
function reports(text: string): string {
  const points = [...text.slice(0, 20000).matchAll(REPORT_POINT)];
  if (points.length < 3) return '';
  const asOf = AS_OF.exec(text.slice(0, 20000));
  return asOf ? asOf[0] : '';
}

// a text for the seller: the customer in the third person as what the reader works on (约见客户, 询问客户, 客户说…) and
// the seller's trade (话术, 成交, 电销, 信贷员…), three distinct of each at least; an ad speaks to its reader (您) instead
const ON_CUSTOMER = /(?:约见|拜访|询问|跟进|开发|维护|回访|说服|引导|挖掘|筛选|邀约|联系|致电|告诉|提醒|帮|给|向|把|让|和|跟)客户|客户(?:说|问|提出|觉得|认为|如果|不接|拒绝|犹豫|质疑|的需求|的疑问|的顾虑|资料)/g;
const SELLER_TRADE = /话术|成交|电销|展业|同行|获客|转化率|开单|签单|信贷员|信贷经理|客户经理|业务员|理财经理|销售人员|销售技巧|电话销售|电话营销|业绩/g;
function staffFacing(text: string): string {
  const head = text.slice(0, 20000);
  const distinct = (re: RegExp) => new Set([...head.matchAll(re)].map((m) => m[0]));
  const acts = distinct(ON_CUSTOMER), trade = distinct(SELLER_TRADE);
  if (acts.size < 3 || trade.size < 3) return '';
  // (an ad addressing its reader as 您 more often than it speaks of 客户 is not for the seller)
  const you = (head.match(/您/g) ?? []).length, them = (head.match(/客户/g) ?? []).length;
  return them > you ? [...trade].slice(0, 3).join('、') : '';
}

// (…and lists no terms of an offer: who may apply, on what conditions, with which papers — a product sheet's fields)
const CHAPTER = /(?:^|\n)[ \t#]*第[一二三四五六七八九十0-9]{1,3}章[ \t]*[^\n]{0,20}/;
const OFFER_FIELDS = /(?:申请|办理|贷款|借款|购买|投保)(?:条件|对象|材料|流程|方式)[ \t]*[:：]|起购(?:金额)?[:：]|(?<![比一])起投/;
// three definitions or divisions at least (X是指…, X的概念是…, X可以分为…), each with its subject before it in its sentence
const DEFINES = /是指|系指|指的是|的概念是|分为(?<=(?:可|以|一般|主要)分为)/g;
const SUBJECT = /[^。！？!?\n]*$/;
// …or that weighs a kind of product, its advantages under one heading and its drawbacks under another (债券优点 / 债券缺点):
// an ad never heads a list with its product's 缺点
const PROS_LINE = /^[ \t#*>-]*[^\n，。,；;！!？?]{0,12}(?:优点|優點|优势|優勢|好处|好處)[^\n，。,；;！!？?]{0,6}$/mu;
const CONS_LINE = /^[ \t#*>-]*[^\n，。,；;！!？?]{0,12}(?:缺点|缺點|劣势|劣勢|坏处|壞處|不足之处|不足之處)[^\n，。,；;！!？?]{0,6}$/mu;
function weighs(text: string): string {
  const head = text.slice(0, 20000);
  const pros = PROS_LINE.exec(head), cons = pros && CONS_LINE.exec(head);
  return pros && cons ? `${pros[0].trim()}、${cons[0].trim()}` : '';
}
// …or that counts off its warnings to the reader, each numbered on a line of its own (陷阱一：零利率陷阱 / 陷阱二… ; 第一，注意
// 货币基金的收益稳定性。/ 第二，注意…): a lesson or article on a kind of product (消费贷款有哪些坑, 挑选货币基金要注意什么) —
// an ad does not number the traps of what it sells (issue 12). Three different lines (data: shapes.cautionHeading).
function cautions({ cautionHeading }: CompiledDetection, text: string): string {
  const seen = distinct(cautionHeading, text.slice(0, 20000), (m) => m.replace(/^[ \t#*>-]+/, '').trim());
  return seen.length >= 3 ? seen[0] : '';
}
function explains(text: string): string {
  let n = 0, first = '';
  for (const m of text.slice(0, 20000).matchAll(DEFINES)) {
    const subject = SUBJECT.exec(text.slice(Math.max(0, m.index - 24), m.index))![0];
    if (subject.trim().length < 2) continue;
    first ||= (subject + m[0]).trim();
    if (++n >= 3) return first;
  }
  return '';
}

// …and a fund's own page (基金代码：, 最新净值, 净值走势, 七日年化收益率): the fund on offer, whatever its menu lists (公告, 报告, 风险测评)
// (asked of a page taken for a notice only: a fund contract or report names its code and net value as well)
function fundPage({ fundPage: furniture }: CompiledDetection, top: string): string {
  const seen = distinct(furniture, top, (m) => m.replace(/[ \t:：]+$/, ''));
  return seen.length >= 2 ? seen.slice(0, 3).join('、') : '';
}
/** the different matches of a page shape (a g-flag pattern of rules/detect.json's shapes) in a text, each as `clean` gives it, in order met */
function distinct(shape: RegExp | undefined, text: string, clean: (match: string) => string): string[] {
  const seen = new Set<string>();
  if (shape) for (const m of text.matchAll(shape)) seen.add(clean(m[0]));
  return [...seen];
}

function salesPage(top: string): string {
  const seen = new Map<string, string>();
  for (const m of top.matchAll(SALES_FURNITURE)) { const k = m[0].replace(/[0-9.:：\s]+/g, '#'); if (!seen.has(k)) seen.set(k, m[0].replace(/[:：]?[ \t]*[0-9][^]*$/, '') || m[0]); }
  return seen.size >= 2 ? [...seen.values()].slice(0, 3).join('、') : '';
}

// at least four questions that stand alone on their line, each followed by a line that answers (not another question),
// and a fifth of the lines at least: an ad's rhetorical question or two (还在为资金周转发愁吗？) is not a help page
// (…or its questions numbered Q1, Q2, Q3, Q4 at the start of their lines, whatever they end with: Q1：机动车交通事故责任强制保险)
const Q_NUMBER = /^(?:q|问)([1-9][0-9]?)[:.、 )]/i;
const FAQ_NUMBER = /^([1-9][0-9]?)[.、．)）]/;
function faq(text: string): string {
  const head = text.slice(0, 20000);
  const numbered = new Map<number, string>();
  for (const line of head.split('\n')) { const m = Q_NUMBER.exec(line.trim()); if (m && !numbered.has(Number(m[1]))) numbered.set(Number(m[1]), line.trim()); }
  if ([1, 2, 3, 4].every((n) => numbered.has(n))) return numbered.get(1)!.slice(0, 40);
  let marks = 0;
  for (let i = head.indexOf('？'); i >= 0 && marks < 4; i = head.indexOf('？', i + 1)) marks++;
  for (let i = head.indexOf('?'); i >= 0 && marks < 4; i = head.indexOf('?', i + 1)) marks++;
  if (marks < 3) return '';
  const lines = faqLines(head);
  const asked: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].length <= 60 && /[？?]$/.test(lines[i]) && !/[？?]$/.test(lines[i + 1])) asked.push(lines[i]);
  }
  // (…or three such questions numbered 1, 2, 3 in turn — 1、如何开通银行存管？ / 2、提现多久到账？ / 3、出借后什么时候开始计算收益？ —
  // a short help page's list, where an ad's rhetorical questions are not numbered)
  const numbered3 = [1, 2, 3].every((n) => asked.some((q) => FAQ_NUMBER.exec(q)?.[1] === String(n)));
  return (asked.length >= 4 || (asked.length >= 3 && numbered3)) && asked.length * 5 >= lines.length ? asked[0] : '';
}

// …or a user guide without question marks: two different headings asking how or why of the site's use (如何注册 / 如何充值,
// 如何进行出借 / 出借为什么会没有成功), each on a line of its own and answered on the next, with a step on the site's own
// controls (点击“充值”按钮) — it walks the customer through the site, it sells nothing (data: shapes.howToHeading, uiStep)
function howTo({ howToHeading, uiStep }: CompiledDetection, text: string): string {
  if (!howToHeading || !uiStep) return '';
  const head = text.slice(0, 20000);
  if (!uiStep.test(head)) return '';
  const lines = head.split('\n').map((l) => l.trim()).filter((l) => l.length > 1);
  const seen = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].length <= 30 && howToHeading.test(lines[i]) && !howToHeading.test(lines[i + 1])) seen.add(lines[i].replace(/^[0-9]{1,2}[.、)）]?\s*/, ''));
  }
  return seen.size >= 2 ? [...seen][0] : '';
}

// …or a help centre's index: two different panels of its own (热门问题 / 快速引导, 自助服务 / 常规服务), each heading a line of
// its own — it lists the customer's questions and self-service links, it sells nothing (data: shapes.helpPanel)
function helpIndex({ helpPanel }: CompiledDetection, text: string): string {
  if (!helpPanel) return '';
  const seen = new Set((text.slice(0, 20000).match(helpPanel) ?? []).map((l) => l.trim()));
  return seen.size >= 2 ? [...seen][0] : '';
}

// …and a help page kept in an app's data (module.exports = [{quest:"平台会收取服务费吗？",answer:"您好，…"}], {title: "开户年龄限制",
// context: "…"}; normalised, its quotes dropped: {quest:平台会收取服务费吗?,answer:您好,…}): each value a line of its own, the
// question and its answer as a page would set them out
const DATA_KEY = /(?:^|[{,\n])[ \t]*[a-z_][a-z0-9_]*:/gm;
const DATA_QUESTION = /(?:^|[{,\n])[ \t]*[a-z_][a-z0-9_]*:[^\n:]{2,60}\?[,}\]]*(?:$|[a-z_][a-z0-9_]*:)/m;
function faqLines(head: string): string[] {
  const data = DATA_QUESTION.test(head);
  return (data ? head.replace(DATA_KEY, '\n') : head).split('\n')
    .map((l) => (data ? l.trim().replace(/[,{}\[\]]+$/, '').replace(/^[{}\[\],]+/, '') : l.trim())).filter((l) => l.length > 1);
}

// a suitability test's result: the customer's type or tolerance stated (您的风险承受能力为, 您的投资类型为), and the test offered again
const RISK_RESULT = /(?:您|你)的(?:风险承受能力|投资类型|风险类型|风险偏好|投资者类型|风险评级)(?:等级)?[ \t]*(?:为|是|[:：])/;
const RETEST = /重新(?:测评|评测|评估|测试)/;
const OPTION = /^[a-h][、．.)）:：]/i;
// (the normalised text drops the point of A. and B.: then the options read a…, b…, in that order)
const BARE_A = /^a(?![a-z])/, BARE_B = /^b(?![a-z])/;
function questionnaire(text: string): string {
  const lines = text.slice(0, 20000).split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  let first = '', n = 0;
  for (let i = 0; i + 1 < lines.length && n < 4; i++) {
    if (lines[i].length <= 80 && /[？?](?:[（(][^）)]{0,30}[）)])*$/.test(lines[i]) && lines[i + 2] !== undefined && ((OPTION.test(lines[i + 1]) && OPTION.test(lines[i + 2])) || (BARE_A.test(lines[i + 1]) && BARE_B.test(lines[i + 2])))) { n++; first ||= lines[i]; }
  }
  // (two such questions are enough under a questionnaire's name at the head: 风险评测 / 1.您的年龄是？ / A.18岁以下 …)
  return n >= 4 || (n >= 2 && QUESTIONNAIRE_NAME.test(lines.slice(0, lines.indexOf(first)).join('\n'))) ? first : numberedQuestionnaire(lines);
}
// …or, as an app keeps one in its data (“problemName”: “6.（投资经验）您对投资价值波动的感觉是：”), questions numbered 1, 2, 3, 4…
// that end in ？ or ：, or that put the question to the reader (1.您的年龄是, 11.以下哪项描述最符合您的投资态度), under a
// questionnaire's name (风险测评, 问卷, 风险承受能力评估), or six of them without one: its options are unlettered answers
// (read in the normalised text: 1.（投资目的） is 1(投资目的), ： is :)
const NUMBERED_QUESTION = /(?:^|["'>\s:：])([1-9][0-9]?)[.、．]?\s*(?![0-9%])(?:[^\n]{4,80}?[？?：:]|(?:[(（][^)）\n]{1,8}[)）])?(?:您|你)[^\n。；;]{3,60}|[^\n。；;]{0,20}以下哪[^\n。；;]{2,40})\s*["'，,]*$/;
// …or, unnumbered, questions to the reader that end in ？ (a data file's fq: "您的年龄？", fq: "假设您必须投资20,000美元，您认为以下哪个投资选择最有吸引力？")
const READER_QUESTION = /^[^\n\u4e00-\u9fff]{0,16}(?=[\u4e00-\u9fff])(?=[^\n。；;]{0,60}(?:您|你))[^\n。；;？?]{4,80}[？?]\s*["'，,]*$/u;
const QUESTION_END = /[？?]\s*["'，,]*$/;
const QUESTIONNAIRE_NAME = /风险测评|问卷|测评|评测|调查表|评估表|风险(?:承受能力|偏好)(?:评估|测试|调查)/;
function numberedQuestionnaire(lines: string[]): string {
  const named = QUESTIONNAIRE_NAME.test(lines.join('\n'));
  // each question followed by two short answers at least (words, no sentence of its own) before the next question
  const questions: { n: number; at: number }[] = [], asked: number[] = [];
  lines.forEach((l, at) => {
    const m = NUMBERED_QUESTION.exec(l);
    if (m) questions.push({ n: Number(m[1]), at });
    // (the regular expression only on a line that asks the reader something: most lines do not)
    if (m || (QUESTION_END.test(l) && (l.includes('您') || l.includes('你')) && READER_QUESTION.test(l))) asked.push(at);
  });
  const answeredAt = (at: number, next: number) => {
    let short = 0;
    for (let i = at + 1; i < next; i++) if (lines[i].length <= 40 && /[\u4e00-\u9fff]/u.test(lines[i]) && !/[。；;]/.test(lines[i])) short++;
    return short >= 2;
  };
  const answered = new Set<number>();
  questions.forEach((q, k) => { if (answeredAt(q.at, k + 1 < questions.length ? questions[k + 1].at : Math.min(lines.length, q.at + 12))) answered.add(q.n); });
  // (numbered 1, 2, 3… without a gap, two in three of them answered so)
  const numbers = new Set(questions.map((q) => q.n));
  let run = 0;
  while (numbers.has(run + 1)) run++;
  let ok = 0;
  for (let n = 1; n <= run; n++) if (answered.has(n)) ok++;
  const first = run ? lines[questions.find((q) => q.n === 1)!.at] : '';
  if (run >= (named ? 4 : 6) && ok * 3 >= run * 2) return first.replace(/^[^0-9]*/, '').replace(/["',，]+$/, '');
  // (…or distinct questions to the reader, numbered or not, answered so: six, or four under the name; a question kept
  // twice, once per script, counts once)
  const distinct = new Map<string, boolean>();
  asked.forEach((at, k) => {
    const q = lines[at].replace(/^[^\u4e00-\u9fff]*/u, '').replace(/["',，]+$/, '');
    distinct.set(q, (distinct.get(q) ?? false) || answeredAt(at, k + 1 < asked.length ? asked[k + 1] : Math.min(lines.length, at + 12)));
  });
  const yes = [...distinct].filter(([, a]) => a);
  return yes.length >= (named ? 4 : 6) && yes.length * 3 >= distinct.size * 2 ? yes[0][0] : '';
}

// …an article the institution publishes about itself (作者：小诸葛金服 来源：小诸葛金服, then 小诸葛金服将启用风险备用金…, or
// 来源：本站): its byline names who speaks in the text, so its claims are the institution's own, as a help page's are
const BYLINE_NAME = /(?:作者|来源|发布者|发布人|编辑)[ \t]*[:：][ \t]*([^ \t:：|｜/,，。;；\n]{2,16}?)(?=[ \t|｜/,，。;；\n]|文章|来源|作者|点击|浏览|阅读|发布|更新|时间|日期|$)/g;
const OWN_SOURCE = /^(?:本站|本网|本平台|本网站|本公司|官方)$/;
// (a regulator, a court or the press reports on others: its warning quotes their wording)
const NOT_OWN_SOURCE = /人民银行|央行|监管|证监|银保监|保监|银监|金融局|金融办|协会|政府|法院|检察|公安|日报|时报|晚报|新闻|新华|人民网|财经|网易|新浪|搜狐|腾讯|凤凰/;
/** `line`: the byline byline() found */
function ownByline(text: string, line: string): boolean {
  const names = [...line.matchAll(BYLINE_NAME)].map((m) => m[1]);
  if (names.some((n) => OWN_SOURCE.test(n))) return true;
  const at = text.indexOf(line);
  const rest = text.slice(0, at) + text.slice(at + line.length);
  return names.some((n) => !/^(?:admin|管理员|小编|网络|佚名|未知)$/i.test(n) && !NOT_OWN_SOURCE.test(n) && rest.includes(n));
}

function byline(top: string): string {
  for (const line of top.split('\n').slice(0, 6)) {
    if (NOT_BYLINE.test(line)) continue;
    const fields = new Set([...line.matchAll(BYLINE_FIELD)].map((m) => m[0].replace(/[ \t:：]|次数|量/g, '').replace(/^(?:发布|发表|更新)/, '')));
    if (fields.size >= 2 || SOURCE_LINK.test(line)) return line.trim();
  }
  return '';
}
