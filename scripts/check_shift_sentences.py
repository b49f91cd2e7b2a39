#!/usr/bin/env python3
"""Checks that every sentence `actormap shift` prints about the bundled examples is true.

For each example map and several pairs of years (the report's default comparison, the
first and last year with a tie, and neighbouring years), it runs the built
`actormap shift --format json` and checks each summary sentence against PageRank computed
by networkx on the map as PyYAML reads it (the undirected projection of positive ties,
parallel ties merged, as check_interchange.py builds it):

- "X rose/fell from Pth to Qth in PageRank (a → b)", "The PageRank of X rose/fell from a
  to b; …": the values (to their printed digits), the direction, the competition ranks
  with ties (values within a relative 1e-9 share a rank, "joint"), and that X's value did
  change: an actor whose value stayed put is never mentioned;
- "X now ranks 1st …": X alone holds the top value at the later year;
- "N actors entered/left the map": the counts, from the actors' periods;
- a group's share: the sum of its actors' PageRank over the total, to 0.1%.

Run after `swift build`. Exits with 1 when any sentence is false or not recognised.
"""

import json
import math
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_interchange import ROOT, actormap_binary, projection, read_map, active, date_text  # noqa: E402

import networkx as nx  # noqa: E402

EXAMPLES = os.path.join(ROOT, "Examples", "Datasets")
GROUP_OF_KIND = None


def ranks(values):
    """Competition ranks, values within a relative 1e-9 sharing the best rank."""
    order = sorted(values, key=lambda actor: -values[actor])
    result, leader, rank = {}, None, 0
    for position, actor in enumerate(order):
        value = values[actor]
        if leader is None or not same(leader, value):
            leader, rank = value, position + 1
        result[actor] = rank
    return result


def same(a, b):
    return a == b or abs(a - b) <= max(1e-9 * max(abs(a), abs(b)), 1e-12)


def ordinal(number):
    suffix = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def place(rank, all_ranks):
    tied = list(all_ranks.values()).count(rank) > 1
    return ("joint " if tied else "") + ordinal(rank)


def printed(text, value):
    """Whether `text`, as printed, is `value` to its own digits."""
    number = float(text)
    digits = len(text.replace("-", "").replace(".", "").lstrip("0")) or 1
    return math.isclose(number, value, rel_tol=10 ** (1 - digits), abs_tol=1e-12)


def pagerank(graph):
    if graph.number_of_nodes() == 0:
        return {}
    return nx.pagerank(graph, alpha=0.85, tol=1e-12, max_iter=10_000)


def subjects(text, by_name):
    """The actors a sentence's subject names: one name, or a list "A, B and 3 more" of names
    (which may hold commas and "and" themselves), with the count of those not named."""
    if text in by_name:
        return [by_name[text]], 0
    more = 0
    counted = re.fullmatch(r"(.+) and (\d+) more", text)
    if counted:
        text, more = counted.group(1), int(counted.group(2))
    def split(rest, last_joined_by_and):
        if rest in by_name:
            return [[by_name[rest]]]
        found = []
        for name, actor in by_name.items():
            for separator in (", ", " and "):
                if rest.startswith(name + separator):
                    for tail in split(rest[len(name + separator):], separator == " and "):
                        found.append([actor] + tail)
        return found
    options = split(text, False)
    return (options[0], more) if options else None


def check_pair(path, data, signs, names, groups, first, last, binary, failures):
    result = subprocess.run([binary, "shift", path, "--from", str(first), "--to", str(last), "--format", "json"],
                            cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        failures.append(f"{path} {first}→{last}: exit {result.returncode}: {result.stderr.strip()}")
        return 0
    summary = json.loads(result.stdout)["summary"]
    actors, ties = data["actors"], data.get("relationships") or []
    before = pagerank(projection(actors, ties, signs, first))
    after = pagerank(projection(actors, ties, signs, last))
    ranks_before, ranks_after = ranks(before), ranks(after)
    by_name = {name: actor for actor, name in names.items()}
    checked = 0

    def fail(sentence, why):
        failures.append(f"{os.path.basename(path)} {first}→{last}: {why}: {sentence}")

    def check_move(sentence, actor, moved, value):
            a, b = before[actor], after[actor]
            if same(a, b):
                fail(sentence, f"the actor did not move ({a} → {b})")
            direction = (moved or value).group(2)
            if (direction == "rose") != (b > a):
                fail(sentence, f"wrong direction ({a} → {b})")
            old, new = (moved.group(7), moved.group(8)) if moved else (value.group(3), value.group(4))
            if not (printed(old, a) and printed(new, b)):
                fail(sentence, f"values are {a} → {b}")
            if moved:
                said = (moved.group(3) or "") + ordinal(int(moved.group(4))), (moved.group(5) or "") + ordinal(int(moved.group(6)))
                if said != (place(ranks_before[actor], ranks_before), place(ranks_after[actor], ranks_after)):
                    fail(sentence, f"ranks are {place(ranks_before[actor], ranks_before)} → {place(ranks_after[actor], ranks_after)}")
            elif value.group(6) is not None:
                if value.group(6) != place(ranks_after[actor], ranks_after) or ranks_before[actor] != ranks_after[actor]:
                    fail(sentence, "rank did change")
            elif value.group(7) is not None:
                if (value.group(7), value.group(8)) != (place(ranks_after[actor], ranks_after), place(ranks_before[actor], ranks_before)):
                    fail(sentence, "ranks differ")
            elif value.group(9) is not None:
                if (value.group(10), value.group(11)) != (place(ranks_before[actor], ranks_before), place(ranks_after[actor], ranks_after)):
                    fail(sentence, "ranks differ")

    for sentence in summary:
        checked += 1
        moved = re.fullmatch(r"(.+?)(?: each)? (rose|fell) from (joint )?(\d+)\w\w to (joint )?(\d+)\w\w in PageRank \((\S+) → (\S+)\)\.", sentence)
        value = re.fullmatch(r"The PageRank of (.+?)(?: each)? (rose|fell) from (\S+) to (\S+)(; (?:it is|they are) still (.+)|; (?:it is|they are) now (.+), having been (.+)|, yet (?:it|they) (rose|fell) from (.+) to (.+) as others moved more)?\.", sentence)
        leader = re.fullmatch(r"(.+) now ranks 1st in PageRank \((up from (.+)|new on the map)\)(, though its PageRank fell from (\S+) to (\S+))?\.", sentence)
        share = re.fullmatch(r"(.+?)'?s? share of PageRank (rose|fell) from ([\d.]+)% to ([\d.]+)%\.", sentence)
        counted = re.fullmatch(r"(\d+) actors? (entered|left) the map: .+\.", sentence)
        if moved or value:
            named = subjects((moved or value).group(1), by_name)
            if named is None or any(actor not in before or actor not in after for actor in named[0]):
                fail(sentence, "no such actor at both moments")
                continue
            # Actors that made the very same move share a sentence: every one of them is named
            # or counted, and none that moved otherwise.
            first_actor = named[0][0]
            twins = [other for other in before if other in after and same(before[other], before[first_actor])
                     and same(after[other], after[first_actor]) and ranks_before[other] == ranks_before[first_actor]
                     and ranks_after[other] == ranks_after[first_actor]]
            if not set(named[0]) <= set(twins) or len(named[0]) + named[1] != len(twins):
                fail(sentence, f"the actors that made this move are {sorted(twins)}")
            for actor in named[0]:
                check_move(sentence, actor, moved, value)
        elif leader:
            actor = by_name.get(leader.group(1))
            top = max(after.values())
            holders = [other for other, v in after.items() if same(v, top)]
            if holders != [actor]:
                fail(sentence, f"the top value is held by {holders}")
            if leader.group(3) and leader.group(3) != place(ranks_before.get(actor, 0), ranks_before):
                fail(sentence, "earlier rank differs")
            if leader.group(2) == "new on the map" and actor in before:
                fail(sentence, "was on the map before")
            if actor in before and after[actor] < before[actor] and not same(before[actor], after[actor]):
                if not (leader.group(4) and printed(leader.group(5), before[actor]) and printed(leader.group(6), after[actor])):
                    fail(sentence, f"its value fell ({before[actor]} → {after[actor]}) and the sentence does not say so")
            elif leader.group(4):
                fail(sentence, "its value did not fall")
        elif share:
            label = share.group(1)
            members = [actor for actor in names if groups[actor] == label]
            old = sum(before.get(actor, 0) for actor in members) / (sum(before.values()) or 1)
            new = sum(after.get(actor, 0) for actor in members) / (sum(after.values()) or 1)
            if abs(old * 100 - float(share.group(3))) > 0.051 or abs(new * 100 - float(share.group(4))) > 0.051:
                fail(sentence, f"shares are {old:.4f} → {new:.4f}")
            if (share.group(2) == "rose") != (new > old):
                fail(sentence, "wrong direction")
        elif counted:
            present_before = {a["id"] for a in actors if active((date_text(a.get("since")), date_text(a.get("until"))), first)}
            present_after = {a["id"] for a in actors if active((date_text(a.get("since")), date_text(a.get("until"))), last)}
            count = len(present_after - present_before) if counted.group(2) == "entered" else len(present_before - present_after)
            if count != int(counted.group(1)):
                fail(sentence, f"{count} actors")
        elif re.fullmatch(r"(The two moments share few ties|The tie between|\d+ ties? formed|No ties formed|No tie formed or dissolved|PageRank became (more|less) concentrated).*", sentence):
            checked -= 1  # tie counts and transitions are checked by the test suite
        else:
            fail(sentence, "sentence not recognised")
    return checked


def main():
    binary = actormap_binary()
    failures, checked = [], 0
    for name in sorted(os.listdir(EXAMPLES)):
        if not name.endswith(".yaml"):
            continue
        path = os.path.join(EXAMPLES, name)
        data, signs = read_map(path)
        kinds = json.loads(subprocess.run([binary, "summary", path, "--format", "json"], cwd=ROOT,
                                          capture_output=True, text=True, check=True).stdout)
        label_of_kind = {kind["id"]: group["label"] for group in kinds["groups"] for kind in group["kinds"]}
        names = {actor["id"]: actor["name"] for actor in data["actors"]}
        groups = {actor["id"]: label_of_kind[actor["kind"]] for actor in data["actors"]}
        years = range(kinds["first_year"], kinds["last_year"] + 1)
        tied_years = [year for year in years
                      if projection(data["actors"], data.get("relationships") or [], signs, year).number_of_edges() >= 3]
        pairs = {(tied_years[0], tied_years[-1])}
        pairs |= {(a, b) for a, b in zip(tied_years, tied_years[1:])}
        pairs |= {(tied_years[0], tied_years[len(tied_years) // 2])}
        for first, last in sorted(pairs):
            checked += check_pair(path, data, signs, names, groups, first, last, binary, failures)
    for failure in failures:
        print(failure)
    print(f"check_shift_sentences: {checked} sentences checked, {len(failures)} false or unrecognised")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
