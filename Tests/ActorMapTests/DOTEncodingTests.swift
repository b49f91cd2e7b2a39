import Testing
@testable import ActorMap

@Suite struct DOTEncodingTests {
    @Test func writesDefaultsThenNodesThenEdgesWithSortedAttributes() {
        let graph = DOTGraph(
            name: "g", isDirected: true,
            attributes: [.layout: .identifier("neato"), .bgcolor: .color("#FFFFFF")],
            nodeDefaults: [.style: .identifier("filled")],
            nodes: [
                DOTGraph.Node("a1", [.shape: .identifier("box"), .label: .text("B"), .width: .number(0.5)]),
                DOTGraph.Node("a0", [.label: .text("A")]),
            ],
            edges: [
                DOTGraph.Edge(from: "a0", to: "a1", [.penwidth: .number(1.25), .dir: .identifier("none")]),
                DOTGraph.Edge(from: "a0", to: "a1"),
            ])
        #expect(graph.text == """
            digraph g {
              graph [bgcolor="#FFFFFF", layout=neato];
              node [style=filled];
              a1 [label="B", shape=box, width=0.5];
              a0 [label="A"];
              a0 -> a1 [dir=none, penwidth=1.25];
              a0 -> a1;
            }

            """)
    }

    @Test func undirectedGraphsUseTwoDashes() {
        let graph = DOTGraph(name: "g", isDirected: false, nodes: [DOTGraph.Node("a0")], edges: [DOTGraph.Edge(from: "a0", to: "a0")])
        #expect(graph.text == "graph g {\n  a0;\n  a0 -- a0;\n}\n")
    }

    @Test func numbersHaveAtMostFourDecimalsAndNoExponent() {
        #expect(DOTValue.number(2).encoded == "2")
        #expect(DOTValue.number(0.5).encoded == "0.5")
        #expect(DOTValue.number(1.0 / 3).encoded == "0.3333")
        #expect(DOTValue.number(1e-9).encoded == "0")
        #expect(DOTValue.number(-1e-9).encoded == "0")
        #expect(DOTValue.number(1_200_000).encoded == "1200000")
        #expect(DOTValue.integer(-3).encoded == "-3")
        #expect(DOTValue.boolean(true).encoded == "true")
    }

    @Test func identifiersAreBareOnlyWhenDOTAllowsIt() {
        #expect(DOTValue.identifier("ellipse").encoded == "ellipse")
        #expect(DOTValue.identifier("a_1").encoded == "a_1")
        #expect(DOTValue.identifier("12").encoded == "12")
        #expect(DOTValue.identifier("actor-fed").encoded == "\"actor-fed\"")
        #expect(DOTValue.identifier("+8").encoded == "\"+8\"")
        #expect(DOTValue.identifier("").encoded == "\"\"")
        #expect(DOTValue.identifier("1a").encoded == "\"1a\"")
        // DOT's keywords cannot stand bare, in any case.
        #expect(DOTValue.identifier("node").encoded == "\"node\"")
        #expect(DOTValue.identifier("Graph").encoded == "\"Graph\"")
        #expect(DOTValue.identifier("x\" ] y").encoded == "\"x\\\" ] y\"")
    }

    @Test func attributesMergeWithTheLaterWinning() {
        let base: DOTAttributes = [.label: .text("a"), .shape: .identifier("box")]
        let merged = base.merging([.label: .text("b")])
        #expect(merged[.label] == .text("b"))
        #expect(merged[.shape] == .identifier("box"))
        #expect(merged.map(\.name) == [.label, .shape])
    }
}
