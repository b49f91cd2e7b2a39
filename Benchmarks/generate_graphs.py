#!/usr/bin/env python3
"""Writes the seeded graphs the benchmarks run on, as plain edge lists.

Each file starts with `n m directed` (directed is 0 or 1) and then holds one tie a line,
`from to weight`, with nodes numbered 0..n-1 and integer weights 1..5. Undirected ties are
listed once. The benchmarks read the weights or ignore them, so one file serves both the
weighted and the unweighted runs.

The graphs look like actor maps rather than like coin flips: actors fall into blocks
(communities, agencies, funders…), most ties stay inside a block, and a few actors are far
more active than the rest (expected degrees follow a power law with exponent 2.5, as in a
degree-corrected stochastic block model). Some actors end up isolated, as on real maps.

    python3 generate_graphs.py [--out DIR] [--seed SEED]
    python3 generate_graphs.py --actor-map GRAPH.edges MAP.yaml

The second form turns an edge list into an ActorMap dataset, for timing the `actormap`
command itself: each block of 100 actors gets one of the built-in kinds in turn, a tie from
a donor, foundation or multilateral agency is funding, and any other tie a collaboration.
"""

import argparse
import bisect
import itertools
import os
import random

GRAPHS = [
    # name, actors, ties, directed
    ("2k-undirected", 2_000, 10_000, False),
    ("2k-directed", 2_000, 10_000, True),
    ("20k-undirected", 20_000, 100_000, False),
    ("20k-directed", 20_000, 100_000, True),
]
ACTORS_PER_BLOCK = 100
SHARE_INSIDE_BLOCK = 0.8
DEGREE_EXPONENT = 2.5


def actor_map(n, m, directed, rng):
    """Draws m distinct ties without self-loops, each with a weight 1..5."""
    # Pareto activities with exponent 2.5, capped so that no actor could need more
    # partners than there are actors.
    activity = [min((1 - rng.random()) ** (-1 / (DEGREE_EXPONENT - 1)), n ** 0.5) for _ in range(n)]
    everyone = list(itertools.accumulate(activity))
    blocks = [range(start, min(start + ACTORS_PER_BLOCK, n)) for start in range(0, n, ACTORS_PER_BLOCK)]
    inside = [list(itertools.accumulate(activity[v] for v in block)) for block in blocks]

    def pick(cumulative, offset=0):
        return offset + bisect.bisect_right(cumulative, rng.random() * cumulative[-1])

    ties = {}
    while len(ties) < m:
        u = pick(everyone)
        if rng.random() < SHARE_INSIDE_BLOCK:
            block = u // ACTORS_PER_BLOCK
            v = pick(inside[block], blocks[block].start)
        else:
            v = pick(everyone)
        if u == v:
            continue
        key = (u, v) if directed else (min(u, v), max(u, v))
        if key not in ties:
            ties[key] = rng.randint(1, 5)
    return sorted(ties.items())


def write(path, n, directed, ties):
    with open(path, "w") as file:
        file.write(f"{n} {len(ties)} {int(directed)}\n")
        file.writelines(f"{u} {v} {w}\n" for (u, v), w in ties)


# The built-in kinds and their groups (docs/dataset-format.md), for the dataset form.
KIND_GROUPS = {
    "federation": "community", "support-ngo": "civil-society", "city-government": "state",
    "donor": "funder", "community-group": "community", "researcher": "knowledge",
    "national-agency": "state", "international-network": "civil-society", "foundation": "funder",
    "municipal-government": "state", "savings-group": "community", "utility": "state",
    "multilateral": "funder", "county-government": "state", "private-firm": "market",
    "national-government": "state",
}
KINDS = list(KIND_GROUPS)
FUNDERS = {"donor", "foundation", "multilateral"}


def write_actor_map(edges_path, map_path):
    with open(edges_path) as file:
        n, m, directed = map(int, file.readline().split())
        ties = [tuple(map(int, line.split())) for line in file]
    kind = [KINDS[node // ACTORS_PER_BLOCK % len(KINDS)] for node in range(n)]
    with open(map_path, "w") as out:
        out.write(f"version: 1\ntitle: Benchmark map, {n:,} actors and {m:,} ties\n")
        out.write(f"description: Generated from {os.path.basename(edges_path)} by Benchmarks/generate_graphs.py.\n")
        out.write("actors:\n")
        out.writelines(f"  - {{id: a{node}, name: Actor {node}, kind: {kind[node]}}}\n" for node in range(n))
        out.write("relationships:\n")
        out.writelines(
            f"  - {{from: a{u}, to: a{v}, type: {'funding' if kind[u] in FUNDERS else 'collaboration'}, weight: {w}}}\n"
            for u, v, w in ties)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(here, ".cache"), help="folder for the edge lists")
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--actor-map", nargs=2, metavar=("EDGES", "YAML"), help="write an edge list as a dataset")
    arguments = parser.parse_args()
    if arguments.actor_map:
        write_actor_map(*arguments.actor_map)
        return
    os.makedirs(arguments.out, exist_ok=True)
    for index, (name, n, m, directed) in enumerate(GRAPHS):
        path = os.path.join(arguments.out, f"{name}.edges")
        # Each graph has its own stream, so adding a graph does not change the others.
        rng = random.Random(arguments.seed * 100 + index)
        write(path, n, directed, actor_map(n, m, directed, rng))
        print(path)


if __name__ == "__main__":
    main()
