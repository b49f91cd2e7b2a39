#!/usr/bin/env python3
"""Modularity reference values for ActorMap's community tests.

Usage:  python3 structure-reference.py   (writes structure-reference.json beside it)

metrics-reference.json holds no modularity, because modularity needs a partition. For
every case there, this script projects the case with ActorMap's rules (the same as
reference/make_reference.py: ties of the projected types, an undirected type becoming
arcs both ways in a directed projection, parallel ties merged with weights summed,
every weight 1 when the projection is unweighted) and records networkx's
`modularity` of two partitions at three resolutions:

* "groups": the actors' groups;
* "louvain": the partition networkx's own `louvain_communities(G, seed=7)` finds.

Partitions are written as one label per actor, in the case's actor order.
"""

import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "reference", "metrics-reference.json")
OUT = os.path.join(HERE, "structure-reference.json")
RESOLUTIONS = [0.5, 1.0, 2.0]


def project(case):
    directed_type = {t["id"]: t["directed"] for t in case["relationship_types"]}
    keep = set(case["projection"]["types"])
    directed = case["projection"]["direction"] == "directed"
    weighted = case["projection"]["weighted"]
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(a["id"] for a in case["actors"])
    for t in case["ties"]:
        if t["type"] not in keep:
            continue
        u, v, w = t["from"], t["to"], t.get("weight", 1.0) if weighted else 1.0
        arcs = [(u, v)] if (not directed or directed_type[t["type"]]) else [(u, v), (v, u)]
        for a, b in arcs:
            if G.has_edge(a, b):
                if weighted:
                    G[a][b]["weight"] += w
            else:
                G.add_edge(a, b, weight=w)
    return G


def labels(case, communities):
    of = {}
    for index, community in enumerate(communities):
        for node in community:
            of[node] = index
    return [of[a["id"]] for a in case["actors"]]


def main():
    with open(CASES) as f:
        cases = json.load(f)["cases"]
    out = []
    for case in cases:
        G = project(case)
        ids = [a["id"] for a in case["actors"]]
        groups = {}
        for a in case["actors"]:
            groups.setdefault(a["group"], []).append(a["id"])
        partitions = {"groups": list(groups.values())}
        if G.number_of_edges() > 0:
            partitions["louvain"] = [sorted(c) for c in nx.community.louvain_communities(G, seed=7)]
        entry = {"name": case["name"], "partitions": []}
        for name, communities in partitions.items():
            values = {}
            for resolution in RESOLUTIONS:
                values[str(resolution)] = (nx.community.modularity(G, communities, resolution=resolution)
                                           if G.number_of_edges() > 0 else None)
            entry["partitions"].append({"name": name, "labels": labels(case, communities),
                                        "modularity": values})
        out.append(entry)
    doc = {"generator": {"script": "structure-reference.py", "networkx": nx.__version__},
           "cases": out}
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
