// The Markdown and HTML stacks (unified, remark, micromark, rehype, parse5: ~0.9 MB of the CLI's code), bundled into a
// file of their own for the CLI, dist/markdown-stack.cjs next to dist/cli.cjs (packages/cli/tsup.config.ts): a start
// reads and deserialises only the bundle it runs, and the first document that needs a tree requires this file. Each
// library is initialised when first taken (a Markdown tree does not start parse5; an HTML page does not start micromark).
declare const require: (id: string) => any;
export const stack = {
  get unified() { return require('unified').unified; },
  get remarkParse() { return require('remark-parse').default; },
  get remarkGfm() { return require('remark-gfm').default; },
  get remarkCjkFriendly() { return require('remark-cjk-friendly/parseOnly').default; },
  get rehypeParse() { return require('rehype-parse').default; },
};
