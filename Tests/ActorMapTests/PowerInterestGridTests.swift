import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorMap

/// The power–interest grid: its quadrants, its axes, and names that never collide.
@Suite struct PowerInterestGridTests {
    /// Every pair of boxes that share area, as "i×j".
    static func overlaps(_ boxes: [GridBox]) -> [String] {
        var found: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].overlaps(boxes[j]) { found.append("\(i)×\(j)") }
        }
        return found
    }

    /// Every pair of marks (circles of radius 9) that overlap, as "i×j".
    static func touching(_ centres: [(x: Double, y: Double)]) -> [String] {
        var found: [String] = []
        for i in centres.indices {
            for j in centres.indices where j > i {
                let dx = centres[i].x - centres[j].x, dy = centres[i].y - centres[j].y
                if (dx * dx + dy * dy).squareRoot() < 18 { found.append("\(i)×\(j)") }
            }
        }
        return found
    }

    static func randomMarks(count: Int, in box: GridBox, seed: UInt64) -> (centres: [(x: Double, y: Double)], sizes: [(width: Double, height: Double)]) {
        var random = SplitMix64(seed: seed)
        let centres = (0..<count).map { _ in
            (x: Double.random(in: box.x + 10...box.maxX - 10, using: &random), y: Double.random(in: box.y + 10...box.maxY - 10, using: &random))
        }
        let sizes = (0..<count).map { _ in (width: Double.random(in: 30...160, using: &random), height: Bool.random(using: &random) ? 16.0 : 30.0) }
        return (centres, sizes)
    }

    @Test(arguments: [(UInt64(1), 12), (2, 40), (3, 80), (4, 200)])
    func namesNeverOverlapEachOtherMarksOrObstacles(seed: UInt64, count: Int) {
        let bounds = GridBox(x: 0, y: 0, width: 600, height: 600)
        let obstacles = [GridBox(x: 10, y: 10, width: 150, height: 32), GridBox(x: 440, y: 558, width: 150, height: 32)]
        let (centres, sizes) = Self.randomMarks(count: count, in: bounds, seed: seed)
        let places = LabelPlacement.place(centres: centres, radius: 9, sizes: sizes, bounds: bounds, obstacles: obstacles)
        #expect(places.count == count)
        let boxes = places.compactMap(\.box)
        #expect(Self.overlaps(boxes).isEmpty, "overlapping names: \(Self.overlaps(boxes))")
        let marks = centres.map { GridBox(x: $0.x - 9, y: $0.y - 9, width: 18, height: 18) }
        for box in boxes {
            #expect(bounds.contains(box))
            #expect(!marks.contains(where: box.overlaps), "a name covers a mark")
            #expect(!obstacles.contains(where: box.overlaps), "a name covers a quadrant title")
        }
        for (index, place) in places.enumerated() {
            if let box = place.box { #expect((box.width, box.height) == sizes[index]) }
        }
        // A sparse chart names every mark beside it; a crowded one falls back to the key
        // rather than overlap.
        if count == 12 { #expect(places.allSatisfy { if case .beside = $0 { true } else { false } }) }
        if count == 200 { #expect(places.contains(.key)) }
        // The same marks always get the same places.
        #expect(LabelPlacement.place(centres: centres, radius: 9, sizes: sizes, bounds: bounds, obstacles: obstacles) == places)
    }

    @Test func namesStepAsideFromArrows() {
        // An arrow runs through the place right of the mark: the name goes left instead.
        let arrow: LabelPlacement.Segment = ((130, 80), (130, 120))
        let places = LabelPlacement.place(centres: [(100, 100)], radius: 9, sizes: [(50, 16)],
                                          bounds: GridBox(x: 0, y: 0, width: 600, height: 600), obstacles: [], lines: [arrow])
        #expect(places == [.beside(GridBox(x: 38, y: 92, width: 50, height: 16))])
        #expect(LabelPlacement.crosses(arrow, GridBox(x: 112, y: 92, width: 50, height: 16)))
        #expect(!LabelPlacement.crosses(arrow, GridBox(x: 38, y: 92, width: 50, height: 16)))
    }

    @Test func firstChoiceIsToTheRight() {
        let places = LabelPlacement.place(centres: [(100, 100)], radius: 9, sizes: [(50, 16)],
                                          bounds: GridBox(x: 0, y: 0, width: 600, height: 600), obstacles: [])
        #expect(places == [.beside(GridBox(x: 112, y: 92, width: 50, height: 16))])
        // At the right edge, the name goes left instead of out of the plot.
        let atEdge = LabelPlacement.place(centres: [(590, 100)], radius: 9, sizes: [(50, 16)],
                                          bounds: GridBox(x: 0, y: 0, width: 600, height: 600), obstacles: [])
        #expect(atEdge == [.beside(GridBox(x: 528, y: 92, width: 50, height: 16))])
    }

    static func example() throws -> Dataset {
        try DatasetReader().read(contentsOf: ExampleDatasets.folder.appendingPathComponent("lilongwe-netmap.yaml"))
    }

    @Test func exampleGridPlacesEveryNameApart() throws {
        for y in [ActorScale.attribute("influence"), .measure(.pagerank), .measure(.betweenness)] {
            let grid = try PowerInterestGrid(try Self.example(), at: .year(2019), from: .year(2009), y: y)
            #expect(grid.marks.count == 13)
            let layout = grid.layout()
            let boxes = layout.places.compactMap(\.box)
            #expect(Self.overlaps(boxes).isEmpty, "\(y): \(Self.overlaps(boxes))")
            let marks = layout.centres.map { GridBox(x: $0.x - 9, y: $0.y - 9, width: 18, height: 18) }
            #expect(Self.touching(layout.centres).isEmpty, "\(y): marks overlap")
            for box in boxes {
                #expect(layout.plot.contains(box))
                #expect(!layout.quadrantTitles.contains(where: box.overlaps))
                #expect(!marks.contains(where: box.overlaps))
            }
        }
    }

    @Test func quadrantsFollowMendelow() throws {
        let grid = try PowerInterestGrid(try Self.example(), at: .year(2019))
        // Interest and influence run 0–10 in the example, so both cut at 5.
        #expect(grid.xRange == 0...10 && grid.yRange == 0...10)
        #expect((grid.xSplit, grid.ySplit) == (5, 5))
        #expect(grid.quadrant(x: 7, y: 9) == "manage closely")
        #expect(grid.quadrant(x: 3, y: 8) == "keep satisfied")
        #expect(grid.quadrant(x: 10, y: 4) == "keep informed")
        #expect(grid.quadrant(x: 3, y: 1) == "monitor")
        let lwb = try #require(grid.marks.first { $0.id == "lwb" })
        #expect((lwb.x, lwb.y, lwb.stance) == (7, 9, "supports"))
    }

    @Test func axisRangesEndOnRoundNumbers() {
        #expect(PowerInterestGrid.axisRange([1, 4, 9]) == 0...10)
        #expect(PowerInterestGrid.axisRange([0.031, 0.18]) == 0...0.2)
        #expect(PowerInterestGrid.axisRange([-3, 4]) == -4...4)
        #expect(PowerInterestGrid.axisRange([]) == 0...1)
        #expect(PowerInterestGrid.axisRange([0, 0]) == 0...1)
    }

    @Test func movesAreArrowsOnlyWhereSomethingMoved() throws {
        let dataset = try Self.example()
        // Ratings are constant: on two rated axes nobody moves, and the grid says so.
        let rated = try PowerInterestGrid(dataset, at: .year(2019), from: .year(2009))
        #expect(rated.marks.allSatisfy { !$0.moved })
        let svg = rated.svg()
        #expect(!svg.contains("class=\"move\""), "no arrow, not even in the key")
        #expect(svg.contains("No actor drawn moved on these axes between 2009 and 2019."))
        // PageRank changes as ties form: some actors move, and each visible move is one arrow.
        let measured = try PowerInterestGrid(dataset, at: .year(2019), from: .year(2009), y: .measure(.pagerank))
        #expect(measured.marks.filter(\.moved).count > 0)
        let drawn = measured.layout().starts.compactMap { $0 }.count
        #expect(drawn > 0)
        let arrows = measured.svg().components(separatedBy: "<line ").filter { $0.contains("class=\"move\"") }.count
        #expect(arrows == drawn + 1, "one arrow per move, and one in the key")
        #expect(measured.svg().contains("Not placed at 2009, so drawn without an arrow") == !measured.new.isEmpty)
    }

    /// Dropping a grid's moves gives the grid drawn without an earlier moment, which the
    /// report shows for a year in which nobody moved. By the example's ratings nobody moves
    /// between 2000 and 2019, and water user associations, unrated in 2000, are new; by
    /// PageRank most actors move, and where they were widens the axes until dropped.
    @Test func droppingTheMovesGivesTheGridWithout() throws {
        let dataset = try Self.example()
        for (y, from) in [(ActorScale.attribute("influence"), 2000), (.measure(.pagerank), 2008)] {
            var dropped = try PowerInterestGrid(dataset, at: .year(2019), from: .year(from), y: y)
            #expect(dropped.from != nil && dropped.marks.contains { $0.previous != nil })
            dropped.dropMoves()
            let without = try PowerInterestGrid(dataset, at: .year(2019), y: y)
            #expect(dropped.from == nil && dropped.new.isEmpty && dropped.marks == without.marks, "\(y)")
            #expect(dropped.xRange == without.xRange && dropped.yRange == without.yRange, "\(y)")
            #expect(dropped.svg() == without.svg(), "\(y)")
        }
        let rated = try PowerInterestGrid(dataset, at: .year(2019), from: .year(2000))
        #expect(!rated.marks.contains(where: \.moved) && rated.new == ["Water user associations"])
    }

    @Test func sharedPlacesAreSpreadAndNamesEscaped() throws {
        let text = """
            title: "Same <place> & \\"quotes\\""
            actors:
              - {id: a, name: "<script>alert(1)</script>", kind: federation, attributes: {influence: 3, interest: 3, stance: opposes}}
              - {id: b, name: B & Co, kind: donor, attributes: {influence: 3, interest: 3}}
              - {id: c, name: C, kind: donor, attributes: {influence: 3, interest: 3, stance: neutral}}
              - {id: d, name: D, kind: donor, attributes: {interest: 3}}
            relationships:
              - {from: a, to: b, type: collaboration, since: 2010}
            """
        let dataset = try #require(check(text).dataset)
        let grid = try PowerInterestGrid(dataset, at: .year(2010))
        #expect(grid.marks.map(\.id) == ["a", "b", "c"])
        #expect(grid.unplaced == ["D"])
        let layout = grid.layout()
        #expect(Self.touching(layout.centres).isEmpty, "marks at one place are spread apart: \(Self.touching(layout.centres))")
        #expect(layout.spread)
        let svg = grid.svg()
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("B &amp; Co"))
        #expect(svg.contains("Same &lt;place&gt; &amp; &quot;quotes&quot;"))
        #expect(svg.components(separatedBy: "<g class=\"mark\"").count - 1 == 3)
        for name in ["Manage closely", "Keep satisfied", "Keep informed", "Monitor"] { #expect(svg.contains(">\(name)</text>")) }
        #expect(svg.contains("Not drawn, with no value on an axis at 2010: D."))
        #expect(svg.contains("Actors with the same values sit side by side around their shared point."))
        // It is well-formed XML.
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func unknownAxisSuggestsTheNearest() throws {
        #expect(throws: SalienceError.unknownAttribute("intrest", suggestion: "interest", known: ["influence", "interest", "stance"])) {
            try PowerInterestGrid(try Self.example(), at: .year(2019), x: .attribute("intrest"))
        }
    }

    // MARK: Big grids

    /// 60 actors on whole-number ratings, each at a place of its own, 55 points apart:
    /// 20 manage closely, 10 keep satisfied, 10 keep informed, 20 monitor.
    static let bigMap: (text: String, expected: [String]) = {
        // Manage closely (interest, influence): the 15 places whose sum is 16 or more, then
        // five of sum 15; the first of those in map order is m16.
        let manage = [(10, 10), (9, 10), (10, 9), (8, 10), (9, 9), (10, 8), (7, 10), (8, 9), (9, 8), (10, 7),
                      (6, 10), (7, 9), (8, 8), (9, 7), (10, 6), (7, 8), (5, 10), (6, 9), (8, 7), (9, 6)]
        // Keep satisfied, scored by influence less interest: 10, 9, 9, 8, 8, 8, then three of 7
        // (s7 first in map order), then 1.
        let satisfy = [(0, 10), (1, 10), (0, 9), (2, 10), (1, 9), (0, 8), (1, 8), (3, 10), (2, 9), (4, 5)]
        // Keep informed, scored by interest less influence: the mirror image.
        let inform = [(10, 0), (10, 1), (9, 0), (10, 2), (9, 1), (8, 0), (8, 1), (10, 3), (9, 2), (5, 4)]
        let monitor = [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (0, 1), (1, 1), (2, 1), (3, 1), (4, 1),
                       (0, 2), (1, 2), (2, 2), (3, 2), (4, 2), (0, 3), (1, 3), (2, 3), (3, 3), (4, 3)]
        var text = "title: Sixty\nactors:\n"
        for (prefix, places) in [("m", manage), ("s", satisfy), ("i", inform), ("o", monitor)] {
            for (number, place) in places.enumerated() {
                let name = prefix == "m" && number == 0 ? "\"M1 <&>\"" : "\(prefix.uppercased())\(number + 1)"
                text += "  - {id: \(prefix)\(number + 1), name: \(name), kind: donor, attributes: {interest: \(place.0), influence: \(place.1)}}\n"
            }
        }
        text += "relationships:\n  - {from: m1, to: m2, type: collaboration, since: 2010}\n"
        // In turns of two manage closely, one keep satisfied, one keep informed (no moves):
        // seven whole turns name 28, and the eighth's two manage closely make 30, so m1–m16,
        // s1–s7 and i1–i7; no monitor.
        let expected = (1...16).map { "m\($0)" } + (1...7).map { "s\($0)" } + (1...7).map { "i\($0)" }
        return (text, expected)
    }()

    @Test func bigGridNamesAtMostTheCapByQuadrantCorner() throws {
        let dataset = try #require(check(Self.bigMap.text).dataset)
        let grid = try PowerInterestGrid(dataset, at: .year(2010))
        #expect(grid.marks.count == 60)
        #expect(grid.xRange == 0...10 && grid.yRange == 0...10)
        let layout = grid.layout()
        let named = grid.marks.indices.filter { layout.places[$0].box != nil }.map { grid.marks[$0].id }
        #expect(named.sorted() == Self.bigMap.expected.sorted())
        #expect(!layout.places.contains(.key), "no numbered mark on a big grid")
        #expect(Self.overlaps(layout.places.compactMap(\.box)).isEmpty)
        // A name may lie over an unnamed mark on a crowded grid, never over a named one.
        let namedMarks = grid.marks.indices.filter { layout.places[$0].box != nil }
            .map { GridBox(x: layout.centres[$0].x - 9, y: layout.centres[$0].y - 9, width: 18, height: 18) }
        for box in layout.places.compactMap(\.box) { #expect(!namedMarks.contains(where: box.overlaps)) }
        let svg = grid.svg()
        #expect(svg.components(separatedBy: "<text class=\"label\"").count - 1 == 30)
        #expect(!svg.contains("Numbered marks") && !svg.contains("class=\"keyed\""))
        // Every actor keeps its mark and a tooltip with its name.
        #expect(svg.components(separatedBy: "<g class=\"mark\"").count - 1 == 60)
        #expect(svg.components(separatedBy: "<g class=\"mark\" data-actor=\"o20\"><title>O20 (").count == 2)
        #expect(svg.contains("Names shown for the 30 actors farthest into their quadrants"))
        #expect(svg.contains("the other 30 are marks only: hover a mark for its name."))
        // The name with markup is escaped on the plot and in its tooltip.
        #expect(svg.contains(">M1 &lt;&amp;&gt;</tspan>") && svg.contains("<title>M1 &lt;&amp;&gt; ("))
        #expect(!svg.contains("<&>"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        // Drawn as an image, without tooltips, the note points to the quadrant lists instead.
        let image = grid.svg(tooltips: false)
        #expect(image.contains("the other 30 are marks only: the lists by quadrant below name every actor."))
        #expect(!image.contains("hover"))
        // Made into a PNG or PDF, where nothing can be hovered, it sends the reader to the SVG.
        let picture = grid.svgForPicture()
        #expect(picture.contains("the other 30 are marks only: the grid drawn as SVG gives each name in its mark&#39;s tooltip."))
        #expect(!picture.contains("hover") && !picture.contains("<title>M1"))
    }

    /// 40 actors, all at influence 0 in 2010; in 2012 actor *k* is at (k/4, k/4): each moved
    /// up by k/4, and on a plot of 552 points for 10 that is 13.8·k points, every move longer
    /// than a mark (13 points) and so drawable. Only the 20 largest, k = 21…40, are drawn.
    @Test func bigGridDrawsOnlyTheLargestMoves() throws {
        var text = "title: Forty\nactors:\n"
        for k in 1...40 {
            let value = Double(k) / 4
            text += "  - {id: a\(k), name: A\(k), kind: donor, since: 2010, attributes: {interest: \(value), influence: [{since: 2010, value: 0}, {since: 2012, value: \(value)}]}}\n"
        }
        text += "relationships:\n  - {from: a1, to: a2, type: collaboration, since: 2010}\n"
        let dataset = try #require(check(text).dataset)
        let grid = try PowerInterestGrid(dataset, at: .year(2012), from: .year(2010))
        #expect(grid.marks.filter(\.moved).count == 40)
        let layout = grid.layout()
        #expect(layout.moves == 40)
        let drawn = grid.marks.indices.filter { layout.starts[$0] != nil }.map { grid.marks[$0].id }
        #expect(drawn == (21...40).map { "a\($0)" })
        let svg = grid.svg()
        let arrows = svg.components(separatedBy: "<line ").filter { $0.contains("class=\"move light\"") }.count
        #expect(arrows == 20 + 1, "20 arrows, and one in the key")
        #expect(svg.contains("40 actors moved between 2010 and 2012; arrows show only the 20 largest of these moves (hover a mark for where it was)."))
        #expect(!svg.contains("did not move"), "nobody stood still")
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func smallGridNamesEveryActorAndDrawsEveryMove() throws {
        for y in [ActorScale.attribute("influence"), .measure(.pagerank)] {
            let grid = try PowerInterestGrid(try Self.example(), at: .year(2019), from: .year(2009), y: y)
            let layout = grid.layout()
            #expect(!layout.budgeted)
            #expect(layout.places.allSatisfy { $0.box != nil }, "\(y): every actor named")
            #expect(layout.arrows == layout.moves, "\(y): every move drawn")
            let svg = grid.svg()
            #expect(svg.components(separatedBy: "<text class=\"label\"").count - 1 == 13)
            #expect(!svg.contains("Names shown for") && !svg.contains("largest of these moves") && !svg.contains("move light"))
        }
    }
}
