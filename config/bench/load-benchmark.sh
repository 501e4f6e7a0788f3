#!/usr/bin/env bash
# The load benchmark: the run command's portal at demo size and then with ten years of generated work, each main
# page and API call driven by wrk beside a static file of the same server. Writes its tables to docs/PERFORMANCE.md.
# Needs wrk (Debian: apt-get install wrk) and the built launcher (mvn -B -q -DskipTests package).
# BENCH_SIZES="soak" (what config/bench/soak.sh runs) drives the ten-minute soak at demo size instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
jar=config/target/launcher/portal-launcher.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
out=docs/PERFORMANCE.md
mkdir -p docs
[ -f "$out" ] || printf '# Performance\n\nWritten by `config/bench/load-benchmark.sh` (2 cores unless stated).\n' > "$out"
port=${BENCH_DB_PORT:-54329}
for size in ${BENCH_SIZES:-demo ten-years}; do
  dir=$(mktemp -d)
  PORTAL_DATA_DIR="$dir" java -Dportal.db.port="$port" -Dportal.db.statements=true -jar "$jar" >"$dir/portal.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    curl -sf http://localhost:8080/health/ready >/dev/null 2>&1 && break
    sleep 1
  done
  echo "== $size (portal log: $dir/portal.log)"
  java ${BENCH_JAVA_OPTS:-} -cp "$pgjar" config/bench/LoadBenchmark.java http://localhost:8080 "jdbc:postgresql://localhost:$port/postgres" \
    "$size" "$out" "$dir/portal.log" || { kill "$pid"; wait "$pid" || true; exit 1; }
  kill "$pid"
  wait "$pid" || true
done
echo "Tables appended to $out"
