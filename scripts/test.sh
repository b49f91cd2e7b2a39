#!/usr/bin/env bash
# The whole test suite: sets up what is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTORMAP_CONFIGURATION=debug scripts/setup.sh
# The report's browser test opens it in headless Chromium; CI runs as root and installs it.
if ! command -v chromium > /dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y chromium > /dev/null || { apt-get update > /dev/null && apt-get install -y chromium > /dev/null; }
fi
# The explorer's browser tests drive Chromium through Debian's chromium-driver with Selenium.
if ! command -v chromedriver > /dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y chromium-driver > /dev/null || { apt-get update > /dev/null && apt-get install -y chromium-driver > /dev/null; }
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
swift build --build-tests
swift test --skip-build
# The report's explorer in a real browser: search, profile, steps, filters, years, zoom,
# the URL's state, hostile names, no network, and the shift checked against `actormap shift`.
python3 Tests/browser/test_explorer.py
# The stakeholder grids follow the year slider, and without script every year is a click away.
python3 Tests/browser/test_stakeholder_grids.py
# The library tour runs as a user would run it, and must draw its map.
tour_svg="$(mktemp -d)/library-tour.svg"
swift run --skip-build LibraryTour Examples/Datasets/nairobi-mukuru.yaml "$tour_svg"
grep -q "<svg" "$tour_svg" || { echo "LibraryTour wrote no SVG drawing to $tour_svg" >&2; exit 1; }
# The code of the documentation's Getting started (Snippets/GettingStarted.swift), which
# the build above compiled, runs: it reads an example, measures, compares and draws an SVG.
getting_started=$(swift run --skip-build GettingStarted)
svg=$(printf '%s\n' "$getting_started" | sed -n 's/^Wrote //p')
grep -q '<svg' "$svg" || { echo "error: GettingStarted did not write an SVG (it printed: $getting_started)" >&2; exit 1; }
# xmllint checks that the GraphML, GEXF and SVG written from a hostile map are XML.
if ! command -v xmllint > /dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y libxml2-utils > /dev/null || { apt-get update > /dev/null && apt-get install -y libxml2-utils > /dev/null; }
fi
# A real client: networkx reads ActorMap's GraphML and GEXF for every example and checks
# counts, attributes and measures against the map, and a hostile map's names.
python3 -c "import networkx, yaml" 2>/dev/null || python3 -m pip install -q networkx pyyaml
python3 scripts/check_interchange.py
# Attributes over time through GraphML and GEXF as networkx reads them.
python3 scripts/check_attribute_interchange.py
# Files Gephi, yEd, networkx, Tulip and Kumu wrote: every tie on the actors networkx puts it on.
python3 scripts/check_corpus.py
# Every sentence `shift` prints about the examples, checked against networkx's PageRank.
python3 scripts/check_shift_sentences.py
# `actormap serve` as a browser meets it: a real server on a free loopback port, its pages,
# 404 for every way out of the folder, live reload and problems on save, then Ctrl-C.
python3 Tests/serve/test_serve.py
# The served page in Chromium: a saved actor appears within 3 s, a broken file's problems show
# as text above the last good map, and the year shown is kept.
python3 Tests/browser/test_serve_page.py
# Every JSON document the command writes, validated against its schema in docs/schemas.
python3 -c "import jsonschema, referencing" 2>/dev/null || python3 -m pip install -q jsonschema
python3 scripts/check_schemas.py
# The documentation builds without a warning: every link resolves, every parameter listed
# is a parameter and none is left out.
swift package generate-documentation --target ActorMap --target ActorMapGraphviz --warnings-as-errors
# Every public symbol of the libraries has a doc comment: a summary, and Parameters,
# Returns and Throws where they apply. Prints the share documented and each gap as
# file:line. The checker's own tests run first.
python3 scripts/test_check_doc_coverage.py
swift package dump-symbol-graph --skip-synthesized-members > /dev/null
python3 scripts/check_doc_coverage.py
# The QAP and E-I permutation reference values are reproduced from their sources: R's sna
# (for the references only, not for users) and an exact enumeration in Python.
if ! Rscript -e 'library(sna)' > /dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get install -y r-cran-sna > /dev/null || { apt-get update > /dev/null && apt-get install -y r-cran-sna > /dev/null; }
fi
Rscript Tests/ActorMapTests/Fixtures/qap-sna.R | diff - Tests/ActorMapTests/Fixtures/qap-sna.txt
python3 Tests/ActorMapTests/Fixtures/ei-permutation.py | diff - Tests/ActorMapTests/Fixtures/ei-permutation.txt
