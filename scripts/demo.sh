#!/usr/bin/env bash
# The main job on the bundled examples: sets up what is missing, builds, and writes what
# ActorMap makes of each example map into Output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
actormap="$(swift build -c release --show-bin-path)/actormap"

mkdir -p Output
for dataset in Examples/Datasets/*.yaml; do
    name="$(basename "$dataset" .yaml)"
    "$actormap" validate "$dataset" > "Output/$name-validation.txt"
    "$actormap" summary "$dataset" > "Output/$name-summary.txt"
    "$actormap" summary "$dataset" --format json > "Output/$name-summary.json"
    last="$("$actormap" summary "$dataset" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["last_year"])')"
    "$actormap" metrics "$dataset" --year "$last" > "Output/$name-metrics-$last.txt"
    "$actormap" metrics "$dataset" --year "$last" --format csv > "Output/$name-metrics-$last.csv" 2>/dev/null
    "$actormap" shift "$dataset" --from "$((last - 10))" --to "$last" --format markdown > "Output/$name-shift.md" 2>/dev/null
    "$actormap" series "$dataset" --level graph > "Output/$name-series.csv"
    echo "Output/$name-summary.txt" >&2
done
