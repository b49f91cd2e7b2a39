#!/usr/bin/env python3
"""Reference values for ties of weight 0, from networkx.

Usage:  python3 weight-zero-reference.py   (writes weight-zero-reference.json and
        weight-zero.graphml beside it)

networkx and igraph keep an edge of weight 0 as an edge, and so does ActorMap:

* unweighted measures count it as a tie like any other (networkx on the graph with every
  edge, weights ignored);
* strength, eigenvector, PageRank, Burt's constraint and effective size, and clustering use
  the weight as it is, 0 (networkx with weight="weight"; a share over a total of 0 is 0, as
  networkx's normalized_mutual_weight makes it, and PageRank's walker cannot leave an actor
  whose ties all weigh 0, which is dangling, as in networkx's stochastic_graph);
* Burt's constraint and effective size sum over every contact, a contact by a tie of weight
  0 included (its own share is 0, but it can still constrain through others): networkx's
  node-by-node code path (`nodes=list(G)`), the definition ActorMap follows for effective
  size already. networkx's vectorised default path for constraint leaves such contacts out
  and calls an actor whose ties all weigh 0 undefined; the node-by-node path gives it 0;
* path measures take a tie's length as 1 / weight, so a tie of weight 0 is infinitely long
  and no shortest path runs along it: networkx's betweenness, closeness and harmonic
  centrality with distance 1 / weight on the graph without its weight-0 edges (same actors).

The cases use the case format of reference/make_reference.py, so that the tests read them
with the same decoder. weight-zero.graphml is the weighted undirected case as networkx's
write_graphml writes it, for the readers.
"""

import json
import math
import os
import warnings

import networkx as nx
from networkx.algorithms.structuralholes import normalized_mutual_weight

HERE = os.path.dirname(os.path.abspath(__file__))
ACTORS = ["a", "b", "c", "d", "e", "f", "g"]
TIES = [("a", "b", 2.0), ("b", "c", 0.0), ("a", "c", 3.0), ("c", "d", 1.0),
        ("b", "d", 1.0), ("d", "e", 0.0), ("e", "f", 1.0), ("f", "g", 0.0)]


def effective_size_burt(G, W):
    """As make_reference.py: networkx's per-node effective size, NaN for an isolate."""
    nmw = normalized_mutual_weight
    out = {}
    for v in G:
        nbrs = set(nx.all_neighbors(G, v)) - {v}
        if not nbrs:
            out[v] = float("nan")
            continue
        out[v] = sum(
            1 - sum(nmw(G, v, w, weight=W) * nmw(G, u, w, norm=max, weight=W)
                    for w in set(nx.all_neighbors(G, v)))
            for u in nbrs)
    return out


def constraint_burt(G, W):
    """networkx's node-by-node constraint (local_constraint summed over every contact), NaN
    only for an actor with no contact in either direction, as for effective size."""
    out = {}
    for v in G:
        nbrs = set(nx.all_neighbors(G, v)) - {v}
        out[v] = sum(nx.local_constraint(G, v, n, weight=W) for n in nbrs) if nbrs else float("nan")
    return out


def clean(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def case(name, directed, weighted):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(ACTORS)
    for u, v, w in TIES:
        G.add_edge(u, v, weight=w if weighted else 1.0)
    # Path lengths: 1 / weight, a weight-0 tie being no path at all.
    P = nx.DiGraph() if directed else nx.Graph()
    P.add_nodes_from(ACTORS)
    for u, v, d in G.edges(data=True):
        if d["weight"] > 0:
            P.add_edge(u, v, distance=1.0 / d["weight"])
    W = "weight" if weighted else None
    D = "distance" if weighted else None
    act = {}
    if directed:
        act["degree"] = {n: len(set(G.pred[n]) | set(G.succ[n])) for n in ACTORS}
    else:
        act["degree"] = {n: len(G[n]) for n in ACTORS}
    act["strength"] = {n: float(G.degree(n, weight=W)) for n in ACTORS}
    paths = P if weighted else G
    act["betweenness"] = nx.betweenness_centrality(paths, normalized=True, weight=D)
    act["closeness"] = nx.closeness_centrality(paths, distance=D)
    act["harmonic"] = nx.harmonic_centrality(paths, distance=D)
    act["pagerank"] = nx.pagerank(G, alpha=0.85, weight="weight")
    act["constraint"] = constraint_burt(G, W)
    if not directed:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert act["constraint"] == nx.constraint(G, nodes=list(G), weight=W)
    act["effective_size"] = effective_size_burt(G, W)
    act["clustering"] = nx.clustering(G, weight=W)
    return {
        "name": name,
        "description": "ties of weight 0, %s, %s" % ("directed" if directed else "undirected",
                                                    "weighted" if weighted else "unweighted"),
        "actors": [{"id": a, "group": "g"} for a in ACTORS],
        "relationship_types": [{"id": "tie", "directed": directed, "sign": 1}],
        "ties": [{"from": u, "to": v, "type": "tie", "weight": w} for u, v, w in TIES],
        "projection": {"direction": "directed" if directed else "undirected", "weighted": weighted},
        "expected": {
            "actors": {m: {n: clean(vals[n]) for n in ACTORS} for m, vals in act.items()},
            "graph": {},
        },
    }


def main():
    assert nx.__version__ == "3.6.1", nx.__version__
    cases = [case("weight_zero_undirected_weighted", False, True),
             case("weight_zero_undirected_unweighted", False, False),
             case("weight_zero_directed_weighted", True, True)]
    with open(os.path.join(HERE, "weight-zero-reference.json"), "w") as f:
        json.dump({"networkx": nx.__version__, "cases": cases}, f, indent=1, sort_keys=True)
        f.write("\n")
    G = nx.Graph()
    G.add_nodes_from(ACTORS)
    for u, v, w in TIES:
        G.add_edge(u, v, weight=w)
    nx.write_graphml(G, os.path.join(HERE, "weight-zero.graphml"))


if __name__ == "__main__":
    main()
