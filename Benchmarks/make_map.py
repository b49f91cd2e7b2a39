#!/usr/bin/env python3
"""Writes a seeded random actor map as YAML on standard output, for timing `actormap`.

    python3 Benchmarks/make_map.py ACTORS TIES [--types funding,mou] [--acyclic]
                                   [--years 2000..2019] [--seed N]
    python3 Benchmarks/make_map.py ACTORS TIES --periods [--years 1995..2024] [--format json] [--seed N]

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

--periods writes a map that changes over time, for Benchmarks/temporal.py: actors come and go
(a quarter are there from the start, the rest join in a year of --years, 1995..2024 by
default; four in ten leave again), in blocks of 100 that tie mostly among themselves, with a
group of their own (faith organisations) beside the built-in ones. Each tie joins two
actors whose periods meet and lies inside both periods, so that `actormap validate` has
nothing to warn about; it lasts one to ten years, or stays open when both its actors do,
and its type is drawn from every built-in type, one in seven a contention. The map is
recorded as of its last year. --format json writes the same map, drawn from the same seed,
as JSON.
"""

import argparse
import json
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
    parser.add_argument("--periods", action="store_true", help="actors and ties with their own periods, over --years")
    parser.add_argument("--format", choices=["yaml", "json"], default="yaml", help="with --periods: YAML or JSON")
    arguments = parser.parse_args()
    n = arguments.actors
    if n < 2:
        parser.error("a map with ties needs at least 2 actors")
    types = arguments.types.split(",")
    rng = random.Random(n if arguments.seed is None else arguments.seed)
    if arguments.periods:
        first, last = arguments.years or (1995, 2024)
        document = temporal_map(n, arguments.ties, first, last, rng)
        if arguments.format == "json":
            json.dump(document, sys.stdout, indent=1, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            write_yaml(document, sys.stdout)
        return
    if arguments.format != "yaml":
        parser.error("--format json needs --periods")

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


# Maps that change over time (--periods).

# Built-in kinds by how often they occur on a map, and one kind of the map's own group.
TEMPORAL_KINDS = [("community-group", 6), ("savings-group", 4), ("federation", 1), ("support-ngo", 3),
                  ("international-network", 1), ("national-agency", 1), ("county-government", 1),
                  ("city-government", 2), ("utility", 1), ("donor", 1), ("foundation", 1),
                  ("researcher", 1), ("church", 2)]
# Built-in relationship types and their shares; contention is the one of negative sign.
TEMPORAL_TYPES = [("collaboration", 5), ("mou", 3), ("funding", 3), ("contention", 3),
                  ("information-sharing", 2), ("technical-support", 2), ("membership", 2)]
BLOCK = 100
SHARE_INSIDE_BLOCK = 0.7


def weighted_choices(pairs, rng, k):
    names, weights = zip(*pairs)
    return rng.choices(names, weights=weights, k=k)


def temporal_map(n, m, first, last, rng):
    """The document of a map of n actors and m ties over first..last, as plain dicts and lists."""
    kinds = weighted_choices(TEMPORAL_KINDS, rng, n)
    actors, periods = [], []
    for i in range(n):
        since = None if rng.random() < 0.25 else rng.randint(first, last - 4)
        until = None if rng.random() < 0.6 else min(last, (since or first) + rng.randint(4, 25))
        actor = {"id": f"a{i}", "name": f"Organisation number {i}", "kind": kinds[i]}
        if since is not None:
            actor["since"] = since
        if until is not None:
            actor["until"] = until
        actors.append(actor)
        periods.append((since or first, until or last, until is None))
    types = weighted_choices(TEMPORAL_TYPES, rng, m)
    relationships, seen = [], set()
    while len(relationships) < m:
        a = rng.randrange(n)
        if rng.random() < SHARE_INSIDE_BLOCK:
            start = a - a % BLOCK
            b = rng.randrange(start, min(start + BLOCK, n))
        else:
            b = rng.randrange(n)
        lo = max(periods[a][0], periods[b][0])
        hi = min(periods[a][1], periods[b][1])
        if a == b or lo > hi:
            continue
        since = rng.randint(lo, hi)
        until = since + rng.randint(0, 9)
        stays_open = until >= hi and periods[a][2] and periods[b][2] and rng.random() < 0.5
        until = None if stays_open else min(until, hi)
        tie_type = types[len(relationships)]
        key = (min(a, b), max(a, b), tie_type, since, until)
        if key in seen:
            continue
        seen.add(key)
        tie = {"from": f"a{a}", "to": f"a{b}", "type": tie_type, "weight": rng.randint(1, 5), "since": since}
        if until is not None:
            tie["until"] = until
        relationships.append(tie)
    return {
        "version": 1,
        "title": f"Benchmark map of {n} actors over {first}–{last}",
        "as_of": last,
        "groups": [{"id": "faith", "label": "Faith organisations"}],
        "kinds": [{"id": "church", "label": "Church", "group": "faith", "shape": "house"}],
        "actors": actors,
        "relationships": relationships,
    }


def write_yaml(document, out):
    """The document as YAML, one flow mapping a line: its values are plain words and numbers."""
    def flow(mapping):
        return "{" + ", ".join(f"{key}: {value}" for key, value in mapping.items()) + "}"
    out.write(f"version: {document['version']}\ntitle: {document['title']}\nas_of: {document['as_of']}\n")
    for section in ["groups", "kinds", "actors", "relationships"]:
        out.write(f"{section}:\n")
        out.writelines(f"  - {flow(entry)}\n" for entry in document[section])


if __name__ == "__main__":
    main()
