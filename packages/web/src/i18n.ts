// The page's own words, Chinese first; the findings' messages come from the engine in the chosen locale.
export type Locale = 'zh' | 'en';

export const UI = {
  zh: {
    title: '消保审查', tagline: '在浏览器中检查金融营销文案与合同，内容不会离开本机。', switchLang: 'English',
    format: '格式', product: '产品', kind: '文档类型', strict: '严格模式', open: '打开文件', clear: '清空',
    report: '下载审查报告', annotate: '下载批注版 Word', dropHint: '松开以检查文件', findings: '问题',
    placeholder: '在此粘贴或输入文案（Markdown 或纯文本），或把 .md、.txt、.html、.docx 文件拖到这里。',
    auto: '自动识别', detected: '识别为', involves: '涉及', set: '已指定',
    error: '错误', warning: '警告', whole: '全文', lineCol: (l: number, c: number) => `第${l}行第${c}列`,
    basis: '依据', suggestion: '建议', fix: '修复', none: '未发现问题。',
    count: (e: number, w: number) => `${e} 个错误，${w} 个警告`,
    checking: '检查中…', done: (ms: number, seg: boolean) => `检查完成，用时 ${ms} 毫秒${seg ? '（分词词典已加载）' : ''}`,
    docx: (name: string) => `Word 文件：${name}（只读预览，批注版可下载）`, file: (name: string) => `文件：${name}`,
    pasted: '粘贴的文案', unsupported: (name: string) => `${name}：不支持的文件类型，支持 .md .txt .html .docx`,
    tooLarge: (name: string) => `${name}：文件过大，上限 100 MB`, failed: (what: string) => `操作失败：${what}`,
    formats: { markdown: 'Markdown', text: '纯文本', html: 'HTML' },
    products: { wealth: '理财', fund: '基金', insurance: '保险', deposit: '存款', loan: '贷款', 'credit-card': '信用卡', payment: '支付', general: '通用' },
    kinds: { marketing: '营销宣传', contract: '合同', 'product-doc': '产品说明', notice: '公告通知' },
  },
  en: {
    title: 'Consumer-protection review', tagline: 'Checks financial marketing copy and contracts in your browser; nothing leaves this computer.', switchLang: '中文',
    format: 'Format', product: 'Product', kind: 'Document kind', strict: 'Strict', open: 'Open file', clear: 'Clear',
    report: 'Download report', annotate: 'Download reviewed Word file', dropHint: 'Drop to check the file', findings: 'Findings',
    placeholder: 'Paste or type copy here (Markdown or plain text), or drop a .md, .txt, .html or .docx file.',
    auto: 'Detect', detected: 'Detected', involves: 'mentions', set: 'set',
    error: 'error', warning: 'warning', whole: 'whole document', lineCol: (l: number, c: number) => `line ${l}, column ${c}`,
    basis: 'Basis', suggestion: 'Instead', fix: 'Fix', none: 'No findings.',
    count: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    checking: 'Checking…', done: (ms: number, seg: boolean) => `Checked in ${ms} ms${seg ? ' (segmenter dictionary loaded)' : ''}`,
    docx: (name: string) => `Word file: ${name} (read-only preview; download the reviewed copy)`, file: (name: string) => `File: ${name}`,
    pasted: 'pasted-copy', unsupported: (name: string) => `${name}: unsupported file type; use .md .txt .html .docx`,
    tooLarge: (name: string) => `${name}: file too large (limit 100 MB)`, failed: (what: string) => `Failed: ${what}`,
    formats: { markdown: 'Markdown', text: 'Plain text', html: 'HTML' },
    products: { wealth: 'wealth management', fund: 'fund', insurance: 'insurance', deposit: 'deposit', loan: 'loan', 'credit-card': 'credit card', payment: 'payment', general: 'general' },
    kinds: { marketing: 'marketing', contract: 'contract', 'product-doc': 'product document', notice: 'notice' },
  },
} as const;
