#!/usr/bin/env bash
# Times `mtss screen` on one students.csv as given and with 1 % and 10 % of its data rows broken
# (an unbalanced quote opening the second field, which the CSV grammar refuses), and prints the
# wall times with their ratio to the clean file: a broken row must cost what a good one costs.
# The three files are screened in turn MTSS_BENCH_ROUNDS times (default 3) and the median of
# each is printed, so that a load that comes and goes on the machine falls on all three alike.
# Usage: scripts/bench-broken-rows.sh STUDENTS_CSV [HEAP, default 1g]   (after a package build;
#   MTSS_JAR names another build of the tool)
set -uo pipefail
cd "$(dirname "$0")/.."
clean=$1
heap=${2:-1g}
rounds=${MTSS_BENCH_ROUNDS:-3}
tool=${MTSS_JAR:-mtss-examples/target/mtss.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$tool" validate --rule-cache "$work/rule-cache" >/dev/null
cp "$clean" "$work/0.csv"
for every in 100 10; do
  awk -F, -v OFS=, -v every="$every" 'NR > 1 && NR % every == 0 { $2 = "\"" $2 } 1' \
    "$clean" >"$work/$every.csv"
done
screen() {
  local start end
  start=$(date +%s.%N)
  java -Xmx"$heap" -jar "$tool" screen --students "$work/$1.csv" --threads 2 \
    --rule-cache "$work/rule-cache" --out "$work/out" >/dev/null 2>"$work/$1.err"
  end=$(date +%s.%N)
  echo "$end - $start" | bc >>"$work/$1.times"
}
for _ in $(seq "$rounds"); do
  for file in 0 100 10; do
    screen "$file"
  done
done
median() {
  sort -n "$work/$1.times" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}
base=$(median 0)
echo "| students.csv, $(($(wc -l <"$clean") - 1)) rows, -Xmx$heap, 2 threads, median of $rounds | wall time | vs clean |"
echo "|---|---|---|"
printf '| clean | %.1f s | 1.00 |\n' "$base"
for every in 100 10; do
  t=$(median "$every")
  printf '| %d %% of rows with an unbalanced quote (%s rejected) | %.1f s | %.2f |\n' \
    $((100 / every)) "$(grep -oE '^[0-9]+' "$work/$every.err")" "$t" "$(echo "$t / $base" | bc -l)"
done
echo "each run (s): clean $(paste -sd' ' "$work/0.times"); 1 % $(paste -sd' ' "$work/100.times"); 10 % $(paste -sd' ' "$work/10.times")"
