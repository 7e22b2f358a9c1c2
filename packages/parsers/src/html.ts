// PLACEHOLDER (lead): replaced by the HTML implementation — overwrite freely.
import type { LintDocument } from '@xiaobao/core';
import { InputError } from './errors.js';
export function parseHtml(_source: string): LintDocument {
  throw new InputError('暂不支持 HTML（HTML is not supported yet）', 'unsupported');
}
