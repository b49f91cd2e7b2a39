#!/usr/bin/env python3
"""Writes the interchange fixtures the tests read, as other programs write them.

- kumu-map.xlsx: a small Kumu-style workbook (Elements and Connections sheets), built
  part by part with zipfile so that every cell type a spreadsheet uses is there: shared
  strings, a rich-text string, inline strings, numbers, booleans, an Excel date number,
  and text with a line break and Unicode.
- networkx-*.graphml and networkx-*.gexf: graphs written by networkx's own writers
  (write_graphml, write_gexf), static and dynamic.
- yed-map.graphml: GraphML in yEd's shape, names in NodeLabel elements.

Run it from anywhere: python3 make_fixtures.py. The output is committed; the tests never
run this script.
"""

import os
import zipfile
from xml.sax.saxutils import escape

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))

# A fixed timestamp, so that the workbook's bytes do not change between runs.
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def column_name(index):
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


class SharedStrings:
    def __init__(self):
        self.items = []

    def add(self, xml):
        self.items.append(xml)
        return len(self.items) - 1

    def plain(self, text):
        return self.add(f'<si><t xml:space="preserve">{escape(text)}</t></si>')

    def rich(self, *runs):
        parts = "".join(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(run)}</t></r>' for run in runs)
        return self.add(f"<si>{parts}<rPh sb=\"0\" eb=\"1\"><t>phonetic, not text</t></rPh></si>")

    def xml(self):
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(self.items)}" uniqueCount="{len(self.items)}">' + "".join(self.items) + "</sst>"
        )


def cell(reference, value, strings):
    """A cell in the form a spreadsheet writes for the Python value given."""
    if value is None:
        return ""
    if isinstance(value, tuple) and value[0] == "inline":
        return f'<c r="{reference}" t="inlineStr"><is><t>{escape(value[1])}</t></is></c>'
    if isinstance(value, tuple) and value[0] == "rich":
        return f'<c r="{reference}" t="s"><v>{strings.rich(*value[1:])}</v></c>'
    if isinstance(value, tuple) and value[0] == "date":
        # Excel's day number, in a cell styled as a date (style 1 below).
        return f'<c r="{reference}" s="1"><v>{value[1]}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{reference}"><v>{value}</v></c>'
    return f'<c r="{reference}" t="s"><v>{strings.plain(value)}</v></c>'


def sheet_xml(rows, strings):
    body = []
    for row_index, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{column_name(i)}{row_index}", value, strings) for i, value in enumerate(row))
        body.append(f'<row r="{row_index}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        "<sheetData>" + "".join(body) + "</sheetData></worksheet>"
    )


def write_workbook(path, sheets):
    strings = SharedStrings()
    sheet_parts = [sheet_xml(rows, strings) for _, rows in sheets]
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + "".join(f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
        + "</sheets></workbook>"
    )
    relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(sheets))
        )
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        + f'<Relationship Id="rId{len(sheets) + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + "</Relationships>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(len(sheets))
        )
        + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    )
    package_relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    parts = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", package_relationships),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", relationships),
        ("xl/styles.xml", styles),
    ] + [(f"xl/worksheets/sheet{i + 1}.xml", part) for i, part in enumerate(sheet_parts)]
    parts.append(("xl/sharedStrings.xml", strings.xml()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def kumu_workbook():
    elements = [
        ["Label", "Type", "Description", "Tags", "Start Date", "Members", "Registered", "Image"],
        ["Muungano wa Wanavijiji", "Federation", "Kenya's federation,\nfounded 1996.", "nairobi | sdi", 1996, 100000, True, None],
        ["Nairobi City County", "county government", None, "nairobi", ("date", 41334), None, False, None],
        [("rich", "Akiba ", "Mashinani Trust"), "Organization", "Finance vehicle", None, "2003-06", None, None, "https://example.org/amt.png"],
        [("inline", "สถาบันพัฒนาองค์กรชุมชน"), "Agency", None, "thailand|codi", None, 2.5, None, None],
    ]
    connections = [
        ["From", "To", "Type", "Direction", "Strength", "Label", "Start Date", "End Date", "Programme"],
        ["Muungano wa Wanavijiji", "Nairobi City County", "Contention", "undirected", 1, None, 2013, 2016, "Anti-eviction"],
        ["Muungano wa Wanavijiji", "Nairobi City County", "Memorandum of understanding", "undirected", 2.5, "SPA", "2017", None, "Mukuru SPA"],
        [("rich", "Akiba ", "Mashinani Trust"), "Muungano wa Wanavijiji", "Funding", "directed", 3, None, 2003, None, None],
        ["Muungano wa Wanavijiji", ("inline", "สถาบันพัฒนาองค์กรชุมชน"), "Exchange visit", "mutual", None, "peer learning", 2010, None, None],
    ]
    write_workbook(os.path.join(HERE, "kumu-map.xlsx"), [("Elements", elements), ("Connections", connections)])


def networkx_files():
    # A static graph with typed attributes, an isolate and a name needing an id made for it.
    graph = nx.Graph(name="Florentine-style test")
    graph.add_node("Alice Mwangi", kind="federation", members=120, share=0.25, active=True)
    graph.add_node("bob", kind="donor", members=3, share=1.5, active=False)
    graph.add_node("carol", kind="city-government")
    graph.add_node("isolate", kind="support-ngo")
    graph.add_edge("Alice Mwangi", "bob", weight=2.0, type="funding")
    graph.add_edge("bob", "carol", weight=0.5, type="mou")
    graph.add_edge("carol", "Alice Mwangi", weight=1.0, type="partner")
    nx.write_graphml(graph, os.path.join(HERE, "networkx-static.graphml"))
    nx.write_gexf(graph, os.path.join(HERE, "networkx-static.gexf"), version="1.2draft")

    # Parallel directed ties, with no type: ActorMap makes a directed tie type for them.
    multi = nx.MultiDiGraph()
    multi.add_edge("a", "b", weight=1.0)
    multi.add_edge("a", "b", weight=2.0)
    multi.add_edge("b", "c", weight=4.0)
    nx.write_graphml(multi, os.path.join(HERE, "networkx-multi.graphml"))

    # A dynamic GEXF with start and end, as networkx writes it for string times.
    dynamic = nx.Graph(mode="dynamic")
    dynamic.add_node("fed", label="Federation", start="1996-01-01")
    dynamic.add_node("city", label="City", start="2000-01-01", end="2020-12-31")
    dynamic.add_edge("fed", "city", start="2013-01-01", end="2016-12-31", type_of_tie="contention")
    nx.write_gexf(dynamic, os.path.join(HERE, "networkx-dynamic.gexf"), version="1.2draft")


def yed_file():
    nodes = [("n0", "Muungano"), ("n1", "City of Nairobi")]
    text = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">\n'
        '  <key for="node" id="d0" yfiles.type="nodegraphics"/>\n'
        '  <key for="edge" id="d1" yfiles.type="edgegraphics"/>\n'
        '  <key attr.name="description" attr.type="string" for="node" id="d2"/>\n'
        '  <graph edgedefault="directed" id="G">\n'
        + "".join(
            f'    <node id="{node}"><data key="d2">{escape(name)} (yEd)</data><data key="d0"><y:ShapeNode>'
            f'<y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/><y:NodeLabel>{escape(name)}</y:NodeLabel>'
            "</y:ShapeNode></data></node>\n"
            for node, name in nodes
        )
        + '    <edge id="e0" source="n0" target="n1"><data key="d1"><y:PolyLineEdge><y:EdgeLabel>talks</y:EdgeLabel>'
        "</y:PolyLineEdge></data></edge>\n"
        "  </graph>\n</graphml>\n"
    )
    with open(os.path.join(HERE, "yed-map.graphml"), "w", encoding="utf-8") as file:
        file.write(text)


if __name__ == "__main__":
    kumu_workbook()
    networkx_files()
    yed_file()
