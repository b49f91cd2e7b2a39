"""Reference values for HTMLReportStakeholdersTests: Spearman's rho and Kendall's tau-b from
scipy for the report's perceived-against-structural chart, independently of ActorMap.

Run from this folder: python3 stakeholder-report-reference.py > stakeholder-report-reference.json

The map (written out in HTMLReportStakeholdersTests.gridMap): four actors a, b, c, d with
ties a-b, a-c, a-d in every year, so degree is a 3, b 1, c 1, d 1 (networkx's degree: a count,
as the report's degree column). Influence, as rated: a 9, c 9, d 1 throughout;
b 1 until 2011 and 6 from 2012. The report measures 2010 and 2012 (every 2 years).
"""
import json

import networkx as nx
import scipy
from scipy import stats

graph = nx.Graph([("a", "b"), ("a", "c"), ("a", "d")])
ids = ["a", "b", "c", "d"]
degree = [float(graph.degree(node)) for node in ids]
influence = {2010: [9, 1, 9, 1], 2012: [9, 6, 9, 1]}
years = []
for year, rating in influence.items():
    years.append({
        "year": year,
        "ids": ids,
        "rating": rating,
        "measure": degree,
        "spearman_rho": float(stats.spearmanr(rating, degree).statistic),
        "kendall_tau": float(stats.kendalltau(rating, degree).statistic),
    })
print(json.dumps({"scipy": scipy.__version__, "networkx": nx.__version__, "years": years}, indent=1))
