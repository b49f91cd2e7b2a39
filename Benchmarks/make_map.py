#!/usr/bin/env python3
"""Writes a seeded random actor map as YAML on standard output, for timing `actormap`.

    python3 Benchmarks/make_map.py ACTORS TIES [--types funding,mou] [--acyclic]
                                   [--years 2000..2019] [--seed N]

Actors get one of twelve built-in kinds at random; each tie joins two different actors
drawn at random (so two actors can share several ties, as an MoU and funding do), with a
type drawn from --types (all seven built-in types by default) and a weight from 1 to 5.
Directed ties drawn at random close loops (funding that flows round), which is what makes
Graphviz's dot slow; --acyclic points every tie from a lower-numbered actor to a higher
one, a layered map without loops. --years spreads the ties over a span: each starts in a
random year of it and lasts one to five years, for the timeline, report and series.
Without --years, a tie that repeats another (same actors, same type) starts a year later,
so that the map reads without a warning per repeat.

With the defaults (seed = ACTORS, every type, TIES = 2 × ACTORS) it writes the maps
Benchmarks/render_vs_dot.sh times.
"""

import argparse
import random
import sys

KINDS = ["federation", "community-group", "savings-group", "support-ngo", "international-network",
         "national-agency", "county-government", "city-government", "utility", "donor", "foundation", "researcher"]
TYPES = ["mou", "funding", "contention", "collaboration", "information-sharing", "technical-support", "membership"]


def years(text):
    first, _, last = text.partition("..")
    span = (int(first), int(last))
    if span[0] > span[1]:
        raise argparse.ArgumentTypeError(f"{text}: the first year comes after the last")
    return span


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("actors", type=int)
    parser.add_argument("ties", type=int)
    parser.add_argument("--types", default=",".join(TYPES), help="relationship types to draw from, comma-separated")
    parser.add_argument("--acyclic", action="store_true", help="every tie from a lower-numbered actor to a higher one")
    parser.add_argument("--years", type=years, help="FIRST..LAST: spread the ties over these years")
    parser.add_argument("--seed", type=int, help="the random seed; ACTORS when absent")
    arguments = parser.parse_args()
    n = arguments.actors
    if n < 2:
        parser.error("a map with ties needs at least 2 actors")
    types = arguments.types.split(",")
    rng = random.Random(n if arguments.seed is None else arguments.seed)

    out = sys.stdout
    out.write(f"title: Benchmark map of {n} actors\n")
    out.write("actors:\n")
    for i in range(n):
        out.write(f"  - {{id: a{i}, name: Organisation number {i}, kind: {rng.choice(KINDS)}}}\n")
    out.write("relationships:\n")
    repeats = {}
    for _ in range(arguments.ties):
        if arguments.acyclic:
            a = rng.randrange(n - 1)
            b = rng.randrange(a + 1, n)
        else:
            a = rng.randrange(n)
            b = (a + rng.randrange(1, n)) % n
        tie = f"from: a{a}, to: a{b}, type: {rng.choice(types)}, weight: {rng.randint(1, 5)}"
        if arguments.years:
            first, last = arguments.years
            since = rng.randint(first, last)
            tie += f", since: {since}, until: {min(last, since + rng.randint(0, 4))}"
        else:
            key = (a, b, tie.split("type: ")[1].split(",")[0])
            repeats[key] = repeats.get(key, -1) + 1
            if repeats[key]:
                tie += f", since: {1900 + repeats[key]}"
        out.write(f"  - {{{tie}}}\n")


if __name__ == "__main__":
    main()
