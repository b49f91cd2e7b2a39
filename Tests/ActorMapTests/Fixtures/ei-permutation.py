"""Exact reference values of EIIndexTests: the E-I index of a six-actor map against every
way of dealing its two sides of three actors among the actors (C(6,3) = 20, each as likely
as any permutation of the labels).

    python3 Tests/ActorMapTests/Fixtures/ei-permutation.py
"""
from fractions import Fraction
from itertools import combinations

edges = [(0, 1), (1, 2), (0, 3), (2, 4), (4, 5)]
observed_sides = {0, 1, 2}


def ei(sides):
    across = sum(1 for a, b in edges if (a in sides) != (b in sides))
    within = len(edges) - across
    return Fraction(across - within, across + within)


observed = ei(observed_sides)
values = [ei(set(c)) for c in combinations(range(6), 3)]
print("observed", observed, float(observed))
print("expected", sum(values) / len(values), float(sum(values) / len(values)))
print("p_greater_or_equal", Fraction(sum(v >= observed for v in values), len(values)))
print("p_less_or_equal", Fraction(sum(v <= observed for v in values), len(values)))
