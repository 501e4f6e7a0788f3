#!/usr/bin/env bash
# The soak: the run command's portal with the demo data, 200 people signed in through the pages, ten minutes of wrk
# sending each request as one of them to one of the main pages; errors and server exceptions appended to
# docs/PERFORMANCE.md. Needs wrk. BENCH_JAVA_OPTS="-Dbench.soak.minutes=2" for a shorter one.
BENCH_SIZES=soak exec "$(dirname "$0")/load-benchmark.sh"
