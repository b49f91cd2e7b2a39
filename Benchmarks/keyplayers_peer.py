#!/usr/bin/env python3
"""Borgatti's key-player search for fragmentation (KPP-Neg) in Python with igraph: the peer
`Benchmarks/keyplayers.sh` times `actormap keyplayers --goal fragment` against.

    python Benchmarks/keyplayers_peer.py MAP.yaml --size K [--restarts R] [--seed S]
                                         [--sample N]

Reads the benchmark map (Benchmarks/make_map.py: every actor on the map, every tie active,
of a positive type), takes it without direction, weights or repeated ties, and runs the
search as Borgatti's KeyPlayer does and as ActorMap documents it: a greedy start (the actor
that raises the score most, K times, the first in node order on a tie), then swaps of a
member for a non-member while one raises the score by more than 1e-12, taking the first
improving swap of each member's sweep, until a sweep finds none; each further start is the
first K of a SplitMix64 permutation of the actors drawn from the seed, written out as
ActorMap's is, so that both searches try the same sets. Each set is scored alone: DF =
1 − Σ 1/d / (r(r − 1)) over the r actors left, Σ 1/d from igraph's harmonic centrality of
the graph without the set (igraph's C breadth-first searches).

Prints one JSON line: the set (actor ids), its score, the number of sets scored and the
seconds the search took (reading the map not included). With --sample N it scores only N
sets of K actors drawn from the seed and prints the mean seconds per set, for maps where
the whole search would take hours.
"""

import argparse
import json
import sys
import time

import igraph
import yaml

MASK = (1 << 64) - 1


class SplitMix64:
    """Steele, Lea & Flood's generator, as Sources/ActorMap/Metrics/SplitMix64.swift."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def permutation(self, count):
        order = list(range(count))
        for index in range(count - 1, 0, -1):
            pick = (self.next() * (index + 1)) >> 64
            order[index], order[pick] = order[pick], order[index]
        return order


def read_map(path):
    with open(path, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=yaml.CSafeLoader)
    ids = [actor["id"] for actor in document["actors"]]
    number = {actor: index for index, actor in enumerate(ids)}
    edges = {tuple(sorted((number[tie["from"]], number[tie["to"]]))) for tie in document["relationships"]
             if tie["type"] != "contention" and tie["from"] != tie["to"]}
    return ids, igraph.Graph(n=len(ids), edges=sorted(edges), directed=False)


class Search:
    TOLERANCE = 1e-12

    def __init__(self, graph):
        self.graph = graph
        self.n = graph.vcount()
        self.evaluations = 0

    def score(self, removed):
        self.evaluations += 1
        gone = set(removed)
        rest = self.graph.induced_subgraph([v for v in range(self.n) if v not in gone])
        remaining = rest.vcount()
        inverse = sum(rest.harmonic_centrality(normalized=False))
        return max(0.0, 1 - inverse / (remaining * (remaining - 1)))

    def greedy(self, size):
        chosen = []
        for _ in range(size):
            best = None
            for node in range(self.n):
                if node in chosen:
                    continue
                value = self.score(chosen + [node])
                if best is None or value > best[1] + self.TOLERANCE:
                    best = (node, value)
            chosen.append(best[0])
        return chosen

    def improved(self, start):
        members = list(start)
        member = set(members)
        current = self.score(members)
        improving = True
        while improving:
            improving = False
            for slot in range(len(members)):
                for candidate in range(self.n):
                    if candidate in member:
                        continue
                    trial = list(members)
                    trial[slot] = candidate
                    value = self.score(trial)
                    if value > current + self.TOLERANCE:
                        member.discard(members[slot])
                        member.add(candidate)
                        members = trial
                        current = value
                        improving = True
        return members, current

    def run(self, size, restarts, seed):
        random = SplitMix64(seed)
        best = None
        for start in range(restarts):
            first = self.greedy(size) if start == 0 else random.permutation(self.n)[:size]
            found = self.improved(first)
            if best is None or found[1] > best[1] + self.TOLERANCE:
                best = found
        return sorted(best[0]), best[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("map")
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--restarts", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample", type=int, help="score only this many random sets and report the time per set")
    arguments = parser.parse_args()
    ids, graph = read_map(arguments.map)
    search = Search(graph)
    if arguments.sample:
        random = SplitMix64(arguments.seed)
        sets = [random.permutation(search.n)[:arguments.size] for _ in range(arguments.sample)]
        began = time.perf_counter()
        for chosen in sets:
            search.score(chosen)
        seconds = (time.perf_counter() - began) / arguments.sample
        print(json.dumps({"seconds_per_set": seconds, "sets": arguments.sample, "actors": search.n, "ties": graph.ecount(),
                          "igraph": igraph.__version__}))
        return
    began = time.perf_counter()
    chosen, score = search.run(arguments.size, arguments.restarts, arguments.seed)
    seconds = time.perf_counter() - began
    print(json.dumps({"set": [ids[node] for node in chosen], "score": score, "evaluations": search.evaluations,
                      "seconds": seconds, "actors": search.n, "ties": graph.ecount(), "igraph": igraph.__version__}))


if __name__ == "__main__":
    sys.exit(main())
