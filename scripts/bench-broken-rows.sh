#!/usr/bin/env bash
# Times `mtss screen` on one students.csv as given and with 1 % and 10 % of its data rows broken
# (an unbalanced quote opening the second field, which the CSV grammar refuses), and prints the
# wall times with their ratio to the clean file: a broken row must cost what a good one costs.
# Usage: scripts/bench-broken-rows.sh STUDENTS_CSV [HEAP, default 1g]   (after a package build;
#   MTSS_JAR names another build of the tool)
set -uo pipefail
cd "$(dirname "$0")/.."
clean=$1
heap=${2:-1g}
tool=${MTSS_JAR:-mtss-examples/target/mtss.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$tool" validate --rule-cache "$work/rule-cache" >/dev/null
seconds() {
  local start end
  start=$(date +%s.%N)
  java -Xmx"$heap" -jar "$tool" screen --students "$1" --threads 2 \
    --rule-cache "$work/rule-cache" --out "$work/out" >/dev/null 2>"$work/err"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
echo "| students.csv, $(($(wc -l <"$clean") - 1)) rows, -Xmx$heap, 2 threads | wall time | vs clean |"
echo "|---|---|---|"
base=$(seconds "$clean")
printf '| clean | %.1f s | 1.00 |\n' "$base"
for every in 100 10; do
  awk -F, -v OFS=, -v every="$every" 'NR > 1 && NR % every == 0 { $2 = "\"" $2 } 1' \
    "$clean" >"$work/broken.csv"
  t=$(seconds "$work/broken.csv")
  printf '| %d %% of rows with an unbalanced quote (%s rejected) | %.1f s | %.2f |\n' \
    $((100 / every)) "$(grep -oE '^[0-9]+' "$work/err")" "$t" "$(echo "$t / $base" | bc -l)"
done
