#!/usr/bin/env bash
# The soak: the run command's portal with the demo data, 200 people signed in through the pages, ten minutes of wrk
# sending each request as one of them to one of the main pages; errors and server exceptions appended to
# docs/PERFORMANCE.md. Needs wrk (Debian: apt-get install wrk). BENCH_JAVA_OPTS="-Dbench.soak.minutes=2" for less.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
jar=config/target/launcher/portal-launcher.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
port=${BENCH_DB_PORT:-54329}
dir=$(mktemp -d)
PORTAL_DATA_DIR="$dir" java -Dportal.db.port="$port" -jar "$jar" >"$dir/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do
  curl -sf http://localhost:8080/health/ready >/dev/null 2>&1 && break
  sleep 1
done
echo "== soak (portal log: $dir/portal.log)"
java ${BENCH_JAVA_OPTS:-} -cp "$pgjar" config/bench/LoadBenchmark.java http://localhost:8080 \
  "jdbc:postgresql://localhost:$port/postgres" soak docs/PERFORMANCE.md "$dir/portal.log" || { kill "$pid"; exit 1; }
kill "$pid"
wait "$pid" || true
