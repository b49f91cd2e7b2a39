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

    @Test func theLayoutIsReadFromGraphvizNotFromTheText() throws {
        // Names that read like the attributes asked for; the nodes are pinned (nop2 keeps
        // places given in points) and of fixed size, so that what is read back is known.
        let dot = #"""
            digraph {
              a [label="x pos=\"1,2\" -> y width=9", pos="10,20!", width=1.25, height=0.5, fixedsize=true];
              b [label="id=\"relationship-0\"; pos=\"9,9\"", pos="30,50!", width=2, height=0.75, fixedsize=true];
              a -> b [id="relationship-7"];
              b -> a;
            }
            """#
        let layout = try Graphviz.laidOutInProcess(dot, layout: PinnedLayout.engine)
        let a = try #require(layout.nodes["a"]), b = try #require(layout.nodes["b"])
        // Graphviz may move the whole drawing, never one node against another.
        #expect(b.centre.x - a.centre.x == 20 && b.centre.y - a.centre.y == 30)
        // Inches times 72: 1.25 × 72 = 90, 0.5 × 72 = 36, 2 × 72 = 144, 0.75 × 72 = 54.
        #expect(a.size == DiagramSize(width: 90, height: 36))
        #expect(b.size == DiagramSize(width: 144, height: 54))
        // The edge with an id, ending in an arrowhead at b; the one without is not read.
        #expect(Array(layout.routes.keys) == ["relationship-7"])
        #expect(layout.routes["relationship-7"]?.hasPrefix("e,") == true)
    }
}

/// The row of untied actors at the foot leaves room for each actor as Graphviz draws it.
@Suite struct UntiedRowTests {
    /// The package's folder, for its example maps.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Thailand in 2019 has two actors without a tie, a house and a wide inverted house, each
    /// with a long name; sized by betweenness, both get the least size and grow to their names.
    @Test func untiedActorsOfThailandIn2019DoNotOverlap() throws {
        let text = try String(contentsOf: root.appendingPathComponent("Examples/Datasets/thailand-codi.yaml"), encoding: .utf8)
        let snapshot = Snapshot(try dataset(text), at: .year(2019))
        let table = MetricsTable(snapshot, measures: [.betweenness])
        let values = try #require(table.columns[.betweenness])
        for layout in [LayoutEngine.neato, .dot] {
            let options = DiagramOptions(layout: layout, size: ActorFigures(name: "betweenness", values: values))
            let arranged = try Graphviz.arranged(try Diagram(snapshot, options: options))
            let placed = try #require(arranged.options.pinned).positions
            let untied = snapshot.actorIndices.map { snapshot.dataset.actors[$0].id }.filter { placed[$0] == nil }
            #expect(Set(untied) == ["ncpo", "nha"])
            let boxes = try actorBoxes(Graphviz.render(arranged, format: .svg), ids: untied)
            #expect(boxes.count == untied.count)
            expectApart(boxes, "\(layout)")
        }
    }

    /// A timeline's years keep the span's places; the actors without a tie in any year go
    /// to each year's row, which leaves room for the houses and long names drawn there.
    @Test func untiedActorsOfAPinnedYearDoNotOverlap() throws {
        let loaded = try dataset("""
            title: Pinned
            kinds:
              - {id: ministry, label: Ministry, group: state, shape: house}
              - {id: agency, label: Agency, group: state, shape: invhouse}
            actors:
              - {id: a, name: Federation, kind: federation}
              - {id: b, name: City, kind: federation}
              - {id: m, name: "Ministry of Social Development and Human Security (military)", kind: ministry}
              - {id: n, name: "National Council for Peace and Order (military government)", kind: ministry}
              - {id: h, name: "National Housing Authority (NHA)", kind: agency}
            relationships:
              - {from: a, to: b, type: mou}
            """)
        let (layout, _) = try Graphviz.stableLayout(loaded, years: 2019...2020)
        var options = DiagramOptions()
        options.pinned = layout
        let svg = try Graphviz.render(try Diagram(Snapshot(loaded, at: .year(2020)), options: options), format: .svg)
        let boxes = try actorBoxes(svg, ids: ["m", "n", "h"])
        #expect(boxes.count == 3)
        expectApart(boxes, "pinned")
    }

    /// The bounding box of each actor's outline (its polygons and ellipses) in an SVG, by id.
    func actorBoxes(_ svg: Data, ids: [String]) throws -> [String: (low: DiagramPoint, high: DiagramPoint)] {
        let document = try svgDocument(svg)
        var boxes: [String: (low: DiagramPoint, high: DiagramPoint)] = [:]
        for id in ids {
            guard let actor = try document.elements("//*[local-name()='g'][@id='actor-\(id)']").first else { continue }
            var points: [DiagramPoint] = []
            for polygon in try actor.elements(".//*[local-name()='polygon']") {
                for pair in (polygon.value(of: "points") ?? "").split(separator: " ") {
                    let xy = pair.split(separator: ",").compactMap { Double($0) }
                    if xy.count == 2 { points.append(DiagramPoint(x: xy[0], y: xy[1])) }
                }
            }
            for ellipse in try actor.elements(".//*[local-name()='ellipse']") {
                let number = { (name: String) in Double(ellipse.value(of: name) ?? "") ?? 0 }
                points.append(DiagramPoint(x: number("cx") - number("rx"), y: number("cy") - number("ry")))
                points.append(DiagramPoint(x: number("cx") + number("rx"), y: number("cy") + number("ry")))
            }
            guard !points.isEmpty else { continue }
            boxes[id] = (DiagramPoint(x: points.map(\.x).min()!, y: points.map(\.y).min()!),
                         DiagramPoint(x: points.map(\.x).max()!, y: points.map(\.y).max()!))
        }
        return boxes
    }

    /// Records every two boxes that share any area.
    func expectApart(_ boxes: [String: (low: DiagramPoint, high: DiagramPoint)], _ context: String) {
        let ids = boxes.keys.sorted()
        for (i, first) in ids.enumerated() {
            for second in ids[(i + 1)...] {
                let a = boxes[first]!, b = boxes[second]!
                let apart = a.high.x <= b.low.x || b.high.x <= a.low.x || a.high.y <= b.low.y || b.high.y <= a.low.y
                #expect(apart, "\(context): \(first) \(a) overlaps \(second) \(b)")
            }
        }
    }
}
