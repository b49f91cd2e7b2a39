"""Reference values of Kendall's tau-b and Spearman's rho from scipy, for RankCorrelationTests.

Run: python3 rank-correlation-reference.py > rank-correlation-reference.json
"""
import json
import numpy as np
from scipy import stats

rng = np.random.default_rng(20261129)
cases = [
    {"name": "hand: perfect agreement", "x": [1, 2, 3, 4, 5], "y": [10, 20, 30, 40, 50]},
    {"name": "hand: perfect reversal", "x": [1, 2, 3, 4, 5], "y": [5, 4, 3, 2, 1]},
    {"name": "hand: ties in both", "x": [1, 1, 2, 3, 3, 3], "y": [2, 1, 2, 3, 3, 1]},
    {"name": "pagerank-like with zeros", "x": [0.0, 0.0, 0.1, 0.25, 0.05, 0.6], "y": [0.0, 0.02, 0.1, 0.2, 0.0, 0.68]},
]
for size, levels in [(10, 4), (50, 10), (200, 1000), (1000, 30)]:
    x = rng.integers(0, levels, size).astype(float) / levels
    y = np.where(rng.random(size) < 0.6, x + rng.normal(0, 0.2, size), rng.integers(0, levels, size) / levels)
    cases.append({"name": f"random {size} values, {levels} levels", "x": x.tolist(), "y": y.tolist()})

for case in cases:
    case["kendall_tau"] = float(stats.kendalltau(case["x"], case["y"]).statistic)
    case["spearman_rho"] = float(stats.spearmanr(case["x"], case["y"]).statistic)

print(json.dumps({"scipy": __import__("scipy").__version__, "cases": cases}, indent=1))
