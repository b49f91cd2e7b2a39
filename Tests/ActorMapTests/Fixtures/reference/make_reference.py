#!/usr/bin/env python3
"""Build independent reference values for ActorMap's network metrics.

Usage (from any directory):  python3 make_reference.py

* builds the test cases below (actors, relationship types, ties, projection),
* projects each case to a networkx Graph/DiGraph with exactly ActorMap's
  projection rules (see README.md),
* computes the expected values with networkx (+ numpy/scipy),
* writes an intermediate JSON to a temporary directory and runs
  ``Rscript make_reference.R <tmpdir>`` for sna::bonpow, sna::brokerage and
  igraph's centralisation indices, then merges the R results,
* writes metrics-reference.json next to this script.

The output is deterministic: the script re-executes itself with
PYTHONHASHSEED=0 so that networkx's set iterations (harmonic centrality,
clustering) sum floating point numbers in the same order on every run, the
random case uses a fixed seed, and HITS is taken from a dense LAPACK SVD
rather than from ARPACK's randomly started svds (see README.md).
"""

import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:])

import json
import math
import random
import shutil
import subprocess
import tempfile
import warnings
from fractions import Fraction

import networkx as nx
import numpy as np
import scipy
from networkx.algorithms.structuralholes import normalized_mutual_weight

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSON = os.path.join(HERE, "metrics-reference.json")
R_SCRIPT = os.path.join(HERE, "make_reference.R")

EXPECTED_NX = "3.6.1"
KATZ_ALPHA = 0.1
HITS_GAP = 1e-9  # relative gap sigma1-sigma2 below which HITS is declared ill-defined

ACTOR_MEASURES = [
    "degree", "in_degree", "out_degree", "strength", "degree_centrality",
    "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz",
    "hub", "authority", "bonacich", "constraint", "effective_size", "core",
    "clustering", "coordinator", "itinerant", "representative", "gatekeeper",
    "liaison", "positive_degree", "negative_degree",
]
GRAPH_MEASURES = [
    "actors", "ties", "density", "components", "reciprocity",
    "degree_centralization", "betweenness_centralization",
    "closeness_centralization", "ei_index", "balance", "pagerank_gini",
]


# --------------------------------------------------------------------------
# Case construction
# --------------------------------------------------------------------------

def rtype(id_, directed, sign):
    return {"id": id_, "directed": directed, "sign": sign}


def tie(u, v, type_, weight=1.0):
    return {"from": u, "to": v, "type": type_, "weight": float(weight)}


def make_case(name, description, actors, types, ties, direction, weighted,
              proj_types=None, beta=0.1):
    if proj_types is None:
        proj_types = [t["id"] for t in types if t["sign"] > 0]
    return {
        "name": name,
        "description": description,
        "actors": [{"id": a, "group": g} for a, g in actors],
        "relationship_types": types,
        "ties": ties,
        "projection": {"direction": direction, "weighted": weighted, "types": proj_types},
        "beta": beta,
    }


def case_kite():
    names = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth",
             "Heather", "Ike", "Jane"]
    groups = {"Andre": "state", "Beverly": "state", "Diane": "state",
              "Carol": "ngo", "Ed": "ngo", "Fernando": "ngo", "Garth": "ngo",
              "Heather": "community", "Ike": "community", "Jane": "community"}
    G = nx.krackhardt_kite_graph()
    ties = [tie(names[u], names[v], "tie") for u, v in G.edges()]
    return make_case(
        "krackhardt_kite",
        "nx.krackhardt_kite_graph() (node i = names[i]), undirected, unweighted; "
        "three groups; Bonacich with negative beta -0.2.",
        [(n, groups[n]) for n in names], [rtype("tie", False, 1)], ties,
        "undirected", False, beta=-0.2)


def case_florentine():
    G = nx.florentine_families_graph()
    medici = {"Medici", "Acciaiuoli", "Barbadori", "Ginori", "Pazzi",
              "Salviati", "Tornabuoni", "Ridolfi"}
    actors = [(n, "medici" if n in medici else "oligarch") for n in G]
    ties = [tie(u, v, "marriage") for u, v in G.edges()]
    return make_case(
        "florentine_families",
        "nx.florentine_families_graph() (15 families, Pucci absent), undirected, "
        "unweighted; groups: Medici party vs oligarchs.",
        actors, [rtype("marriage", False, 1)], ties, "undirected", False, beta=0.1)


def karate_parts():
    G = nx.karate_club_graph()
    actors = [(str(n), "mr_hi" if G.nodes[n]["club"] == "Mr. Hi" else "officer") for n in G]
    ties = [tie(str(u), str(v), "interaction", d["weight"]) for u, v, d in G.edges(data=True)]
    return actors, ties


def case_karate_unweighted():
    actors, ties = karate_parts()
    return make_case(
        "karate_unweighted",
        "nx.karate_club_graph() (actor id = str(node)), group = 'club' attribute; "
        "ties carry the networkx 'weight' but the projection is unweighted.",
        actors, [rtype("interaction", False, 1)], ties, "undirected", False, beta=0.1)


def case_karate_weighted():
    actors, ties = karate_parts()
    return make_case(
        "karate_weighted",
        "nx.karate_club_graph() weighted by its 'weight' attribute (1..7). "
        "lambda_max ~ 21.7 > 1/0.1, so Katz diverges -> null.",
        actors, [rtype("interaction", False, 1)], ties, "undirected", True, beta=0.1)


FUNDING_ACTORS = [
    ("govA", "state"), ("govB", "state"), ("fund", "donor"), ("ngoX", "ngo"),
    ("ngoY", "ngo"), ("ngoZ", "ngo"), ("coop", "community"), ("village", "community"),
]
FUNDING_TIES = [
    tie("govA", "fund", "funding", 5), tie("govB", "fund", "funding", 3),
    tie("fund", "ngoX", "funding", 2), tie("fund", "ngoY", "funding", 2),
    tie("ngoX", "ngoY", "funding", 1), tie("ngoY", "ngoZ", "funding", 1),
    tie("ngoZ", "ngoX", "funding", 1), tie("ngoZ", "coop", "funding", 2),
    tie("coop", "ngoY", "funding", 1), tie("ngoX", "village", "funding", 1),
    tie("coop", "village", "funding", 3), tie("ngoY", "fund", "funding", 1),
]


def case_funding(weighted):
    return make_case(
        "funding_directed_" + ("weighted" if weighted else "unweighted"),
        "Directed funding graph: sources govA/govB (no in-arcs), cycles "
        "ngoX->ngoY->ngoZ->ngoX, ngoZ->coop->ngoY, fund->ngoY->fund, and a "
        "dangling node 'village' (no out-arcs).",
        FUNDING_ACTORS, [rtype("funding", True, 1)], FUNDING_TIES, "directed", weighted,
        beta=0.1)


MIXED_ACTORS = [
    ("ministry", "state"), ("agency", "state"), ("ngo1", "ngo"), ("ngo2", "ngo"),
    ("donor", "donor"), ("uni", "academia"), ("coop", "community"),
]
MIXED_TYPES = [rtype("mou", False, 1), rtype("funding", True, 1)]
MIXED_TIES = [
    tie("ministry", "ngo1", "mou", 1), tie("ngo1", "ngo2", "mou", 2),
    tie("ministry", "uni", "mou", 1), tie("uni", "ngo2", "mou", 1),
    tie("agency", "ministry", "mou", 1),
    tie("donor", "ministry", "funding", 3), tie("donor", "ngo1", "funding", 2),
    tie("ministry", "agency", "funding", 2), tie("agency", "coop", "funding", 1),
    tie("ngo2", "coop", "funding", 1), tie("coop", "ngo1", "funding", 1),
]
PARALLEL_EXTRA = [
    tie("uni", "donor", "mou", 1), tie("uni", "donor", "mou", 2),
    tie("donor", "uni", "funding", 4),
]


def case_mixed(direction):
    return make_case(
        "mixed_" + direction,
        "MoU (undirected type) + funding (directed type), projected " + direction +
        ", unweighted. The MoU agency-ministry and the funding ministry->agency "
        "merge into one edge (undirected) / arc ministry->agency (directed).",
        MIXED_ACTORS, MIXED_TYPES, MIXED_TIES, direction, False, beta=0.1)


def case_mixed_parallel(direction):
    return make_case(
        "mixed_parallel_" + direction + "_weighted",
        "The mixed graph plus two MoUs uni-donor (weights 1 and 2) and a funding "
        "donor->uni (weight 4), projected " + direction + ", weighted. Directed: "
        "uni->donor = 1+2 = 3, donor->uni = 1+2+4 = 7; undirected: {uni,donor} = 7; "
        "ministry->agency = 1+2 = 3 (directed), {ministry,agency} = 3 (undirected).",
        MIXED_ACTORS, MIXED_TYPES, MIXED_TIES + PARALLEL_EXTRA, direction, True, beta=0.1)


def case_disconnected():
    actors = [("a1", "x"), ("a2", "x"), ("a3", "y"), ("a4", "y"), ("a5", "x"),
              ("b1", "y"), ("b2", "x"), ("b3", "y"), ("b4", "x"),
              ("iso1", "x"), ("iso2", "y")]
    ties = [tie("a1", "a2", "contact"), tie("a2", "a3", "contact"),
            tie("a1", "a3", "contact"), tie("a3", "a4", "contact"),
            tie("a4", "a5", "contact"),
            tie("b1", "b2", "contact"), tie("b2", "b3", "contact"),
            tie("b3", "b4", "contact"), tie("b4", "b1", "contact")]
    return make_case(
        "disconnected",
        "Two components (5-node triangle-with-tail, 4-cycle) and two isolates; "
        "undirected, unweighted.",
        actors, [rtype("contact", False, 1)], ties, "undirected", False, beta=0.1)


def case_signed():
    actors = [("gov", "state"), ("army", "state"), ("rebels", "armed"),
              ("ngo", "civil"), ("church", "civil"), ("un", "intl"),
              ("village", "community"), ("company", "private")]
    types = [rtype("cooperation", False, 1), rtype("funding", True, 1),
             rtype("contention", False, -1), rtype("observer", False, 0)]
    ties = [
        tie("gov", "army", "cooperation"), tie("gov", "un", "cooperation"),
        tie("ngo", "un", "cooperation"), tie("ngo", "church", "cooperation"),
        tie("church", "village", "cooperation"), tie("company", "gov", "cooperation"),
        tie("un", "ngo", "funding", 2), tie("company", "army", "funding", 3),
        tie("rebels", "army", "contention"), tie("rebels", "gov", "contention"),
        tie("ngo", "army", "contention"), tie("village", "company", "contention"),
        tie("church", "army", "contention"), tie("ngo", "village", "contention"),
        tie("rebels", "company", "contention"), tie("rebels", "village", "contention"),
        tie("gov", "ngo", "cooperation"), tie("ngo", "gov", "contention"),
        tie("un", "rebels", "observer"), tie("un", "church", "observer"),
        tie("un", "church", "cooperation"),
    ]
    return make_case(
        "signed",
        "Signed graph: cooperation (+1, undirected), funding (+1, directed), "
        "contention (-1, undirected), observer (0, undirected). Projection: "
        "undirected, unweighted, positive types only. gov-ngo is mixed "
        "(cooperation+contention) and un-rebels / un-church involve a zero-sign "
        "type, so those pairs are excluded from balance.",
        actors, types, ties, "undirected", False, beta=0.1)


def case_star():
    actors = [("hub", "state")] + [("leaf%d" % i, "ngo" if i % 2 else "community")
                                   for i in range(1, 5)]
    ties = [tie("hub", "leaf%d" % i, "tie") for i in range(1, 5)]
    return make_case(
        "star",
        "Star K1,4, undirected, unweighted. beta = 0.5 = 1/sqrt(4), so I - beta*A "
        "is singular and Bonacich is null. Bipartite -> HITS ill-defined -> null.",
        actors, [rtype("tie", False, 1)], ties, "undirected", False, beta=0.5)


def case_path(direction):
    ids = ["p1", "p2", "p3", "p4", "p5"]
    groups = ["x", "x", "y", "y", "z"]
    ties = [tie(ids[i], ids[i + 1], "link" if direction == "undirected" else "flow")
            for i in range(4)]
    rt = [rtype("link", False, 1)] if direction == "undirected" else [rtype("flow", True, 1)]
    desc = ("Path P5, undirected, unweighted (bipartite -> HITS null)."
            if direction == "undirected" else
            "Directed path p1->p2->p3->p4->p5 (a DAG): eigenvector iteration does "
            "not converge (null), Katz converges (lambda_max = 0), p5 is dangling.")
    return make_case("path" if direction == "undirected" else "path_directed", desc,
                     list(zip(ids, groups)), rt, ties, direction, False, beta=0.1)


def random_parts(seed=20240607):
    rng = random.Random(seed)
    groups = ["state", "ngo", "donor", "community"]
    actors = [("r%02d" % i, groups[rng.randrange(4)]) for i in range(60)]
    types = [rtype("mou", False, 1), rtype("funding", True, 1), rtype("advice", True, 1)]
    ties = []
    for _ in range(150):
        u = rng.randrange(60)
        v = rng.randrange(59)
        if v >= u:
            v += 1
        t = rng.choice(["mou", "funding", "advice"])
        ties.append(tie(actors[u][0], actors[v][0], t, rng.randint(1, 5)))
    return actors, types, ties


def case_random(direction, weighted):
    actors, types, ties = random_parts()
    return make_case(
        "random_%s_%s" % (direction, "weighted" if weighted else "unweighted"),
        "Seeded random graph (random.Random(20240607)): 60 actors in 4 groups, 150 "
        "ties drawn uniformly (u != v), type uniform over mou (undirected) / funding / "
        "advice (directed), weight randint(1,5); parallel ties merge.",
        actors, types, ties, direction, weighted, beta=0.05)


def build_cases():
    return [
        case_kite(), case_florentine(), case_karate_unweighted(), case_karate_weighted(),
        case_funding(True), case_funding(False),
        case_mixed("directed"), case_mixed("undirected"),
        case_mixed_parallel("directed"), case_mixed_parallel("undirected"),
        case_disconnected(), case_signed(), case_star(), case_path("undirected"),
        case_path("directed"), case_random("directed", True),
        case_random("undirected", False),
    ]


# --------------------------------------------------------------------------
# Projection (ActorMap's rules)
# --------------------------------------------------------------------------

def project(case):
    types = {t["id"]: t for t in case["relationship_types"]}
    proj = case["projection"]
    keep = set(proj["types"])
    directed = proj["direction"] == "directed"
    weighted = proj["weighted"]
    merged = {}  # insertion-ordered: key -> [u, v, summed weight]
    for t in case["ties"]:
        if t["type"] not in keep:
            continue
        u, v, w = t["from"], t["to"], t["weight"]
        assert u != v, "self-loop"
        if directed:
            arcs = [(u, v)] if types[t["type"]]["directed"] else [(u, v), (v, u)]
            for a in arcs:
                if a in merged:
                    merged[a][2] += w
                else:
                    merged[a] = [a[0], a[1], w]
        else:
            k = frozenset((u, v))
            if k in merged:
                merged[k][2] += w
            else:
                merged[k] = [u, v, w]
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(a["id"] for a in case["actors"])
    for u, v, w in merged.values():
        if weighted:
            G.add_edge(u, v, weight=float(w), distance=1.0 / float(w))
        else:
            G.add_edge(u, v)  # no attributes at all: every algorithm uses 1
    return G


# --------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------

def clean(x):
    """numbers -> float/int, NaN/inf -> None"""
    if x is None:
        return None
    if isinstance(x, (bool, np.bool_)):
        raise TypeError("bool")
    if isinstance(x, (int, np.integer)):
        return int(x)
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        return None
    return x + 0.0  # -0.0 -> 0.0


def hits_reference(G, log):
    """HITS as nx.hits defines it (principal right singular vector of A), taken
    from a dense SVD so it is deterministic; checked against nx.hits."""
    nodes = list(G)
    A = nx.to_numpy_array(G, nodelist=nodes, weight="weight")  # attr absent -> 1
    s = np.linalg.svd(A, compute_uv=False)
    if s[0] == 0 or (len(s) > 1 and s[0] - s[1] <= HITS_GAP * s[0]):
        log.append("HITS: sigma1=%r sigma2=%r -> principal singular value not simple, "
                   "nx.hits result depends on ARPACK's random start -> null" %
                   (float(s[0]), float(s[1]) if len(s) > 1 else None))
        return None, None, float(s[0]), float(s[1]) if len(s) > 1 else None
    # eigh of A^T A is symmetric and accurate; take the top eigenvector
    M = A.T @ A
    vals, vecs = np.linalg.eigh(M)
    a = vecs[:, -1]
    a = a / a.sum()
    h = A @ a
    h = h / h.sum()
    hubs = dict(zip(nodes, map(float, h)))
    auths = dict(zip(nodes, map(float, a)))
    try:
        nh, na = nx.hits(G)
        d = max(max(abs(nh[n] - hubs[n]) for n in nodes),
                max(abs(na[n] - auths[n]) for n in nodes))
        # (d itself varies from run to run with ARPACK's random start, so it
        # is not written to the JSON)
        if d > 1e-10:
            raise SystemExit("HITS mismatch with nx.hits: %g" % d)
        log.append("HITS: dense-SVD values agree with nx.hits(G) within 1e-10")
    except nx.PowerIterationFailedConvergence:
        log.append("HITS: nx.hits failed to converge (dense values used)")
    return hubs, auths, float(s[0]), float(s[1]) if len(s) > 1 else None


def effective_size_burt(G, W):
    """Burt's effective size exactly as networkx's per-node code path computes it
    (nx.effective_size(G, nodes=..., weight=W)), but with the isolate rule of
    networkx's default path: NaN only when the actor has no neighbour in either
    direction (the per-node path also returns NaN for a directed actor without
    successors)."""
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


def betweenness_exact_ties(G):
    """Weighted betweenness with exact rational distances 1/weight, so that
    mathematically equal path lengths always tie (informational only)."""
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["exact_distance"] = Fraction(1) / Fraction(d["weight"])
    b = nx.betweenness_centrality(H, normalized=True, weight="exact_distance")
    return {n: float(x) for n, x in b.items()}


def iterations_used(fn, limit):
    """Number of power iterations networkx performs before its stopping test
    succeeds (the smallest max_iter that does not raise), or None."""
    def ok(k):
        try:
            fn(k)
            return True
        except nx.PowerIterationFailedConvergence:
            return False
    if not ok(limit):
        return None
    lo, hi = 1, limit  # the stopping test is monotone in max_iter: binary search
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def gini(values):
    x = np.array(values, dtype=float)
    n = len(x)
    mean = x.mean()
    if n == 0 or mean == 0:
        return None
    tot = 0.0
    for xi in x:
        for xj in x:
            tot += abs(xi - xj)
    return tot / (2.0 * n * n * mean)


def signed_pairs(case):
    sign_of = {t["id"]: t["sign"] for t in case["relationship_types"]}
    signs = {}
    for t in case["ties"]:
        k = frozenset((t["from"], t["to"]))
        s = sign_of[t["type"]]
        signs.setdefault(k, set()).add(1 if s > 0 else (-1 if s < 0 else 0))
    return signs


def balance(case):
    pair_sign = {}
    for k, ss in signed_pairs(case).items():
        if ss == {1}:
            pair_sign[k] = 1
        elif ss == {-1}:
            pair_sign[k] = -1
    ids = [a["id"] for a in case["actors"]]
    total = balanced = 0
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            sij = pair_sign.get(frozenset((ids[i], ids[j])))
            if sij is None:
                continue
            for k in range(j + 1, len(ids)):
                sik = pair_sign.get(frozenset((ids[i], ids[k])))
                sjk = pair_sign.get(frozenset((ids[j], ids[k])))
                if sik is None or sjk is None:
                    continue
                total += 1
                if sij * sik * sjk > 0:
                    balanced += 1
    return (None if total == 0 else balanced / total), balanced, total


def signed_degrees(case):
    sign_of = {t["id"]: t["sign"] for t in case["relationship_types"]}
    pos = {a["id"]: set() for a in case["actors"]}
    neg = {a["id"]: set() for a in case["actors"]}
    for t in case["ties"]:
        s = sign_of[t["type"]]
        u, v = t["from"], t["to"]
        if s > 0:
            pos[u].add(v); pos[v].add(u)
        elif s < 0:
            neg[u].add(v); neg[v].add(u)
    return ({k: len(v) for k, v in pos.items()}, {k: len(v) for k, v in neg.items()})


def ei_index(G, group):
    ext = inn = 0
    for u, v in G.edges():
        if group[u] == group[v]:
            inn += 1
        else:
            ext += 1
    return None if ext + inn == 0 else (ext - inn) / (ext + inn), ext, inn


def compute_python(case, G, log):
    directed = G.is_directed()
    weighted = case["projection"]["weighted"]
    W = "weight" if weighted else None
    D = "distance" if weighted else None
    nodes = [a["id"] for a in case["actors"]]
    group = {a["id"]: a["group"] for a in case["actors"]}
    act = {}

    if directed:
        act["degree"] = {n: len(set(G.pred[n]) | set(G.succ[n])) for n in nodes}
        act["in_degree"] = {n: len(G.pred[n]) for n in nodes}
        act["out_degree"] = {n: len(G.succ[n]) for n in nodes}
    else:
        act["degree"] = {n: len(G[n]) for n in nodes}
        act["in_degree"] = dict(act["degree"])
        act["out_degree"] = dict(act["degree"])
    act["strength"] = {n: float(G.degree(n, weight=W)) for n in nodes}
    act["degree_centrality"] = nx.degree_centrality(G)
    act["betweenness"] = nx.betweenness_centrality(G, normalized=True, weight=D)
    act["closeness"] = nx.closeness_centrality(G, distance=D)
    act["harmonic"] = nx.harmonic_centrality(G, distance=D)
    try:
        act["eigenvector"] = nx.eigenvector_centrality(G, weight=W)
    except nx.PowerIterationFailedConvergence:
        log.append("eigenvector_centrality: PowerIterationFailedConvergence -> null")
        act["eigenvector"] = None
    if weighted:
        act["pagerank"] = nx.pagerank(G, alpha=0.85, weight="weight")
    else:
        act["pagerank"] = nx.pagerank(G, alpha=0.85)
    try:
        act["katz"] = nx.katz_centrality(G, alpha=KATZ_ALPHA, beta=1.0, normalized=True,
                                         weight=W)
    except nx.PowerIterationFailedConvergence:
        log.append("katz_centrality: PowerIterationFailedConvergence -> null")
        act["katz"] = None
    hubs, auths, s1, s2 = hits_reference(G, log)
    act["hub"], act["authority"] = hubs, auths
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        act["constraint"] = nx.constraint(G, weight=W)
        es_default = nx.effective_size(G, weight=W)
        es_loop = nx.effective_size(G, nodes=list(G), weight=W)
    act["effective_size"] = effective_size_burt(G, W)
    for n in nodes:
        ref = act["effective_size"][n]
        if not math.isnan(es_loop[n]):
            assert abs(es_loop[n] - ref) < 1e-12, (n, es_loop[n], ref)
        if not directed and not weighted:
            assert abs(es_default[n] - ref) < 1e-12 or (math.isnan(ref) and math.isnan(es_default[n]))
    bad = {n: es_default[n] for n in nodes
           if not (math.isnan(es_default[n]) and math.isnan(act["effective_size"][n]))
           and not abs(es_default[n] - act["effective_size"][n]) < 1e-12}
    if bad:
        log.append("effective_size: nx.effective_size(G) (vectorised default path) differs "
                   "for %d actors (networkx row-max normalisation bug, see README); "
                   "expected values use Burt's definition = nx.effective_size(G, nodes=list(G))"
                   % len(bad))
        extra_es_default = {n: clean(es_default[n]) for n in nodes}
    else:
        extra_es_default = None
    act["core"] = nx.core_number(G)
    act["clustering"] = nx.clustering(G, weight=W)
    act["positive_degree"], act["negative_degree"] = signed_degrees(case)

    A = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
    lam = float(np.max(np.abs(np.linalg.eigvals(A)))) if len(nodes) else 0.0

    gr = {}
    gr["actors"] = G.number_of_nodes()
    gr["ties"] = G.number_of_edges()
    gr["density"] = float(nx.density(G))
    gr["components"] = (nx.number_weakly_connected_components(G) if directed
                        else nx.number_connected_components(G))
    if directed:
        try:
            gr["reciprocity"] = float(nx.reciprocity(G))
        except nx.NetworkXError:
            gr["reciprocity"] = None
    else:
        gr["reciprocity"] = None
    gr["ei_index"], ext, inn = ei_index(G, group)
    gr["balance"], nbal, ntri = balance(case)
    gr["pagerank_gini"] = gini([act["pagerank"][n] for n in nodes])
    btw_exact = betweenness_exact_ties(G) if weighted else None
    if btw_exact is not None:
        dmax = max(abs(btw_exact[n] - act["betweenness"][n]) for n in nodes)
        if dmax > 1e-12:
            log.append("betweenness: floating-point ties matter; with exact (rational) path "
                       "lengths the values differ by up to %.3g (details.betweenness_exact_ties)"
                       % dmax)
        else:
            btw_exact = None
    extra = {"lambda_max": lam, "katz_alpha": KATZ_ALPHA,
             "hits_singular_values": [s1, s2],
             "ei_external": ext, "ei_internal": inn,
             "balance_triangles": ntri, "balance_balanced": nbal}
    extra["iterations"] = {
        "eigenvector": iterations_used(
            lambda k: nx.eigenvector_centrality(G, max_iter=k, weight=W), 100),
        "pagerank": iterations_used(
            lambda k: nx.pagerank(G, alpha=0.85, max_iter=k, weight=W or "weight"), 100),
        "katz": iterations_used(
            lambda k: nx.katz_centrality(G, alpha=KATZ_ALPHA, beta=1.0, max_iter=k,
                                         normalized=True, weight=W), 1000),
    }
    if extra_es_default is not None:
        extra["effective_size_networkx_default_path"] = extra_es_default
    if btw_exact is not None:
        extra["betweenness_exact_ties"] = {n: clean(btw_exact[n]) for n in nodes}
    return act, gr, extra, A


# --------------------------------------------------------------------------
# R part
# --------------------------------------------------------------------------

def run_r(cases, mats, tmpdir):
    payload = []
    for case, A in zip(cases, mats):
        payload.append({
            "name": case["name"],
            "ids": [a["id"] for a in case["actors"]],
            "groups": [a["group"] for a in case["actors"]],
            "directed": case["projection"]["direction"] == "directed",
            "beta": case["beta"],
            "adj": A.tolist(),          # list of rows: adj[i][j] = weight of i -> j
            "row_sums": A.sum(axis=1).tolist(),  # orientation check in R
        })
    inp = os.path.join(tmpdir, "input.json")
    with open(inp, "w") as f:
        json.dump(payload, f)
    subprocess.run(["Rscript", "--vanilla", R_SCRIPT, tmpdir], check=True)
    results = []
    for k, case in enumerate(cases, start=1):
        node = {}
        with open(os.path.join(tmpdir, "nodes_%d.csv" % k)) as f:
            header = f.readline().strip().split(",")
            for line in f:
                parts = line.rstrip("\n").split(",")
                row = dict(zip(header, parts))
                node[row["id"]] = {h: (None if row[h] in ("NA", "NaN", "Inf", "-Inf")
                                       else float(row[h])) for h in header if h != "id"}
        graph = {}
        with open(os.path.join(tmpdir, "graph_%d.csv" % k)) as f:
            f.readline()
            for line in f:
                key, val = line.rstrip("\n").split(",")
                graph[key] = None if val in ("NA", "NaN", "Inf", "-Inf") else float(val)
        results.append((node, graph))
    return results


def r_versions():
    out = subprocess.run(
        ["Rscript", "--vanilla", "-e",
         'cat(R.version.string, "|sna", as.character(packageVersion("sna")), '
         '"|igraph", as.character(packageVersion("igraph")), "\\n")'],
        check=True, capture_output=True, text=True).stdout.strip()
    return out


# --------------------------------------------------------------------------

def main():
    if nx.__version__ != EXPECTED_NX:
        print("WARNING: networkx %s, reference was designed for %s" %
              (nx.__version__, EXPECTED_NX), file=sys.stderr)
    cases = build_cases()
    computed = []
    mats = []
    for case in cases:
        G = project(case)
        log = []
        act, gr, extra, A = compute_python(case, G, log)
        computed.append((G, act, gr, extra, log))
        mats.append(A)

    tmpdir = tempfile.mkdtemp(prefix="actormap-ref-")
    try:
        rres = run_r(cases, mats, tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    out_cases = []
    for case, (G, act, gr, extra, log), (rnode, rgraph) in zip(cases, computed, rres):
        nodes = [a["id"] for a in case["actors"]]
        rmap = {"bonacich": "bonacich", "coordinator": "w_I", "itinerant": "w_O",
                "representative": "b_IO", "gatekeeper": "b_OI", "liaison": "b_O"}
        for m, col in rmap.items():
            vals = {n: rnode[n][col] for n in nodes}
            if m == "bonacich" and all(v is None for v in vals.values()):
                act[m] = None
                log.append("bonacich: sna::bonpow failed (singular I - beta*A) -> null")
            else:
                act[m] = vals
            if m != "bonacich":
                act[m] = {n: (None if v is None else int(round(v))) for n, v in vals.items()}
        gr["degree_centralization"] = rgraph["centr_degree"]
        gr["betweenness_centralization"] = rgraph["centr_betw"]
        gr["closeness_centralization"] = rgraph["centr_clo"]
        extra["igraph_theoretical_max"] = {
            "degree": rgraph["centr_degree_tmax"],
            "betweenness": rgraph["centr_betw_tmax"],
            "closeness": rgraph["centr_clo_tmax"],
        }

        exp_actors = {}
        for m in ACTOR_MEASURES:
            vals = act[m]
            if vals is None:
                exp_actors[m] = {n: None for n in nodes}
            else:
                exp_actors[m] = {n: clean(vals[n]) for n in nodes}
        exp_graph = {m: clean(gr[m]) for m in GRAPH_MEASURES}
        oc = dict(case)
        oc["lambda_max"] = extra.pop("lambda_max")
        oc["katz_alpha"] = extra.pop("katz_alpha")
        oc["details"] = extra
        oc["notes"] = log
        oc["expected"] = {"actors": exp_actors, "graph": exp_graph}
        out_cases.append(oc)
        print("%-36s n=%-3d m=%-4d %s" % (case["name"], G.number_of_nodes(),
                                          G.number_of_edges(), "; ".join(log)))

    doc = {
        "generator": {
            "script": "make_reference.py + make_reference.R",
            "python": sys.version.split()[0],
            "networkx": nx.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "r": r_versions(),
        },
        "cases": out_cases,
    }
    with open(OUT_JSON, "w") as f:
        json.dump(doc, f, indent=1, allow_nan=False)
        f.write("\n")
    print("wrote", OUT_JSON)


if __name__ == "__main__":
    main()
