#!/usr/bin/env python3
"""Reference values for `KeyPlayers`, written from Borgatti's formulas, with networkx for
shortest paths, degree and betweenness.

Usage:  python3 keyplayers-reference.py   (writes keyplayers-reference.json beside it)

Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational
and Mathematical Organization Theory 12(1), 21-34.

* fragment (KPP-Neg): DF(K) = 1 - sum_{i != j} (1/d_ij) / (m(m-1)) over the m = n - k actors
  left once K is removed, 1/d = 0 between actors who cannot reach each other (eq. 9);
* reach (KPP-Pos): DR(K) = sum_{j not in K} (1/d_Kj) / (n - k), d_Kj the distance from the
  nearest member of K (eq. 14); with steps M, the share of j not in K with d_Kj <= M.

For every graph, size k and goal, the optimum is found by trying every set of k actors
(exhaustive search). The baselines are the k actors of highest degree and of highest
networkx betweenness_centrality, ties broken by node number (betweenness compared rounded
to 9 decimals), with their scores. Nodes are numbered in the order listed; edges are pairs
of node numbers.
"""
import itertools
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def df(G, removed):
    H = G.subgraph([v for v in G if v not in removed])
    m = H.number_of_nodes()
    total = sum(1.0 / d for u, lengths in nx.all_pairs_shortest_path_length(H) for v, d in lengths.items() if u != v)
    return 1 - total / (m * (m - 1))


def dr(G, K, steps=None):
    # Steps, not weights (karate_club_graph carries Zachary's weights): the nearest member.
    dist = {}
    for member in K:
        for v, d in nx.single_source_shortest_path_length(G, member).items():
            dist[v] = min(d, dist.get(v, d))
    others = [v for v in G if v not in K]
    if steps is None:
        return sum(1.0 / dist[v] for v in others if v in dist) / len(others)
    return sum(1 for v in others if v in dist and dist[v] <= steps) / len(others)


def score(G, goal, K, steps):
    return df(G, set(K)) if goal == "fragment" else dr(G, K, steps)


def numbered(G):
    mapping = {v: i for i, v in enumerate(G.nodes())}
    return nx.relabel_nodes(G, mapping), [str(v) for v in G.nodes()]


def graphs():
    kite = nx.krackhardt_kite_graph()
    florentine = nx.florentine_families_graph()
    # Two groups joined by one broker, a pendant chain, a separate pair and an isolate.
    broken = nx.Graph()
    broken.add_nodes_from(range(14))
    broken.add_edges_from([(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (4, 5), (4, 6), (5, 6), (6, 7), (7, 8), (8, 9),
                           (10, 11), (1, 3), (5, 7)])
    return [("krackhardt-kite", kite), ("florentine-families", florentine), ("karate-club", nx.karate_club_graph()),
            ("broken", broken)]


def main():
    out = {"generator": f"networkx {nx.__version__}", "graphs": []}
    for name, original in graphs():
        G, labels = numbered(original)
        n = G.number_of_nodes()
        degree = dict(G.degree())
        betweenness = nx.betweenness_centrality(G)
        entry = {"name": name, "nodes": labels, "edges": sorted([min(u, v), max(u, v)] for u, v in G.edges()),
                 "fragmentation": df(G, set()), "global_efficiency": nx.global_efficiency(G), "cases": []}
        for k in [1, 2, 3]:
            for goal, steps in [("fragment", None), ("reach", None), ("reach", 1), ("reach", 2)]:
                best = max(score(G, goal, K, steps) for K in itertools.combinations(range(n), k))
                optimal = [list(K) for K in itertools.combinations(range(n), k)
                           if abs(score(G, goal, K, steps) - best) < 1e-12]
                by_degree = sorted(sorted(range(n), key=lambda v: (-degree[v], v))[:k])
                by_betweenness = sorted(sorted(range(n), key=lambda v: (-round(betweenness[v], 9), v))[:k])
                entry["cases"].append({
                    "size": k, "goal": goal, "steps": steps, "optimum": best, "optimal_sets": optimal,
                    "degree_set": by_degree, "degree_score": score(G, goal, by_degree, steps),
                    "betweenness_set": by_betweenness, "betweenness_score": score(G, goal, by_betweenness, steps)})
        out["graphs"].append(entry)
    with open(os.path.join(HERE, "keyplayers-reference.json"), "w") as file:
        json.dump(out, file, indent=1, sort_keys=True)
        file.write("\n")


if __name__ == "__main__":
    main()
