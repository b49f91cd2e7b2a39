#!/usr/bin/env bash
# Times change over time beside Raphtory, igraph and NetworKit, and loading beside Python's
# JSON and YAML readers, each job and its peers one after another in the same run, and
# rewrites the section "Change over time" of Benchmarks/results.md.
#
#     Benchmarks/temporal.sh                              # 500, 5,000 and 20,000 actors: about an hour
#     Benchmarks/temporal.sh --sizes 500 --repeat 1       # a smoke run: about a minute
#
# Every option goes to `temporal.py run` (--sizes, --report-sizes, --tools, --shift,
# --check-years, --repeat, --no-metrics); see its help. Timings mean something only on a
# quiet machine, so each size waits while a Swift build is going on (BENCHMARK_NO_WAIT=1
# skips the wait). The maps are kept in Benchmarks/.cache.
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/venv.sh

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
if [ -z "${ACTORMAP:-}" ]; then
    swift build -c release --product actormap >&2
    ACTORMAP="$(swift build -c release --show-bin-path)/actormap"
fi

"$python" Benchmarks/temporal.py run --actormap "$ACTORMAP" --table Benchmarks/results.md \
    --invocation "Benchmarks/temporal.sh${*:+ $*}" "$@"
