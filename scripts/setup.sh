#!/usr/bin/env bash
# Installs what ActorMap needs that this machine lacks, then builds it.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
# ZIPFoundation, which opens Excel workbooks, builds against zlib.
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
# YAML is read from libyaml's events, declared by libyaml's header (the functions are the
# copy Yams builds in).
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
# PNG and PDF drawings use the fonts fontconfig knows; names in Thai script, as on maps of
# Thailand's Baan Mankong, need one with Thai glyphs. (SVG leaves fonts to the browser.)
[ -n "$(fc-list :lang=th 2>/dev/null)" ] || missing+=(fonts-thai-tlwg)

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}…" >&2
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
    if [ -x /opt/swift/usr/bin/swift ]; then
        export PATH="/opt/swift/usr/bin:$PATH"
    else
        echo "ActorMap needs Swift 6 or later: see https://www.swift.org/install/" >&2
        exit 1
    fi
fi

swift build -c "${ACTORMAP_CONFIGURATION:-release}" --product actormap >&2
