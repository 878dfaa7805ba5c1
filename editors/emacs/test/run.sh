#!/usr/bin/env bash
# Batch Emacs test of copydesk.el (Eglot + Flymake) against a real `copydesk lsp`.
#
#   editors/emacs/test/run.sh [SEED.md]
#
# $COPYDESK  the copydesk binary (default: target/release/copydesk from the
#            repository root, else `copydesk` on PATH)
# SEED.md    the seed report (default: $COPYDESK_SEED, else tests/fixtures/seed.md)
# $EMACS     the emacs to run (default: emacs)
#
# Needs Debian's emacs-nox, elpa-eglot and elpa-markdown-mode (Emacs 28).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"

bin="${COPYDESK:-}"
if [[ -z "$bin" ]]; then
  if [[ -x "$root/target/release/copydesk" ]]; then bin="$root/target/release/copydesk"; else bin=copydesk; fi
fi
if [[ "$bin" == */* && "$bin" != /* ]]; then bin="$PWD/$bin"; fi

seed="${1:-${COPYDESK_SEED:-$root/tests/fixtures/seed.md}}"
if [[ "$seed" != /* ]]; then seed="$PWD/$seed"; fi

emacs="${EMACS:-emacs}"
command -v "$emacs" >/dev/null || { echo "emacs test: $emacs not found" >&2; exit 2; }
[[ -r "$seed" ]] || { echo "emacs test: seed report not readable: $seed" >&2; exit 2; }

export COPYDESK="$bin" COPYDESK_SEED="$seed"
# Keep the user's init files and state out of the test.
tmp_home="$(mktemp -d)"
trap 'rm -rf "$tmp_home"' EXIT
export HOME="$tmp_home"

timeout 120 "$emacs" --batch -l "$here/copydesk-test.el"
