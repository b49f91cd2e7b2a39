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
}
