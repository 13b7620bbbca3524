#!/usr/bin/env bash
# Times the same screen with partner matching two ways on this machine, in turn, MTSS_BENCH_ROUNDS
# times (default 1): `mtss screen --partners --threads 2` and the Spark job in local[2]
# (scripts/spark-local.sh, CSV outputs), on STUDENTS_CSV and PARTNERS_CSV; and the Spark job on
# the demo district's 400 students, its fixed cost (start, rule compile, job planning). Prints
# each wall time, the ratio Spark / command, and the Spark executor cost per student:
# (time on the file - fixed cost) x 2 cores / students, in core-microseconds.
# Usage: scripts/bench-spark.sh STUDENTS_CSV PARTNERS_CSV
#   after ./mvnw -B -pl mtss-examples,mtss-spark -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
students=$1
partners=$2
rounds=${MTSS_BENCH_ROUNDS:-1}
tool=${MTSS_JAR:-mtss-examples/target/mtss.jar}
demo=mtss-examples/src/main/resources/io/github/mtss/examples/demo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rows=$(($(wc -l <"$students") - 1))
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/last.out" 2>"$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  rm -rf "$work"/cli "$work"/spark "$work"/small
  cli=$(seconds java -Xmx2g -jar "$tool" screen --students "$students" --partners "$partners" \
    --threads 2 --out "$work/cli")
  spark=$(seconds scripts/spark-local.sh --students "$students" --partners "$partners" \
    --out "$work/spark")
  small=$(seconds scripts/spark-local.sh --students "$demo/students.csv" \
    --partners "$demo/partners.csv" --out "$work/small")
  for f in tiers.csv family.csv recommendations.csv unmet.csv rejects.csv; do
    cmp -s "$work/cli/$f" "$work/spark/$f" || echo "round $round: $f differs" >&2
  done
  printf 'round %d: %d students: mtss screen %.1f s, spark local[2] %.1f s (ratio %.2f), ' \
    "$round" "$rows" "$cli" "$spark" "$(echo "$spark / $cli" | bc -l)"
  printf 'spark fixed cost %.1f s, executor cost %.0f core-us per student\n' "$small" \
    "$(echo "($spark - $small) * 2 * 1000000 / $rows" | bc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
