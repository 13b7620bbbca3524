#!/usr/bin/env bash
# Builds every artifact twice from clean and compares their SHA-256 checksums: a reproducible
# build gives byte-identical jars (main, sources, javadoc, and the mtss.jar tool).
set -euo pipefail
cd "$(dirname "$0")/.."
build() {
  ./mvnw -B -q clean package -DskipTests >/dev/null
  find . -path '*/target/*.jar' -not -path '*/it/*' -not -path '*/local-repo/*' | sort | xargs sha256sum
}
first=$(build)
second=$(build)
if [ "$first" = "$second" ]; then
  echo "reproducible: $(echo "$first" | wc -l) jars identical across two clean builds"
  echo "$first"
else
  echo "NOT reproducible:"
  diff <(echo "$first") <(echo "$second") || true
  exit 1
fi
