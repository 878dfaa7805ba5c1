#!/usr/bin/env bash
# Headless Neovim test of the copydesk plugin against a real `copydesk lsp`.
#
#   editors/neovim/test/run.sh [SEED.md]
#
# $COPYDESK  the copydesk binary (default: target/release/copydesk from the
#            repository root, else `copydesk` on PATH)
# SEED.md    the seed report (default: $COPYDESK_SEED, else tests/fixtures/seed.md)
# $NVIM      the nvim to run (default: nvim)
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

nvim="${NVIM:-nvim}"
command -v "$nvim" >/dev/null || { echo "neovim test: $nvim not found" >&2; exit 2; }
[[ -r "$seed" ]] || { echo "neovim test: seed report not readable: $seed" >&2; exit 2; }

export COPYDESK="$bin" COPYDESK_SEED="$seed"
# Keep the user's config, data and state out of the test.
tmp_home="$(mktemp -d)"
trap 'rm -rf "$tmp_home"' EXIT
export XDG_CONFIG_HOME="$tmp_home/config" XDG_DATA_HOME="$tmp_home/data" \
  XDG_STATE_HOME="$tmp_home/state" XDG_CACHE_HOME="$tmp_home/cache"

# The test quits Neovim itself; `timeout` guards against a hang.
timeout 120 "$nvim" --headless -n -i NONE -u "$here/init.lua"
