#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer) of every reader and of the DOT, SVG and HTML writers.
#
#   scripts/fuzz.sh [seconds-per-target] [target ...]
#
# Targets: yaml json csv xlsx graphml gexf dot svg html (all by default), each run for
# 60 seconds unless told otherwise, one after another. The library and its dependencies are
# built with coverage into .build-fuzz (SwiftPM's own .build is left alone), each target in
# Fuzz/Targets is linked against them with `swiftc -sanitize=fuzzer`, and its corpus grows in
# .build-fuzz/corpus/<target>, seeded from Examples/Datasets, Fuzz/Seeds and the test
# fixtures. An input that crashes or hangs a target is saved as Fuzz/Crashes/<target>-…;
# make it a regression test in Tests/ActorMapTests/HostileInputTests.swift, then delete it.
# Exits 1 if any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml json csv xlsx graphml gexf gephitime edgelist kumu dot svg html)
build=.build-fuzz

echo "building the library with coverage into $build…"
swift build --build-path "$build" --target ActorMap -Xswiftc -sanitize=fuzzer
debug="$build/debug"
objects=()
for module in ActorMap Yams CYaml ZIPFoundation CSV; do
    while IFS= read -r object; do objects+=("$object"); done < <(find -L "$debug/$module.build" -name '*.o')
done

seed() {
    local target=$1 corpus=$2
    case $target in
        yaml|dot|html) cp Examples/Datasets/*.yaml "$corpus"/ ;;
        json|csv|graphml|gexf|gephitime|edgelist|kumu|svg) cp Fuzz/Seeds/"$target"/* "$corpus"/ ;;
        xlsx) cp Tests/ActorMapTests/Fixtures/interchange/*.xlsx "$corpus"/ ;;
    esac
}

mkdir -p Fuzz/Crashes
found=0
for target in "${targets[@]}"; do
    source="Fuzz/Targets/$target.swift"
    [ -f "$source" ] || { echo "no fuzz target '$target' (Fuzz/Targets has: $(ls Fuzz/Targets | sed 's/\.swift//' | tr '\n' ' '))" >&2; exit 2; }
    binary="$build/fuzz-$target"
    swiftc -sanitize=fuzzer -parse-as-library -g -I "$debug/Modules" -I "$debug" \
        -Xcc -fmodule-map-file="$build/checkouts/Yams/Sources/CYaml/include/module.modulemap" \
        -Xcc -fmodule-map-file=Sources/CLibYAML/module.modulemap \
        -Xcc -fmodule-map-file="$build/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap" \
        "$source" "${objects[@]}" -lz -o "$binary"
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    seed "$target" "$corpus"
    echo "fuzzing $target for ${seconds}s…"
    # Swift's own backtracer would take the trap before libFuzzer could save the input.
    if ! SWIFT_BACKTRACE=enable=no "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
            -artifact_prefix="Fuzz/Crashes/$target-" -print_final_stats=1 2> "$build/fuzz-$target.log"; then
        found=1
        echo "$target: found a failure; see $build/fuzz-$target.log and Fuzz/Crashes/" >&2
    fi
    grep -E "^(stat::number_of_executed_runs|stat::peak_rss_mb|#[0-9]+.*DONE)" "$build/fuzz-$target.log" | sed "s/^/  $target: /" || true
done
exit $found
