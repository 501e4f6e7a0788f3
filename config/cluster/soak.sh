#!/usr/bin/env bash
# The cluster soak: two nodes, HAProxy and PostgreSQL as the cluster test starts them, then ten minutes of mixed
# reads and writes over both nodes (config/src/test/.../ClusterSoakBenchmarkIT). Figures are printed and appended
# to docs/PERFORMANCE.md. Needs haproxy. SOAK_MINUTES=2 for a shorter one.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q install -DskipTests
mvn -B -ntp -o verify -pl config -Dit.test=ClusterSoakBenchmarkIT -Dcluster.soak.minutes="${SOAK_MINUTES:-10}"
