#!/usr/bin/env python3
"""Times ActorMap's measures beside igraph, NetworKit and networkx on the same graphs.

    peers.py measure --tool igraph --graph G.edges [--weighted] [--threads 1] [--katz-alpha A]
        Times every measure one tool has on one graph, in this process, and prints JSON
        (seconds per measure, best of the runs, and the process's peak memory).
    peers.py compare --swift BIN [--graphs DIR] [--table results.md] [--raw raw.json]
        Runs `measure` in a fresh process for each tool and graph, runs the Swift benchmark
        BIN on the same graphs, and writes the markdown table of times and ratios.
    peers.py igraph-metrics MAP.yaml
        Does what `actormap metrics MAP.yaml --format csv` does, in Python with igraph (and
        SciPy where igraph lacks a measure), for command_vs_igraph.sh.

A fresh process per tool and graph keeps one tool's memory out of another's peak. Tools
that can use threads get one (igraph has no threads; NetworKit runs once with one thread
and once with two); ActorMap runs once on every core and once pinned to a single core.
"""

import argparse
import datetime
import json
import math
import os
import platform
import resource
import signal
import subprocess
import sys
import time
import warnings

MEASURES = [
    "degree", "paths", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
    "katz", "hits", "constraint", "effective_size", "core_number", "clustering", "louvain",
    "bonacich", "brokerage",
]
PATH_MEASURES = ["betweenness", "closeness", "harmonic"]
NETWORKX_TIME_LIMIT = 60


class TimeLimit(Exception):
    pass


def read_edges(path):
    """Returns (n, directed, sources, targets, weights) from an edge list of generate_graphs.py."""
    import numpy
    with open(path) as file:
        n, _, directed = map(int, file.readline().split())
        table = numpy.loadtxt(file, dtype=numpy.int64, ndmin=2)
    return n, bool(directed), table[:, 0], table[:, 1], table[:, 2].astype(float)


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# Each tool's counterpart of each ActorMap measure, at the tool's default settings. A
# measure is left out where the tool has no counterpart with the same definition for this
# kind of graph; `notes` says why.

def igraph_measures(n, directed, weighted, sources, targets, weights, katz_alpha):
    import igraph
    graph = igraph.Graph(n=n, edges=list(zip(sources.tolist(), targets.tolist())), directed=directed)
    strength = weights.tolist() if weighted else None
    length = (1 / weights).tolist() if weighted else None
    pairs = (n - 1) * (n - 2) / (1 if directed else 2)
    incoming = "in" if directed else "all"

    measures = {
        "degree": lambda: (graph.degree(mode="all"), graph.degree(mode="in"), graph.degree(mode="out"),
                           graph.strength(mode="all", weights=strength)),
        "betweenness": lambda: [b / pairs for b in graph.betweenness(directed=directed, weights=length)],
        # Averaged over the actors that reach each one, without networkx's Wasserman–Faust
        # factor (reached − 1)/(n − 1): igraph does not report how many reach an actor.
        "closeness": lambda: graph.closeness(mode=incoming, weights=length, normalized=True),
        "harmonic": lambda: graph.harmonic_centrality(mode=incoming, weights=length, normalized=False),
        # Follows the direction of ties by default; igraph 1.0 rejects directed=False.
        "eigenvector": lambda: graph.eigenvector_centrality(weights=strength),
        "pagerank": lambda: graph.pagerank(directed=directed, weights=strength, damping=0.85),
        "hits": lambda: (graph.hub_score(weights=strength), graph.authority_score(weights=strength)),
        "constraint": lambda: graph.constraint(weights=strength),
        "core_number": lambda: graph.coreness(mode="all"),
    }
    notes = {
        "katz": "igraph has no Katz centrality",
        "effective_size": "igraph has no effective size",
        "bonacich": "power_centrality exists in R igraph only",
        "brokerage": "no Gould–Fernandez brokerage",
    }
    if not directed and not weighted:
        measures["clustering"] = lambda: graph.transitivity_local_undirected(mode="zero")
    else:
        notes["clustering"] = ("weighted transitivity is Barrat's, not Onnela's" if not directed
                               else "no directed (Fagiolo) clustering")
    if not directed:
        measures["louvain"] = lambda: graph.community_multilevel(weights=strength)
    else:
        notes["louvain"] = "multilevel needs an undirected graph"
    return measures, {"louvain": lambda clustering: clustering.modularity}, notes


def networkit_measures(n, directed, weighted, sources, targets, weights, katz_alpha):
    import networkit
    centrality = networkit.centrality

    def build(edge_weights):
        graph = networkit.Graph(n, weighted=weighted, directed=directed)
        graph.addEdges((edge_weights, (sources, targets)))
        graph.indexEdges()
        return graph

    graph = build(weights)
    # NetworKit reads weights as lengths on paths: a strong tie must be a short one.
    distances = build(1 / weights) if weighted else graph

    def run(algorithm):
        algorithm.run()
        return algorithm.scores()

    sinks = centrality.SinkHandling.DistributeSinks if directed else centrality.SinkHandling.NoSinkHandling
    measures = {
        "degree": lambda: run(centrality.DegreeCentrality(graph, normalized=True)),
        "betweenness": lambda: run(centrality.Betweenness(distances, normalized=True)),
        "closeness": lambda: run(centrality.Closeness(distances, True, centrality.ClosenessVariant.GENERALIZED)),
        "harmonic": lambda: run(centrality.HarmonicCloseness(distances, normalized=False)),
        "pagerank": lambda: run(centrality.PageRank(graph, damp=0.85, distributeSinks=sinks)),
        "katz": lambda: run(centrality.KatzCentrality(graph, alpha=katz_alpha, beta=1.0)),
        # Both follow in-ties on a directed graph, as networkx does.
        "eigenvector": lambda: run(centrality.EigenvectorCentrality(graph)),
        "core_number": lambda: run(centrality.CoreDecomposition(graph)),
    }
    notes = {
        "hits": "NetworKit has no HITS",
        "constraint": "NetworKit has no Burt constraint",
        "effective_size": "NetworKit has no effective size",
        "bonacich": "NetworKit has no Bonacich power",
        "brokerage": "no Gould–Fernandez brokerage",
    }
    if not directed:
        measures["louvain"] = lambda: networkit.community.PLM(graph).run().getPartition()
    else:
        notes["louvain"] = "PLM needs an undirected graph"
    if not directed and not weighted:
        measures["clustering"] = lambda: run(centrality.LocalClusteringCoefficient(graph))
    else:
        notes["clustering"] = "LocalClusteringCoefficient is unweighted and undirected"
    quality = {"louvain": lambda partition: networkit.community.Modularity().getQuality(partition, graph)}
    return measures, quality, notes


def networkx_measures(n, directed, weighted, sources, targets, weights, katz_alpha):
    import networkx
    graph = networkx.DiGraph() if directed else networkx.Graph()
    graph.add_nodes_from(range(n))
    # No weights at all on an unweighted graph: hits reads the "weight" attribute always.
    graph.add_edges_from(
        (u, v, {"weight": w, "length": 1 / w} if weighted else {})
        for u, v, w in zip(sources.tolist(), targets.tolist(), weights.tolist()))
    strength = "weight" if weighted else None
    length = "length" if weighted else None
    measures = {
        "degree": lambda: (dict(graph.degree()), networkx.degree_centrality(graph),
                           dict(graph.degree(weight=strength))),
        "betweenness": lambda: networkx.betweenness_centrality(graph, weight=length),
        "closeness": lambda: networkx.closeness_centrality(graph, distance=length),
        "harmonic": lambda: networkx.harmonic_centrality(graph, distance=length),
        "eigenvector": lambda: networkx.eigenvector_centrality(graph, weight=strength),
        "pagerank": lambda: networkx.pagerank(graph, weight=strength),
        "katz": lambda: networkx.katz_centrality(graph, alpha=katz_alpha, weight=strength),
        "hits": lambda: networkx.hits(graph),
        "constraint": lambda: networkx.constraint(graph, weight=strength),
        "effective_size": lambda: networkx.effective_size(graph, weight=strength),
        "core_number": lambda: networkx.core_number(graph),
        "clustering": lambda: networkx.clustering(graph, weight=strength),
        "louvain": lambda: networkx.community.louvain_communities(graph, weight=strength, seed=0),
    }
    notes = {
        "bonacich": "networkx has no Bonacich power",
        "brokerage": "networkx has no Gould–Fernandez brokerage",
    }

    def in_order(values):
        return [values[node] for node in range(n)]

    checks = {name: lambda result: positional(in_order(result)) for name in measures}
    checks["degree"] = lambda result: positional(in_order(result[1]))
    checks["hits"] = lambda result: positional(in_order(result[0])) + positional(in_order(result[1]))
    checks["louvain"] = lambda result: networkx.community.modularity(graph, result, weight=strength)
    return measures, checks, notes


def positional(values):
    """Σ value·(node mod 10 + 1) over finite values: a figure that changes when values change
    or move between actors; ActorMapBenchmarks computes the same to cross-check networkx."""
    return sum(v * (node % 10 + 1) for node, v in enumerate(values) if math.isfinite(v))


TOOLS = {"igraph": igraph_measures, "networkit": networkit_measures, "networkx": networkx_measures}


def tool_version(tool):
    module = __import__(tool)
    return getattr(module, "__version__", "?")


# A measure that takes milliseconds runs again until its runs add up to this many seconds
# (at most QUICK_RUNS runs), in every tool alike: the best of three such runs mostly measures
# whether the caches were warm. ActorMapBenchmarks follows the same rule.
QUICK_SECONDS = 0.25
QUICK_RUNS = 200


def time_measure(compute, repeat, budget, limit=None):
    """Best wall-clock time of `repeat` runs (more, up to QUICK_RUNS, while the runs so far
    add up to less than QUICK_SECONDS), fewer when the runs so far exceed `budget` seconds,
    and the last result; (None, None) when one run exceeds `limit` seconds."""
    best, spent, result, runs = float("inf"), 0.0, None, 0
    while runs < repeat or (spent < QUICK_SECONDS and runs < QUICK_RUNS):
        runs += 1
        if limit:
            signal.alarm(limit)
        try:
            start = time.perf_counter()
            result = compute()
            elapsed = time.perf_counter() - start
        except TimeLimit:
            return None, None
        finally:
            if limit:
                signal.alarm(0)
        best, spent = min(best, elapsed), spent + elapsed
        if spent > budget:
            break
    return best, result


def measure(arguments):
    # igraph warns about disconnected graphs on every eigenvector run; stdout stays JSON.
    warnings.simplefilter("ignore")
    if arguments.tool == "networkit":
        import networkit
        networkit.setNumberOfThreads(arguments.threads)
        networkit.engineering.setLogLevel("ERROR")
    n, directed, sources, targets, weights = read_edges(arguments.graph)
    start = time.perf_counter()
    measures, checks, notes = TOOLS[arguments.tool](
        n, directed, arguments.weighted, sources, targets, weights, arguments.katz_alpha)
    load = time.perf_counter() - start
    baseline = current_rss_mb()
    limit = NETWORKX_TIME_LIMIT if arguments.tool == "networkx" else None
    if limit:
        def interrupt(signum, frame):
            raise TimeLimit()
        signal.signal(signal.SIGALRM, interrupt)
    seconds, figures = {}, {}
    for name in MEASURES:
        if name in measures:
            seconds[name], result = time_measure(measures[name], arguments.repeat, arguments.budget, limit)
            if seconds[name] is None:
                notes[name] = f"skipped where one run takes more than {limit} s"
            elif name in checks:
                figures[name] = checks[name](result)
    if all(seconds.get(name) is not None for name in PATH_MEASURES):
        seconds["paths"] = sum(seconds[name] for name in PATH_MEASURES)
    json.dump({
        "tool": arguments.tool, "version": tool_version(arguments.tool), "threads": arguments.threads,
        "graph": os.path.basename(arguments.graph), "weighted": arguments.weighted,
        "load_seconds": load, "seconds": seconds, "checks": figures, "notes": notes,
        "baseline_rss_mb": baseline, "peak_rss_mb": peak_rss_mb(),
    }, sys.stdout)
    print()


# The run as a whole.

def katz_alpha(path, weighted):
    """Half of 1/λmax, so that Katz centrality converges on every graph (networkx's default
    α = 0.1 lies beyond 1/λmax on all of them) and every tool gets the same α."""
    import numpy
    import scipy.sparse
    import scipy.sparse.linalg
    n, directed, sources, targets, weights = read_edges(path)
    values = weights if weighted else numpy.ones_like(weights)
    adjacency = scipy.sparse.csr_matrix((values, (sources, targets)), shape=(n, n))
    if not directed:
        adjacency = adjacency + adjacency.T
    radius = abs(scipy.sparse.linalg.eigs(adjacency, k=1, which="LM", return_eigenvectors=False)[0])
    return float(f"{0.5 / radius:.3g}")


def run_json(command, echo):
    print("  " + " ".join(command), file=sys.stderr, flush=True)
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    if echo:
        timed = {k: round(v, 4) for k, v in result["seconds"].items() if v is not None}
        print(f"    {timed}", file=sys.stderr, flush=True)
    return result


def wait_for_quiet_machine():
    """Waits while a Swift build or test runs: timings taken beside a compiler mean little.
    BENCHMARK_NO_WAIT=1 skips the wait."""
    if os.environ.get("BENCHMARK_NO_WAIT") == "1":
        return
    while subprocess.run(["pgrep", "-x", "swift-build|swift-test"], capture_output=True).returncode == 0:
        print("  a Swift build or test is running; waiting for it to finish…", file=sys.stderr, flush=True)
        time.sleep(30)


def compare(arguments):
    graphs = [g for g in ["2k-undirected", "2k-directed", "20k-undirected", "20k-directed"]
              if not arguments.only or g in arguments.only]
    runs = []
    if arguments.keep:
        with open(arguments.raw) as file:
            runs = json.load(file)
    for name in graphs:
        path = os.path.join(arguments.graphs, f"{name}.edges")
        for weighted in {"both": (False, True), "unweighted": (False,), "weighted": (True,)}[arguments.weights]:
            alpha = katz_alpha(path, weighted)
            label = f"{name}{' weighted' if weighted else ''}"
            print(f"{label} (Katz α = {alpha})", file=sys.stderr, flush=True)
            common = ["--katz-alpha", str(alpha), "--repeat", str(arguments.repeat), "--budget", str(arguments.budget)]
            common += ["--weighted"] if weighted else []
            swift = [arguments.swift, path] + common
            peers = [sys.executable, os.path.abspath(__file__), "measure", "--graph", path] + common
            plan = [
                ("ActorMap", swift),
                ("ActorMap 1 core", ["taskset", "-c", "0"] + swift),
                ("igraph", peers + ["--tool", "igraph"]),
                ("NetworKit 1 thread", peers + ["--tool", "networkit", "--threads", "1"]),
                ("NetworKit 2 threads", peers + ["--tool", "networkit", "--threads", "2"]),
            ]
            if name.startswith("2k"):
                plan.append(("networkx", peers + ["--tool", "networkx"]))
            plan = [(column, command) for column, command in plan if not arguments.tools or column in arguments.tools]
            for column, command in plan:
                wait_for_quiet_machine()
                load = os.getloadavg()[0]
                result = run_json(command, echo=True)
                result.update(column=column, graph=name, weighted=weighted, katz_alpha=alpha,
                              load_before=load, load_after=os.getloadavg()[0])
                runs = [run for run in runs
                        if (run["graph"], run["weighted"], run["column"]) != (name, weighted, column)]
                runs.append(result)
                # Written after every run, so that a long run that breaks off keeps what it measured.
                if arguments.raw:
                    os.makedirs(os.path.dirname(os.path.abspath(arguments.raw)), exist_ok=True)
                    with open(arguments.raw, "w") as file:
                        json.dump(runs, file, indent=1)
    table = render(runs, arguments)
    if arguments.table:
        kept = kept_section(arguments.table)
        with open(arguments.table, "w") as file:
            file.write(table + kept)
    print(table)


# The table.

# temporal.py writes its own section of results.md between these lines; rewriting the
# table keeps it.
SECTION_BEGIN = "<!-- temporal.py: begin -->"
SECTION_END = "<!-- temporal.py: end -->"


def kept_section(path):
    """The section of temporal.py in the file at `path`, with a blank line before it, or ""."""
    try:
        with open(path) as file:
            text = file.read()
    except FileNotFoundError:
        return ""
    if SECTION_BEGIN not in text or SECTION_END not in text:
        return ""
    return "\n" + text[text.index(SECTION_BEGIN):text.index(SECTION_END) + len(SECTION_END)] + "\n"


SINGLE_THREADED = ["igraph", "NetworKit 1 thread", "networkx"]
PEERS = ["igraph", "NetworKit 1 thread", "NetworKit 2 threads", "networkx"]
# Differences from networkx that are networkx's, not ActorMap's.
KNOWN_DIFFERENCES = {
    "effective_size": "networkx 3.6.1's `effective_size(G, weight=…)` for all actors takes a SciPy path that "
                      "divides each mutual weight by the wrong actor's strongest tie (a 1-D row maximum broadcast "
                      "over columns); its per-actor path, `effective_size(G, nodes=list(G), weight=…)`, follows "
                      "Burt's formula and agrees with ActorMap exactly. Unweighted, both paths agree.",
}
MEASURE_LABELS = {
    "degree": "degree", "paths": "betweenness + closeness + harmonic", "betweenness": "betweenness",
    "closeness": "closeness", "harmonic": "harmonic", "eigenvector": "eigenvector", "pagerank": "PageRank",
    "katz": "Katz", "hits": "HITS", "constraint": "constraint", "effective_size": "effective size",
    "core_number": "core number", "clustering": "clustering", "louvain": "Louvain",
    "bonacich": "Bonacich power", "brokerage": "brokerage",
}


def seconds_text(value):
    if value is None:
        return "—"
    return f"{value * 1000:.2f} ms" if value < 1 else f"{value:.2f} s"


def best_of(entries, columns, name):
    timed = [(entry["seconds"][name], entry["column"]) for entry in entries
             if entry["column"] in columns and entry["seconds"].get(name) is not None]
    return min(timed) if timed else (None, None)


def ratio_text(peer, ours):
    if peer is None or not ours:
        return "—"
    text = f"{peer / ours:.1f}×" if peer / ours >= 1 else f"**{peer / ours:.2f}×**"
    return text


def machine_description(runs):
    cpu = "?"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = {}
    for run in runs:
        versions.setdefault(run["tool"], run.get("version", "?"))
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    commit = subprocess.run(["git", "-C", os.path.dirname(os.path.abspath(__file__)), "log", "-1", "--format=%h %cs"],
                            capture_output=True, text=True).stdout.strip()
    return [
        f"- Machine: {os.cpu_count()} cores (`nproc` {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}), "
        f"{cpu}, {platform.system()} {platform.release()}",
        f"- Date: {datetime.date.today().isoformat()}",
        f"- ActorMap at commit {commit}, built with `swift build -c release`",
        f"- Tools: {(swift or ['Swift ?'])[0].strip()}; Python {platform.python_version()}; "
        + ", ".join(f"{tool} {version}" for tool, version in sorted(versions.items()) if tool != "ActorMap"),
    ]


def render(runs, arguments):
    lines = ["# ActorMap beside igraph, NetworKit and networkx", ""]
    lines += machine_description(runs)
    lines += [
        "",
        "Produced by `Benchmarks/run.sh`, which generates the graphs, builds the Swift benchmark in "
        "release and runs every tool on every graph, each in its own process, one after another. "
        f"Times are the best of {arguments.repeat} runs (a measure whose runs pass "
        f"{arguments.budget:g} s together stops there, and one whose runs add up to less than {QUICK_SECONDS:g} s "
        f"runs again, up to {QUICK_RUNS} times, for every tool alike); loading the graph is not timed. "
        "ActorMap runs on all cores, then pinned to one core with `taskset -c 0`.",
        "",
        "- **ratio** = best peer's time / ActorMap's time, over every peer run including NetworKit on 2 threads: "
        "above 1 means ActorMap is faster; **bold** where ActorMap is slower.",
        "- **1-core ratio** = best single-threaded peer (igraph, NetworKit on 1 thread, networkx) / ActorMap pinned to one core.",
        f"- networkx runs on the 2,000-actor graphs only; a measure it takes more than {NETWORKX_TIME_LIMIT} s for is skipped.",
        "",
    ]
    groups = {}
    for run in runs:
        groups.setdefault((run["graph"], run["weighted"]), []).append(run)
    slower = []
    lines += ["| measure | graph | ActorMap | ActorMap 1 core | igraph | NetworKit 1 thread | NetworKit 2 threads "
              "| networkx | best peer | ratio | 1-core ratio |",
              "|---|---|--:|--:|--:|--:|--:|--:|---|--:|--:|"]
    for name in MEASURES:
        for (graph, weighted), entries in groups.items():
            by_column = {entry["column"]: entry for entry in entries}
            label = f"{graph}{', weighted' if weighted else ''}"
            ours = by_column["ActorMap"]["seconds"].get(name)
            ours_one = by_column.get("ActorMap 1 core", {}).get("seconds", {}).get(name)
            peer, peer_column = best_of(entries, PEERS, name)
            single, _ = best_of(entries, SINGLE_THREADED, name)
            cells = [seconds_text(by_column[c]["seconds"].get(name)) if c in by_column else "" for c in
                     ["ActorMap", "ActorMap 1 core", "igraph", "NetworKit 1 thread", "NetworKit 2 threads", "networkx"]]
            lines.append(f"| {MEASURE_LABELS[name]} | {label} | " + " | ".join(cells)
                         + f" | {peer_column or '—'} | {ratio_text(peer, ours)} | {ratio_text(single, ours_one)} |")
            if ours and peer is not None and peer < ours:
                slower.append(f"{MEASURE_LABELS[name]} on {label}: {peer_column} {seconds_text(peer)} "
                              f"against ActorMap {seconds_text(ours)}")
            if ours_one and single is not None and single < ours_one:
                slower.append(f"{MEASURE_LABELS[name]} on {label}, one core: {best_of(entries, SINGLE_THREADED, name)[1]} "
                              f"{seconds_text(single)} against ActorMap {seconds_text(ours_one)}")
    lines += glance(groups)
    lines += ["", "## Against the floor", "",
              "The floor: every measure no slower than the fastest single-threaded peer for it, and "
              "betweenness, closeness and harmonic centrality at least 1.5 times faster, ActorMap running on "
              "all cores of this machine.", ""]
    below = []
    for name in MEASURES:
        if name in ("degree", "paths"):
            continue
        needed = 1.5 if name in PATH_MEASURES else 1.0
        for (graph, weighted), entries in groups.items():
            by_column = {entry["column"]: entry for entry in entries}
            ours = by_column["ActorMap"]["seconds"].get(name)
            single, single_column = best_of(entries, SINGLE_THREADED, name)
            if ours and single is not None and single / ours < needed:
                below.append(f"{MEASURE_LABELS[name]} on {graph}{', weighted' if weighted else ''}: "
                             f"{single / ours:.2f}× {single_column} ({seconds_text(single)} against "
                             f"{seconds_text(ours)}), {needed:g}× needed")
    lines += [f"- Below: {entry}" for entry in below] or ["- Every measure timed here meets it."]
    lines += ["", "Degree is left out: ActorMap's figure is five columns (distinct partners in either direction, "
              "in, out, strength and degree centrality) from one pass over the ties, NetworKit's one column read "
              "from the degrees it keeps, and both take a few hundredths of a millisecond on 2,000 actors."]
    loads = [value for run in runs for value in (run.get("load_before", 0), run.get("load_after", 0))]
    lines += ["", f"One-minute load average around the runs: {min(loads):.2f} to {max(loads):.2f} "
              f"(2 would mean both cores busy with the runs alone; more means something else ran too).",
              "", "## Where ActorMap is slower than the best peer", ""]
    lines += [f"- {entry}" for entry in slower] or ["- Nowhere."]
    lines += ["", "## Peak memory", "",
              "Peak resident memory of each process (`VmHWM` for ActorMap, `ru_maxrss` for the Python tools) "
              "after computing every measure it has on the graph; in brackets, the process after loading "
              "the graph and before the first measure (for Python: the interpreter, the libraries and the graph).",
              "",
              "| graph | " + " | ".join(["ActorMap"] + PEERS) + " |",
              "|---|" + "--:|" * (1 + len(PEERS))]
    for (graph, weighted), entries in groups.items():
        by_column = {entry["column"]: entry for entry in entries}
        cells = []
        for column in ["ActorMap"] + PEERS:
            entry = by_column.get(column)
            cells.append(f"{entry['peak_rss_mb']:.0f} MB ({entry['baseline_rss_mb']:.0f})" if entry else "")
        lines.append(f"| {graph}{', weighted' if weighted else ''} | " + " | ".join(cells) + " |")
    lines += cross_check(groups)
    notes = {}
    for run in runs:
        for name, note in run.get("notes", {}).items():
            notes.setdefault((run["tool"], name), note)
    lines += ["", "## What each peer computes", "",
              "Each tool runs at its own defaults (its own convergence test and tolerance); ActorMap's follow "
              "networkx's. Katz uses α = ½·1/λmax of each graph for every tool (the α is in the raw results), "
              "because networkx's default α = 0.1 diverges on all of them; Bonacich power uses the β `actormap metrics` "
              "picks (½ over ActorMap's upper bound on λmax). "
              "Weighted path measures use length 1/weight in every tool. igraph's closeness leaves out networkx's "
              "Wasserman–Faust factor, and its betweenness is divided by the number of pairs in Python, "
              "both inside the timing. igraph's PageRank is its default PRPACK, about 50 times slower than its ARPACK option on these graphs "
              "(NetworKit is the faster peer either way). NetworKit's PageRank distributes dangling actors' rank on directed graphs, "
              "as networkx and ActorMap do. Louvain: igraph `community_multilevel`, NetworKit `PLM` (no refinement), "
              "networkx `louvain_communities`. Pairs left out, and why:", ""]
    lines += [f"- {tool}, {MEASURE_LABELS[name]}: {note}" for (tool, name), note in sorted(notes.items())]
    lines.append("")
    return "\n".join(lines)


def glance(groups):
    """A table for the README: for each measure and graph, how many times faster ActorMap on
    all cores is than the fastest single-threaded peer."""
    labels = {key: f"{graph.replace('-', ' ')}{' weighted' if weighted else ''}" for key in groups
              for graph, weighted in [key]}
    lines = ["", "## At a glance", "",
             "How many times faster ActorMap (all cores) is than the fastest single-threaded peer, "
             "and which peer that is (ig: igraph, nk: NetworKit, nx: networkx).", "",
             "| measure | " + " | ".join(labels.values()) + " |",
             "|---|" + "--:|" * len(labels)]
    short = {"igraph": "ig", "NetworKit 1 thread": "nk", "networkx": "nx"}
    for name in MEASURES:
        if name in ("degree", "paths"):
            continue
        cells = []
        for key, entries in groups.items():
            by_column = {entry["column"]: entry for entry in entries}
            ours = by_column["ActorMap"]["seconds"].get(name)
            single, column = best_of(entries, SINGLE_THREADED, name)
            cells.append(f"{ratio_text(single, ours)} {short[column]}" if single is not None and ours else "—")
        lines.append(f"| {MEASURE_LABELS[name]} | " + " | ".join(cells) + " |")
    return lines


def cross_check(groups):
    """Whether ActorMap's figures agree with networkx's where both ran, and how good each
    tool's Louvain partition is."""
    lines = ["", "## Cross-check", "",
             "Each measure is summed over actors as Σ value·(node mod 10 + 1), in ActorMap and in networkx, "
             "on every graph networkx ran on; figures that differ by more than 10⁻⁶ relative are listed. "
             "Louvain is checked by the modularity of the partition each tool finds "
             "(directed modularity on directed graphs).", ""]
    explained = set()
    quality = ["", "| graph | " + " | ".join(["ActorMap"] + PEERS) + " |", "|---|" + "--:|" * (1 + len(PEERS))]
    for (graph, weighted), entries in groups.items():
        label = f"{graph}{', weighted' if weighted else ''}"
        by_column = {entry["column"]: entry for entry in entries}
        ours = by_column["ActorMap"].get("checks", {})
        theirs = by_column.get("networkx", {}).get("checks", {})
        if theirs:
            agree, differ = [], []
            for name in MEASURES:
                if name in ours and name in theirs and name != "louvain":
                    difference = abs(ours[name] - theirs[name]) / max(abs(theirs[name]), 1e-300)
                    if difference <= 1e-6:
                        agree.append(MEASURE_LABELS[name])
                    else:
                        differ.append(f"{MEASURE_LABELS[name]} (relative difference {difference:.1e})")
            lines.append(f"- {label}: agree: {', '.join(agree) or 'none'}"
                         + (f"; **differ**: {', '.join(differ)}" if differ else ""))
            explained.update(name for name in KNOWN_DIFFERENCES if any(d.startswith(MEASURE_LABELS[name]) for d in differ))
        cells = [f"{by_column[c]['checks']['louvain']:.4f}" if "louvain" in by_column.get(c, {}).get("checks", {}) else ""
                 for c in ["ActorMap"] + PEERS]
        quality.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += [f"\n{MEASURE_LABELS[name]}: {KNOWN_DIFFERENCES[name]}" for name in sorted(explained)]
    return lines + ["", "Modularity of the Louvain partitions:"] + quality


# The command's counterpart.

SIGNS = {"mou": 1, "funding": 1, "contention": -1, "collaboration": 1, "information-sharing": 1,
         "technical-support": 1, "membership": 1, "advocacy": 1}
COLUMNS = ["degree", "in_degree", "out_degree", "strength", "degree_centrality", "betweenness", "closeness",
           "harmonic", "eigenvector", "pagerank", "katz", "hub", "authority", "bonacich", "constraint",
           "effective_size", "core", "clustering", "community", "coordinator", "itinerant", "representative",
           "gatekeeper", "liaison", "positive_degree", "negative_degree"]


def igraph_metrics(arguments):
    """`actormap metrics MAP --format csv` at its defaults: every actor of the whole map, ties of
    positive sign, undirected and unweighted, Katz α = 0.1, Bonacich β = ½·1/λmax, Louvain
    communities, brokerage between the actors' groups; rows by PageRank, highest first."""
    import csv
    import igraph
    import numpy
    import scipy.sparse
    import scipy.sparse.linalg
    import yaml
    from generate_graphs import KIND_GROUPS
    warnings.simplefilter("ignore")

    with open(arguments.map) as file:
        document = yaml.load(file, Loader=yaml.CSafeLoader)
    actors = document["actors"]
    n = len(actors)
    node = {actor["id"]: index for index, actor in enumerate(actors)}
    ties = {1: set(), -1: set()}
    for tie in document.get("relationships") or []:
        u, v = node[tie["from"]], node[tie["to"]]
        ties[SIGNS[tie["type"]]].add((min(u, v), max(u, v)))
    edges = sorted(ties[1])
    graph = igraph.Graph(n=n, edges=edges)
    adjacency = graph.get_adjacency_sparse().astype(float).tocsr()
    degree = numpy.array(graph.degree(), dtype=float)
    columns = {"degree": degree, "in_degree": degree, "out_degree": degree, "strength": degree,
               "degree_centrality": degree / max(n - 1, 1)}

    pairs = (n - 1) * (n - 2) / 2
    columns["betweenness"] = numpy.array(graph.betweenness(directed=False)) / pairs
    # networkx's Wasserman–Faust scaling: each actor reaches the rest of its component.
    reached = numpy.array(graph.connected_components().sizes())[graph.connected_components().membership]
    columns["closeness"] = numpy.nan_to_num(numpy.array(graph.closeness(normalized=True))) * (reached - 1) / (n - 1)
    columns["harmonic"] = numpy.array(graph.harmonic_centrality(normalized=False))
    eigenvector = numpy.array(graph.eigenvector_centrality())
    columns["eigenvector"] = eigenvector / numpy.linalg.norm(eigenvector)
    # ARPACK: igraph's default PRPACK takes 50 times longer on these graphs.
    columns["pagerank"] = numpy.array(graph.pagerank(implementation="arpack"))
    radius = float(scipy.sparse.linalg.eigsh(adjacency, k=1, which="LA", return_eigenvectors=False)[0])
    identity = scipy.sparse.identity(n, format="csc")
    ones = numpy.ones(n)
    if 0.1 * radius < 1:
        katz = scipy.sparse.linalg.spsolve(identity - 0.1 * adjacency, ones)
        columns["katz"] = katz / numpy.linalg.norm(katz)
    else:
        print(f"note: katz: undefined, α = 0.1 is not below 1/λmax = {1 / radius:.3g}", file=sys.stderr)
    for column, scores in (("hub", graph.hub_score()), ("authority", graph.authority_score())):
        columns[column] = numpy.array(scores) / sum(scores)
    beta = float(f"{0.5 / radius:.3g}")
    power = scipy.sparse.linalg.spsolve(identity - beta * adjacency, adjacency @ ones)
    columns["bonacich"] = power * numpy.sqrt(n / (power @ power))
    isolated = degree == 0
    columns["constraint"] = numpy.where(isolated, numpy.nan, graph.constraint())
    triangles = numpy.asarray((adjacency @ adjacency).multiply(adjacency).sum(axis=1)).ravel() / 2
    with numpy.errstate(divide="ignore", invalid="ignore"):
        columns["effective_size"] = numpy.where(isolated, numpy.nan, degree - 2 * triangles / degree)
    columns["core"] = numpy.array(graph.coreness(), dtype=float)
    columns["clustering"] = numpy.array(graph.transitivity_local_undirected(mode="zero"))
    membership = graph.community_multilevel().membership
    labels = {}
    columns["community"] = numpy.array([labels.setdefault(c, len(labels)) for c in membership], dtype=float)
    columns.update(brokerage_roles(adjacency, [KIND_GROUPS[actor["kind"]] for actor in actors]))
    columns["positive_degree"] = degree
    negative = numpy.zeros(n)
    for u, v in ties[-1]:
        negative[u] += 1
        negative[v] += 1
    columns["negative_degree"] = negative

    order = sorted(range(n), key=lambda i: (-columns["pagerank"][i], actors[i]["name"]))
    counts = {"degree", "in_degree", "out_degree", "core", "community", "coordinator", "itinerant",
              "representative", "gatekeeper", "liaison", "positive_degree", "negative_degree"}
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["id", "name", "kind", "group"] + COLUMNS)
    for i in order:
        row = [actors[i]["id"], actors[i]["name"], actors[i]["kind"], KIND_GROUPS[actors[i]["kind"]]]
        for column in COLUMNS:
            value = columns[column][i] if column in columns else numpy.nan
            row.append("" if numpy.isnan(value) else int(value) if column in counts else repr(float(value)))
        writer.writerow(row)


def brokerage_roles(adjacency, groups):
    """Gould–Fernandez role counts (sna::brokerage raw counts) on a symmetric adjacency:
    two-paths a → b → c, a ≠ c, with no tie a → c, tallied by the groups of a and c with one
    sparse product per group rather than one two-path at a time."""
    import numpy
    import scipy.sparse
    names = sorted(set(groups))
    group = numpy.array([names.index(g) for g in groups])
    n, k = adjacency.shape[0], len(names)
    member = scipy.sparse.csr_matrix((numpy.ones(n), (numpy.arange(n), group)), shape=(n, k))
    # ends[b, g]: b's partners in group g; a two-path a → b → c has both ends among them.
    ends = (adjacency @ member).toarray()
    roles = {role: numpy.zeros(n) for role in ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]}
    for h in range(k):
        # closing[b, a]: partners c of b in group h that partner a (a partner of b) is tied to;
        # summed by a's group, the two-paths through b that a closes, by the groups of a and c.
        closing = (adjacency @ scipy.sparse.diags((group == h).astype(float)) @ adjacency).multiply(adjacency)
        closed = (closing @ member).toarray()
        for g in range(k):
            paths = ends[:, g] * ends[:, h] - closed[:, g] - (ends[:, g] if g == h else 0)
            for b_group in range(k):
                at = group == b_group
                role = ("coordinator" if g == h == b_group else "itinerant" if g == h
                        else "representative" if g == b_group else "gatekeeper" if h == b_group else "liaison")
                roles[role][at] += paths[at]
    return roles


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("measure", help="time one tool on one graph")
    one.add_argument("--tool", choices=sorted(TOOLS), required=True)
    one.add_argument("--graph", required=True)
    one.add_argument("--weighted", action="store_true")
    one.add_argument("--threads", type=int, default=1)
    one.add_argument("--katz-alpha", type=float, default=0.01)
    one.add_argument("--repeat", type=int, default=3)
    one.add_argument("--budget", type=float, default=30)
    one.set_defaults(action=measure)
    every = commands.add_parser("compare", help="time every tool on every graph and write the table")
    every.add_argument("--swift", required=True, help="the built ActorMapBenchmarks executable")
    every.add_argument("--graphs", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".cache"))
    every.add_argument("--only", nargs="*", help="graph names to run, such as 2k-undirected")
    every.add_argument("--weights", choices=["both", "unweighted", "weighted"], default="both",
                       help="run each graph unweighted, weighted or both")
    every.add_argument("--repeat", type=int, default=3)
    every.add_argument("--budget", type=float, default=30)
    every.add_argument("--table", help="where to write the markdown table")
    every.add_argument("--raw", help="where to write every measurement as JSON")
    every.add_argument("--tools", nargs="*", help="columns to run, such as 'ActorMap' 'NetworKit 1 thread'")
    every.add_argument("--keep", action="store_true",
                       help="start from the measurements in --raw, replacing only those taken again")
    every.set_defaults(action=compare)
    command = commands.add_parser("igraph-metrics", help="what `actormap metrics MAP --format csv` does, with igraph")
    command.add_argument("map")
    command.set_defaults(action=igraph_metrics)
    arguments = parser.parse_args()
    arguments.action(arguments)


if __name__ == "__main__":
    main()
