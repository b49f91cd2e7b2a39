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
    echo "Output/$name-summary.txt" >&2
done
