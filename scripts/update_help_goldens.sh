#!/usr/bin/env bash
# Writes the help texts HelpTextTests compares `actormap --help` and every subcommand's
# `--help` with, from the built `actormap`: run it after changing an option, an abstract or
# a discussion, read `git diff Tests/ActorMapCommandTests/Fixtures/help`, and commit what
# you meant. The subcommands come from the command's own description of itself
# (`--experimental-dump-help`), so a new one gets its file; hidden ones are left out, and so
# is ArgumentParser's own `help`, whose `--help` is the command's.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product actormap > /dev/null
actormap="$(swift build --show-bin-path)/actormap"
folder=Tests/ActorMapCommandTests/Fixtures/help
# ArgumentParser wraps help to COLUMNS, else to the terminal: the same width everywhere.
export COLUMNS=80
rm -rf "$folder"
mkdir -p "$folder"
"$actormap" --help > "$folder/actormap.txt"
"$actormap" --experimental-dump-help | python3 -c '
import json, sys

def visible(command, path):
    for sub in command.get("subcommands", []):
        if sub.get("shouldDisplay", True) and path + [sub["commandName"]] != ["help"]:
            yield path + [sub["commandName"]]
            yield from visible(sub, path + [sub["commandName"]])

for path in visible(json.load(sys.stdin)["command"], []):
    print(" ".join(path))
' | while read -r -a path; do
    name="$(IFS=_; echo "${path[*]}")"
    "$actormap" "${path[@]}" --help > "$folder/$name.txt"
done
echo "wrote $(ls "$folder" | wc -l) help texts to $folder"
