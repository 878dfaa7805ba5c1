#!/usr/bin/env bash
# Whole-process benchmarks of copydesk; prints the five figures of
# docs/performance.md:
#   (a) analysis + rules throughput on one 10 MB report, one thread (MB/s)
#   (b) `copydesk check` on 5,000 reports of 2-5 KB, both cores (s)
#   (c) start-up + check of one 2 KB report (ms)
#   (d) LSP edit latency on a 1 MB report (benches/lsp_latency.rs, when present)
#   (e) peak memory of (a) (and of (d) when present)
#
#   benches/run.sh                    full run (about a minute)
#   benches/run.sh --quick            smaller inputs; fails when a figure is more
#                                     than 2x worse than benches/baseline.json
#   benches/run.sh --quick --update-baseline   record the current figures
#
# Machines are noisy, so each time is compared as a ratio to a reference
# measured in the same run on the same input: (a) to a plain word count in
# the same process, (b) and (c) to `wc -w` over the same files, (e) to the
# input size. Uses hyperfine when installed, else a loop with `date`.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
update=false
for a in "$@"; do
  case "$a" in
    --quick) quick=true ;;
    --update-baseline) update=true ;;
    *) echo "usage: benches/run.sh [--quick] [--update-baseline]" >&2; exit 2 ;;
  esac
done

if $quick; then
  mode=quick files=1000 big=2000000 reps_a=3 runs_b=3 runs_c=20
else
  mode=full files=5000 big=10000000 reps_a=5 runs_b=5 runs_c=100
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then
  cargo build --release --quiet --bin copydesk --example bench_corpus
fi
bin=target/release/copydesk
gen=target/release/examples/bench_corpus
dir=target/bench-inputs/$mode
mkdir -p "$dir"
"$gen" generate "$dir" --files "$files" --big "$big"

pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

# mean seconds of a command over N runs (after a warm-up run); shell syntax allowed
mean_time() {
  local runs=$1; shift
  local cmd=$1
  if command -v hyperfine >/dev/null; then
    local json
    json=$(mktemp)
    hyperfine --style none --warmup 1 --runs "$runs" --ignore-failure --export-json "$json" "$cmd" >/dev/null 2>&1
    sed -n 's/.*"mean": *\([0-9.eE+-]*\).*/\1/p' "$json" | head -1
    rm -f "$json"
  else
    bash -c "$cmd" >/dev/null 2>&1 || true
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do bash -c "$cmd" >/dev/null 2>&1 || true; done
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" -v n="$runs" 'BEGIN { printf "%.6f", (e - s) / n / 1e9 }'
  fi
}

# (a) + (e): in-process throughput on one thread, peak memory of that process
out=$(/usr/bin/time -f "maxrss_kb=%M" "${pin[@]}" "$gen" throughput "$dir/big.md" --reps "$reps_a" 2>&1)
field() { echo "$out" | tr ' ' '\n' | sed -n "s/^$1=//p" | head -1; }
a_mbs=$(field check_mb_s)
a_ref=$(field ref_mb_s)
a_bytes=$(field bytes)
e_kb=$(field maxrss_kb)

# (b): whole archive, both cores
b_s=$(mean_time "$runs_b" "$bin check --format json --fail-on never $dir/reports")
b_ref=$(mean_time "$runs_b" "cat $dir/reports/*.md | wc -w")

# (c): start-up + one 2 KB report
c_s=$(mean_time "$runs_c" "$bin check --format json --fail-on never $dir/one.md")
c_ref=$(mean_time "$runs_c" "wc -w $dir/one.md")

# (d): LSP latency, when its benchmark is present
d_med=n/a d_p95=n/a d_kb=n/a
if [ -f benches/lsp_latency.rs ] && ! $quick; then
  dout=$(/usr/bin/time -f "maxrss_kb=%M" cargo bench --quiet --bench lsp_latency 2>&1 || true)
  d_med=$(echo "$dout" | grep -io 'median[^0-9]*[0-9.]*' | grep -o '[0-9.]*$' | head -1)
  d_p95=$(echo "$dout" | grep -io 'p95[^0-9]*[0-9.]*' | grep -o '[0-9.]*$' | head -1)
  d_kb=$(echo "$dout" | sed -n 's/^maxrss_kb=//p' | tail -1)
fi

a_ratio=$(awk -v a="$a_mbs" -v r="$a_ref" 'BEGIN { printf "%.5f", a / r }')
b_ratio=$(awk -v a="$b_s" -v r="$b_ref" 'BEGIN { printf "%.3f", a / r }')
c_ratio=$(awk -v a="$c_s" -v r="$c_ref" 'BEGIN { printf "%.3f", a / r }')
e_ratio=$(awk -v k="$e_kb" -v b="$a_bytes" 'BEGIN { printf "%.3f", k * 1024 / b }')

echo "copydesk benchmarks ($mode: $(nproc) cores, $(uname -m))"
printf '(a) analysis+rules, 1 thread, %s MB:  %8.1f MB/s   (plain word count %.0f MB/s; ratio %s)\n' "$(awk -v b="$a_bytes" 'BEGIN{printf "%.0f", b/1e6}')" "$a_mbs" "$a_ref" "$a_ratio"
printf '(b) check %s reports, 2 cores:     %8.3f s      (cat | wc -w %.3f s; ratio %s)\n' "$files" "$b_s" "$b_ref" "$b_ratio"
printf '(c) start-up + one 2 KB report:       %8.2f ms     (wc -w %.2f ms; ratio %s)\n' "$(awk -v s="$c_s" 'BEGIN{print s*1000}')" "$(awk -v s="$c_ref" 'BEGIN{print s*1000}')" "$c_ratio"
printf '(d) LSP one-character edit, 1 MB:     median %s ms, p95 %s ms\n' "$d_med" "$d_p95"
printf '(e) peak memory: (a) %.0f MB = %sx input; (d) %s\n' "$(awk -v k="$e_kb" 'BEGIN{print k/1024}')" "$e_ratio" "$( [ "$d_kb" = n/a ] && echo n/a || awk -v k="$d_kb" 'BEGIN{printf "%.0f MB", k/1024}')"

results="\"a_mb_s\": $a_mbs, \"a_ratio\": $a_ratio, \"b_s\": $b_s, \"b_ratio\": $b_ratio, \"c_s\": $c_s, \"c_ratio\": $c_ratio, \"e_ratio\": $e_ratio"

baseline=benches/baseline.json
if $update; then
  other=$(grep -v "\"$mode\"" "$baseline" 2>/dev/null | grep '^  "' | sed 's/,$//' || true)
  {
    echo "{"
    [ -n "$other" ] && echo "$other,"
    echo "  \"$mode\": { $results }"
    echo "}"
  } > "$baseline"
  echo "recorded $mode figures in $baseline"
  exit 0
fi

if $quick; then
  line=$(grep "\"$mode\"" "$baseline" 2>/dev/null || true)
  if [ -z "$line" ]; then
    echo "no $mode baseline in $baseline: run benches/run.sh --quick --update-baseline" >&2
    exit 1
  fi
  base() { echo "$line" | tr ',{}' '\n\n\n' | sed -n "s/^ *\"$1\": *//p"; }
  fail=0
  check() { # name current baseline higher-is-better
    local verdict
    verdict=$(awk -v c="$2" -v b="$3" -v hi="$4" 'BEGIN { bad = hi ? (c * 2 < b) : (c > b * 2); print bad ? "WORSE" : "ok" }')
    printf '  %-8s now %-10s baseline %-10s %s\n' "$1" "$2" "$3" "$verdict"
    [ "$verdict" = ok ] || fail=1
  }
  echo "against $baseline (fails when more than 2x worse):"
  check a_ratio "$a_ratio" "$(base a_ratio)" 1
  check b_ratio "$b_ratio" "$(base b_ratio)" 0
  check c_ratio "$c_ratio" "$(base c_ratio)" 0
  check e_ratio "$e_ratio" "$(base e_ratio)" 0
  exit $fail
fi
