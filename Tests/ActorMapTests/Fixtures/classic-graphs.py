"""The literal expected values in ClassicGraphTests.swift, from networkx, igraph and sna.

Zachary's karate club, Krackhardt's kite and the Florentine families' marriages, all
unweighted and undirected, as networkx builds them (`karate_club_graph` without its
weights, `krackhardt_kite_graph`, `florentine_families_graph`). Each measure is computed
by the tool ActorMap follows for it:

- networkx 3.x, default arguments: degree_centrality, betweenness_centrality (normalised),
  closeness_centrality, harmonic_centrality, eigenvector_centrality, pagerank, clustering,
  core_number, constraint, effective_size;
- R igraph: centr_degree(mode = "all", loops = FALSE), centr_betw and centr_clo
  (mode = "all"), all normalized = TRUE, for the map's Freeman centralisation;
- R sna: bonpow(gmode = "graph", exponent = 0.1) for Bonacich power.

Values are rounded to 6 decimal places (core numbers are whole); the test compares within
1e-6. The script prints the block of Swift between the "classic-graphs.py" markers in
ClassicGraphTests.swift; run it with --check to confirm that the block in the test is what
it prints now:

    python3 Tests/ActorMapTests/Fixtures/classic-graphs.py --check Tests/ActorMapTests/ClassicGraphTests.swift

Needs Python 3 with networkx and numpy, and Rscript with the igraph and sna packages
(Debian: apt-get install r-cran-igraph r-cran-sna).
"""
import os
import subprocess
import sys

# Harmonic centrality and clustering sum over Python sets, whose order follows the hash seed.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx

BEGIN = "// BEGIN classic-graphs.py output: do not edit; run Fixtures/classic-graphs.py"
END = "// END classic-graphs.py output"
PLACES = 6
BONACICH_BETA = 0.1
KITE_NAMES = ["andre", "beverly", "carol", "diane", "ed", "fernando", "garth", "heather", "ike", "jane"]



def unweighted(graph):
    """`graph`'s nodes in their order and its edges, without attributes."""
    copy = nx.Graph()
    copy.add_nodes_from(graph)
    copy.add_edges_from(graph.edges())
    return copy


# (Swift name, title, networkx graph with string ids)
GRAPHS = [
    ("karate", "Zachary's karate club (networkx karate_club_graph, unweighted)",
     nx.relabel_nodes(unweighted(nx.karate_club_graph()), str)),
    ("kite", "Krackhardt's kite (networkx krackhardt_kite_graph)",
     nx.relabel_nodes(nx.krackhardt_kite_graph(), dict(enumerate(KITE_NAMES)))),
    ("florentine", "The Florentine families' marriages (networkx florentine_families_graph)",
     nx.relabel_nodes(nx.florentine_families_graph(), str.lower)),
]

# (Swift `Measure` case, networkx function)
NETWORKX = [
    ("degreeCentrality", nx.degree_centrality),
    ("betweenness", nx.betweenness_centrality),
    ("closeness", nx.closeness_centrality),
    ("harmonic", nx.harmonic_centrality),
    ("eigenvector", nx.eigenvector_centrality),
    ("pagerank", nx.pagerank),
    ("clustering", nx.clustering),
    ("core", nx.core_number),
    ("constraint", nx.constraint),
    ("effectiveSize", nx.effective_size),
]

R_PROGRAM = r"""
suppressPackageStartupMessages({ library(igraph); library(sna) })
lines <- readLines(file("stdin"))
for (line in lines) {
  fields <- strsplit(line, " ")[[1]]
  name <- fields[1]; beta <- as.numeric(fields[2]); ends <- fields[-(1:2)]
  g <- graph_from_edgelist(matrix(ends, ncol = 2, byrow = TRUE), directed = FALSE)
  ids <- V(g)$name
  f <- function(x) sprintf("%.17g", x)
  cat(name, "igraph degree", f(centr_degree(g, mode = "all", loops = FALSE, normalized = TRUE)$centralization), "\n")
  cat(name, "igraph betweenness", f(centr_betw(g, directed = FALSE, normalized = TRUE)$centralization), "\n")
  cat(name, "igraph closeness", f(centr_clo(g, mode = "all", normalized = TRUE)$centralization), "\n")
  power <- bonpow(as.matrix(as_adjacency_matrix(g)), gmode = "graph", exponent = beta)
  for (i in seq_along(ids)) cat(name, "sna", ids[i], f(power[i]), "\n")
}
"""


def rounded(value):
    text = f"{value:.{PLACES}f}"
    return text[1:] if text.startswith("-") and text.strip("-0.") == "" else text


def r_values():
    """igraph's centralisations and sna's Bonacich power, by graph."""
    lines = []
    for name, _, graph in GRAPHS:
        ends = " ".join(f"{u} {v}" for u, v in graph.edges())
        lines.append(f"{name} {BONACICH_BETA} {ends}")
    result = subprocess.run(["Rscript", "--vanilla", "-e", R_PROGRAM], input="\n".join(lines) + "\n",
                            capture_output=True, text=True, check=True)
    igraph, sna = {}, {}
    for line in result.stdout.splitlines():
        name, tool, key, value = line.split()
        (igraph if tool == "igraph" else sna).setdefault(name, {})[key] = float(value)
    return igraph, sna


def wrapped(entries, indent):
    """A Swift array or dictionary literal of `entries`, one line of them after another."""
    lines, line = [], ""
    for entry in entries:
        if line and len(indent) + 4 + len(line) + len(entry) + 1 > 110:
            lines.append(line.rstrip())
            line = ""
        line += entry + ", "
    lines.append(line.rstrip().rstrip(","))
    return "[\n" + "".join(f"{indent}    {text}\n" for text in lines) + f"{indent}]"


def dictionary(values, actors, indent, whole=False):
    return wrapped([f'"{actor}": {values[actor] if whole else rounded(values[actor])}' for actor in actors], indent)


def versions():
    r = subprocess.run(["Rscript", "--vanilla", "-e",
                        'cat(R.version$major, R.version$minor, as.character(packageVersion("igraph")), '
                        'as.character(packageVersion("sna")))'],
                       capture_output=True, text=True, check=True).stdout.split()
    return f"networkx {nx.__version__}, R {r[0]}.{r[1]}, igraph {r[2]}, sna {r[3]}"


def swift():
    igraph, sna = r_values()
    out = [BEGIN, f"// {versions()}", "extension ClassicGraph {"]
    for name, title, graph in GRAPHS:
        actors = list(graph.nodes())
        ties = wrapped([f'("{u}", "{v}")' for u, v in graph.edges()], " " * 8)
        out.append(f"    /// {title}.")
        out.append(f"    static let {name} = ClassicGraph(")
        out.append(f'        name: "{name}",')
        quoted = wrapped([f'"{actor}"' for actor in actors], " " * 8)
        out.append(f"        actors: {quoted},")
        out.append(f"        ties: {ties},")
        out.append("        networkx: [")
        for measure, function in NETWORKX:
            values = function(graph)
            out.append(f"            .{measure}: {dictionary(values, actors, ' ' * 12, whole=measure == 'core')},")
        out.append("        ],")
        centralization = igraph[name]
        out.append("        igraphCentralization: (degree: {}, betweenness: {}, closeness: {}),".format(
            rounded(centralization["degree"]), rounded(centralization["betweenness"]),
            rounded(centralization["closeness"])))
        out.append(f"        snaBonacichBeta: {BONACICH_BETA},")
        out.append(f"        snaBonacich: {dictionary(sna[name], actors, ' ' * 8)})")
    out.append("}")
    out.append(END)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    text = swift()
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        with open(sys.argv[2], encoding="utf-8") as file:
            source = file.read()
        start, end = source.find(BEGIN), source.find(END)
        committed = source[start:end + len(END)] + "\n" if start >= 0 and end >= 0 else ""
        if committed != text:
            sys.exit(f"{sys.argv[2]}: the values between the classic-graphs.py markers are not what the script "
                     "prints now; paste its output there.")
        print(f"{sys.argv[2]}: the classic graphs' values are what the script prints.")
    elif len(sys.argv) == 1:
        sys.stdout.write(text)
    else:
        sys.exit("usage: classic-graphs.py [--check ClassicGraphTests.swift]")
