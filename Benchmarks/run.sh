#!/usr/bin/env bash
# Times ActorMap's measures beside igraph, NetworKit and networkx, and the `actormap metrics`
# command beside the same work in Python with igraph, and writes Benchmarks/results.md.
#
#     Benchmarks/run.sh            # every graph: several hours on two cores, most of them
#                                  # igraph's and NetworKit's path measures on 20,000 actors
#     Benchmarks/run.sh --quick    # the 2,000-actor graphs only: about ten minutes
#
# peers.py compare takes --tools, --weights and --keep to run again only part of it.
#
# Timings mean something only on a quiet machine, so each step waits while a Swift build
# is going on (BENCHMARK_NO_WAIT=1 skips the wait). Every measurement lands in
# Benchmarks/results/measures.json as it is taken.
set -euo pipefail
cd "$(dirname "$0")/.."

graphs=()
if [ "${1:-}" = "--quick" ]; then graphs=(--only 2k-undirected 2k-directed); fi

source Benchmarks/venv.sh

[ -f Benchmarks/.cache/20k-directed.edges ] || "$python" Benchmarks/generate_graphs.py >&2

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
swift build -c release --product ActorMapBenchmarks >&2
swift build -c release --product actormap >&2
bin="$(swift build -c release --show-bin-path)"

echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
mkdir -p Benchmarks/results
"$python" Benchmarks/peers.py compare --swift "$bin/ActorMapBenchmarks" "${graphs[@]}" \
    --table Benchmarks/results.md --raw Benchmarks/results/measures.json

while [ "${BENCHMARK_NO_WAIT:-}" != 1 ] && pgrep -x 'swift-build|swift-test' >/dev/null; do sleep 30; done
Benchmarks/command_vs_igraph.sh "$bin/actormap" | tee -a Benchmarks/results.md
