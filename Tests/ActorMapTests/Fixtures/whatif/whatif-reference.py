#!/usr/bin/env python3
"""Reference values for `WhatIf`: the map of whatif-map.yaml in 2018 measured with networkx
on the graph with the removed actors and ties taken out.

Usage:  python3 whatif-reference.py   (writes whatif-reference.json beside it)

The projection follows ActorMap's rules (docs/dataset-format.md): the relationships active
in the year between two active actors, of the counted types; undirected, every tie joins its
two actors; directed, a directed type (funding) is one arc and an undirected type (an MoU)
an arc each way; parallel ties merge; unweighted. Figures:

* each remaining actor's networkx pagerank / betweenness_centrality (defaults);
* components: weakly connected components, isolates included; density: nx.density;
* fragmentation: Borgatti's (2006) distance-weighted DF = 1 - sum_{i!=j} (1/d_ij) / (n(n-1)),
  from nx.all_pairs_shortest_path_length (following arcs when directed), 1/d = 0 when j is
  unreachable from i; reach: the share of ordered pairs (i, j), i != j, with a path i -> j;
* group shares of the measure: each group's sum over the total;
* cut_off: for each group, the remaining actors that reached (along arcs) some remaining
  actor of the group other than themselves before and reach none after.
"""
import json
import os

import networkx as nx
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
GROUP_OF_KIND = {"federation": "community", "savings-group": "community", "support-ngo": "civil-society",
                 "county-government": "state", "national-agency": "state", "utility": "state",
                 "donor": "funder", "researcher": "knowledge"}
DIRECTED_TYPES = {"funding"}
YEAR = 2018

CASES = [
    {"name": "county", "remove": ["county"], "ties": [], "direction": "undirected", "measure": "pagerank"},
    {"name": "county-directed", "remove": ["county"], "ties": [], "direction": "directed", "measure": "pagerank"},
    {"name": "ngo-and-donor", "remove": ["ngo", "donor"], "ties": [], "direction": "undirected", "measure": "betweenness"},
    {"name": "mou-tie", "remove": [], "ties": [["county", "fed", "mou"]], "direction": "undirected", "measure": "betweenness"},
    {"name": "funding-tie-directed", "remove": [], "ties": [["ngo", "county", "funding"]], "direction": "directed",
     "measure": "pagerank"},
]
COUNTED = {"mou", "funding", "collaboration"}


def active(item):
    return item.get("since", -10**9) <= YEAR <= item.get("until", 10**9)


def graph(data, case, removed_actors, removed_ties):
    directed = case["direction"] == "directed"
    G = nx.DiGraph() if directed else nx.Graph()
    actors = [a["id"] for a in data["actors"] if active(a) and a["id"] not in removed_actors]
    G.add_nodes_from(actors)
    for r in data["relationships"]:
        if not active(r) or r["type"] not in COUNTED or r["from"] not in G or r["to"] not in G:
            continue
        key = (r["from"], r["to"], r["type"])
        undirected_type = r["type"] not in DIRECTED_TYPES
        if key in removed_ties or (undirected_type and (r["to"], r["from"], r["type"]) in removed_ties):
            continue
        G.add_edge(r["from"], r["to"])
        if directed and undirected_type:
            G.add_edge(r["to"], r["from"])
    return G


def figures(G, measure, group):
    n = G.number_of_nodes()
    inverse, reached = 0.0, 0
    for u, lengths in nx.all_pairs_shortest_path_length(G):
        for v, d in lengths.items():
            if u != v:
                inverse += 1.0 / d
                reached += 1
    values = nx.pagerank(G) if measure == "pagerank" else nx.betweenness_centrality(G)
    total = sum(values.values())
    shares = {}
    for v, x in values.items():
        shares[group[v]] = shares.get(group[v], 0.0) + x / total
    components = nx.number_weakly_connected_components(G) if G.is_directed() else nx.number_connected_components(G)
    return {"components": components, "density": nx.density(G), "fragmentation": 1 - inverse / (n * (n - 1)),
            "reach": reached / (n * (n - 1)), "group_shares": shares, "values": values}


def groups_reached(G, counted, group):
    reach = {}
    for v in G:
        seen = nx.descendants(G, v) if G.is_directed() else nx.node_connected_component(G, v) - {v}
        reach[v] = {group[u] for u in seen if u in counted and u != v}
    return reach


def main():
    with open(os.path.join(HERE, "whatif-map.yaml")) as file:
        data = yaml.safe_load(file)
    group = {a["id"]: GROUP_OF_KIND[a["kind"]] for a in data["actors"]}
    out = {"generator": f"networkx {nx.__version__}", "year": YEAR, "counted_types": sorted(COUNTED), "cases": []}
    for case in CASES:
        ties = {tuple(t) for t in case["ties"]}
        before = graph(data, case, set(), set())
        after = graph(data, case, set(case["remove"]), ties)
        fb, fa = figures(before, case["measure"], group), figures(after, case["measure"], group)
        remaining = set(after.nodes())
        rb, ra = groups_reached(before, remaining, group), groups_reached(after, remaining, group)
        cut = {}
        for v in sorted(remaining):
            for g in sorted(rb[v] - ra[v]):
                cut.setdefault(g, []).append(v)
        out["cases"].append({**case, "before": {k: v for k, v in fb.items() if k != "values"},
                             "after": {k: v for k, v in fa.items() if k != "values"},
                             "values_before": fb["values"], "values_after": fa["values"], "cut_off": cut})
    with open(os.path.join(HERE, "whatif-reference.json"), "w") as file:
        json.dump(out, file, indent=1, sort_keys=True)
        file.write("\n")


if __name__ == "__main__":
    main()
