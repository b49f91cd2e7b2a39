#!/usr/bin/env python3
"""Checks that every public symbol of the libraries is documented.

Reads the symbol graphs `swift package dump-symbol-graph` writes (run it first, or pass
--dump to have this script run it) and fails when a public symbol has no doc comment, or
when a public function, method, initialiser or subscript

  - takes parameters but says nothing of them (`- Parameters:` or `- Parameter name:`),
  - throws but has no `- Throws:`,
  - returns a value but has no `- Returns:`.

Properties, enum cases, types and type aliases need a summary only. Members a type has
because it conforms to a standard protocol (`description`, `==`, `hash(into:)`,
`encode(to:)`, `init(from:)`, `CodingKeys`, `rawValue`, …) are exempt: their meaning is the
protocol's.

Prints the share of documented public symbols, then each missing piece as
`file:line: symbol: what is missing`. Exits with 1 when anything is missing.

    swift build && swift package dump-symbol-graph --skip-synthesized-members
    python3 scripts/check_doc_coverage.py
"""

import argparse
import glob
import json
import os
import re
import signal
import subprocess
import sys
from urllib.parse import unquote, urlparse

MODULES = ["ActorMap", "ActorMapGraphviz", "ActorMapServer"]

# Members that a conformance to a standard protocol brings, with the protocols that ask for
# them: such a member is documented by its protocol. A member is exempt only when its type
# conforms to one of them (an `id` of a type that is not Identifiable still needs a comment).
_EQUATABLE = {"Equatable", "Hashable", "Comparable"}
_CODABLE = {"Encodable", "Decodable", "Codable"}
_COLLECTION = {"Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "IteratorProtocol"}
CONFORMANCE_MEMBERS = {
    "description": {"CustomStringConvertible", "LosslessStringConvertible"},
    "debugDescription": {"CustomDebugStringConvertible"},
    "==(_:_:)": _EQUATABLE, "!=(_:_:)": _EQUATABLE,
    "<(_:_:)": {"Comparable"}, "<=(_:_:)": {"Comparable"}, ">(_:_:)": {"Comparable"}, ">=(_:_:)": {"Comparable"},
    "hash(into:)": {"Hashable"}, "hashValue": {"Hashable"},
    "encode(to:)": _CODABLE, "init(from:)": _CODABLE, "CodingKeys": _CODABLE,
    "stringValue": {"CodingKey"}, "intValue": {"CodingKey"},
    "init(stringValue:)": {"CodingKey"}, "init(intValue:)": {"CodingKey"},
    "rawValue": {"RawRepresentable"}, "init(rawValue:)": {"RawRepresentable"}, "RawValue": {"RawRepresentable"},
    "allCases": {"CaseIterable"}, "AllCases": {"CaseIterable"},
    "id": {"Identifiable"}, "ID": {"Identifiable"},
    "errorDescription": {"LocalizedError"}, "failureReason": {"LocalizedError"},
    "recoverySuggestion": {"LocalizedError"}, "helpAnchor": {"LocalizedError"},
    "makeIterator()": _COLLECTION, "next()": _COLLECTION, "Iterator": _COLLECTION, "Element": _COLLECTION,
    "Index": _COLLECTION, "Indices": _COLLECTION, "SubSequence": _COLLECTION,
    "startIndex": _COLLECTION, "endIndex": _COLLECTION, "index(after:)": _COLLECTION,
    "index(before:)": _COLLECTION, "subscript(_:)": _COLLECTION,
    "init(stringLiteral:)": {"ExpressibleByStringLiteral", "ExpressibleByStringInterpolation"},
    "init(integerLiteral:)": {"ExpressibleByIntegerLiteral"},
    "init(floatLiteral:)": {"ExpressibleByFloatLiteral"},
    "init(booleanLiteral:)": {"ExpressibleByBooleanLiteral"},
    "init(arrayLiteral:)": {"ExpressibleByArrayLiteral"},
    "init(dictionaryLiteral:)": {"ExpressibleByDictionaryLiteral"},
}
# Operators and Codable's machinery: exempt whatever the conformances say, since a type can
# get them through a protocol it inherits (Hashable brings ==).
ALWAYS_EXEMPT = {"==(_:_:)", "!=(_:_:)", "<(_:_:)", "hash(into:)", "encode(to:)", "init(from:)", "CodingKeys"}

# `- Parameters:` with a list, or `- Parameter name:` for a single one, as DocC reads them.
FIELDS = {
    "Parameters": re.compile(r"^\s*-\s+(Parameters\s*:|Parameter\s+\w+\s*:)", re.MULTILINE | re.IGNORECASE),
    "Throws": re.compile(r"^\s*-\s+Throws\s*:", re.MULTILINE | re.IGNORECASE),
    "Returns": re.compile(r"^\s*-\s+Returns\s*:", re.MULTILINE | re.IGNORECASE),
}

CALLABLE_KINDS = {"swift.func", "swift.method", "swift.type.method", "swift.init", "swift.subscript",
                  "swift.func.op", "swift.type.subscript"}


def dump_symbol_graphs(package_root):
    subprocess.run(
        ["swift", "package", "dump-symbol-graph", "--skip-synthesized-members"],
        cwd=package_root, check=True, stdout=subprocess.DEVNULL,
    )


def find_graph_files(package_root, module):
    """The newest symbol graph of `module` and of its extensions to other modules."""
    pattern = os.path.join(package_root, ".build", "*", "symbolgraph", f"{module}.symbols.json")
    candidates = sorted(glob.glob(pattern), key=os.path.getmtime)
    if not candidates:
        return []
    folder = os.path.dirname(candidates[-1])
    return [candidates[-1]] + sorted(glob.glob(os.path.join(folder, f"{module}@*.symbols.json")))


def doc_text(symbol, module):
    """The symbol's own doc comment, or None (a comment inherited from elsewhere is not its own)."""
    comment = symbol.get("docComment")
    if not comment:
        return None
    if comment.get("module") not in (None, module):
        return None
    text = "\n".join(line.get("text", "") for line in comment.get("lines", []))
    return text if text.strip() else None


def declaration(symbol):
    return "".join(fragment.get("spelling", "") for fragment in symbol.get("declarationFragments", []))


def throws(symbol):
    return any(
        fragment.get("kind") == "keyword" and fragment.get("spelling") in ("throws", "rethrows")
        for fragment in symbol.get("declarationFragments", [])
    )


def returns_value(symbol):
    if symbol["kind"]["identifier"] in ("swift.init",):
        return False
    if symbol["kind"]["identifier"] in ("swift.subscript", "swift.type.subscript"):
        return False  # a subscript's summary says what it gives
    returned = "".join(f.get("spelling", "") for f in symbol.get("functionSignature", {}).get("returns", []))
    return returned.strip() not in ("", "Void", "()")


def parameter_names(symbol):
    return [p.get("name") for p in symbol.get("functionSignature", {}).get("parameters", [])]


def has_field(text, field):
    """Whether the comment has the field (`Parameters`, `Throws` or `Returns`)."""
    return FIELDS[field].search(text) is not None


def place(symbol, package_root):
    """The file, relative to the package, and the line (from 1) a symbol is declared on."""
    where = symbol.get("location")
    if not where:
        return ("<unknown>", 0)
    path = unquote(urlparse(where["uri"]).path)
    try:
        path = os.path.relpath(path, package_root)
    except ValueError:
        pass
    return (path, where["position"]["line"] + 1)


def check_module(graphs, module, package_root):
    """Counts a module's public symbols and lists what their comments lack.

    `graphs` are the module's symbol graphs, loaded: its own and those of its extensions.
    Returns (symbols counted, symbols fully documented, lines naming what is missing).
    """
    symbols = {}
    parents = {}
    conformances = {}
    for graph in graphs:
        for symbol in graph.get("symbols", []):
            symbols.setdefault(symbol["identifier"]["precise"], symbol)
        for relation in graph.get("relationships", []):
            if relation["kind"] == "memberOf":
                parents[relation["source"]] = relation["target"]
            elif relation["kind"] == "conformsTo":
                name = relation.get("targetFallback", relation["target"]).split(".")[-1]
                conformances.setdefault(relation["source"], set()).add(name)

    # Extension blocks (`swift.extension`) are members' parents for extensions of other
    # modules' types; their conformances belong to the extended type.
    extension_targets = {}
    for graph in graphs:
        for relation in graph.get("relationships", []):
            if relation["kind"] == "extensionTo":
                extension_targets[relation["source"]] = relation["target"]
    type_conformances = {}
    for identifier, names in conformances.items():
        owner = extension_targets.get(identifier, identifier)
        type_conformances.setdefault(owner, set()).update(names)

    counted = documented = 0
    missing = []
    for identifier, symbol in sorted(symbols.items(), key=lambda item: place(item[1], package_root)):
        kind = symbol["kind"]["identifier"]
        if kind == "swift.extension":
            continue
        if "::SYNTHESIZED::" in identifier:
            continue
        name = symbol["names"]["title"]
        parent = parents.get(identifier)
        owner = extension_targets.get(parent, parent)
        if name in ALWAYS_EXEMPT:
            continue
        if name in CONFORMANCE_MEMBERS and CONFORMANCE_MEMBERS[name] & type_conformances.get(owner, set()):
            continue
        if "CodingKeys" in symbol.get("pathComponents", [])[:-1]:
            continue
        counted += 1
        path, line = place(symbol, package_root)
        where = f"{path}:{line}"
        title = ".".join(symbol.get("pathComponents", [name]))
        text = doc_text(symbol, module)
        if text is None:
            missing.append(f"{where}: {title}: no doc comment")
            continue
        gaps = []
        if kind in CALLABLE_KINDS:
            if parameter_names(symbol) and not has_field(text, "Parameters"):
                gaps.append("- Parameters:")
            if throws(symbol) and not has_field(text, "Throws"):
                gaps.append("- Throws:")
            if returns_value(symbol) and not has_field(text, "Returns"):
                gaps.append("- Returns:")
        if gaps:
            missing.append(f"{where}: {title}: no {', '.join(gaps)}")
        else:
            documented += 1
    return counted, documented, missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", action="store_true", help="run `swift package dump-symbol-graph` first")
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    arguments = parser.parse_args()
    root = os.path.abspath(arguments.root)
    if arguments.dump:
        dump_symbol_graphs(root)

    total_counted = total_documented = 0
    all_missing = []
    for module in MODULES:
        files = find_graph_files(root, module)
        if not files:
            print(f"error: no symbol graph for {module} under .build/*/symbolgraph. "
                  "Fix: run `swift package dump-symbol-graph --skip-synthesized-members` first, or pass --dump.",
                  file=sys.stderr)
            return 2
        graphs = []
        for path in files:
            with open(path, encoding="utf-8") as handle:
                graphs.append(json.load(handle))
        counted, documented, missing = check_module(graphs, module, root)
        share = documented / counted if counted else 1
        print(f"{module}: {documented} of {counted} public symbols documented ({share:.1%})")
        total_counted += counted
        total_documented += documented
        all_missing += missing
    share = total_documented / total_counted if total_counted else 1
    print(f"all: {total_documented} of {total_counted} public symbols documented ({share:.1%})")
    for line in all_missing:
        print(line)
    return 1 if all_missing else 0


if __name__ == "__main__":
    # A reader that stops early (`| head`) ends the run quietly.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
