#!/usr/bin/env bash
# The whole test suite: sets up what is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTORMAP_CONFIGURATION=debug scripts/setup.sh
swift build --build-tests
swift test --skip-build
