#!/usr/bin/env bash
# Imports a synthetic Ed-Fi district with `mtss import edfi` at a bounded heap and prints the
# wall time, the peak resident memory and the records per second (docs/performance.md,
# "Ed-Fi import").
# Usage: scripts/bench-edfi-import.sh [students, default 1000000] [attendance events per
#        student, default 20]; the heap is MTSS_BENCH_HEAP (default 1g).
set -euo pipefail
cd "$(dirname "$0")/.."
students=${1:-1000000}
events=${2:-20}
heap=${MTSS_BENCH_HEAP:-1g}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q package -DskipTests -Dinvoker.skip=true -pl mtss-bench,mtss-examples -am >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
start=$(date +%s.%N)
java -cp mtss-bench/target/benchmarks.jar io.github.mtss.bench.EdFiDistrictGenerator \
  "$students" "$events" 7 "$work/edfi"
generated=$(date +%s.%N)
printf 'generated %d students, %d attendance events (%s on disk) in %.0f s\n' "$students" \
  "$((students * events))" "$(du -sh "$work/edfi" | cut -f1)" "$(echo "$generated - $start" | bc)"
/usr/bin/time -v java -Xmx"$heap" -jar mtss-examples/target/mtss.jar import edfi \
  --in "$work/edfi" --as-of 2022-03-01 --out "$work/out" >"$work/log" 2>"$work/time" || {
    echo "import failed:"; tail -5 "$work/log" "$work/time"; exit 1; }
cat "$work/log"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time")
rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/time")
cpu=$(awk -F': ' '/User time|System time/{sum += $2} END {print sum}' "$work/time")
seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
records=$(python3 -c 'import json,sys; print(sum(r["read"] for r in json.load(open(sys.argv[1]))["resources"].values()))' "$work/out/import-summary.json")
echo "| students | attendance events | records read | heap | wall time | CPU time | peak RSS | records/s of wall time |"
echo "|---|---|---|---|---|---|---|---|"
printf '| %d | %d | %d | -Xmx%s | %.1f s | %.1f s | %d MiB | %.0f |\n' "$students" \
  "$((students * events))" "$records" "$heap" "$seconds" "$cpu" "$((rss / 1024))" \
  "$(echo "$records / $seconds" | bc -l)"
