import Foundation
import Testing
@testable import ActorMap

/// What reads back Graphviz's answers about a diagram: which actor each node draws and which
/// relationship each edge, from the diagram itself rather than from its naming rules.
@Suite struct DiagramNamingTests {
    /// The donor's tie only in 2001, so that an actor and a relationship drop out of 2002's drawing.
    let map = """
        title: Named
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City, kind: city-government}
          - {id: donor, name: Donor, kind: donor, until: 2001}
        relationships:
          - {from: donor, to: fed, type: funding, since: 2001, until: 2001}
          - {from: fed, to: city, type: mou, since: 2001}
        """

    private func diagram(at year: Int, _ options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        let dataset = try #require(check(map).dataset)
        return try Diagram(Snapshot(dataset, at: .year(year)), options: options)
    }

    @Test func eachNodeAndEdgeIsFoundByItsGraphvizName() throws {
        let both = try diagram(at: 2001)
        // Every node of the DOT that draws an actor carries its id as "actor-<id>"; the map
        // from node id to actor id agrees with it, for every such node.
        let drawn = both.graph.nodes.compactMap { node -> (String, String)? in
            guard case .identifier(let id) = node.attributes[.id], id.hasPrefix("actor-") else { return nil }
            return (node.id, String(id.dropFirst("actor-".count)))
        }
        #expect(both.actorIDsByNode == Dictionary(uniqueKeysWithValues: drawn))
        #expect(Set(both.actorIDsByNode.values) == ["fed", "city", "donor"])
        // The relationships are the dataset's 0 (funding) and 1 (MoU).
        #expect(both.relationshipIndicesByEdge == ["relationship-0": 0, "relationship-1": 1])
        let edgeIDs = both.graph.edges.map { $0.attributes[.id] }
        #expect(Set(edgeIDs) == [.identifier("relationship-0"), .identifier("relationship-1")])

        // In 2002 the donor and its tie are gone, and the numbering closes up behind them.
        let later = try diagram(at: 2002)
        #expect(Set(later.actorIDsByNode.values) == ["fed", "city"])
        #expect(later.relationshipIndicesByEdge == ["relationship-1": 1])
    }

    @Test func aDiagramIsStyledAgainForAnotherEngine() throws {
        let dot = try diagram(at: 2001, DiagramOptions(layout: .dot))
        let neato = try dot.styled(for: .neato)
        #expect(neato.layout == .neato)
        #expect(neato.graph.attributes[.layout] == .identifier("neato"))
        // neato's own overlap removal, which dot's styling does not have.
        #expect(neato.graph.attributes[.overlap] == .identifier("prism"))
        #expect(dot.graph.attributes[.overlap] == nil)
        // The same engine is the same diagram.
        #expect(try dot.styled(for: .dot).text == dot.text)
    }

    @Test func everyTypeIsDrawnWhenTheMeasuresCountThePositiveOnes() {
        #expect(DiagramOptions.drawnTypes(measuring: .positive) == .all)
        #expect(DiagramOptions.drawnTypes(measuring: .negative) == .negative)
        #expect(DiagramOptions.drawnTypes(measuring: .all) == .all)
        #expect(DiagramOptions.drawnTypes(measuring: .only(["mou"])) == .only(["mou"]))
    }
}
