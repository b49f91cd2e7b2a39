import ActorMap
import Foundation
import Testing
@testable import ActorMapGraphviz

/// A map laid out by its engine, then drawn pinned so that the legend's shapes and the row
/// of untied actors sit where the diagram puts them.
@Suite struct ArrangementTests {
    /// Names that look like the attributes the arrangement reads back.
    let map = """
        title: Arranged
        actors:
          - {id: a, name: "x pos=\\"1,2\\" -> y", kind: federation}
          - {id: b, name: "id=\\"relationship-0\\"; pos=\\"9,9\\"", kind: city-government}
          - {id: c, name: Funder, kind: donor}
          - {id: d, name: Alone, kind: researcher}
        relationships:
          - {from: a, to: b, type: mou}
          - {from: c, to: a, type: funding}
          - {from: c, to: b, type: funding}
        """

    @Test func actorsKeepTheEnginesPlacesAndTiesItsRoutes() throws {
        let loaded = try dataset(map)
        let diagram = try Diagram(Snapshot(loaded, at: .allTime), options: DiagramOptions(layout: .dot))
        let arranged = try Graphviz.arranged(diagram)
        #expect(arranged.engine == PinnedLayout.engine)
        let pinned = try #require(arranged.options.pinned)
        // Three tied actors placed by dot; the untied one is not among them.
        #expect(Set(pinned.positions.keys) == ["a", "b", "c"])
        #expect(Set(pinned.routes.keys) == [0, 1, 2])
        // dot's routes are splines that end in an arrowhead or not: "e,x,y" then points.
        for route in pinned.routes.values {
            let points = route.split(separator: " ").filter { !$0.hasPrefix("e,") && !$0.hasPrefix("s,") }
            #expect(points.count >= 4 && points.count % 3 == 1, "\(route)")
        }
        #expect(arranged.graph.edges.allSatisfy { $0.attributes[.pos] != nil })
        // The untied actor sits in the row at the foot, below every tied one.
        let alone = try #require(arranged.graph.nodes.first { $0.attributes[.id] == .identifier("actor-d") })
        guard case .text(let place) = alone.attributes[.pos], let y = Double(place.split(separator: ",")[1].dropLast()) else {
            Issue.record("the untied actor has no place")
            return
        }
        #expect(pinned.positions.values.allSatisfy { $0.y > y })
        let svg = String(decoding: try Graphviz.render(arranged, format: .svg), as: UTF8.self)
        #expect(svg.contains("Untied: active, with no tie drawn"))
    }

    @Test func theLaidOutTextIsReadStatementByStatement() {
        let text = """
            digraph actormap {
            \tgraph [bb="0,0,100,100"];
            \ta0\t[label="x pos=\\"1,2\\" -> y",
            \t\tpos="10,20",
            \t\twidth=1];
            \ta1\t[label="id=\\"relationship-0\\"; pos=\\"9,9\\"",
            \t\tpos="30,\\
            40"];
            \ta0 -> a1\t[id="relationship-7",
            \t\tpos="e,30,36 10,28 12,30 20,33 28,35"];
            }

            """
        let (nodes, routes) = Graphviz.places(inLaidOut: text)
        #expect(nodes == ["a0": DiagramPoint(x: 10, y: 20), "a1": DiagramPoint(x: 30, y: 40)])
        #expect(routes == [7: "e,30,36 10,28 12,30 20,33 28,35"])
    }
}
