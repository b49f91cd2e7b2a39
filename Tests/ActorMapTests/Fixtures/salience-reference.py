"""Reference values for SalienceTests: Spearman's rho and Kendall's tau-b from scipy, and
PageRank from networkx, independently of ActorMap.

Run from this folder: python3 salience-reference.py > salience-reference.json

Two cases:
- "hand": the worked example written out in SalienceTests (five rated actors, ratings
  against degree), so the hand computation there and scipy agree.
- the Net-Map example map, Examples/Datasets/lilongwe-netmap.yaml, at 2019 and at 2010:
  the map read with PyYAML, the snapshot taken as ActorMap defines it (actors and ties
  active in the year; ties of positive sign; undirected; parallel ties merged; unweighted),
  PageRank by networkx's default, then each actor's influence against its PageRank.
"""
import json
import os

import networkx as nx
import scipy
import yaml
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "..", "..", "Examples", "Datasets", "lilongwe-netmap.yaml")

NEGATIVE_TYPES = {"contention"}  # the catalogue's only type of negative sign; the map adds none


def active(item, year):
    since, until = item.get("since"), item.get("until")
    return (since is None or int(str(since)[:4]) <= year) and (until is None or int(str(until)[:4]) >= year)


def example_case(year):
    data = yaml.safe_load(open(EXAMPLE))
    actors = [a for a in data["actors"] if active(a, year)]
    ids = {a["id"] for a in actors}
    signs = {t["id"]: t.get("sign", 1) for t in data.get("relationship_types", [])}
    graph = nx.Graph()
    graph.add_nodes_from(sorted(ids))
    for r in data["relationships"]:
        sign = signs.get(r["type"], -1 if r["type"] in NEGATIVE_TYPES else 1)
        if sign > 0 and active(r, year) and r["from"] in ids and r["to"] in ids and r["from"] != r["to"]:
            graph.add_edge(r["from"], r["to"])
    pagerank = nx.pagerank(graph)
    rated = [a for a in actors if isinstance(a.get("attributes", {}).get("influence"), (int, float))]
    rating = [float(a["attributes"]["influence"]) for a in rated]
    measure = [pagerank[a["id"]] for a in rated]
    return {
        "name": f"lilongwe-netmap {year}",
        "year": year,
        "ids": [a["id"] for a in rated],
        "rating": rating,
        "measure": measure,
        "spearman_rho": float(stats.spearmanr(rating, measure).statistic),
        "kendall_tau": float(stats.kendalltau(rating, measure).statistic),
    }


# The hand example: actors a..e rated 2, 5, 2, 4, 1 with degrees 3, 2, 2, 1, 1.
hand_rating = [2, 5, 2, 4, 1]
hand_degree = [3, 2, 2, 1, 1]
cases = [{
    "name": "hand",
    "ids": ["a", "b", "c", "d", "e"],
    "rating": hand_rating,
    "measure": hand_degree,
    "spearman_rho": float(stats.spearmanr(hand_rating, hand_degree).statistic),
    "kendall_tau": float(stats.kendalltau(hand_rating, hand_degree).statistic),
}] + [example_case(year) for year in (2019, 2010)]

print(json.dumps({"scipy": scipy.__version__, "networkx": nx.__version__, "cases": cases}, indent=1))
