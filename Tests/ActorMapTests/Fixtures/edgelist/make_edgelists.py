#!/usr/bin/env python3
"""Edge lists as networkx writes them, and networkx's own reading of each.

Usage:  python3 make_edgelists.py   (writes the files below and edgelists.json beside it)

* networkx.edgelist: nx.write_edgelist(G, path), networkx's default, each edge's data as a
  Python mapping: `fed city {'weight': 2.0, 'type': 'mou', 'since': 2012}`;
* weighted.edges: nx.write_weighted_edgelist(G, path): `fed city 2.0`, the shape of
  igraph's `ncol` format too;
* plain.txt: nx.write_edgelist(G, path, data=False): `fed city`.

edgelists.json holds, for each file, the edges networkx reads back from it
(read_edgelist, read_weighted_edgelist), which the tests compare with ActorMap's reading.
"""

import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    assert nx.__version__ == "3.6.1", nx.__version__
    G = nx.Graph()
    G.add_edge("fed", "city", weight=2.0, type="mou", since=2012)
    G.add_edge("fed", "ngo", weight=0.5, note="met twice, in 2014")
    G.add_edge("ngo", "donor", weight=0.0, confirmed=True)
    G.add_edge("city", "donor", weight=3)
    paths = {name: os.path.join(HERE, name) for name in ["networkx.edgelist", "weighted.edges", "plain.txt"]}
    nx.write_edgelist(G, paths["networkx.edgelist"])
    nx.write_weighted_edgelist(G, paths["weighted.edges"])
    nx.write_edgelist(G, paths["plain.txt"], data=False)
    read = {
        "networkx.edgelist": nx.read_edgelist(paths["networkx.edgelist"]),
        "weighted.edges": nx.read_weighted_edgelist(paths["weighted.edges"]),
        "plain.txt": nx.read_edgelist(paths["plain.txt"], data=False),
    }
    out = {name: [{"from": u, "to": v, "data": d} for u, v, d in H.edges(data=True)] for name, H in read.items()}
    with open(os.path.join(HERE, "edgelists.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
