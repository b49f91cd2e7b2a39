import Foundation
import Testing
@testable import ActorMap

/// `--color-by` and `--size-by` drawn alike in every year of a timeline or a report: one
/// colour per value, kind or community throughout, and one scale of areas, on small maps
/// worked out by hand.
@Suite struct ActorEncodingTests {
    /// Three organisations tied a–b, b–c throughout. `sector` (declared by no one) is water
    /// for a, housing for b, and energy for c in 2010 only: c has none in 2011. Stance: a
    /// supports throughout, b opposes in 2010 and has none in 2011. Influence: a 2 then 8,
    /// b 4 both years, c none.
    ///
    /// By hand: the sectors the map gives, sorted, are energy, housing, water, so they take
    /// the palette's first three colours, #E69F00, #56B4E9 and #009E73, in both years.
    /// Coloured by the values each year holds, 2011 (housing, water) would have given
    /// housing the first and water the second. The largest influence in either year is a's
    /// 8 in 2011.
    static let map = """
        title: Sectors
        kinds:
          - {id: org, label: Organisation, group: civil-society, shape: ellipse}
        actors:
          - id: a
            name: A
            kind: org
            attributes:
              sector: water
              stance: supports
              influence: [{since: 2010, value: 2}, {since: 2011, value: 8}]
          - id: b
            name: B
            kind: org
            attributes:
              sector: housing
              stance: [{since: 2010, until: 2010, value: opposes}]
              influence: 4
          - id: c
            name: C
            kind: org
            attributes:
              sector: [{since: 2010, until: 2010, value: energy}]
        relationships:
          - {from: a, to: b, type: collaboration, since: 2010}
          - {from: b, to: c, type: collaboration, since: 2010}
        """

    func dataset(_ text: String = map) throws -> Dataset {
        let report = check(text)
        return try #require(report.dataset, "\(report.problems)")
    }

    /// Each actor's fill in `year`, by actor id.
    func fills(_ dataset: Dataset, year: Int, encoding: ActorEncoding) throws -> [String: String] {
        var options = DiagramOptions()
        options.encoding = encoding
        let diagram = try Diagram(Snapshot(dataset, at: .year(year)), options: options)
        let ids = diagram.actorIDsByNode
        var fills: [String: String] = [:]
        for node in diagram.graph.nodes {
            guard let id = ids[node.id], case .color(let fill) = node.attributes[.fillcolor] else { continue }
            fills[id] = fill
        }
        return fills
    }

    @Test func aValueKeepsItsColourInAYearWithoutAnother() throws {
        let dataset = try dataset()
        let encoding = try ActorEncoding(sizeBy: nil, colorBy: "sector", in: dataset)
        let y2010 = try fills(dataset, year: 2010, encoding: encoding)
        let y2011 = try fills(dataset, year: 2011, encoding: encoding)
        #expect(y2010 == ["a": "#009E73", "b": "#56B4E9", "c": "#E69F00"], "\(y2010)")
        #expect(y2011["a"] == "#009E73" && y2011["b"] == "#56B4E9", "\(y2011)")
        #expect(y2011["c"] == DiagramOptions.noValueColor)
        // The legend of 2011 lists its own values, in the map's order, and no energy.
        let text = try Diagram(Snapshot(dataset, at: .year(2011)), options: { var o = DiagramOptions(); o.encoding = encoding; return o }()).text
        let housing = try #require(text.range(of: ">housing<")), water = try #require(text.range(of: ">water<"))
        #expect(housing.lowerBound < water.lowerBound)
        #expect(!text.contains(">energy<"))
    }

    @Test func aDeclaredCategoryTakesItsDeclaredOrderAndStancesTheirOwnColours() throws {
        let declared = Self.map.replacingOccurrences(of: "kinds:", with: """
            attributes:
              - {id: sector, label: Sector, type: category, values: [water, housing, energy, health]}
            kinds:
            """)
        let dataset = try dataset(declared)
        let bySector = try fills(dataset, year: 2011, encoding: try ActorEncoding(sizeBy: nil, colorBy: "sector", in: dataset))
        // water, housing, energy in that declared order: the first and second palette colours.
        #expect(bySector["a"] == "#E69F00" && bySector["b"] == "#56B4E9", "\(bySector)")
        // Stance keeps the meaning of its colours in both years: supporters bluish green.
        let stance = try ActorEncoding(sizeBy: nil, colorBy: "stance", in: dataset)
        for year in [2010, 2011] {
            #expect(try fills(dataset, year: year, encoding: stance)["a"] == "#009E73")
        }
        #expect(try fills(dataset, year: 2010, encoding: stance)["b"] == "#D55E00")
        #expect(try fills(dataset, year: 2011, encoding: stance)["b"] == DiagramOptions.noValueColor)
    }

    @Test func kindsKeepTheirColoursWhenAKindIsAbsent() throws {
        // c is a donor, on the map in 2010 only.
        let text = Self.map.replacingOccurrences(of: "  - id: c\n    name: C\n    kind: org", with: "  - id: c\n    name: C\n    kind: donor\n    until: 2010")
        let dataset = try dataset(text)
        let encoding = try ActorEncoding(sizeBy: nil, colorBy: "kind", in: dataset)
        let y2010 = try fills(dataset, year: 2010, encoding: encoding), y2011 = try fills(dataset, year: 2011, encoding: encoding)
        #expect(y2011["c"] == nil && y2010["c"] != nil)
        #expect(y2010["a"] == y2011["a"] && y2010["a"] != y2010["c"], "\(y2010) \(y2011)")
    }

    @Test func yearsShareOneScaleOfAreas() throws {
        let dataset = try dataset()
        let encoding = try ActorEncoding(sizeBy: "influence", in: dataset).shared(across: [2010, 2011], of: dataset, keeping: .none)
        #expect(encoding.sizeScale == SizeScale(largest: 8, span: "2010–2011"))
        var options = DiagramOptions()
        options.encoding = encoding
        let diagram = try Diagram(Snapshot(dataset, at: .year(2010)), options: options)
        let ids = diagram.actorIDsByNode
        let b = try #require(diagram.graph.nodes.first { ids[$0.id] == "b" })
        // By hand: b's 4 against the largest 8 is half the largest area, 1.5² / 2 = 1.125
        // square inches; an ellipse fills π/4 of its box, so the side is √(1.125 / (π/4))
        // = 1.19683 inches. At 2010's own scale b (the largest that year) would be
        // √(2.25 / (π/4)) = 1.69257.
        guard case .number(let side) = b.attributes[.width] else { Issue.record("no width"); return }
        #expect(abs(side - 1.19683) < 1e-5, "\(side)")
        #expect(diagram.text.contains("one scale for 2010–2011, largest 8"))
        #expect(encoding.notes(at: Snapshot(dataset, at: .window(2010...2011))).contains(
            "--size-by influence: one scale for 2010–2011: the largest area stands for 8, the largest influence of any actor drawn in those years."))
        // Shared again for the same years, it is the same encoding.
        #expect(encoding.shared(across: [2010, 2011], of: dataset, keeping: .none) == encoding)
    }

    @Test func communitiesFollowTheYearBefore() {
        // Swapped numbers: each community keeps the earlier number it shares most with; the
        // newcomer e takes the lowest number neither year used, 2.
        let swapped = ActorEncoding.following(["a": 0, "b": 0, "c": 1, "d": 1], communities: [1, 1, 0, 0, 2], of: ["a", "b", "c", "d", "e"])
        #expect(swapped == ["a": 0, "b": 0, "c": 1, "d": 1, "e": 2])
        // A split: {a, b} keeps 0 (two shared), {d} keeps 1; {c}, one actor of community 0,
        // loses to {a, b} and takes 2, since 0 and 1 were both in use the year before.
        let split = ActorEncoding.following(["a": 0, "b": 0, "c": 0, "d": 1], communities: [0, 0, 1, 2], of: ["a", "b", "c", "d"])
        #expect(split == ["a": 0, "b": 0, "c": 2, "d": 1])
    }

    @Test func aCommunityKeepsItsColourWhenLouvainNumbersItOtherwise() throws {
        // 2010: p–q and r–s, Louvain's communities {p, q} 0 and {r, s} 1 (numbered by their
        // first actor). 2011: o joins r and s in a triangle, and is listed first, so Louvain
        // numbers {o, r, s} 0 and {p, q} 1. Followed from 2010, {p, q} keeps 0 and {o, r, s} 1.
        let text = """
            title: Communities
            actors:
              - {id: o, name: O, kind: federation, since: 2011}
              - {id: p, name: P, kind: federation}
              - {id: q, name: Q, kind: federation}
              - {id: r, name: R, kind: federation}
              - {id: s, name: S, kind: federation}
            relationships:
              - {from: p, to: q, type: collaboration, since: 2010}
              - {from: r, to: s, type: collaboration, since: 2010}
              - {from: o, to: r, type: collaboration, since: 2011}
              - {from: o, to: s, type: collaboration, since: 2011}
            """
        let dataset = try dataset(text)
        let plain = try ActorEncoding(sizeBy: nil, colorBy: "community", in: dataset)
        #expect(try fills(dataset, year: 2011, encoding: plain)["p"] == Palette.color(1), "Louvain alone renumbers")
        let shared = plain.shared(across: [2010, 2011], of: dataset, keeping: .none)
        for year in [2010, 2011] {
            let fills = try fills(dataset, year: year, encoding: shared)
            #expect(fills["p"] == Palette.color(0) && fills["q"] == Palette.color(0), "\(year): \(fills)")
            #expect(fills["r"] == Palette.color(1) && fills["s"] == Palette.color(1), "\(year): \(fills)")
        }
        #expect(try fills(dataset, year: 2011, encoding: shared)["o"] == Palette.color(1))
    }
}
