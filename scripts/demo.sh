#!/usr/bin/env bash
# The main job on the bundled examples: sets up what is missing, builds, and writes what
# ActorMap makes of each example map into Output/: validation, summaries, and a gallery of
# drawings (three years of each map, laid out with dot and with neato, as SVG and PNG, and
# the latest year sized by betweenness), shown by Output/README.md, and a self-contained
# HTML report of each map over the years, Output/report-<example>.html.
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
    "$actormap" report "$dataset" -o "Output/report-$name.html" 2>/dev/null
    echo "Output/$name-summary.txt" >&2
done

# Maps whose actors carry Net-Map ratings (influence and interest): the power–interest grid
# and perceived against structural power, in the map's last year.
for dataset in Examples/Datasets/*.yaml; do
    grep -q "influence:" "$dataset" && grep -q "interest:" "$dataset" || continue
    name="$(basename "$dataset" .yaml)"
    last="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["last_year"])' "Output/$name-summary.json")"
    for format in svg png; do
        "$actormap" grid "$dataset" --year "$last" -o "Output/$name-grid.$format"
    done
    "$actormap" salience "$dataset" --year "$last" > "Output/$name-salience.txt"
    echo "Output/$name-grid.svg" >&2
done

# Three years of each map: the first with at least three ties, the last, and one midway.
years() {
    python3 - "$1" <<'PY'
import json, sys
years = [y["year"] for y in json.load(open(sys.argv[1]))["years"] if y["relationships"] >= 3]
picked = sorted({years[0], years[len(years) // 2], years[-1]}) if years else []
print(" ".join(map(str, picked)))
PY
}

gallery="Output/README.md"
{
    echo "# Gallery"
    echo
    echo "What \`scripts/demo.sh\` draws from each map in \`Examples/Datasets/\` with \`actormap render\`:"
    echo "three years of each, laid out with dot (layered) and with neato (distances follow ties),"
    echo "and the latest year with each actor's area proportional to its betweenness."
    echo "Each picture links to its SVG, where every actor is a group \`actor-<id>\` whose tooltip"
    echo "gives its name, kind, group, degree, betweenness and PageRank. See docs/rendering.md."
} > "$gallery"

for dataset in Examples/Datasets/*.yaml; do
    name="$(basename "$dataset" .yaml)"
    title="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["title"])' "Output/$name-summary.json")"
    { echo; echo "## $title"; echo; echo "| year | dot | neato |"; echo "|---|---|---|"; } >> "$gallery"
    last=""
    for year in $(years "Output/$name-summary.json"); do
        row="| $year |"
        for layout in dot neato; do
            base="$name-$year-$layout"
            for format in svg png; do
                "$actormap" render "$dataset" --year "$year" --layout "$layout" -o "Output/$base.$format" 2>/dev/null
            done
            row="$row [![$title, $year, $layout]($base.png)]($base.svg) |"
        done
        echo "$row" >> "$gallery"
        echo "Output/$name-$year-*.png" >&2
        last="$year"
    done
    if [ -n "$last" ]; then
        base="$name-$last-betweenness"
        for format in svg png; do
            "$actormap" render "$dataset" --year "$last" --layout neato --size-by betweenness -o "Output/$base.$format" 2>/dev/null
        done
        { echo; echo "$last, area proportional to betweenness (neato):"; echo; echo "[![$title, $last, sized by betweenness]($base.png)]($base.svg)"; } >> "$gallery"
    fi
done
echo "$gallery" >&2
