#!/usr/bin/env bash
# Times the command as an analyst runs it, `actormap metrics MAP --format csv`, beside a
# Python script doing the same work with igraph: read the same map, build the same graph,
# compute the same measures, write the same CSV. Prints a markdown section.
#
#     Benchmarks/command_vs_igraph.sh [ACTORMAP]
#
# ACTORMAP defaults to the release build. Run by Benchmarks/run.sh, which sets up the venv.
set -euo pipefail
cd "$(dirname "$0")/.."

actormap="${1:-$(swift build -c release --show-bin-path)/actormap}"
python=Benchmarks/.venv/bin/python
map=Benchmarks/.cache/2k-map.yaml
[ -f Benchmarks/.cache/2k-undirected.edges ] || "$python" Benchmarks/generate_graphs.py >&2
[ -f "$map" ] || "$python" Benchmarks/generate_graphs.py --actor-map Benchmarks/.cache/2k-undirected.edges "$map"

echo
echo "## The command: \`actormap metrics\` beside igraph"
echo
if ! "$actormap" --help | grep -q "^  metrics "; then
    echo "Not measured: this build of \`actormap\` has no \`metrics\` command yet."
    exit 0
fi

# The best of three wall-clock times of a command, in microseconds.
best_of_three() {
    local best="" start elapsed
    for _ in 1 2 3; do
        start=${EPOCHREALTIME/./}
        "$@" >/dev/null 2>&1
        elapsed=$(( ${EPOCHREALTIME/./} - start ))
        if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
    done
    echo "$best"
}
seconds() { awk -v t="$1" 'BEGIN { printf "%.2f", t / 1e6 }'; }

ours=$(best_of_three "$actormap" metrics "$map" --format csv)
reading=$(best_of_three "$actormap" validate "$map")
theirs=$(best_of_three "$python" Benchmarks/peers.py igraph-metrics "$map")
python_version=$("$python" -c "import igraph, yaml, platform; print(f'Python {platform.python_version()}, igraph {igraph.__version__}, PyYAML {yaml.__version__} (C loader)')")

cat <<EOF
The 2,000-actor, 10,000-tie undirected graph as a dataset (\`generate_graphs.py --actor-map\`:
actors of 16 built-in kinds in blocks of 100, ties from donors, foundations and multilateral
agencies as funding, the rest as collaboration, weights 1–5), timed from the shell, best of
three, process start to exit. The Python script (\`peers.py igraph-metrics\`, $python_version)
reads the YAML, builds the same projection, computes every measure \`actormap metrics\`
reports and writes the same CSV.

| run | seconds |
|---|--:|
| \`actormap metrics 2k-map.yaml --format csv\` | $(seconds "$ours") |
| \`peers.py igraph-metrics 2k-map.yaml\` (Python, igraph) | $(seconds "$theirs") |
| ratio (Python / actormap; above 1: actormap is faster) | $(awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "%.1f", a / b }')× |
| of which reading and checking the map: \`actormap validate 2k-map.yaml\` | $(seconds "$reading") |
EOF
