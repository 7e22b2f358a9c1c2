// The repository root is also a pre-commit hook repository (.pre-commit-hooks.yaml). pre-commit installs a node hook
// with npm: `npm install` in the clone (or `npm install -g git+file://clone`, which does the same through pacote), so
// npm must find nothing to install at the root — npm cannot read `workspace:*` and would compile nodejieba and run
// esbuild's install script. The root's development dependencies therefore live under `workspaceDevDependencies`,
// which only pnpm reads, through this hook. `pnpm add -D` at the root still works (it writes `devDependencies`; move
// the line into `workspaceDevDependencies`). packages/cli/test/precommit.test.ts installs the hook from a copy of
// this repository with the real pre-commit and fails if npm has anything to do at the root.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === 'xiaobao-monorepo' && pkg.workspaceDevDependencies) {
        pkg.devDependencies = { ...pkg.workspaceDevDependencies, ...pkg.devDependencies };
      }
      return pkg;
    },
  },
};
