// `createRequire` for the browser build: the few modules the engine and parsers load with require() (on demand in
// Node), bundled here instead. Anything else is not available in the browser and says so.
import * as mammoth from 'mammoth';
import JSZip from 'jszip';
import * as xmldom from '@xmldom/xmldom';
import * as jieba from '../jieba.js';
import * as crypto from './node-crypto.js';

// mammoth's browser build (its package.json "browser" field) opens a zip from { arrayBuffer }, not { buffer }
const mammothBrowser = {
  ...mammoth,
  convertToHtml: (input: { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer }, options?: unknown) =>
    (mammoth as any).convertToHtml(input.buffer ? { arrayBuffer: input.buffer } : input, options),
};

const MODULES: Record<string, unknown> = {
  mammoth: mammothBrowser,
  jszip: JSZip,
  '@xmldom/xmldom': xmldom,
  '@node-rs/jieba': { Jieba: jieba.Jieba },
  '@node-rs/jieba/dict': { dict: undefined },
  'node:crypto': crypto,
};

export function createRequire(_from?: string) {
  return (id: string): any => {
    if (id in MODULES) return MODULES[id];
    const e = new Error(`Cannot find module '${id}' in the browser build`) as Error & { code: string };
    e.code = 'MODULE_NOT_FOUND';
    throw e;
  };
}
export default { createRequire };
