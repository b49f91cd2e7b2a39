#!/usr/bin/env bash
# Peak memory and time of reading one big map: `actormap validate` on the same map as YAML and
# as JSON, beside Python's `json.load` and PyYAML's libyaml loader on the same files.
#
#     Benchmarks/load_memory.sh [ACTORS TIES]     # 10000 50000 by default
#
# Uses the release build of actormap (built here when missing; ACTORMAP=path picks another)
# and python3 with PyYAML (PYTHON=path picks another). Each figure is one run, read from
# GNU time's "Maximum resident set size" and wall clock; "base" is the same tool on a
# two-actor map, its fixed cost. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

actors="${1:-10000}"
ties="${2:-50000}"
python="${PYTHON:-python3}"
if [ -z "${ACTORMAP:-}" ]; then
    swift build -c release --product actormap >&2
    ACTORMAP="$(swift build -c release --show-bin-path)/actormap"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" Benchmarks/make_map.py "$actors" "$ties" > "$work/map.yaml"
"$ACTORMAP" convert "$work/map.yaml" -o "$work/map.json" >/dev/null
"$python" Benchmarks/make_map.py 2 1 > "$work/small.yaml"
"$ACTORMAP" convert "$work/small.yaml" -o "$work/small.json" >/dev/null

# Prints "peak_MB seconds" for one command, failing when the command fails.
measure() {
    /usr/bin/time -f '%M %e' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr" >&2
        return 1
    }
    awk '{ printf "%.1f %.2f", $1 / 1024, $2 }' "$work/time"
}

load_json='import json, sys; json.load(open(sys.argv[1], "rb"))'
load_yaml='import yaml, sys; yaml.load(open(sys.argv[1], "rb"), Loader=yaml.CSafeLoader)'

echo "Map of $actors actors and $ties ties; load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| reader | input | MB | peak MB | base MB | seconds | peak MB per MB of input |"
echo "|---|---|--:|--:|--:|--:|--:|"
for format in yaml json; do
    size="$(awk -v b="$(wc -c < "$work/map.$format")" 'BEGIN { printf "%.2f", b / 1048576 }')"
    for reader in actormap python; do
        if [ "$reader" = actormap ]; then
            name='actormap validate'
            run=("$ACTORMAP" validate)
        elif [ "$format" = json ]; then
            name='Python json.load'
            run=("$python" -c "$load_json")
        else
            name='PyYAML CSafeLoader'
            run=("$python" -c "$load_yaml")
        fi
        read -r peak seconds <<<"$(measure "${run[@]}" "$work/map.$format")"
        read -r base _ <<<"$(measure "${run[@]}" "$work/small.$format")"
        ratio="$(awk -v p="$peak" -v s="$size" 'BEGIN { printf "%.1f", p / s }')"
        echo "| $name | $format | $size | $peak | $base | $seconds | $ratio |"
    done
done
