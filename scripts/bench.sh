#!/usr/bin/env bash
# Prints the benchmark figures of docs/performance.md on this machine:
#   1. the in-process table (decide-only rates, sessions, rules x10, threads, heap, allocation);
#   2. end to end on a generated district: the tiers-only pipeline deciding with plain Java and
#      with the rules, the same tiers as one DuckDB SQL query (the peer), then `mtss screen`
#      with and without partner matching (and both again with the parallel garbage collector),
#      at the heap given in MTSS_BENCH_HEAP (default 1g),
#      and the ratios between them, all measured in this one run beside the machine's load;
#   3. the rules-versus-reference check on MTSS_BENCH_CHECK students (default 1,000,000);
#   4. `mtss screen` on the generated students.csv clean and with 1 % and 10 % broken rows
#      (skipped with MTSS_BENCH_BROKEN_ROWS=0).
# Usage: scripts/bench.sh [students, default 1000000]
set -uo pipefail
cd "$(dirname "$0")/.."
students=${1:-1000000}
heap=${MTSS_BENCH_HEAP:-1g}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ "${MTSS_BENCH_BUILD:-1}" = 0 ] || ./mvnw -B -q package -DskipTests -Dinvoker.skip=true >/dev/null   # MTSS_BENCH_BUILD=0: jars as built
bench=mtss-bench/target/benchmarks.jar
tool=mtss-examples/target/mtss.jar
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load: $(uptime | sed 's/.*load average: //')"
java -Xmx4g -jar "$bench" 2>/dev/null
java -jar "$tool" generate --students "$students" --seed 7 --out "$work/district" >/dev/null
last=0   # the wall time of the last timed run, in seconds
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  if "$@" >"$work/log" 2>&1; then
    end=$(date +%s.%N)
    last=$(echo "$end - $start" | bc)
    printf '| %s | %.1f s | load %s |\n' "$label" "$last" "$(cut -d' ' -f1 /proc/loadavg)"
  else
    last=0
    printf '| %s | failed: %s | |\n' "$label" "$(grep -m1 -oE 'OutOfMemoryError[^(]*|error: .*' "$work/log")"
  fi
}
ratio() { # ratio A B: A / B with two decimals, or n/a when a run failed
  if [ "$(echo "$2 > 0 && $1 > 0" | bc)" = 1 ]; then printf '%.2f' "$(echo "$1 / $2" | bc -l)"; else echo n/a; fi
}
cache="$work/rule-cache"
students_csv="$work/district/students.csv"
echo
echo "| end to end, $students students, -Xmx$heap, 2 threads | wall time | 1-min load |"
echo "|---|---|---|"
timed "tiers only, plain-Java evaluator: read + decide + write tiers.csv" \
  java -Xmx"$heap" -cp "$bench" io.github.mtss.bench.TiersPipeline plain 2 "$students_csv" \
  "$work/plain.csv"
plain=$last
timed "tiers only, DuckDB SQL query of the default rules (peer), 2 threads" \
  java -Xmx"$heap" -cp "$bench" io.github.mtss.bench.DuckDbPeer 2 "$students_csv" \
  "$work/duckdb.csv"
peer=$last
timed "tiers only, rules, cold (KieBase compiled)" \
  java -Xmx"$heap" -cp "$bench" io.github.mtss.bench.TiersPipeline rules 2 "$students_csv" \
  "$work/rules.csv"
rules_cold=$last
head -2 "$students_csv" >"$work/one.csv"
env MTSS_RULE_CACHE="$cache" java -cp "$bench" io.github.mtss.bench.TiersPipeline rules 1 \
  "$work/one.csv" "$work/one-tiers.csv" >/dev/null   # compiles once into the cache
java -jar "$tool" validate --rule-cache "$cache" >/dev/null   # the tool's own build stamp
timed "tiers only, rules, compiled rules cached" env MTSS_RULE_CACHE="$cache" \
  java -Xmx"$heap" -cp "$bench" io.github.mtss.bench.TiersPipeline rules 2 "$students_csv" \
  "$work/rules.csv"
rules_cached=$last
timed "mtss screen, all outputs, cold (target <= 10 s)" java -Xmx"$heap" -jar "$tool" screen \
  --students "$students_csv" --threads 2 --out "$work/screen"
timed "mtss screen, all outputs, compiled rules cached" java -Xmx"$heap" -jar "$tool" screen \
  --students "$students_csv" --threads 2 --rule-cache "$cache" --out "$work/screen"
timed "mtss screen --partners (optimal matching), cold (target <= 12 s)" java -Xmx"$heap" \
  -jar "$tool" screen --students "$students_csv" --partners "$work/district/partners.csv" \
  --threads 2 --out "$work/match"
timed "mtss screen, all outputs, cold, java -XX:+UseParallelGC" java -XX:+UseParallelGC \
  -Xmx"$heap" -jar "$tool" screen --students "$students_csv" --threads 2 --out "$work/screen-pgc"
timed "mtss screen --partners, cold, java -XX:+UseParallelGC" java -XX:+UseParallelGC \
  -Xmx"$heap" -jar "$tool" screen --students "$students_csv" \
  --partners "$work/district/partners.csv" --threads 2 --out "$work/match-pgc"
echo
echo "| ratio, this run | value | target |"
echo "|---|---|---|"
echo "| tiers only, plain / rules, cold | $(ratio "$plain" "$rules_cold") | >= 0.5 |"
echo "| tiers only, plain / rules, cached | $(ratio "$plain" "$rules_cached") | |"
echo "| tiers only, rules cold / DuckDB peer | $(ratio "$rules_cold" "$peer") | <= 3 |"
echo "| tiers only, plain Java / DuckDB peer | $(ratio "$plain" "$peer") | |"
if [ -f "$work/rules.csv" ] && [ -f "$work/plain.csv" ] && [ -f "$work/duckdb.csv" ]; then
  same() { if diff -q <(tr -d '\r' <"$1") <(tr -d '\r' <"$2") >/dev/null; then echo identical; else echo DIFFERENT; fi; }
  echo "  tiers.csv rules vs plain: $(same "$work/rules.csv" "$work/plain.csv"); rules vs DuckDB: $(same "$work/rules.csv" "$work/duckdb.csv")"
fi
for run in screen match; do
  if [ -f "$work/$run/summary.json" ]; then
    python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["run_time_ms_by_phase"]; print("  " + sys.argv[2] + " phases (ms): " + ", ".join(k + " " + str(v) for k, v in p.items()))' \
      "$work/$run/summary.json" "$run"
  fi
done
echo
java -Xmx2g -cp "$bench" io.github.mtss.bench.ReferenceCheck "${MTSS_BENCH_CHECK:-1000000}" \
  2>/dev/null | tail -1
if [ "${MTSS_BENCH_BROKEN_ROWS:-1}" != 0 ]; then   # MTSS_BENCH_BROKEN_ROWS=0 skips part 4
  echo
  scripts/bench-broken-rows.sh "$students_csv" "$heap"
fi
