import Foundation
import Testing
@testable import ActorMap

/// GraphML as Gephi, igraph and hand-written files declare it: keys inside the graph, one key
/// id for nodes and edges, descriptions, and values that mean nothing.
@Suite struct GraphMLKeyTests {
    func read(_ text: String) -> ValidationReport {
        GraphMLReader().check(data: Data(text.utf8), file: "keys.graphml")
    }

    @Test func keysInsideTheGraphSharedByNodesAndEdges() throws {
        // Gephi's importer test cdata.graphml.
        let report = read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <graph edgedefault="directed">
                    <key attr.name="label" attr.type="string" for="node" id="lbl"/>
                    <key attr.name="label" attr.type="string" for="edge" id="lbl"/>
                    <node id="n0"><data key="lbl"><![CDATA[foo]]></data></node>
                    <node id="n1"><data key="lbl"><![CDATA[bar]]></data></node>
                    <edge id="e0" source="n0" target="n1"><data key="lbl"><![CDATA[foobar]]></data></edge>
                </graph>
            </graphml>
            """)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.name) == ["foo", "bar"])
        #expect(dataset.relationships.map(\.label) == ["foobar"])
    }

    @Test func descriptionsAreNotes() throws {
        // Gephi's importer test withdesc.graphml, with a description of the graph.
        let report = read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <graph edgedefault="directed">
                    <desc>Two nodes</desc>
                    <node id="n0"><desc>Node Zero</desc></node>
                    <node id="n1"><desc><![CDATA[Node One]]></desc></node>
                    <edge id="e0" source="n0" target="n1"><desc>Edge Zero</desc></edge>
                </graph>
            </graphml>
            """)
        let dataset = try #require(report.dataset)
        #expect(dataset.description == "Two nodes")
        #expect(dataset.actors.map(\.note) == ["Node Zero", "Node One"])
        #expect(dataset.relationships.map(\.note) == ["Edge Zero"])
    }

    @Test func booleansInAnyCaseAndNullAsAbsent() throws {
        let report = read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="r" for="node" attr.name="registered" attr.type="boolean"/>
              <key id="m" for="node" attr.name="members" attr.type="int"><default>null</default></key>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="r">TRUE</data><data key="m">12</data></node>
                <node id="b"><data key="r">False</data></node>
                <node id="c"><data key="r">null</data><data key="m">NULL</data></node>
                <edge source="a" target="b"><data key="w">null</data></edge>
              </graph>
            </graphml>
            """)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.attributes) == [
            ["registered": .boolean(true), "members": .integer(12)],
            ["registered": .boolean(false)],
            [:],
        ])
        #expect(dataset.relationships.map(\.weight) == [1])
    }

    @Test func dataUnderAnUndeclaredKeyIsReported() throws {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="d0">3</data></node>
                <node id="b"><data key="d9">x</data></node>
                <edge source="a" target="b"/>
              </graph>
            </graphml>
            """
        let report = read(text)
        #expect(report.dataset != nil)
        #expect(report.warnings.map { "\($0.line!) \($0.path)" } == ["4 node 'a'.d0", "5 node 'b'.d9"])
        #expect(report.warnings[0].message == "this data is under the key 'd0', which the file does not declare for nodes, so it is left out.")
    }
}
