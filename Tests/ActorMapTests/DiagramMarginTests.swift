import Foundation
import Testing
@testable import ActorMap

/// What a pinned diagram draws around its actors: the kinds' shapes in the legend, and the
/// actors without a tie in a row at the foot.
@Suite struct DiagramMarginTests {
    /// A federation tied to a city; a researcher with no tie.
    let map = """
        title: Margins
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City Council, kind: city-government}
          - {id: lone, name: Lone researcher, kind: researcher}
        relationships:
          - {from: fed, to: city, type: mou}
        """

    private func graph(_ options: DiagramOptions) throws -> DOTGraph {
        let dataset = try #require(check(map).dataset)
        return try Diagram(Snapshot(dataset, at: .year(2003)), options: options).graph
    }

    /// The federation at (0, 0), the city at (200, 100); the researcher has no place.
    let layout = PinnedLayout(positions: ["fed": DiagramPoint(x: 0, y: 0), "city": DiagramPoint(x: 200, y: 100)])

    private func point(_ node: DOTGraph.Node?) -> DiagramPoint? {
        guard case .text(let text) = node?.attributes[.pos] else { return nil }
        let parts = text.dropLast().split(separator: ",").compactMap { Double($0) }
        return parts.count == 2 ? DiagramPoint(x: parts[0], y: parts[1]) : nil
    }

    @Test func everyBuiltInKindHasAShapeOfItsOwn() {
        let shapes = Vocabulary.catalogue.kinds.compactMap(\.shape)
        #expect(shapes.count == Vocabulary.catalogue.kinds.count)
        #expect(Set(shapes).count == shapes.count, "\(shapes)")
    }

    @Test func theLegendDrawsEachKindsShapeNotItsGraphvizName() throws {
        let graph = try graph(DiagramOptions(pinned: layout))
        let vocabulary = Vocabulary.catalogue
        for kind in ["federation", "city-government", "researcher"] {
            let index = try #require(vocabulary.kinds.firstIndex { $0.id == kind })
            let sample = try #require(graph.nodes.first { $0.id == "legend-kind-\(index)" }, "\(kind)")
            #expect(sample.attributes[.shape] == .identifier(vocabulary.kinds[index].shape!))
            let name = graph.nodes.first { $0.id == "legend-kind-\(index)-name" }
            #expect(name?.attributes[.label] == .text(vocabulary.kinds[index].label))
            // Above the drawing: higher than the highest actor (y grows upwards).
            #expect(try #require(point(sample)).y > 100)
        }
        guard case .html(let label) = graph.attributes[.label] else {
            Issue.record("the graph's label is not an HTML-like label")
            return
        }
        for word in ["ellipse", "octagon", "note", "house", "diamond", "box"] {
            #expect(!label.markup.contains(">\(word)<"), "\(word)")
        }
    }

    @Test func theAreaScaleIsDrawnAtTheDrawingsScale() throws {
        // Degrees 1, 1 and 0: the largest makes a 1.5-inch side, so a quarter of its area
        // 0.75 inches and a sixteenth 0.375.
        let graph = try graph(DiagramOptions(size: ActorFigures(name: "degree", values: [1, 1, 0]), pinned: layout))
        let quarter = try #require(graph.nodes.first { $0.id == "legend-size-0" })
        let sixteenth = try #require(graph.nodes.first { $0.id == "legend-size-1" })
        #expect(quarter.attributes[.width] == .number(0.75) && quarter.attributes[.height] == .number(0.75))
        #expect(sixteenth.attributes[.width] == .number(0.375))
        #expect(graph.nodes.first { $0.id == "legend-size-0-name" }?.attributes[.label] == .text("degree 0.25"))
        guard case .html(let label) = graph.attributes[.label] else {
            Issue.record("the graph's label is not an HTML-like label")
            return
        }
        #expect(!label.markup.contains("Area ∝") && !label.markup.contains("HEIGHT=\"54\""), "no square stretches the legend's rows")
    }

    /// The loner's degree 0 is drawn at the floor, as large as its name: the scale says so,
    /// and gives the largest figure, as the unpinned legend does.
    @Test func theAreaScaleNamesTheLargestFigureAndTheFloor() throws {
        let graph = try graph(DiagramOptions(size: ActorFigures(name: "degree", values: [1, 1, 0]), pinned: layout))
        let note = try #require(graph.nodes.first { $0.id == "legend-size-note" })
        #expect(note.attributes[.label] == .text("largest: 1; an actor is never smaller than its name"))
        // Under the squares, above the highest actor (at y = 100).
        let square = try #require(point(graph.nodes.first { $0.id == "legend-size-0" }))
        let place = try #require(point(note))
        #expect(place.y < square.y && place.y > 100)
    }

    @Test func untiedActorsGoToACaptionedRowAtTheFoot() throws {
        let graph = try graph(DiagramOptions(pinned: layout))
        let lone = graph.nodes.first { $0.attributes[.id] == .identifier("actor-lone") }
        let place = try #require(point(lone))
        // Below the lowest actor and its margin of 60 points.
        #expect(place.y < -60)
        let caption = try #require(graph.nodes.first { $0.id == "untied-caption" })
        #expect(caption.attributes[.label] == .text("Untied in 2003: active, with no tie drawn"))
        #expect(try #require(point(caption)).y > place.y)
    }

    @Test func theSummaryBreaksIntoLinesNoWiderThanTheLegend() throws {
        // A long summary spanning the legend would widen every column under it.
        let graph = try graph(DiagramOptions(size: ActorFigures(name: "betweenness", values: [1, 1, 0]), labels: .top(2), pinned: layout))
        guard case .html(let label) = graph.attributes[.label] else {
            Issue.record("the graph's label is not an HTML-like label")
            return
        }
        let summary = try #require(label.markup.firstMatch(of: /BALIGN="LEFT"[^>]*><FONT COLOR="#444444" POINT-SIZE="10">([^<]*(<BR\/>[^<]*)*)<\/FONT>/))
        let lines = summary.1.components(separatedBy: "<BR/>")
        #expect(lines.count >= 2, "\(lines)")
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        #expect(summary.1.contains("1 untied (in the row at the foot)"))
    }

    @Test func hiddenUntiedActorsAreNotDrawnShownOnesStayAmongTheOthers() throws {
        let hidden = try graph(DiagramOptions(pinned: layout, isolates: .hide))
        #expect(!hidden.nodes.contains { $0.attributes[.id] == .identifier("actor-lone") })
        #expect(!hidden.nodes.contains { $0.id == "untied-caption" })
        let shown = try graph(DiagramOptions(isolates: .show))
        #expect(shown.nodes.contains { $0.attributes[.id] == .identifier("actor-lone") && $0.attributes[.pos] == nil })
        #expect(!shown.nodes.contains { $0.id == "untied-caption" })
    }

    @Test func anActorWithAPlaceKeepsItWhenUntiedThisYear() throws {
        var places = layout.positions
        places["lone"] = DiagramPoint(x: 50, y: 50)
        let graph = try graph(DiagramOptions(pinned: PinnedLayout(positions: places)))
        let lone = graph.nodes.first { $0.attributes[.id] == .identifier("actor-lone") }
        #expect(point(lone) == DiagramPoint(x: 50, y: 50))
        #expect(!graph.nodes.contains { $0.id == "untied-caption" })
        // With no row at the foot, the summary does not send the reader to one.
        guard case .html(let label) = graph.attributes[.label] else {
            Issue.record("the graph's label is not an HTML-like label")
            return
        }
        #expect(label.markup.contains("1 untied"), "\(label.markup)")
        #expect(!label.markup.contains("row at the foot"), "\(label.markup)")
    }

    @Test func aSheetLegendHasTheShapesAndNoActors() throws {
        let dataset = try #require(check(map).dataset)
        let legend = try Diagram.legend(Snapshot(dataset, at: .allTime), options: DiagramOptions(title: "Margins, 2000–2003"))
        #expect(legend.edges.isEmpty)
        #expect(legend.nodes.allSatisfy { $0.id.hasPrefix("legend") })
        #expect(legend.nodes.filter { $0.id.hasPrefix("legend-kind-") && !$0.id.hasSuffix("-name") && !$0.id.hasSuffix("-heading") }.count == 3)
    }

    @Test func aSheetLegendCountsNoActorsOrTies() throws {
        let dataset = try #require(check(map).dataset)
        let snapshot = Snapshot(dataset, at: .allTime)
        func label(_ graph: DOTGraph) -> String {
            if case .html(let label) = graph.attributes[.label] { return label.markup }
            return ""
        }
        // One drawing counts what it draws; the legend shared by every year of a sheet does not.
        let drawing = label(try Diagram(snapshot, options: DiagramOptions(title: "Margins")).graph)
        let shared = label(try Diagram.legend(snapshot, options: DiagramOptions(title: "Margins")))
        #expect(drawing.contains(" actors · "), "\(drawing)")
        #expect(shared.range(of: #"\d+ (actor|relationship|untied)"#, options: .regularExpression) == nil, "\(shared)")
        #expect(shared.contains("Margins"))
    }
}
