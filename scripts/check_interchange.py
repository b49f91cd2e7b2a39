#!/usr/bin/env python3
"""Checks ActorMap's GraphML and GEXF output with a real client: networkx.

For every example map, the built `actormap convert` writes GraphML and GEXF (with the
measures of one year), networkx's read_graphml and read_gexf read them, and this script
compares what networkx sees with the map as PyYAML reads it from the YAML file:

- actor and tie counts, names, kinds, periods, types, weights and attributes;
- degree and betweenness centrality on the all-time undirected projection (ties of
  positive sign, parallel ties merged), computed by networkx, against ActorMap's own
  (`actormap metrics --format json` when the command exists; otherwise against degree
  counted here from the YAML);
- degree and betweenness for one year, networkx on that year's snapshot against the
  values ActorMap wrote into the GraphML keys and the GEXF dynamic attributes.

A hostile map follows: every piece of its text holds control characters, DEL and C1
controls, U+FFFE and U+FFFF, bidirectional overrides, separators, `]]>`, comment markers,
quotes, markup and backslashes. networkx must read its GraphML and GEXF back with every name
as XML 1.0 allows it (what XML forbids written as `\\u{1B}`, everything else as it is), and
`xmllint --noout` must accept them and the SVG of `render`, `diff` and `timeline --grid`.

Run from anywhere after `swift build`; it finds the binary with `swift build --show-bin-path`.
Exits with 1 when anything disagrees.
"""

import json
import math
import os
import subprocess
import sys
import tempfile

from built_actormap import actormap_binary

try:
    import networkx as nx
    import yaml
except ImportError as error:
    sys.exit(f"check_interchange: {error.name} is missing; install it with `python3 -m pip install networkx pyyaml`.")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Signs of the built-in relationship types (docs/dataset-format.md); datasets may add or
# redefine types, which the YAML's own relationship_types give.
CATALOGUE_SIGNS = {
    "mou": 1, "funding": 1, "contention": -1, "collaboration": 1,
    "information-sharing": 1, "technical-support": 1, "membership": 1, "advocacy": 1,
}

TOLERANCE = 1e-9


class Check:
    def __init__(self, name):
        self.name = name
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)

    def close(self, actual, expected, message):
        if not math.isclose(actual, expected, rel_tol=TOLERANCE, abs_tol=TOLERANCE):
            self.failures.append(f"{message}: networkx {actual!r}, ActorMap {expected!r}")


def require_xmllint():
    if subprocess.run(["sh", "-c", "command -v xmllint"], capture_output=True).returncode != 0:
        sys.exit("check_interchange: xmllint is missing; install it with `apt-get install libxml2-utils` (scripts/test.sh does).")


def run(binary, *arguments):
    return subprocess.run([binary, *arguments], cwd=ROOT, capture_output=True, text=True)


def date_text(value):
    """A `since` or `until` as ActorMap writes it: 2017, 2017-03 or 2017-03-15."""
    return None if value is None else str(value)


def year_range(since, until):
    first = int(since[:4]) if since else -math.inf
    last = int(until[:4]) if until else math.inf
    return first, last


def active(period, year):
    first, last = year_range(*period)
    return first <= year <= last


def expected_attributes(attributes):
    """Attributes as networkx reads them back from GraphML's typed keys."""
    return {name: value for name, value in (attributes or {}).items() if value is not None}


def read_map(path):
    with open(path, encoding="utf-8") as file:
        data = yaml.safe_load(file)
    signs = dict(CATALOGUE_SIGNS)
    for definition in data.get("relationship_types") or []:
        signs[definition["id"]] = definition["sign"]
    return data, signs


def projection(actors, ties, signs, year=None):
    """The undirected projection of the snapshot: positive ties, parallel ones merged."""
    graph = nx.Graph()
    present = {actor["id"] for actor in actors
               if year is None or active((date_text(actor.get("since")), date_text(actor.get("until"))), year)}
    graph.add_nodes_from(present)
    for tie in ties:
        if signs[tie["type"]] <= 0 or tie["from"] not in present or tie["to"] not in present:
            continue
        if year is not None and not active((date_text(tie.get("since")), date_text(tie.get("until"))), year):
            continue
        graph.add_edge(tie["from"], tie["to"])
    return graph


def check_graphml(check, path, data, signs, year):
    graph = nx.read_graphml(path)
    actors, ties = data["actors"], data.get("relationships") or []
    check.expect(graph.number_of_nodes() == len(actors), f"GraphML: {graph.number_of_nodes()} nodes for {len(actors)} actors")
    check.expect(graph.number_of_edges() == len(ties), f"GraphML: {graph.number_of_edges()} edges for {len(ties)} relationships")
    check.expect(graph.graph.get("title") == data["title"], "GraphML: title")
    for actor in actors:
        node = graph.nodes.get(actor["id"])
        if node is None:
            check.expect(False, f"GraphML: no node {actor['id']}")
            continue
        check.expect(node.get("name") == actor["name"], f"GraphML: name of {actor['id']}")
        check.expect(node.get("kind") == actor["kind"], f"GraphML: kind of {actor['id']}")
        check.expect(node.get("since") == date_text(actor.get("since")), f"GraphML: since of {actor['id']}")
        check.expect(node.get("until") == date_text(actor.get("until")), f"GraphML: until of {actor['id']}")
        tags = "|".join(actor.get("tags") or []) or None
        check.expect(node.get("tags") == tags, f"GraphML: tags of {actor['id']}")
        for name, value in expected_attributes(actor.get("attributes")).items():
            check.expect(node.get(name) == value and type(node.get(name)) is type(value),
                         f"GraphML: attribute {name} of {actor['id']}: {node.get(name)!r} for {value!r}")

    # Edges in file order carry ids e0, e1…: match each to its relationship.
    edges = {data_["id"] if "id" in data_ else key: (u, v, data_) for u, v, key, data_ in _edges(graph)}
    for index, tie in enumerate(ties):
        found = edges.get(f"e{index}")
        if found is None:
            check.expect(False, f"GraphML: no edge e{index}")
            continue
        u, v, edge = found
        ends_match = (u, v) == (tie["from"], tie["to"]) or (not graph.is_directed() and (v, u) == (tie["from"], tie["to"]))
        check.expect(ends_match, f"GraphML: ends of relationship {index}")
        check.expect(edge.get("type") == tie["type"], f"GraphML: type of relationship {index}")
        check.expect(edge.get("sign") == signs[tie["type"]], f"GraphML: sign of relationship {index}")
        check.close(edge.get("weight"), float(tie.get("weight", 1)), f"GraphML: weight of relationship {index}")
        check.expect(edge.get("since") == date_text(tie.get("since")), f"GraphML: since of relationship {index}")
        check.expect(edge.get("until") == date_text(tie.get("until")), f"GraphML: until of relationship {index}")

    snapshot = projection(actors, ties, signs, year)
    degree = dict(snapshot.degree())
    betweenness = nx.betweenness_centrality(snapshot)
    for actor_id in snapshot.nodes:
        node = graph.nodes[actor_id]
        check.close(degree[actor_id], node.get("degree", math.nan), f"GraphML {year}: degree of {actor_id}")
        check.close(betweenness[actor_id], node.get("betweenness", math.nan), f"GraphML {year}: betweenness of {actor_id}")
    for actor in actors:
        if actor["id"] not in snapshot:
            check.expect("degree" not in graph.nodes[actor["id"]], f"GraphML {year}: {actor['id']} is not on the map but has measures")


def _edges(graph):
    if graph.is_multigraph():
        return graph.edges(keys=True, data=True)
    return ((u, v, None, data) for u, v, data in graph.edges(data=True))


def check_gexf(check, path, data, signs, year):
    graph = nx.read_gexf(path)
    actors, ties = data["actors"], data.get("relationships") or []
    check.expect(graph.number_of_nodes() == len(actors), f"GEXF: {graph.number_of_nodes()} nodes for {len(actors)} actors")
    # A tie of an undirected type in a directed graph is a `mutual` edge, which networkx
    # reads as an arc each way under one id.
    ids = {edge.get("id") for _, _, edge in graph.edges(data=True)}
    check.expect(len(ids) == len(ties), f"GEXF: {len(ids)} edge ids for {len(ties)} relationships")
    for actor in actors:
        node = graph.nodes.get(actor["id"])
        if node is None:
            check.expect(False, f"GEXF: no node {actor['id']}")
            continue
        check.expect(node.get("label") == actor["name"], f"GEXF: label of {actor['id']}")
        check.expect(node.get("kind") == actor["kind"], f"GEXF: kind of {actor['id']}")
        since = date_text(actor.get("since"))
        check.expect(node.get("since") == since, f"GEXF: since of {actor['id']}")
        if since:
            check.expect(node.get("start", "")[:len(since)] == since, f"GEXF: start of {actor['id']}")
        for name, value in expected_attributes(actor.get("attributes")).items():
            check.expect(node.get(name) == value, f"GEXF: attribute {name} of {actor['id']}")
        # Dynamic measures: (value, start, end) for each year written.
        values = {start[:4]: value for value, start, _ in node.get("degree", [])}
        snapshot = projection(actors, ties, signs, year)
        if actor["id"] in snapshot:
            check.close(snapshot.degree(actor["id"]), values.get(str(year), math.nan), f"GEXF {year}: degree of {actor['id']}")
        else:
            check.expect(str(year) not in values, f"GEXF {year}: {actor['id']} is not on the map but has a degree")
    weights = {edge["id"]: edge.get("weight") for _, _, edge in graph.edges(data=True)}
    types = {edge["id"]: edge.get("type") for _, _, edge in graph.edges(data=True)}
    for index, tie in enumerate(ties):
        check.close(weights.get(f"e{index}", math.nan), float(tie.get("weight", 1)), f"GEXF: weight of relationship {index}")
        check.expect(types.get(f"e{index}") == tie["type"], f"GEXF: type of relationship {index}")


def check_all_time(check, binary, path, data, signs):
    graph = projection(data["actors"], data.get("relationships") or [], signs)
    degree = dict(graph.degree())
    result = run(binary, "metrics", path, "--format", "json")
    if result.returncode != 0:
        # Without the metrics command, count degree from the YAML here: a second,
        # independent reading of the same ties.
        counted = {actor["id"]: set() for actor in data["actors"]}
        for tie in data.get("relationships") or []:
            if signs[tie["type"]] > 0:
                counted[tie["from"]].add(tie["to"])
                counted[tie["to"]].add(tie["from"])
        for actor_id, partners in counted.items():
            check.close(degree[actor_id], len(partners), f"all time: degree of {actor_id}")
        return "degree (counted from the YAML)"
    rows = {row["id"]: row for row in json.loads(result.stdout)["actors"]}
    betweenness = nx.betweenness_centrality(graph)
    for actor_id in graph.nodes:
        check.close(degree[actor_id], rows[actor_id]["degree"], f"all time: degree of {actor_id}")
        check.close(betweenness[actor_id], rows[actor_id]["betweenness"], f"all time: betweenness of {actor_id}")
    return "degree and betweenness (actormap metrics)"


# The characters of the hostile map: every kind that has broken an output somewhere.
HOSTILE = ("N\x01\x08\x0b\x0c\x1b[2J\x7f\x85\x9b\ufffe\uffff\ufffd\u202e\u2066\u2028\u2029"
           " ]]> <!-- -- \"q\" 'a' <b>&amp; & \\ \\N\ttab\r\nline")


def xml_kept(text):
    """Text as GraphML and GEXF hold it: what XML 1.0's Char production (section 2.2)
    allows as it is, anything else as `\\u{HEX}`, the rule docs/interchange.md states."""
    def allowed(code):
        return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF
    return "".join(character if allowed(ord(character)) else "\\u{%X}" % ord(character) for character in text)


def hostile_map():
    text = HOSTILE
    return {
        "title": "T" + text, "description": "D" + text, "as_of": 2026,
        "sources": [{"id": "s", "citation": "C" + text}],
        "groups": [{"id": "g", "label": "G" + text}],
        "kinds": [{"id": "k", "label": "K" + text, "group": "g"}],
        "relationship_types": [{"id": "t", "label": "R" + text, "directed": True, "sign": 1}],
        "actors": [
            {"id": "a", "name": "A" + text, "kind": "k", "since": 2024, "note": "n" + text,
             "attributes": {"at" + text: "v" + text}},
            {"id": "b", "name": "B" + text, "kind": "k", "since": 2024},
            {"id": "c", "name": "C" + text, "kind": "k", "since": 2024},
        ],
        "relationships": [
            {"from": "a", "to": "b", "type": "t", "since": 2024, "label": "L" + text, "note": "m" + text,
             "attributes": {"at" + text: "w" + text}},
            {"from": "b", "to": "c", "type": "t", "since": 2025},
            {"from": "c", "to": "a", "type": "collaboration", "since": 2026},
        ],
    }


def xmllint(check, path):
    result = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
    check.expect(result.returncode == 0, f"xmllint refuses {os.path.basename(path)}: {result.stderr.strip()[:300]}")


def check_hostile(binary, scratch):
    check = Check("hostile map")
    data = hostile_map()
    path = os.path.join(scratch, "hostile.json")
    with open(path, "w", encoding="utf-8") as file:
        json.dump(data, file)  # ASCII: every other character as \uXXXX
    outputs = {suffix: os.path.join(scratch, f"hostile.{suffix}") for suffix in ("graphml", "gexf")}
    for suffix, output in outputs.items():
        result = run(binary, "convert", path, "-o", output)
        check.expect(result.returncode == 0, f"convert to {suffix}: {result.stderr.strip()}")
    drawings = [os.path.join(scratch, "hostile.svg"), os.path.join(scratch, "hostile-diff.svg"),
                os.path.join(scratch, "hostile-timeline", "grid.svg")]
    for arguments in (["render", path, "-o", drawings[0]],
                      ["diff", path, "--from", "2024", "--to", "2026", "-o", drawings[1]],
                      ["timeline", path, "--from", "2024", "--grid", "--out", os.path.dirname(drawings[2])]):
        result = run(binary, *arguments)
        check.expect(result.returncode == 0, f"{arguments[0]}: {result.stderr.strip()}")
    if check.failures:
        return check
    for output in list(outputs.values()) + drawings:
        xmllint(check, output)

    actor, tie = data["actors"][0], data["relationships"][0]
    (attribute, value), = actor["attributes"].items()
    graph = nx.read_graphml(outputs["graphml"])
    check.expect(graph.graph.get("title") == xml_kept(data["title"]), f"GraphML: title {graph.graph.get('title')!r}")
    node = graph.nodes["a"]
    for field in ("name", "note"):
        check.expect(node.get(field) == xml_kept(actor[field]), f"GraphML: {field} {node.get(field)!r}")
    check.expect(node.get(xml_kept(attribute)) == xml_kept(value), f"GraphML: attribute {sorted(node)!r}")
    edge = next(edge for _, _, edge in graph.edges(data=True) if edge.get("id", "e0") == "e0" and "label" in edge)
    for field in ("label", "note"):
        check.expect(edge.get(field) == xml_kept(tie[field]), f"GraphML: tie {field} {edge.get(field)!r}")
    check.expect(edge.get(xml_kept(attribute)) == xml_kept(tie["attributes"][attribute]), "GraphML: tie attribute")

    graph = nx.read_gexf(outputs["gexf"])
    node = graph.nodes["a"]
    check.expect(node.get("label") == xml_kept(actor["name"]), f"GEXF: label {node.get('label')!r}")
    check.expect(node.get("note") == xml_kept(actor["note"]), f"GEXF: note {node.get('note')!r}")
    check.expect(node.get(xml_kept(attribute)) == xml_kept(value), f"GEXF: attribute {sorted(node)!r}")
    edge = next(edge for _, _, edge in graph.edges(data=True) if edge.get("label"))
    check.expect(edge.get("label") == xml_kept(tie["label"]), f"GEXF: tie label {edge.get('label')!r}")
    return check


def main():
    require_xmllint()
    binary = actormap_binary()
    folder = os.path.join(ROOT, "Examples", "Datasets")
    examples = sorted(name for name in os.listdir(folder) if name.endswith(".yaml"))
    failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name in examples:
            path = os.path.join(folder, name)
            data, signs = read_map(path)
            check = Check(name)
            years = [int(str(value)[:4]) for entry in data["actors"] + (data.get("relationships") or [])
                     for value in (entry.get("since"), entry.get("until")) if value is not None]
            year = (min(years) + max(years)) // 2 if years else 2020
            outputs = {}
            for suffix in ("graphml", "gexf"):
                outputs[suffix] = os.path.join(scratch, f"{name}.{suffix}")
                result = run(binary, "convert", path, "-o", outputs[suffix], "--metrics-year", str(year))
                check.expect(result.returncode == 0, f"convert to {suffix}: {result.stderr.strip()}")
            if not check.failures:
                check_graphml(check, outputs["graphml"], data, signs, year)
                check_gexf(check, outputs["gexf"], data, signs, year)
                compared = check_all_time(check, binary, path, data, signs)
            if check.failures:
                failed += 1
                print(f"{name}: {len(check.failures)} disagreements")
                for failure in check.failures[:20]:
                    print(f"  {failure}")
            else:
                print(f"{name}: networkx reads the GraphML and GEXF as the map ({len(data['actors'])} actors, "
                      f"{len(data.get('relationships') or [])} relationships); {year} measures and all-time {compared} agree")
        hostile = check_hostile(binary, scratch)
    if hostile.failures:
        print(f"hostile map: {len(hostile.failures)} disagreements")
        for failure in hostile.failures[:20]:
            print(f"  {failure}")
    else:
        print("hostile map: xmllint accepts its GraphML, GEXF and SVG; networkx reads every name as XML allows it")
    print(f"interchange check: {len(examples) - failed} of {len(examples)} examples agree with networkx")
    return 1 if failed or hostile.failures else 0


if __name__ == "__main__":
    sys.exit(main())
