"""Reads every file of the test corpus (Tests/ActorMapTests/Fixtures/corpus: files from
Gephi, the GEXF specification, yEd, networkx, Tulip and Kumu) as ActorMap does, with the built
`actormap convert FILE -o x.json`, and checks it against an independent reading: networkx
where it can read the file, and a plain reading of the XML, CSV or JSON for what networkx
leaves out or refuses (GEXF 1.3 files, keys inside graphs, edges nested in nodes, timestamps).

Checked for each file: the actors by their original ids, every tie's ends by original id, its
weight and its periods. ActorMap's own rules are applied to the expectation, as documented in
docs/interchange.md: self-loops are left out, a group node is an actor only when tied, a tie
with several periods (spells, intervals, timestamps, changing weights) is one relationship per
period.
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Tests", "ActorMapTests", "Fixtures", "corpus")
ACTORMAP = os.environ.get("ACTORMAP", os.path.join(ROOT, ".build", "debug", "actormap"))


def local(tag):
    return tag.rsplit("}", 1)[-1]


def children(element, name):
    return [c for c in element if local(c.tag) == name]


def time(value):
    """A time as ActorMap writes it: `2004` for 2004 or 2004.0, the day of a date-time; None when open."""
    if value is None:
        return None
    text = str(value).strip()
    if text.lower() in ("infinity", "-infinity", "inf", "-inf", ""):
        return None
    if re.fullmatch(r"-?\d+(\.0+)?", text):
        return str(int(float(text)))
    return text[:10]


def time_set(text):
    """Gephi's `<[a, b]; [c, d]>` or `<[t1, t2, t3]>` as periods."""
    periods = []
    for part in re.findall(r"[\[(]([^\])]*)[\])]", text):
        values = [v.strip() for v in part.split(",")]
        if len(values) == 2:
            periods.append((time(values[0]), time(values[1])))
        else:
            periods += [(time(v), time(v)) for v in values]
    return periods


class Expected:
    def __init__(self):
        self.nodes = []          # original ids, in order
        self.groups = set()      # nodes that hold others
        self.edges = []          # dicts: id, u, v, weights, periods
        self.key = "id"          # how actors are matched: by original id, or by name

    def add_edge(self, id, u, v, weights=(1.0,), periods=((None, None),)):
        if u == v:
            return  # ActorMap leaves self-loops out
        self.edges.append({"id": id, "u": u, "v": v, "weights": sorted(weights), "periods": sorted(periods, key=str)})

    def actors(self):
        tied = {e["u"] for e in self.edges} | {e["v"] for e in self.edges}
        return sorted({n for n in self.nodes if n not in self.groups or n in tied} | tied)


def graphml(path):
    expected = Expected()
    root = ET.parse(path).getroot()
    keys = {}
    for key in root.iter():
        if local(key.tag) == "key":
            keys[(key.get("id"), key.get("for", "all"))] = key.get("attr.name", "")

    def weight_of(edge):
        for data in children(edge, "data"):
            name = keys.get((data.get("key"), "edge")) or keys.get((data.get("key"), "all"), "")
            if name.lower() == "weight" and (data.text or "").strip().lower() != "null":
                return float(data.text)
        return 1.0

    def walk(graph):
        for node in children(graph, "node"):
            expected.nodes.append(node.get("id"))
            nested = children(node, "graph")
            if nested:
                expected.groups.add(node.get("id"))
            for inner in nested:
                walk(inner)
        for edge in children(graph, "edge"):
            expected.add_edge(edge.get("id"), edge.get("source"), edge.get("target"), [weight_of(edge)])

    walk(children(root, "graph")[0])
    return expected


def gexf(path):
    expected = Expected()
    root = ET.parse(path).getroot()
    graph = children(root, "graph")[0]
    weight_ids = {a.get("id") for a in graph.iter() if local(a.tag) == "attribute" and (a.get("title") or "").lower() == "weight"}
    slice_time = (time(graph.get("timestamp")),) * 2 if graph.get("timestamp") else None

    def span(element):
        if element.get("timestamp") is not None:
            return (time(element.get("timestamp")),) * 2
        start = element.get("start", element.get("startopen"))
        end = element.get("end", element.get("endopen"))
        return None if start is None and end is None else (time(start), time(end))

    for node in graph.iter():
        if local(node.tag) != "node":
            continue
        expected.nodes.append(node.get("id"))
        if node.get("pid"):
            expected.groups.add(node.get("pid"))
        if any(children(n, "node") for n in children(node, "nodes")):
            expected.groups.add(node.get("id"))
    for edge in graph.iter():
        if local(edge.tag) != "edge":
            continue
        values = [v for values in children(edge, "attvalues") for v in children(values, "attvalue")]
        dynamic = [(span(v), float(v.get("value"))) for v in values if v.get("for") in weight_ids and span(v)]
        static = [float(v.get("value")) for v in values if v.get("for") in weight_ids and not span(v)]
        weight = static[0] if static else float(edge.get("weight", 1))
        if dynamic:
            expected.add_edge(edge.get("id"), edge.get("source"), edge.get("target"), [w for _, w in dynamic], [p for p, _ in dynamic])
            continue
        spells = [span(s) or (None, None) for s in edge.iter() if local(s.tag) == "spell"]
        if not spells and edge.get("intervals"):
            spells = time_set(edge.get("intervals"))
        if not spells and edge.get("timestamps"):
            spells = time_set(edge.get("timestamps"))
        if not spells:
            spells = [span(edge) or slice_time or (None, None)]
        expected.add_edge(edge.get("id"), edge.get("source"), edge.get("target"), [weight] * len(spells), spells)
    return expected


def table(path):
    expected = Expected()
    with open(path, newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            periods = time_set(row["timeset"]) if row.get("timeset") else [(None, None)]
            expected.add_edge(row.get("Id"), row["Source"], row["Target"], [float(row.get("Weight") or 1)] * len(periods), periods)
    return expected


def kumu(path):
    expected = Expected()
    with open(path) as handle:
        data = json.load(handle)
    export = any("_id" in e for e in data.get("elements", []))
    expected.key = "id" if export else "name"
    for element in data.get("elements", []):
        expected.nodes.append(element["_id"] if export else element["label"])
    for connection in data.get("connections", []):
        fields = {**connection, **connection.get("attributes", {})}
        period = (time(fields.get("start date")), time(fields.get("end date")))
        expected.add_edge(connection.get("_id"), connection["from"], connection["to"], [float(fields.get("strength", 1))], [period])
    return expected


def networkx_view(path):
    """networkx's nodes and tie ends, or None when networkx refuses the file."""
    try:
        G = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path)
    except Exception:
        return None
    return set(G.nodes), sorted((u, v) for u, v in G.edges() if u != v)


def actormap(path, folder):
    out = os.path.join(folder, os.path.basename(path) + ".json")
    subprocess.run([ACTORMAP, "convert", path, "-o", out], check=True, capture_output=True)
    with open(out) as handle:
        return json.load(handle)


def check(path, folder):
    name = os.path.basename(path)
    expected = {".graphml": graphml, ".gexf": gexf, ".csv": table, ".json": kumu}[os.path.splitext(name)[1]](path)
    problems = []
    view = networkx_view(path) if name.endswith((".graphml", ".gexf")) else None
    if view is not None:
        nodes, ends = view
        if not nodes >= set(expected.nodes):
            problems.append(f"networkx reads other nodes: {sorted(nodes ^ set(expected.nodes))[:5]}")
        mine = sorted((e["u"], e["v"]) for e in expected.edges)
        directed = nx.read_gexf(path).is_directed() if name.endswith(".gexf") else nx.read_graphml(path).is_directed()
        seen = [tuple(sorted(p)) for p in mine] if not directed else mine
        theirs = [tuple(sorted(p)) for p in ends] if not directed else ends
        if not set(theirs) <= set(seen):
            problems.append(f"networkx reads other ties: {sorted(set(theirs) - set(seen))[:5]}")
    data = actormap(path, folder)
    key = {a["id"]: (a.get("attributes", {}).get("original_id", a["id"]) if expected.key == "id" else a["name"]) for a in data["actors"]}
    if sorted(key.values()) != expected.actors():
        problems.append(f"actors {sorted(key.values())[:8]} != {expected.actors()[:8]}")
    ties = data.get("relationships", [])
    if len(ties) != sum(len(e["periods"]) for e in expected.edges):
        problems.append(f"{len(ties)} relationships, expected {sum(len(e['periods']) for e in expected.edges)}")
    unmatched = list(ties)
    for edge in expected.edges:
        found = [t for t in unmatched if key[t["from"]] == edge["u"] and key[t["to"]] == edge["v"]
                 and (edge["id"] is None or t.get("attributes", {}).get("original_id") == edge["id"])]
        found = found[:len(edge["periods"])]
        if len(found) != len(edge["periods"]):
            problems.append(f"tie {edge['id']} {edge['u']}→{edge['v']}: found {len(found)} of {len(edge['periods'])}")
            continue
        for tie in found:
            unmatched.remove(tie)
        weights = sorted(float(t.get("weight", 1)) for t in found)
        if weights != edge["weights"]:
            problems.append(f"tie {edge['id']}: weights {weights} != {edge['weights']}")
        periods = sorted(((time(t.get("since")), time(t.get("until"))) for t in found), key=str)
        if periods != edge["periods"]:
            problems.append(f"tie {edge['id']}: periods {periods} != {edge['periods']}")
    return name, len(expected.actors()), len(ties), problems


def main():
    files = sorted(f for f in os.listdir(CORPUS) if f.endswith((".graphml", ".gexf", ".csv", ".json")))
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for file in files:
            name, actors, ties, problems = check(os.path.join(CORPUS, file), folder)
            print(f"{'ok  ' if not problems else 'FAIL'} {name}: {actors} actors, {ties} relationships")
            for problem in problems:
                print(f"     {problem}")
            failures += bool(problems)
    print(f"{len(files) - failures} of {len(files)} corpus files read as expected")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
