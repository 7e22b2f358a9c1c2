// Checks a .docx container before anything is inflated: OLE2 files (legacy .doc, or an encrypted .docx,
// which Word stores as an OLE2 container), non-zip bytes, zip bombs (sizes declared in the central
// directory), and the presence of word/document.xml.
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';

const require = createRequire(import.meta.url);
export const MAX_ENTRY_BYTES = 200 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 500 * 1024 * 1024;
export const MAX_RATIO = 200;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function checkZip(buf: Uint8Array): Promise<any> {
  if (OLE2.every((b, i) => buf[i] === b)) {
    const s = Buffer.from(buf.subarray(0, Math.min(buf.length, 1 << 20)));
    if (s.includes(Buffer.from('EncryptionInfo', 'utf16le')) || s.includes(Buffer.from('EncryptedPackage', 'utf16le')))
      throw new InputError('该 .docx 已加密（设有打开密码），请去除密码后再检查（encrypted / password-protected .docx）', 'encrypted');
    throw new InputError('这是旧版 Word .doc 文件，请在 Word 中另存为 .docx 后再检查（legacy binary .doc: save as .docx）', 'legacy-doc');
  }
  if (!(buf[0] === 0x50 && buf[1] === 0x4b)) throw new InputError('文件不是有效的 .docx（不是 zip 格式），可能已损坏（not a zip: corrupt .docx）', 'corrupt');
  const JSZip = require('jszip');
  let zip: any;
  try { zip = await JSZip.loadAsync(buf, { checkCRC32: false }); }
  catch { throw new InputError('.docx 压缩包已损坏，无法解压（corrupt .docx: the zip container is damaged）', 'corrupt'); }
  let total = 0;
  for (const f of Object.values(zip.files) as any[]) {
    const size = f._data?.uncompressedSize ?? 0;
    const packed = f._data?.compressedSize ?? 0;
    total += size;
    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || (size > 10 * 1024 * 1024 && packed > 0 && size / packed > MAX_RATIO))
      throw new InputError(`.docx 解压后过大（${f.name} ${(size / 1048576).toFixed(0)} MB），疑似压缩炸弹；上限为单个部件 200 MB、合计 500 MB（zip bomb suspected; limits 200 MB per part, 500 MB in total）`, 'zip-bomb');
  }
  if (!zip.files['word/document.xml']) throw new InputError('这不是有效的 Word 文档：缺少 word/document.xml（not a Word document: word/document.xml is missing）', 'corrupt');
  return zip;
}
