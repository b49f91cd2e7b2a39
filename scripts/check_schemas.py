#!/usr/bin/env python3
"""Every JSON document the built `actormap` writes, checked against its schema in docs/schemas.

For each example map (and a map whose every name holds control characters, quotes and
markup), the command writes every JSON document it has: validate, summary, metrics, series,
shift, qap, reach, whatif and keyplayers, with default and non-default options (the evidence
filters and shift --robustness among them, and the `filters` object series and shift
write for --where and the evidence thresholds); on the Net-Map example, also salience and
series --rating. Each must validate against its JSON Schema
(draft 2020-12) with jsonschema, carry schema_version 1, and a provenance whose digests are
hashlib's SHA-256 of the files and whose arguments are the ones given.

The schemas must also be strict: for one real document of each kind, a copy missing a
required key and a copy with a misspelled key must both be refused.

Run from anywhere after `swift build`; it finds the binary with `swift build --show-bin-path`.
"""
import copy
import hashlib
import json
import os
import subprocess
import sys
import tempfile

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from built_actormap import actormap_binary

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join("Examples", "Datasets")
SCHEMAS = os.path.join(ROOT, "docs", "schemas")

HOSTILE_TEXT = r"""N\u0001\u001b[2J\u007f\u0085\u202e\u2028 ]]> <!-- \"q\" 'a' <b>&amp; \\ |*_`[]"""
HOSTILE_MAP = """{"title": "T%(t)s", "description": "D%(t)s", "as_of": 2026,
 "sources": [{"id": "s", "citation": "S%(t)s", "kind": "interview", "private": true}],
 "groups": [{"id": "g", "label": "G%(t)s"}],
 "kinds": [{"id": "k", "label": "K%(t)s", "group": "g"}],
 "relationship_types": [{"id": "t", "label": "R%(t)s", "directed": true, "sign": 1}],
 "actors": [
  {"id": "a", "name": "=A%(t)s", "kind": "k", "since": 2024},
  {"id": "b", "name": "B%(t)s", "kind": "k", "since": 2024},
  {"id": "c", "name": "C%(t)s", "kind": "k", "since": 2024}],
 "relationships": [
  {"from": "a", "to": "b", "type": "t", "since": 2024, "source": "s", "confidence": "low"},
  {"from": "b", "to": "c", "type": "t", "since": 2025},
  {"from": "c", "to": "a", "type": "collaboration", "since": 2026}]}""" % {"t": HOSTILE_TEXT}


def validators():
    schemas = {}
    for name in os.listdir(SCHEMAS):
        if name.endswith(".schema.json"):
            with open(os.path.join(SCHEMAS, name)) as file:
                schemas[name] = json.load(file)
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in schemas.items())
    for schema in schemas.values():
        Draft202012Validator.check_schema(schema)
    return {name.removesuffix(".schema.json"): Draft202012Validator(schema, registry=registry)
            for name, schema in schemas.items()}


def invocations(path, first, last):
    """(schema, arguments) for every JSON document of one map spanning first..last."""
    middle = (first + last) // 2
    return [
        ("validate", ["validate", path, "--format", "json"]),
        ("validate", ["validate", path, "--strict", "--format", "json"]),
        ("summary", ["summary", path, "--format", "json"]),
        ("summary", ["summary", path, "--year", str(last), "--format", "json"]),
        ("metrics", ["metrics", path, "--year", str(last), "--format", "json"]),
        ("metrics", ["metrics", path, "--year", str(first), "--format", "json"]),
        ("metrics", ["metrics", path, "--year", str(middle), "--format", "json", "--weighted",
                     "--direction", "directed", "--types", "all", "--seed", "3", "--top", "4", "--sort", "name"]),
        ("metrics", ["metrics", path, "--year", str(last), "--format", "json", "--where", "group!=funder",
                     "--where", "kind!=donor,group=state"]),
        ("series", ["series", path, "--format", "json"]),
        ("series", ["series", path, "--format", "json", "--metrics", "katz,degree,constraint", "--weighted",
                    "--step", "2", "--window", "2", "--power", "betweenness"]),
        ("shift", ["shift", path, "--from", str(first), "--to", str(last), "--format", "json"]),
        ("shift", ["shift", path, "--from", str(middle), "--to", str(last), "--metric", "betweenness",
                   "--format", "json", "--weighted", "--seed", "11"]),
        ("shift", ["shift", path, "--from", str(first), "--to", str(last), "--format", "json", "--robustness",
                   "--min-confidence", "medium"]),
        ("metrics", ["metrics", path, "--year", str(last), "--format", "json", "--min-sources", "2"]),
        ("series", ["series", path, "--format", "json", "--min-confidence", "high", "--include-private"]),
        ("series", ["series", path, "--format", "json", "--where", "group!=funder", "--where", "kind!=donor,group=state"]),
        ("shift", ["shift", path, "--from", str(first), "--to", str(last), "--format", "json", "--where", "group!=funder",
                   "--min-sources", "1"]),
    ]


def change_invocations(binary, path, first, last):
    """(schema, arguments) for why power shifted and whether the change is real: the
    decomposition, QAP and E-I tests in shift and metrics, qap and reach."""
    middle = (first + last) // 2
    metrics = json.loads(subprocess.run([binary, "metrics", path, "--year", str(last), "--format", "json"], cwd=ROOT,
                                        capture_output=True, text=True, check=True).stdout)
    actor = metrics["actors"][0]["id"]
    return [
        ("shift", ["shift", path, "--from", str(first), "--to", str(last), "--format", "json", "--decompose", "--qap",
                   "--permutations", "50", "--ei-permutations", "50"]),
        ("shift", ["shift", path, "--from", str(middle), "--to", str(last), "--metric", "betweenness", "--format", "json",
                   "--decompose", "--weighted"]),
        ("metrics", ["metrics", path, "--year", str(last), "--format", "json", "--ei-permutations", "50"]),
        ("qap", ["qap", path, "--from", str(first), "--to", str(last), "--format", "json", "--permutations", "50"]),
        ("qap", ["qap", path, "--year", str(last), "--types-a", "mou", "--types-b", "all", "--direction", "directed",
                 "--format", "json", "--permutations", "50", "--seed", "4"]),
        ("reach", ["reach", path, "--from-actor", actor, "--start", str(first), "--format", "json"]),
        ("reach", ["reach", path, "--from-actor", actor, "--start", str(middle), "--types", "all", "--direction", "directed",
                   "--format", "json"]),
    ]


def what_if_invocations(binary, path, year):
    """(schema, arguments) for whatif and keyplayers, taking away the map's most central actor."""
    metrics = json.loads(subprocess.run([binary, "metrics", path, "--year", str(year), "--format", "json"], cwd=ROOT,
                                        capture_output=True, text=True, check=True).stdout)
    ranked = sorted(metrics["actors"], key=lambda row: -(row.get("pagerank") or 0))
    first = ranked[0]["id"]
    return [
        ("whatif", ["whatif", path, "--year", str(year), "--remove", first, "--format", "json"]),
        ("whatif", ["whatif", path, "--year", str(year), "--remove", first, "--format", "json", "--metric", "betweenness",
                    "--direction", "directed", "--types", "all"]),
        ("keyplayers", ["keyplayers", path, "--year", str(year), "--size", "1", "--goal", "fragment", "--format", "json"]),
        ("keyplayers", ["keyplayers", path, "--year", str(year), "--size", "1", "--goal", "reach", "--steps", "2",
                        "--restarts", "3", "--seed", "5", "--format", "json"]),
    ]


def rating_invocations(path):
    """(schema, arguments) for the documents of perceived against structural power, on a map
    whose actors carry Net-Map ratings."""
    return [
        ("salience", ["salience", path, "--year", "2019", "--format", "json"]),
        ("salience", ["salience", path, "--year", "2009", "--rating", "interest", "--measure", "betweenness",
                      "--format", "json", "--weighted"]),
        ("salience-series", ["series", path, "--rating", "influence", "--format", "json"]),
        ("salience-series", ["series", path, "--rating", "influence", "--metrics", "pagerank,degree", "--from", "2008",
                             "--to", "2019", "--step", "2", "--format", "json"]),
        ("salience-series", ["series", path, "--rating", "influence", "--where", "influence>=3", "--min-confidence", "medium",
                             "--format", "json"]),
    ]


def main():
    binary = actormap_binary()
    check = validators()
    failures, documents, first_of_kind = [], 0, {}
    with tempfile.TemporaryDirectory() as folder:
        hostile = os.path.join(folder, "hostile map.json")
        with open(hostile, "w") as file:
            file.write(HOSTILE_MAP)
        maps = [os.path.join(EXAMPLES, name) for name in sorted(os.listdir(os.path.join(ROOT, EXAMPLES)))
                if name.endswith(".yaml")] + [hostile]
        runs = []
        for path in maps:
            summary = json.loads(subprocess.run([binary, "summary", path, "--format", "json"], cwd=ROOT,
                                                capture_output=True, text=True, check=True).stdout)
            runs += invocations(path, summary["first_year"], summary["last_year"])
            runs += change_invocations(binary, path, summary["first_year"], summary["last_year"])
            runs += what_if_invocations(binary, path, summary["last_year"])
        runs.append(("validate", ["validate", *maps, os.path.join(folder, "missing.yaml"), "--format", "json"]))
        runs += rating_invocations(os.path.join(EXAMPLES, "lilongwe-netmap.yaml"))

        for schema, arguments in runs:
            result = subprocess.run([binary, *arguments], cwd=ROOT, capture_output=True, text=True)
            where = "actormap " + " ".join(arguments)
            try:
                document = json.loads(result.stdout)
            except json.JSONDecodeError as error:
                failures.append(f"{where}: not JSON ({error}); stderr: {result.stderr[:300]}")
                continue
            documents += 1
            first_of_kind.setdefault(schema, document)
            for error in check[schema].iter_errors(document):
                failures.append(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")
            provenance = document.get("provenance", {})
            if provenance.get("arguments") != arguments:
                failures.append(f"{where}: provenance.arguments is {provenance.get('arguments')!r}")
            for entry in provenance.get("inputs", []):
                full = os.path.join(ROOT, entry["path"])
                expected = hashlib.sha256(open(full, "rb").read()).hexdigest() if os.path.exists(full) else None
                if entry["sha256"] != expected:
                    failures.append(f"{where}: {entry['path']}: sha256 {entry['sha256']}, hashlib {expected}")

    # Strict enough to notice a key gone or misspelled, at the top and inside a row.
    for schema, document in sorted(first_of_kind.items()):
        for label, broken in mutations(document):
            if check[schema].is_valid(broken):
                failures.append(f"{schema}.schema.json accepts a document with {label}")

    for failure in failures:
        print(failure)
    print(f"check_schemas: {documents} documents of {len(first_of_kind)} kinds checked against docs/schemas, "
          f"{len(failures)} failures")
    sys.exit(1 if failures else 0)


def mutations(document):
    """Copies of a document each broken in one way a schema must catch."""
    def renamed(mapping, key):
        mapping[key + "s" if not key.endswith("s") else key[:-1]] = mapping.pop(key)

    for key in sorted(document):
        if key in ("notes", "schema_version", "provenance", "title", "time", "files", "actors", "filters"):
            broken = copy.deepcopy(document)
            del broken[key]
            yield f"'{key}' missing", broken
            broken = copy.deepcopy(document)
            renamed(broken, key)
            yield f"'{key}' misspelled", broken
    if document.get("provenance", {}).get("inputs"):
        broken = copy.deepcopy(document)
        broken["provenance"]["inputs"][0]["sha256"] = "not a digest"
        yield "a digest that is not one", broken
    rows = document.get("actors") or document.get("files")
    if isinstance(rows, list) and rows:
        for key in ("id", "file"):
            if key in rows[0]:
                broken = copy.deepcopy(document)
                row = (broken.get("actors") or broken.get("files"))[0]
                del row[key]
                yield f"a row without '{key}'", broken
                broken = copy.deepcopy(document)
                row = (broken.get("actors") or broken.get("files"))[0]
                renamed(row, key)
                yield f"a row with '{key}' misspelled", broken


if __name__ == "__main__":
    main()
