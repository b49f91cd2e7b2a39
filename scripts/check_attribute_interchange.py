#!/usr/bin/env python3
"""Attributes over time through GraphML and GEXF, read by networkx.

A small map gives `influence` over time and from several informants. The built
`actormap convert` writes it as GraphML with `--attributes-at 2009` and as GEXF; networkx's
read_graphml and read_gexf read them, and the values are checked against the rules of
docs/dataset-format.md ("Attributes over time"), worked out by hand here:

- fed: 3 from 2005, 6 from 2012 to 2016. In 2009 its value is 3. In GEXF the 3 holds from
  2005-01-01 to the day before the 6 starts (2011-12-31), the 6 to 2016-12-31.
- county: wanjiru 3 from 2005; otieno 8 from 2005, 4 from 2010. In 2009 the median of 3
  and 8 is 5.5 (numpy's median agrees). In GEXF each informant is its own dynamic
  attribute, `influence@wanjiru` and `influence@otieno`.
- ngo: 7, given once, the same in both.

Run from anywhere after `swift build`. Exits with 1 when anything disagrees.
"""
import os
import subprocess
import sys
import tempfile

from built_actormap import actormap_binary

try:
    import networkx as nx
    import numpy
except ImportError as error:
    sys.exit(f"check_attribute_interchange: {error.name} is missing; install it with `python3 -m pip install networkx numpy`.")

MAP = """title: Stakeholders
actors:
  - id: fed
    name: Federation
    kind: federation
    attributes:
      influence: [{since: 2005, value: 3}, {since: 2012, until: 2016, value: 6}]
  - id: county
    name: County
    kind: county-government
    attributes:
      influence:
        - {since: 2005, value: 3, informant: wanjiru}
        - {since: 2005, value: 8, informant: otieno}
        - {since: 2010, value: 4, informant: otieno}
  - {id: ngo, name: NGO, kind: support-ngo, attributes: {influence: 7}}
relationships:
  - {from: fed, to: county, type: mou, since: 2005}
  - {from: fed, to: ngo, type: collaboration}
"""


def main():
    binary = actormap_binary()
    failures = []

    def expect(condition, message):
        if not condition:
            failures.append(message)

    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "map.yaml")
        with open(source, "w", encoding="utf-8") as file:
            file.write(MAP)
        graphml, gexf = os.path.join(folder, "map.graphml"), os.path.join(folder, "map.gexf")
        for arguments in (["convert", source, "-o", graphml, "--attributes-at", "2009"], ["convert", source, "-o", gexf]):
            result = subprocess.run([binary, *arguments], capture_output=True, text=True)
            expect(result.returncode == 0, f"{' '.join(arguments)}: {result.stderr}")

        graph = nx.read_graphml(graphml)
        median_2009 = float(numpy.median([3, 8]))
        for node, expected in (("fed", 3.0), ("county", median_2009), ("ngo", 7.0)):
            value = graph.nodes[node].get("influence")
            expect(value is not None and float(value) == expected, f"GraphML 2009: influence of {node} is {value!r}, expected {expected}")

        graph = nx.read_gexf(gexf)

        def spans(node, title):
            # networkx reads a missing `end` through str(), as "None".
            return sorted((float(value), start, None if end in (None, "None") else end)
                          for value, start, end in graph.nodes[node].get(title, []))

        fed = spans("fed", "influence")
        expect(fed == [(3.0, "2005-01-01", "2011-12-31"), (6.0, "2012-01-01", "2016-12-31")], f"GEXF: influence of fed is {fed}")
        wanjiru = spans("county", "influence@wanjiru")
        otieno = spans("county", "influence@otieno")
        expect(wanjiru == [(3.0, "2005-01-01", None)], f"GEXF: wanjiru's influence of county is {wanjiru}")
        expect(otieno == [(4.0, "2010-01-01", None), (8.0, "2005-01-01", "2009-12-31")], f"GEXF: otieno's influence of county is {otieno}")
        expect(float(graph.nodes["ngo"].get("influence", "nan")) == 7.0, "GEXF: influence of ngo")

    for failure in failures:
        print(f"check_attribute_interchange: {failure}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print("check_attribute_interchange: GraphML and GEXF carry attributes over time as networkx reads them")


if __name__ == "__main__":
    main()
