#!/usr/bin/env bash
# Tests of the editor integrations.
#
#   editors/run-tests.sh
#
# - vscode: npm ci, compile, unit tests, vsce package (-> copydesk-*.vsix)
# - neovim: headless end-to-end test, when `nvim` is installed
# - emacs:  batch Eglot/Flymake test, when `emacs` (with eglot) is installed
#
# $COPYDESK         copydesk binary for the neovim/emacs tests
#                   (default: target/release/copydesk in the repository)
# $COPYDESK_SEED    seed report (default: tests/fixtures/seed.md, else
#                   ../shared/corpus/texts/00-seed-north-korea.md)
# $COPYDESK_EDITORS which suites to run (default: "vscode neovim emacs")
#
# Prints `editors: N passed, M failed[, K skipped]` last; exits non-zero
# when a suite fails.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

bin="${COPYDESK:-target/release/copydesk}"
if [[ "$bin" != /* && "$bin" == */* ]]; then bin="$root/$bin"; fi
export COPYDESK="$bin"

if [[ -z "${COPYDESK_SEED:-}" ]]; then
  for s in "$root/tests/fixtures/seed.md" "$root/../shared/corpus/texts/00-seed-north-korea.md"; do
    if [[ -r "$s" ]]; then COPYDESK_SEED="$s"; break; fi
  done
fi
export COPYDESK_SEED="${COPYDESK_SEED:-$root/tests/fixtures/seed.md}"

suites="${COPYDESK_EDITORS:-vscode neovim emacs}"
passed=0 failed=0 skipped=0
failed_names=()

run_suite() { # name, command...
  local name="$1"; shift
  echo "=== $name"
  local start=$SECONDS
  if "$@"; then
    echo "=== $name: PASS ($((SECONDS - start)) s)"
    passed=$((passed + 1))
  else
    echo "=== $name: FAIL ($((SECONDS - start)) s)"
    failed=$((failed + 1))
    failed_names+=("$name")
  fi
}

skip_suite() { # name, reason
  echo "=== $1: SKIPPED ($2)"
  skipped=$((skipped + 1))
}

vscode_suite() {
  (
    set -e
    cd "$here/vscode"
    rm -f copydesk-*.vsix
    npm ci --no-audit --no-fund
    npm run compile
    npm test
    npx --no-install @vscode/vsce package
    ls -l copydesk-*.vsix
  )
}

need_binary() {
  if [[ ! -x "$COPYDESK" ]] && ! command -v "$COPYDESK" >/dev/null 2>&1; then
    echo "copydesk binary not found: $COPYDESK (build it with cargo build --release, or set \$COPYDESK)" >&2
    return 1
  fi
}

neovim_suite() { need_binary && "$here/neovim/test/run.sh"; }
emacs_suite() { need_binary && "$here/emacs/test/run.sh"; }

for suite in $suites; do
  case "$suite" in
    vscode)
      if command -v npm >/dev/null; then run_suite vscode vscode_suite
      else skip_suite vscode "npm not installed"; fi ;;
    neovim)
      if command -v nvim >/dev/null; then
        run_suite neovim neovim_suite
      else skip_suite neovim "nvim not installed"; fi ;;
    emacs)
      if command -v emacs >/dev/null && emacs --batch --eval "(progn (require 'package) (package-activate-all) (require 'eglot))" >/dev/null 2>&1; then
        run_suite emacs emacs_suite
      else skip_suite emacs "emacs with eglot not installed"; fi ;;
    *)
      echo "unknown suite: $suite" >&2
      failed=$((failed + 1)); failed_names+=("$suite") ;;
  esac
done

if ((failed > 0)); then echo "failed: ${failed_names[*]}"; fi
if ((skipped > 0)); then
  echo "editors: $passed passed, $failed failed, $skipped skipped"
else
  echo "editors: $passed passed, $failed failed"
fi
((failed == 0))
