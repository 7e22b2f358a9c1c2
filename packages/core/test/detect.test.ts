// Kind and product from the title and the cue words: titles that name a legal document, a regulator's text or
// a platform's own pages, each with a near-miss on the other side.
import { describe, expect, it } from 'vitest';
import { detect, normalize } from '../src/index.js';

const kindOf = (text: string) => detect(normalize(text)).kind;

describe('kind from the title', () => {
  it('a regulator\'s or an institution\'s guideline is a notice; a platform\'s beginners\' or user guide is its own marketing', () => {
    expect(kindOf('互联网金融业务风险提示指引\n各会员单位应当……')).toBe('notice');
    expect(kindOf('知识讲堂\nP2P投资理财需要注意哪些方面\n一、不是收益越低越安全')).toBe('notice');
    expect(kindOf('理财课堂\n什么是净值型理财产品？')).toBe('notice');
    expect(kindOf('新手指引\n风控流程\n安全保障\n为保障出借者的资金安全，平台采用多重措施。立即注册，领取福利！')).toBe('marketing');
  });
  it('titles that name a legal document make a contract; a payment agreement is about payment', () => {
    expect(kindOf('个人征信授权书\n本人同意……')).toBe('contract');
    expect(kindOf('投保须知\n请您仔细阅读……')).toBe('contract');
    const d = detect(normalize('快捷支付服务协议\n本协议由用户与支付机构签署，用于委托扣款、缴费。'));
    expect([d.kind, d.product]).toEqual(['contract', 'payment']);
  });
});
