#!/usr/bin/env bash
# Prints the benchmark figures of docs/performance.md on this machine:
#   1. the in-process table (decide-only rates, sessions, rules x10, threads, heap, allocation);
#   2. end to end on a generated district: plain-Java read+decide+write versus `mtss screen`,
#      with and without partner matching, at the heap given in MTSS_BENCH_HEAP (default 1g);
#   3. the rules-versus-reference check on MTSS_BENCH_CHECK students (default 1,000,000);
#   4. `mtss screen` on the generated students.csv clean and with 1 % and 10 % broken rows.
# Usage: scripts/bench.sh [students, default 1000000]
set -uo pipefail
cd "$(dirname "$0")/.."
students=${1:-1000000}
heap=${MTSS_BENCH_HEAP:-1g}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q package -DskipTests -Dinvoker.skip=true >/dev/null
bench=mtss-bench/target/benchmarks.jar
tool=mtss-examples/target/mtss.jar
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
java -Xmx4g -jar "$bench" 2>/dev/null
java -jar "$tool" generate --students "$students" --seed 7 --out "$work/district" >/dev/null
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  if "$@" >"$work/log" 2>&1; then
    end=$(date +%s.%N)
    printf '| %s | %.1f s |\n' "$label" "$(echo "$end - $start" | bc)"
  else
    printf '| %s | failed: %s |\n' "$label" "$(grep -m1 -oE 'OutOfMemoryError[^(]*|error: .*' "$work/log")"
  fi
}
cache="$work/rule-cache"
students_csv="$work/district/students.csv"
echo
echo "| end to end, $students students, -Xmx$heap, 2 threads | wall time |"
echo "|---|---|"
timed "tiers only, plain-Java evaluator: read + decide + write tiers.csv" \
  java -Xmx"$heap" -cp "$bench" io.github.mtss.bench.TiersPipeline plain 2 "$students_csv" \
  "$work/plain.csv"
timed "tiers only, rules, cold (KieBase compiled)" \
  java -Xmx"$heap" -cp "$bench" io.github.mtss.bench.TiersPipeline rules 2 "$students_csv" \
  "$work/rules.csv"
head -2 "$students_csv" >"$work/one.csv"
env MTSS_RULE_CACHE="$cache" java -cp "$bench" io.github.mtss.bench.TiersPipeline rules 1 \
  "$work/one.csv" "$work/one-tiers.csv" >/dev/null   # compiles once into the cache
java -jar "$tool" validate --rule-cache "$cache" >/dev/null   # the tool's own build stamp
timed "tiers only, rules, compiled rules cached" env MTSS_RULE_CACHE="$cache" \
  java -Xmx"$heap" -cp "$bench" io.github.mtss.bench.TiersPipeline rules 2 "$students_csv" \
  "$work/rules.csv"
timed "mtss screen, all outputs, cold" java -Xmx"$heap" -jar "$tool" screen \
  --students "$students_csv" --threads 2 --out "$work/screen"
timed "mtss screen, all outputs, compiled rules cached" java -Xmx"$heap" -jar "$tool" screen \
  --students "$students_csv" --threads 2 --rule-cache "$cache" --out "$work/screen"
timed "mtss screen --partners (optimal matching), compiled rules cached" java -Xmx"$heap" \
  -jar "$tool" screen --students "$students_csv" --partners "$work/district/partners.csv" \
  --threads 2 --rule-cache "$cache" --out "$work/match"
for run in screen match; do
  if [ -f "$work/$run/summary.json" ]; then
    python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["run_time_ms_by_phase"]; print("  " + sys.argv[2] + " phases (ms): " + ", ".join(k + " " + str(v) for k, v in p.items()))' \
      "$work/$run/summary.json" "$run"
  fi
done
echo
java -Xmx2g -cp "$bench" io.github.mtss.bench.ReferenceCheck "${MTSS_BENCH_CHECK:-1000000}" \
  2>/dev/null | tail -1
echo
scripts/bench-broken-rows.sh "$students_csv" "$heap"
