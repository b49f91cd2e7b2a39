#!/usr/bin/env python3
"""Times change over time, whole process, ActorMap beside its peers in the same run.

    temporal.py run --actormap BIN [--sizes 500 5000 20000] [--report-sizes 500] [--table results.md]
        Makes the seeded maps (make_map.py --periods, 5 ties per actor, 1995–2024, YAML and
        JSON from the same seed), then times, one process after another, each job against
        its peers: `series --metrics pagerank` over the 30 years, `shift` between two years,
        `report`, loading (`validate`) from JSON and from YAML, and `metrics` on the
        2,000-actor map of command_vs_igraph.sh. Each process is timed from start to exit
        with its peak memory (GNU time's maximum resident set size). Checks that ActorMap's
        PageRank and each peer's agree, and writes one Markdown section per job, with the
        floors of the issue on change over time, into results.md between the markers below.
    temporal.py pagerank --tool raphtory|igraph|networkit MAP.json [--years 1995..2024 | --shift 2000,2020]
                         [--dump FILE --dump-years 2010,2024]
        A peer's half of a job: reads the map, builds each year's graph under ActorMap's
        rules and computes its PageRank; with --shift, the two years' PageRank, the ties
        formed, dissolved and kept between them and Kendall's and Spearman's rank
        correlations, as `actormap shift` reports them. --dump writes the PageRank of the
        chosen years as JSON, for the check.

Each year's graph is the one `actormap series` measures by default: the actors whose period
meets the year, the ties of positive sign whose period meets it between two such actors,
undirected and unweighted, parallel ties merged. PageRank runs with damping 0.85 and
networkx's stopping rule (at most 100 steps of power iteration from 1/n, until the
scores change by less than n·10⁻⁶ in total, L1), dangling actors' rank spread evenly, as
ActorMap and networkx compute it. Raphtory takes that rule as `iter_count=100,
max_diff=1e-6, use_l2_norm=False` (it multiplies max_diff by n itself: max_diff = n·10⁻⁶
stops after about 5 steps, 10⁻³ off), on each year's view materialised; NetworKit as
`tol = n·10⁻⁶` with `norm = L1_NORM`, `maxIterations = 100`, sinks distributed, on a
directed graph with each tie both ways; both then stop at the same step as networkx.
igraph cannot be given a stopping rule and solves exactly (PRPACK), so it differs from
the others by what networkx's rule leaves, about 10⁻⁵ on these maps.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from peers import SECTION_BEGIN as BEGIN, SECTION_END as END, SIGNS, wait_for_quiet_machine  # noqa: E402

FIRST, LAST = 1995, 2024
TIES_PER_ACTOR = 5
TOLERANCE = 1e-6


# The peers' half.

def year_of(value, open_end):
    """The year of a `since` or `until` (2017, "2017-03", "2017-03-15"), or open_end when open."""
    if value is None:
        return open_end
    return int(str(value)[:4])


def read_map(path):
    """Actor ids, their first and last years, and the relationships as numpy arrays."""
    import numpy
    with open(path, "rb") as file:
        document = json.load(file)
    signs = dict(SIGNS)
    signs.update({t["id"]: t.get("sign", 1) for t in document.get("relationship_types") or []})
    # The built-in types that run one way (docs/dataset-format.md); the rest join both ends.
    directed = {"funding": True, "technical-support": True, "membership": True, "advocacy": True}
    directed.update({t["id"]: t.get("directed", False) for t in document.get("relationship_types") or []})
    actors = document["actors"]
    ids = [actor["id"] for actor in actors]
    index = {actor_id: i for i, actor_id in enumerate(ids)}
    born = numpy.array([year_of(a.get("since"), -10**9) for a in actors])
    gone = numpy.array([year_of(a.get("until"), 10**9) for a in actors])
    ties = document.get("relationships") or []
    source = numpy.array([index[t["from"]] for t in ties], dtype=numpy.int64)
    target = numpy.array([index[t["to"]] for t in ties], dtype=numpy.int64)
    since = numpy.array([year_of(t.get("since"), -10**9) for t in ties])
    until = numpy.array([year_of(t.get("until"), 10**9) for t in ties])
    positive = numpy.array([signs.get(t["type"], 1) > 0 for t in ties], dtype=bool)
    kinds = [(t["type"], directed.get(t["type"], False)) for t in ties]
    return ids, born, gone, source, target, since, until, positive, kinds


def year_graph(year, born, gone, source, target, since, until, positive):
    """The actors on the map in `year` and its undirected, merged ties, numbered among them."""
    import numpy
    present = (born <= year) & (gone >= year)
    nodes = numpy.flatnonzero(present)
    number = numpy.full(len(born), -1, dtype=numpy.int64)
    number[nodes] = numpy.arange(len(nodes))
    active = positive & (since <= year) & (until >= year) & present[source] & present[target]
    u, v = number[source[active]], number[target[active]]
    low, high = numpy.minimum(u, v), numpy.maximum(u, v)
    pairs = numpy.unique(low * len(nodes) + high)
    return nodes, pairs // max(len(nodes), 1), pairs % max(len(nodes), 1)


def pagerank_igraph(n, u, v):
    import igraph
    graph = igraph.Graph(n=n, edges=list(zip(u.tolist(), v.tolist())), directed=False)
    return graph.pagerank(damping=0.85, directed=False)


def pagerank_networkit(n, u, v):
    import networkit
    import numpy
    centrality = networkit.centrality
    # Directed, each tie an arc both ways: NetworKit spreads the rank of sinks (isolated
    # actors) only on a directed graph, and loses it on an undirected one.
    graph = networkit.Graph(n, weighted=False, directed=True)
    if len(u):
        graph.addEdges((numpy.concatenate([u, v]), numpy.concatenate([v, u])))
    rank = centrality.PageRank(graph, damp=0.85, tol=n * TOLERANCE,
                               distributeSinks=centrality.SinkHandling.DistributeSinks)
    rank.norm = centrality.Norm.L1_NORM
    rank.maxIterations = 100
    rank.run()
    return rank.scores()


def raphtory_graph(ids, born, source, target, since, until, positive):
    """A PersistentGraph of the positive ties, each pair's periods merged (one deletion would
    otherwise end every tie of the pair) and laid both ways, and of the actors from their first
    year; actors that leave are left out per year by a subgraph, as Raphtory has no node
    deletions."""
    import pandas
    import raphtory
    graph = raphtory.PersistentGraph()
    start = [int(max(b, FIRST - 1)) for b in born.tolist()]
    graph.load_nodes(data=pandas.DataFrame({"time": start, "id": ids}), time="time", id="id")
    periods = {}
    for a, b, s, e in zip(source[positive].tolist(), target[positive].tolist(),
                          since[positive].tolist(), until[positive].tolist()):
        periods.setdefault((min(a, b), max(a, b)), []).append((max(s, FIRST - 1), e))
    added, deleted = ([], [], []), ([], [], [])
    for (a, b), spans in periods.items():
        spans.sort()
        merged = [list(spans[0])]
        for s, e in spans[1:]:
            if s <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        for s, e in merged:
            for x, y in ((a, b), (b, a)):
                added[0].append(s), added[1].append(ids[x]), added[2].append(ids[y])
                if e < 10**9:
                    deleted[0].append(e + 1), deleted[1].append(ids[x]), deleted[2].append(ids[y])
    graph.load_edges(data=pandas.DataFrame({"time": added[0], "src": added[1], "dst": added[2]}),
                     time="time", src="src", dst="dst")
    if deleted[0]:
        graph.load_edge_deletions(data=pandas.DataFrame({"time": deleted[0], "src": deleted[1], "dst": deleted[2]}),
                                  time="time", src="src", dst="dst")
    return graph


def pagerank_job(arguments):
    import numpy
    ids, born, gone, source, target, since, until, positive, kinds = read_map(arguments.map)
    if arguments.shift:
        years = [int(y) for y in arguments.shift.split(",")]
    else:
        first, _, last = arguments.years.partition("..")
        years = list(range(int(first), int(last) + 1))
    dump_years = {int(y) for y in arguments.dump_years.split(",")} if arguments.dump_years else set()
    ranks = {}
    if arguments.tool.startswith("raphtory"):
        from raphtory import algorithms
        graph = raphtory_graph(ids, born, source, target, since, until, positive)
        for year in years:
            present = [ids[i] for i in numpy.flatnonzero((born <= year) & (gone >= year))]
            view = graph.window(year, year + 1).subgraph(present)
            # PageRank on the bare view loses about 0.1% of the rank on these maps (the scores
            # sum to 0.999) and misses networkx's figures by 10⁻⁵; on the view materialised,
            # it agrees. "raphtory-view" times the bare view, for comparison.
            if arguments.tool == "raphtory":
                view = view.materialize()
            scores = algorithms.pagerank(view, iter_count=100, max_diff=TOLERANCE, use_l2_norm=False,
                                         damping_factor=0.85)
            ranks[year] = {node.name: value["pagerank_score"] for node, value in scores.items()}
    else:
        compute = {"igraph": pagerank_igraph, "networkit": pagerank_networkit}[arguments.tool]
        for year in years:
            nodes, u, v = year_graph(year, born, gone, source, target, since, until, positive)
            scores = compute(len(nodes), u, v) if len(nodes) else []
            ranks[year] = dict(zip((ids[i] for i in nodes), scores))
    result = {"tool": arguments.tool, "version": __import__(arguments.tool.split("-")[0]).__version__, "years": len(years)}
    if arguments.shift:
        result.update(shift_figures(years, ranks, born, gone, source, target, since, until, kinds, ids))
    if arguments.dump:
        with open(arguments.dump, "w") as file:
            json.dump({str(y): ranks[y] for y in years if y in dump_years}, file)
    json.dump(result, sys.stdout)
    print()


def shift_figures(years, ranks, born, gone, source, target, since, until, kinds, ids):
    """What `actormap shift` reports beside the two PageRanks: ties formed, dissolved and kept
    (a tie is a type between two actors, every relationship counting, contention included),
    their Jaccard index, and the rank correlations over the actors present at both moments."""
    import numpy
    import scipy.stats
    before, after = years
    tie_sets = []
    for year in (before, after):
        present = (born <= year) & (gone >= year)
        active = (since <= year) & (until >= year) & present[source] & present[target]
        tie_sets.append({(kinds[i][0],) + ((ids[source[i]], ids[target[i]]) if kinds[i][1]
                                           else tuple(sorted((ids[source[i]], ids[target[i]]))))
                         for i in numpy.flatnonzero(active)})
    old, new = tie_sets
    both = [actor for actor in ranks[before] if actor in ranks[after]]
    x = [ranks[before][a] for a in both]
    y = [ranks[after][a] for a in both]
    return {"added": len(new - old), "removed": len(old - new), "persisted": len(old & new),
            "jaccard": len(old & new) / max(len(old | new), 1),
            "kendall_tau": scipy.stats.kendalltau(x, y).statistic, "spearman_rho": scipy.stats.spearmanr(x, y).statistic}


# The run.

def measure(command, stdout_path=None, repeat=1):
    """Best wall-clock seconds over `repeat` runs, the largest peak resident memory in MB, and
    the best processor seconds (user and system), from GNU time, of one command run from start
    to exit. On a machine shared with other work, processor time is the steadier figure: wall
    time then counts the waits for a core as well."""
    best, peak, processor = float("inf"), 0.0, float("inf")
    with tempfile.NamedTemporaryFile("r") as report:
        for _ in range(repeat):
            with open(stdout_path or os.devnull, "w") as out:
                finished = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "-o", report.name] + command,
                                          stdout=out, stderr=subprocess.PIPE, text=True)
            if finished.returncode != 0:
                raise SystemExit(f"{' '.join(command)} failed ({finished.returncode}):\n{finished.stderr[-2000:]}")
            report.seek(0)
            seconds, kilobytes, user, system = report.read().split()[-4:]
            best, peak = min(best, float(seconds)), max(peak, int(kilobytes) / 1024)
            processor = min(processor, float(user) + float(system))
    print(f"  {best:7.2f} s {processor:7.2f} s cpu {peak:7.1f} MB  {' '.join(os.path.relpath(c) if os.path.exists(c) else c for c in command)}",
          file=sys.stderr, flush=True)
    return best, peak, processor


def make_maps(python, size, cache):
    paths = {}
    for form in ("yaml", "json"):
        path = os.path.join(cache, f"temporal-{size}.{form}")
        # Made afresh every run (seconds), so that a change to make_map.py reaches the figures.
        with open(path + ".part", "w") as out:
            subprocess.run([python, os.path.join(HERE, "make_map.py"), str(size), str(TIES_PER_ACTOR * size),
                            "--periods", "--years", f"{FIRST}..{LAST}", "--format", form], stdout=out, check=True)
        os.replace(path + ".part", path)
        paths[form] = path
    return paths


def actormap_pagerank(csv_path, years):
    """ActorMap's PageRank per year from `series --format csv`."""
    import csv
    values = {}
    with open(csv_path, newline="") as file:
        for row in csv.DictReader(file):
            if row["metric"] == "pagerank" and int(row["year"]) in years:
                values.setdefault(int(row["year"]), {})[row["id"]] = float(row["value"])
    return values


def agreement(ours, theirs):
    """The largest absolute difference over every actor of every year both hold, and whether
    both hold the same actors."""
    largest, same_actors = 0.0, True
    for year, values in ours.items():
        other = theirs.get(str(year), {})
        same_actors &= set(values) == set(other)
        for actor, value in values.items():
            if actor in other:
                largest = max(largest, abs(value - other[actor]))
    return largest, same_actors


def run(arguments):
    python = sys.executable
    cache = os.path.join(HERE, ".cache")
    os.makedirs(cache, exist_ok=True)
    work = tempfile.mkdtemp(prefix="temporal-")
    actormap = arguments.actormap
    me = os.path.abspath(__file__)
    tools = arguments.tools
    sections = {"series": [], "shift": [], "report": [], "json": [], "yaml": [], "metrics": [], "startup": []}
    checks, shift_checks = [], []
    loads = [os.getloadavg()[0]]
    check_years = [int(y) for y in arguments.check_years.split(",")]
    shift_from, shift_to = arguments.shift.split(",")
    for size in arguments.sizes:
        wait_for_quiet_machine()
        print(f"{size} actors, {TIES_PER_ACTOR * size} ties", file=sys.stderr, flush=True)
        maps = make_maps(python, size, cache)
        mb = {form: os.path.getsize(path) / 1e6 for form, path in maps.items()}
        label = f"{size:,} actors, {TIES_PER_ACTOR * size:,} ties"

        series_csv = os.path.join(work, f"series-{size}.csv")
        ours = measure([actormap, "series", maps["json"], "--metrics", "pagerank", "--from", str(FIRST),
                        "--to", str(LAST), "--format", "csv"], series_csv, arguments.repeat)
        our_values = actormap_pagerank(series_csv, set(check_years))
        for tool in tools:
            dump = os.path.join(work, f"{tool}-{size}.json")
            theirs = measure([python, me, "pagerank", "--tool", tool, maps["json"], "--years", f"{FIRST}..{LAST}",
                              "--dump", dump, "--dump-years", arguments.check_years], None, arguments.repeat)
            with open(dump) as file:
                difference, same_actors = agreement(our_values, json.load(file))
            checks.append((label, tool, difference, same_actors))
            sections["series"].append((label, f"{TOOL_NAMES[tool]}: load + {LAST - FIRST + 1} yearly PageRanks",
                                       ours, theirs))

        shift_json = os.path.join(work, f"shift-{size}.json")
        ours = measure([actormap, "shift", maps["json"], "--from", shift_from, "--to", shift_to, "--format", "json"],
                       shift_json, arguments.repeat)
        with open(shift_json) as file:
            shift = json.load(file)
        for tool in tools:
            peer_json = os.path.join(work, f"shift-{tool}-{size}.json")
            theirs = measure([python, me, "pagerank", "--tool", tool, maps["json"], "--shift", arguments.shift],
                             peer_json, arguments.repeat)
            with open(peer_json) as file:
                figures = json.loads(file.read().strip().splitlines()[-1])
            same_ties = all(shift["ties"][key] == figures[key] for key in ("added", "removed", "persisted"))
            correlation = max(abs(shift["rank_correlation"][key] - figures[key]) for key in ("kendall_tau", "spearman_rho"))
            shift_checks.append((label, tool, same_ties, correlation, shift["ties"]))
            sections["shift"].append((label, f"{TOOL_NAMES[tool]}: load + PageRank at both + ties and rank correlation",
                                      ours, theirs))

        if size in arguments.report_sizes:
            html = os.path.join(work, f"report-{size}.html")
            ours = measure([actormap, "report", maps["yaml"], "-o", html], None, 1)
            sections["report"].append((label, os.path.getsize(html) / 1e6, ours))

        ours = measure([actormap, "validate", maps["json"]], None, arguments.repeat)
        theirs = measure([python, "-c", "import json,sys; json.load(open(sys.argv[1]))", maps["json"]],
                         None, arguments.repeat)
        sections["json"].append((f"{label}, {mb['json']:.1f} MB", "Python `json.load`", ours, theirs))
        ours = measure([actormap, "validate", maps["yaml"]], None, arguments.repeat)
        theirs = measure([python, "-c", "import yaml,sys; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)",
                          maps["yaml"]], None, arguments.repeat)
        sections["yaml"].append((f"{label}, {mb['yaml']:.1f} MB", "PyYAML `CSafeLoader`, parse only", ours, theirs))
        loads.append(os.getloadavg()[0])

    for tool in tools:
        if tool == "raphtory-view":
            continue
        imports = {"raphtory": "import raphtory, pandas, numpy", "igraph": "import igraph, numpy",
                   "networkit": "import networkit, numpy"}[tool]
        sections["startup"].append((TOOL_NAMES[tool], measure([python, "-c", imports], None, arguments.repeat)))
    sections["startup"].append(("ActorMap (`actormap --version`)", measure([actormap, "--version"], None, arguments.repeat)))

    if arguments.metrics:
        wait_for_quiet_machine()
        metrics_map = os.path.join(cache, "2k-map.yaml")
        edges = os.path.join(cache, "2k-undirected.edges")
        if not os.path.exists(edges):
            subprocess.run([python, os.path.join(HERE, "generate_graphs.py")], check=True, stdout=subprocess.DEVNULL)
        if not os.path.exists(metrics_map):
            subprocess.run([python, os.path.join(HERE, "generate_graphs.py"), "--actor-map", edges, metrics_map], check=True)
        ours = measure([actormap, "metrics", metrics_map, "--format", "csv"], None, arguments.repeat)
        theirs = measure([python, os.path.join(HERE, "peers.py"), "igraph-metrics", metrics_map], None, arguments.repeat)
        sections["metrics"].append(("2,000 actors, 10,000 ties (2k-map.yaml)", "`peers.py igraph-metrics`", ours, theirs))
        loads.append(os.getloadavg()[0])

    text = markdown(sections, checks, shift_checks, arguments, loads)
    print(text)
    if arguments.table:
        write_section(arguments.table, text)


TOOL_NAMES = {"raphtory": "Raphtory", "raphtory-view": "Raphtory on bare views", "igraph": "igraph",
              "networkit": "NetworKit"}


def cell(figures):
    seconds, peak, processor = figures
    return f"{seconds:.2f} s ({processor:.2f} s processor), {peak:.0f} MB"


def job_table(rows, floor=None):
    lines = ["| map | peer | ActorMap | peer | ratio (peer / ActorMap) |", "|---|---|--:|--:|--:|"]
    for label, peer, ours, theirs in rows:
        lines.append(f"| {label} | {peer} | {cell(ours)} | {cell(theirs)} | {theirs[0] / max(ours[0], 0.005):.2f}× |")
    return lines


def floor_lines(text, rows, sizes, ratio_of, wanted, describe):
    """Pass or fail of a floor on each row whose map starts with one of `sizes`, or 'not measured'."""
    chosen = [row for row in rows if any(row[0].startswith(size) for size in sizes)]
    if not chosen:
        return [f"- {text}: **not measured in this run** (needs the {' or '.join(sizes)}-actor map)."]
    lines = []
    for label, peer, ours, theirs in chosen:
        ratio = ratio_of(ours[0], theirs[0])
        processor = ratio_of(ours[2], theirs[2])
        lines.append(f"- {text}, {label}: **{'pass' if wanted(ratio) else 'fail'}**: ActorMap {ours[0]:.2f} s, "
                     f"{peer.split(':')[0]} {theirs[0]:.2f} s; {describe} = {ratio:.2f}. In processor time: "
                     f"{ours[2]:.2f} s against {theirs[2]:.2f} s, {describe} = {processor:.2f} "
                     f"(**{'pass' if wanted(processor) else 'fail'}**).")
    return lines


def markdown(sections, checks, shift_checks, arguments, loads):
    commit = subprocess.run(["git", "-C", HERE, "log", "-1", "--format=%h %cs"], capture_output=True, text=True).stdout.strip()
    versions = subprocess.run([sys.executable, "-c", "import raphtory, igraph, networkit, yaml, platform; "
                               "print(f'Python {platform.python_version()}, Raphtory {raphtory.__version__}, "
                               "igraph {igraph.__version__}, NetworKit {networkit.__version__}, PyYAML {yaml.__version__}')"],
                              capture_output=True, text=True).stdout.strip()
    loaded = max(loads) > 1.5 * (os.cpu_count() or 1)
    lines = [BEGIN, "", "## Change over time: series, shift, report and loading, whole process", "",
             *(["**Measured on a loaded machine** (see the load average below): these are smoke figures; the "
                "floors need a run on a quiet one.", ""] if loaded else []),
             f"Measured by `{arguments.invocation}`.", "",
             f"- {datetime.date.today()}, ActorMap at {commit}, release build; {versions}; {os.cpu_count()} cores.",
             f"- One-minute load average during the run: {min(loads):.1f} to {max(loads):.1f} "
             f"({os.cpu_count()} would mean both cores busy with the run alone; more means other work shared the machine"
             " and every figure here is slower than on a quiet one, the peers' as much as ActorMap's).",
             (f"- Each figure is the best of {arguments.repeat} runs of a whole process, start to exit, "
              "and the largest peak resident memory (GNU time's maximum resident set size) over them. "
              if arguments.repeat > 1 else "- Each figure is one run of a whole process, start to exit, and its "
              "peak resident memory (GNU time's maximum resident set size). ") +
             "The maps come from `make_map.py ACTORS 5×ACTORS --periods` (seed = ACTORS), the same map as YAML and JSON.",
             "- Beside each wall-clock time, the processor time (user and system, best of the runs): on a "
             "shared machine it is the steadier figure, since wall time then also counts waiting for a core; "
             "ActorMap's series and report use both cores, so their processor time can exceed their wall time.",
             "- ratio = the peer's time / ActorMap's, wall clock: above 1, ActorMap is faster.", ""]
    lines += ["### `series --metrics pagerank` over 1995–2024, from JSON", "",
              "`actormap series MAP.json --metrics pagerank --from 1995 --to 2024 --format csv` beside "
              "`temporal.py pagerank --tool T MAP.json`: each reads the same JSON file, builds each year's graph "
              "(ActorMap's default projection: actors on the map that year, positive ties active that year between "
              "two of them, undirected, unweighted, merged) and computes its PageRank (damping 0.85, networkx's "
              "stopping rule; Raphtory on a `PersistentGraph`, each year's `window` cut to that year's actors with "
              "`subgraph` and materialised, since PageRank on the bare view loses rank; NetworKit on arcs both ways, "
              "so that isolated actors' rank is spread as networkx does). igraph takes no stopping rule and "
              "solves exactly, so it differs from the rest by what networkx's rule leaves.", ""]
    lines += job_table(sections["series"])
    lines += ["", "Of which starting the process and importing the libraries, doing nothing else: "
              + ", ".join(f"{name} {seconds:.2f} s, {peak:.0f} MB" for name, (seconds, peak, _) in sections["startup"]) + "."]
    lines += ["", "Agreement of the PageRank values with ActorMap's, largest absolute difference over every actor "
              f"of {arguments.check_years.replace(',', ' and ')}:", ""]
    lines += [f"- {label}, {TOOL_NAMES[tool]}: {difference:.1e}"
              + ("" if same else " (**the actors differ**)") for label, tool, difference, same in checks]
    lines += ["", f"### `shift --from {arguments.shift.replace(',', ' --to ')}`, from JSON", "",
              "`actormap shift MAP.json --format json` beside `temporal.py pagerank --shift`: PageRank at both "
              "years, ties formed, dissolved and kept (every type), their Jaccard index, Kendall's τ-b and "
              "Spearman's ρ. ActorMap's shift reports more (group shares, concentration, transitions, brokerage, "
              "sentences), so the peer does less work than ActorMap here; the peers' time includes importing SciPy "
              "for the correlations.", ""]
    lines += job_table(sections["shift"])
    lines += ["", "Agreement with ActorMap's shift: the ties formed, dissolved and kept, and the largest difference "
              "in Kendall's τ-b and Spearman's ρ (ActorMap ranks values within a relative 10⁻⁹ as tied, SciPy "
              "compares the raw floats, so near-ties move the correlations by about 10⁻⁶):", ""]
    lines += [f"- {label}, {TOOL_NAMES[tool]}: ties {'the same' if same else '**differ**'} "
              f"({ties['added']} formed, {ties['removed']} dissolved, {ties['persisted']} kept), correlations {difference:.1e}"
              for label, tool, same, difference, ties in shift_checks]
    lines += ["", "### `report`, 30 years", "", "`actormap report MAP.yaml -o report.html`, maps drawn; no peer.", "",
              "| map | ActorMap | HTML |", "|---|--:|--:|"]
    lines += [f"| {label} | {cell(ours)} | {size:.1f} MB |" for label, size, ours in sections["report"]]
    lines += ["", "### Loading: `validate` from JSON", ""] + job_table(sections["json"])
    lines += ["", "### Loading: `validate` from YAML", ""] + job_table(sections["yaml"])
    lines += ["", "### `metrics`, the whole table, from YAML", "",
              "The map and the script of `command_vs_igraph.sh`, timed here with peak memory.", ""]
    lines += job_table(sections["metrics"]) if sections["metrics"] else ["Not run (`--no-metrics`)."]
    report = [r for r in sections["report"] if r[0].startswith("500 ")]
    raphtory = [row for row in sections["series"] if row[1].startswith("Raphtory:")]
    bare = {row[0]: row for row in sections["series"] if row[1].startswith("Raphtory on bare views")}
    lines += ["", "### Floors", "",
              "The series floor names the 5,000-actor map; the loading floors name no size and are judged at "
              "every size measured; a figure from a loaded machine says little about a floor either way.", ""]
    lines += floor_lines("Series from JSON, Raphtory's load + 30 yearly PageRanks at least 10× ActorMap's time",
                         raphtory, ["5,000"], lambda ours, theirs: theirs / ours, lambda r: r >= 10,
                         "Raphtory / ActorMap (floor: at least 10)")
    lines += [f"  - for reference, {label}: Raphtory / ActorMap = {theirs[0] / ours[0]:.2f}"
              for label, _, ours, theirs in raphtory if not label.startswith("5,000")]
    lines += [f"  - {label}, Raphtory on bare views (its values miss networkx's, see the check above): "
              f"Raphtory / ActorMap = {row[3][0] / row[2][0]:.2f}" for label, row in bare.items()]
    lines += floor_lines("Loading JSON, `validate` within 2.5× of `json.load`", sections["json"], ["500", "5,000", "20,000"],
                         lambda ours, theirs: ours / theirs, lambda r: r <= 2.5, "ActorMap / json.load (floor: at most 2.5)")
    lines += floor_lines("Loading YAML, `validate` at least 4× faster than PyYAML's C loader", sections["yaml"],
                         ["500", "5,000", "20,000"], lambda ours, theirs: theirs / ours, lambda r: r >= 4,
                         "PyYAML / ActorMap (floor: at least 4)")
    lines += floor_lines("Metrics, whole table from YAML in at most half the igraph script's time", sections["metrics"],
                         ["2,000"], lambda ours, theirs: ours / theirs, lambda r: r <= 0.5,
                         "ActorMap / igraph script (floor: at most 0.5)")
    lines += [f"- Report, 500 actors × 30 years under 4 MB: **{'pass' if report[0][1] < 4 else 'fail'}**: "
              f"{report[0][1]:.1f} MB, written in {report[0][2][0]:.2f} s." if report
              else "- Report, 500 actors × 30 years under 4 MB: **not measured in this run**.",
              "- Every figure the same as before: not a benchmark; the reference tests and `Output/` hold it.", ""]
    lines += ["To run it in full, on a quiet machine (each size waits while a Swift build runs; the 20,000-actor "
              "map has four times the ties of the 5,000-actor one, whose pass takes about two minutes):", "",
              "    Benchmarks/temporal.sh                                # 500, 5,000 and 20,000 actors, report at 500",
              "    Benchmarks/temporal.sh --sizes 500 5000 --repeat 3    # the floors' sizes, best of three", "", END]
    return "\n".join(lines)


def write_section(path, text):
    """Replaces the section between the markers, or adds it at the end."""
    old = open(path).read() if os.path.exists(path) else ""
    if BEGIN in old and END in old:
        new = old[:old.index(BEGIN)] + text + old[old.index(END) + len(END):]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    with open(path, "w") as file:
        file.write(new)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    every = commands.add_parser("run", help="time every job and write the section of results.md")
    every.add_argument("--actormap", required=True, help="the release build of actormap")
    every.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    every.add_argument("--report-sizes", type=int, nargs="*", default=[500])
    every.add_argument("--tools", nargs="+", default=["raphtory", "raphtory-view", "igraph", "networkit"],
                       choices=sorted(TOOL_NAMES))
    every.add_argument("--shift", default="2015,2020", help="the two years shift compares")
    every.add_argument("--check-years", default="2010,2024", help="the years whose PageRank values are compared")
    every.add_argument("--repeat", type=int, default=1, help="runs of each process; the best time counts")
    every.add_argument("--no-metrics", dest="metrics", action="store_false", help="leave out the metrics job")
    every.add_argument("--table", help="the Markdown file whose temporal section to rewrite")
    every.set_defaults(action=run)
    peer = commands.add_parser("pagerank", help="a peer's yearly PageRanks")
    peer.add_argument("--tool", choices=sorted(TOOL_NAMES), required=True)
    peer.add_argument("map")
    peer.add_argument("--years", default=f"{FIRST}..{LAST}")
    peer.add_argument("--shift", help="two years, comma-separated: what shift reports between them")
    peer.add_argument("--dump", help="write these years' PageRank as JSON to this file")
    peer.add_argument("--dump-years", help="comma-separated years for --dump")
    peer.set_defaults(action=pagerank_job)
    every.add_argument("--invocation", default="Benchmarks/temporal.sh", help="how the run was started, for the section")
    arguments = parser.parse_args()
    arguments.action(arguments)


if __name__ == "__main__":
    main()
