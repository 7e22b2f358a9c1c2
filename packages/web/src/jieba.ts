// The segmenter in the browser: jieba-wasm (jieba-rs compiled to WebAssembly, the same Rust segmenter and default
// dictionary as the CLI's @node-rs/jieba), behind @node-rs/jieba's API so the engine's own loader
// (core/src/segmenter.ts: Jieba.withDict, loadDict with the financial dictionary and the packs' exceptions, cut
// without HMM) runs unchanged.
//
// The engine asks for the segmenter synchronously, on the first candidate that needs a word-boundary check. The
// WebAssembly module is fetched only then: `withDict` throws SegmenterNotLoaded, the worker awaits `loadJieba()` and
// lints the document again. A document with no such candidate never loads it.
import init, { cut, with_dict } from 'jieba-wasm/web';

export class SegmenterNotLoaded extends Error {
  constructor() { super('segmenter not loaded yet'); }
}

let loaded = false;
let loading: Promise<void> | undefined;
/** the dictionary given to this worker's one jieba instance (jieba-wasm keeps a single global one) */
let userDict: string | undefined;

export function isJiebaLoaded(): boolean { return loaded; }

export function loadJieba(url = new URL('jieba_rs_wasm_bg.wasm', self.location.href)): Promise<void> {
  loading ??= init({ module_or_path: url }).then(() => { loaded = true; }, (e) => { loading = undefined; throw e; });
  return loading;
}

export const Jieba = {
  withDict(_defaultDict: unknown) {
    if (!loaded) throw new SegmenterNotLoaded();
    return {
      loadDict(dict: Uint8Array | string) {
        const text = typeof dict === 'string' ? dict : new TextDecoder().decode(dict);
        if (userDict !== undefined && userDict !== text) throw new Error('jieba-wasm holds one dictionary per worker');
        if (userDict === undefined) with_dict(text);
        userDict = text;
      },
      cut: (text: string, hmm?: boolean) => cut(text, hmm ?? false),
    };
  },
};
