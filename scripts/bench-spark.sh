#!/usr/bin/env bash
# Times the same screen with partner matching two ways on this machine, in turn, MTSS_BENCH_ROUNDS
# times (default 1): `mtss screen --partners --threads 2` and the Spark job in local[2]
# (scripts/spark-local.sh, CSV outputs), on STUDENTS_CSV and PARTNERS_CSV; and the Spark job on
# the demo district's 400 students, its fixed cost (start, rule compile, job planning). Checks
# that the five files are byte-identical, and prints each wall time and CPU time (user + system,
# which a machine shared with other work inflates less than wall time), the ratios Spark /
# command, and the Spark executor cost per student: CPU time on the file less the fixed run's,
# per student, in core-microseconds.
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
# Runs a command; prints its wall seconds and CPU seconds (user + system, children included).
seconds() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >"$work/last.out" 2>"$work/last.err" \
    || { cat "$work/last.err" >&2; exit 1; }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  rm -rf "$work"/cli "$work"/spark "$work"/small
  read -r cli cli_cpu < <(seconds java -Xmx2g -jar "$tool" screen --students "$students" --partners "$partners" \
    --threads 2 --out "$work/cli")
  read -r spark spark_cpu < <(seconds scripts/spark-local.sh --students "$students" \
    --partners "$partners" --out "$work/spark")
  read -r small small_cpu < <(seconds scripts/spark-local.sh --students "$demo/students.csv" \
    --partners "$demo/partners.csv" --out "$work/small")
  for f in tiers.csv family.csv recommendations.csv unmet.csv rejects.csv; do
    cmp -s "$work/cli/$f" "$work/spark/$f" || echo "round $round: $f differs" >&2
  done
  printf 'round %d: %d students: mtss screen %.1f s (cpu %.1f s), spark local[2] %.1f s ' \
    "$round" "$rows" "$cli" "$cli_cpu" "$spark"
  printf '(cpu %.1f s): ratio %.2f wall, %.2f cpu; spark fixed run %.1f s (cpu %.1f s); ' \
    "$spark_cpu" "$(echo "$spark / $cli" | bc -l)" "$(echo "$spark_cpu / $cli_cpu" | bc -l)" \
    "$small" "$small_cpu"
  printf 'executor cost %.0f core-us per student\n' \
    "$(echo "($spark_cpu - $small_cpu) * 1000000 / $rows" | bc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
