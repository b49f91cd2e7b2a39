#!/usr/bin/env bash
# Times `actormap keyplayers --goal fragment` beside Borgatti's search written in Python with
# igraph (Benchmarks/keyplayers_peer.py: the same greedy start, swaps and seeded restarts,
# each set scored alone by igraph's breadth-first searches), in the same run, one after the
# other, and rewrites the section "Key players" of Benchmarks/results.md.
#
#     Benchmarks/keyplayers.sh [ACTORMAP]                  # 1,000 and 5,000 actors: ten minutes
#     SIZES="500 1000" RESTARTS=3 Benchmarks/keyplayers.sh .build/debug/actormap
#
# ACTORMAP defaults to the release build. Each map is make_map.py's with 2.5 ties per actor
# (every actor has five on average), of positive types, so that every tie counts; K=3 (set
# K to change it), RESTARTS=1 and SEED=1 by default. Python runs the whole search on maps of
# up to PEER_FULL_UP_TO actors (1,000 by default) and must find the same set with the same
# score (on 1,000 actors it takes about five minutes); on larger ones it would take days (each
# set costs igraph an all-pairs search), so it scores 20 random sets and its time is that
# per set times the number of sets the search scores (ActorMap's count less its three
# baselines), marked as an estimate. Timings mean something only on a quiet machine: the load
# average is written beside them, and each size waits while a Swift build is going on
# (BENCHMARK_NO_WAIT=1 skips the wait).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${PYTHON:-}" ]; then python="$PYTHON"; else source Benchmarks/venv.sh; fi
if [ -n "${1:-}" ]; then
    actormap="$1"
else
    if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
    swift build -c release --product actormap >&2
    actormap="$(swift build -c release --show-bin-path)/actormap"
fi
k="${K:-3}" restarts="${RESTARTS:-1}" seed="${SEED:-1}" full="${PEER_FULL_UP_TO:-1000}"
mkdir -p Benchmarks/.cache
rows=()
for n in ${SIZES:-1000 5000}; do
    while [ "${BENCHMARK_NO_WAIT:-}" != 1 ] && pgrep -x 'swift-build|swift-test' >/dev/null; do sleep 30; done
    map="Benchmarks/.cache/keyplayers-$n.yaml"
    [ -f "$map" ] || "$python" Benchmarks/make_map.py "$n" $((n * 5 / 2)) --types mou,funding,collaboration --seed "$n" > "$map"
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    start=${EPOCHREALTIME/./}
    "$actormap" keyplayers "$map" --year 2020 --allow-outside-span --size "$k" --goal fragment --restarts "$restarts" \
        --seed "$seed" --format json > "Benchmarks/.cache/keyplayers-$n.json" 2>/dev/null
    ours=$(( ${EPOCHREALTIME/./} - start ))
    if [ "$n" -le "$full" ]; then
        "$python" Benchmarks/keyplayers_peer.py "$map" --size "$k" --restarts "$restarts" --seed "$seed" > "Benchmarks/.cache/keyplayers-$n-peer.json"
    else
        "$python" Benchmarks/keyplayers_peer.py "$map" --size "$k" --seed "$seed" --sample 20 > "Benchmarks/.cache/keyplayers-$n-peer.json"
    fi
    rows+=("$("$python" - "$n" "$ours" "$load" "Benchmarks/.cache/keyplayers-$n.json" "Benchmarks/.cache/keyplayers-$n-peer.json" <<'EOF'
import json, sys
n, ours, load, ours_path, peer_path = sys.argv[1], int(sys.argv[2]) / 1e6, sys.argv[3], sys.argv[4], sys.argv[5]
mine = json.load(open(ours_path))
peer = json.load(open(peer_path))
searched = mine["evaluations"] - 3  # the whole map and the two baselines are scored besides
if "seconds" in peer:
    theirs, mark = peer["seconds"], ""
    same = [m["id"] for m in mine["set"]] == peer["set"] and abs(mine["score"] - peer["score"]) < 1e-12 and peer["evaluations"] == searched
    agree = "yes" if same else f"**no**: {peer['set']} {peer['score']}"
else:
    theirs, mark = peer["seconds_per_set"] * searched, " (estimate)"
    agree = "not run in full"
def shown(seconds):
    return f"{seconds:.2f} s" if seconds < 120 else f"{seconds / 60:.1f} min"
print(f"| {int(n):,} | {peer['ties']:,} | {searched:,} | {shown(ours)} | {shown(theirs)}{mark} | {theirs / ours:.0f}× | {agree} | {mine['score']:.6f} | {load} |")
EOF
)")
done

version="$("$actormap" --version 2>/dev/null || echo unknown)"
section="$(cat <<EOF
## Key players: \`actormap keyplayers --goal fragment\` beside igraph

Produced by \`Benchmarks/keyplayers.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, \`actormap\` $version at
$(git rev-parse --short HEAD) (\`$actormap\`), Python $("$python" -c 'import platform; print(platform.python_version())') with igraph
$("$python" -c 'import igraph; print(igraph.__version__)'). Each map is \`make_map.py N 2.5N --types mou,funding,collaboration\`
(five ties per actor on average, every tie counted); the search is for K=$k with $restarts start(s) and seed $seed.
ActorMap is timed from the shell, process start to exit, reading the map included; the Python search
(\`keyplayers_peer.py\`, Borgatti's greedy start and swaps, each set scored alone with igraph's
harmonic centrality in C) from its start, reading not included. ActorMap scores a whole sweep of
swaps at once (the map without each further actor, from the dominators of shortest paths);
both take the same swaps, so on the maps Python searches in full they must find the same set
with the same score and the same number of sets scored.

| actors | ties | sets scored | ActorMap | Python + igraph | ratio | same set and score | DF of the set | load average (1, 5, 15 min) |
|--:|--:|--:|--:|--:|--:|---|--:|---|
$(printf '%s\n' "${rows[@]}")
EOF
)"
echo "$section"
"$python" - "$section" <<'EOF'
import re, sys
path = "Benchmarks/results.md"
text = open(path, encoding="utf-8").read()
section = sys.argv[1].rstrip("\n") + "\n"
pattern = re.compile(r"^## Key players:.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda _: section + "\n", text, count=1) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w", encoding="utf-8").write(text)
EOF
