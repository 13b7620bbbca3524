#!/usr/bin/env bash
# Runs the mtss-spark job on this machine in Spark's local mode (local[2] by default), with
# Spark's jars from the build (no installed Spark): the same screen and partner matching as
# `mtss screen --partners`, writing tiers.csv, family.csv, recommendations.csv, unmet.csv and
# rejects.csv (the same names and columns) into DIR, which must be new or empty.
# Usage: scripts/spark-local.sh --students FILE [--partners FILE] [--policy FILE] [--rules DIR]
#          [--format csv|parquet] --out DIR
#   after ./mvnw -B -pl mtss-spark -am package -DskipTests. Environment: MTSS_SPARK_MASTER
#   (default local[2]), MTSS_SPARK_HEAP (default 2g).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/mtss-spark/target/mtss-spark-0.1.0-SNAPSHOT-shaded.jar"
classpath_file="$root/mtss-spark/target/spark-classpath.txt"
if [[ ! -f "$jar" || ! -f "$classpath_file" ]]; then
  echo "spark-local.sh: build first: ./mvnw -B -pl mtss-spark -am package -DskipTests" >&2
  exit 2
fi
format=(--format csv)
for arg in "$@"; do
  if [[ "$arg" == "--format" ]]; then format=(); fi
done
# What spark-submit adds on Java 17 (also in mtss-spark/pom.xml's surefire argLine).
opens=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
# Spark's jars first, then the job's shaded jar: the class path spark-submit gives an application.
exec java "${opens[@]}" -Xmx"${MTSS_SPARK_HEAP:-2g}" \
  -Dspark.master="${MTSS_SPARK_MASTER:-local[2]}" -Dspark.ui.enabled=false \
  -Dspark.driver.host=127.0.0.1 -Dspark.sql.shuffle.partitions=8 \
  -Dlog4j2.configurationFile="$root/scripts/spark-log4j2.properties" \
  -cp "$(cat "$classpath_file"):$jar" io.github.mtss.spark.SparkScreenMain "${format[@]}" "$@"
