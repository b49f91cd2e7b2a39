"""Writes the corpus files that other programs' exports stand for: networkx's GraphML and
GEXF of classic graphs, and tables and JSON in the shapes Gephi's Data Laboratory and Kumu
export. Run from this folder; the output is the same every time but for the date networkx
stamps in GEXF's <meta>.

    python3 make_corpus.py
"""
import csv
import json

import networkx as nx

# Zachary's karate club, ids as networkx gives them, weights from the data set.
karate = nx.karate_club_graph()
karate = nx.relabel_nodes(karate, {n: str(n) for n in karate})
nx.write_graphml(karate, "networkx-karate.graphml")

# The same club in GEXF with every label one more than its node's id, as in the GEXF
# specification's celegans.gexf: labels that are other nodes' ids.
labelled = karate.copy()
for n in labelled:
    labelled.nodes[n]["label"] = str(int(n) + 1)
nx.write_gexf(labelled, "networkx-karate-shifted-labels.gexf")

# Ids that differ in case only, and an id ActorMap would make from another node's id.
tricky = nx.DiGraph()
tricky.add_edges_from([("ABC", "x"), ("abc", "x"), ("Alice Mwangi", "x"), ("alice-mwangi", "ABC")])
nx.write_graphml(tricky, "networkx-tricky-ids.graphml")

# Parallel ties with weights.
multi = nx.MultiDiGraph()
multi.add_edge("fed", "city", weight=1.0)
multi.add_edge("fed", "city", weight=2.5)
multi.add_edge("city", "donor", weight=4.0)
nx.write_gexf(multi, "networkx-multi.gexf")

# A dynamic graph: ties with spells, written by networkx's GEXF writer.
dynamic = nx.Graph(mode="dynamic")
dynamic.add_node("fed", label="Federation", start=1996)
dynamic.add_node("city", label="City", start=2000)
dynamic.add_edge("fed", "city", id="e1", spells=[(2005, 2008), (2012, 2015)])
dynamic.add_edge("fed", "donor", id="e2", start=2010, end=2013)
nx.write_gexf(dynamic, "networkx-dynamic.gexf")

# Gephi's Data Laboratory edge table, with time sets of intervals and a timestamp list.
with open("gephi-style-timeset.csv", "w", newline="") as out:
    table = csv.writer(out, lineterminator="\n")
    table.writerow(["Source", "Target", "Type", "Id", "Label", "timeset", "Weight"])
    table.writerow(["1", "2", "Directed", "7", "talks", "<[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>", "2.0"])
    table.writerow(["2", "3", "Undirected", "8", "", "<[2015-01-01, 2015-12-31]>", "1.0"])
    table.writerow(["3", "1", "Directed", "9", "", "<[2001.0, 2003.0, 2007.0]>", "1.5"])

# Kumu's project export: generated ids, fields under `attributes`.
export = {
    "elements": [
        {"_id": "elem-Fq3RzX1b", "attributes": {"label": "Muungano wa Wanavijiji", "element type": "Federation", "tags": ["nairobi", "sdi"]}},
        {"_id": "elem-9kPq2LmN", "attributes": {"label": "Nairobi City County", "element type": "County government"}},
        {"_id": "elem-Zz0", "attributes": {"label": "Akiba Mashinani Trust", "element type": "Organization"}},
    ],
    "connections": [
        {"_id": "conn-1", "from": "elem-Fq3RzX1b", "to": "elem-9kPq2LmN", "direction": "mutual",
         "attributes": {"connection type": "MoU", "strength": 2.5, "start date": "2017", "end date": "2022"}},
        {"_id": "conn-2", "from": "elem-Zz0", "to": "elem-Fq3RzX1b", "attributes": {"connection type": "Funding"}},
    ],
}
with open("kumu-export.json", "w") as out:
    json.dump(export, out, indent=2)
    out.write("\n")

# Kumu's blueprint: fields as keys, connections by label.
blueprint = {
    "elements": [{"label": "A", "type": "Letter", "tags": ["one", "two"]}, {"label": "B", "type": "Letter"}],
    "connections": [{"from": "A", "to": "B", "type": "likes"}],
}
with open("kumu-blueprint.json", "w") as out:
    json.dump(blueprint, out, indent=2)
    out.write("\n")
