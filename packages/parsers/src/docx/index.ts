// PLACEHOLDER (lead): replaced by the Word issue's implementation — overwrite freely.
import type { LintDocument } from '@xiaobao/core';
import { InputError } from '../errors.js';
export async function parseDocx(_buf: Uint8Array): Promise<LintDocument> {
  throw new InputError('暂不支持 .docx（.docx is not supported yet）', 'unsupported');
}
export async function annotateDocx(original: Uint8Array, _findings: unknown[]): Promise<Uint8Array> { return original; }
