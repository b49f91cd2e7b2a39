#!/usr/bin/env bash
# Rendering in process (actormap render, through libgvc) against the `dot` program, on the
# same DOT text: seeded random maps of several sizes, each layout engine, SVG output.
#
#   Benchmarks/render_vs_dot.sh [runs]        # best of `runs` (default 3) for each figure
#
# For each map and engine it writes the DOT text with `actormap render --format dot`, times
# `dot -K<engine> -Tsvg` on that file, and times `actormap render --timings` drawing the same
# map, whose DOT text is the same bytes. It prints a Markdown table, each figure the best of
# the runs, as wall-clock time and as processor time (user + system), which a busy machine
# disturbs less:
#   dot program     the dot process, start to exit
#   in process      actormap's Graphviz call: parse, layout and render of that DOT text
#   styling         actormap building and styling the DOT text from the snapshot
#   share           styling over the whole actormap run, reading the YAML and measuring included
# The `dot` program is needed for the comparison only: apt-get install graphviz.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"

command -v dot >/dev/null || { echo "needs Graphviz's dot program for the comparison: apt-get install graphviz" >&2; exit 1; }
swift build -c release --product actormap >&2
actormap="$(swift build -c release --show-bin-path)/actormap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A seeded map of $1 actors of every kind and 2×$1 ties of every type: funding loops,
# parallel ties and isolates included, as real maps have.
make_map() { python3 Benchmarks/make_map.py "$1" $((2 * $1)); }

# Runs a command, printing its wall-clock and processor milliseconds.
timed() {
    python3 -c '
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False)
_, status, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
if status != 0:
    sys.exit(f"{sys.argv[1]} failed")
print(round(wall * 1000), round((usage.ru_utime + usage.ru_stime) * 1000))' "$@"
}

best() { sort -n | head -1; }

echo "| actors | engine | dot program, wall (cpu) ms | in process, wall (cpu) ms | styling ms | styling share |"
echo "|---:|---|---:|---:|---:|---:|"
for actors in 50 200 1000; do
    make_map "$actors" > "$work/map.yaml"
    for engine in dot neato fdp sfdp circo twopi; do
        # circo takes about a minute from 200 actors; dot, fdp and twopi take minutes or crowd
        # at 1,000, where the command would choose sfdp.
        if [ "$engine" = circo ] && [ "$actors" -ge 200 ]; then continue; fi
        if [ "$actors" -ge 1000 ] && [ "$engine" != sfdp ] && [ "$engine" != neato ]; then continue; fi
        "$actormap" render "$work/map.yaml" --layout "$engine" --format dot -o "$work/map.dot" 2>/dev/null
        # The two are timed in turn, run after run, so that a change in the machine's load
        # falls on both alike.
        : > "$work/program.txt"
        : > "$work/timings.txt"
        for _ in $(seq "$runs"); do
            timed dot -Tsvg "$work/map.dot" -o "$work/program.svg" >> "$work/program.txt"
            "$actormap" render "$work/map.yaml" --layout "$engine" -o "$work/inprocess.svg" --timings 2>&1 >/dev/null \
                | grep '^timings:' >> "$work/timings.txt"
        done
        program="$(cut -d' ' -f1 "$work/program.txt" | best) ($(cut -d' ' -f2 "$work/program.txt" | best))"
        wall() { sed -E "s/.*$1 ([0-9.]+) ms.*/\1/" "$work/timings.txt" | best; }
        cpu() { sed -E "s/.*$1 [0-9.]+ ms \(cpu ([0-9.]+) ms\).*/\1/" "$work/timings.txt" | best; }
        render="$(wall "layout and render") ($(cpu "layout and render"))"
        styling=$(wall "style")
        share=$(awk -v s="$styling" -v t="$(wall total)" 'BEGIN { printf "%.1f %%", 100 * s / t }')
        echo "| $actors | $engine | $program | $render | $styling | $share |"
    done
done
