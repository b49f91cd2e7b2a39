import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A map that grows: two positive ties in 2010, four by 2012, an actor who leaves, a hostile
/// name; recorded as of 2012.
let changingMap = """
    title: Changing map
    as_of: 2012
    actors:
      - {id: fed, name: Federation, kind: federation}
      - {id: city, name: City, kind: city-government}
      - {id: donor, name: "Donor <b>&amp; \\"Co\\"", kind: donor}
      - {id: ngo, name: NGO, kind: support-ngo, since: 2011}
      - {id: old, name: Old partner, kind: support-ngo, until: 2010}
    relationships:
      - {from: donor, to: fed, type: funding, since: 2010}
      - {from: old, to: fed, type: technical-support, since: 2010, until: 2010}
      - {from: fed, to: city, type: contention, since: 2010, until: 2011}
      - {from: fed, to: city, type: mou, since: 2012}
      - {from: ngo, to: fed, type: technical-support, since: 2011}
      - {from: ngo, to: city, type: collaboration, since: 2012}
    """

/// The first ellipse or polygon drawn for the actor `id` in a Graphviz SVG, as its text.
func actorShape(_ id: String, in svg: String) -> String? {
    let escapedID = id.replacingOccurrences(of: "-", with: "&#45;")
    guard let start = svg.range(of: "<g id=\"actor&#45;\(escapedID)\"") else { return nil }
    let rest = svg[start.upperBound...]
    guard let shape = rest.range(of: #"<(ellipse|polygon)[^>]*>"#, options: .regularExpression) else { return nil }
    return String(rest[shape]).replacingOccurrences(of: #"fill="[^"]*""#, with: "", options: .regularExpression)
}

@Suite struct TimelineCommandTests {
    @Test func everyActorKeepsItsPlaceFromYearToYear() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", changingMap)
        let out = folder.url.appendingPathComponent("timeline").path
        // Without the legend, which lists only what each year holds and so changes in height.
        let result = try actormap("timeline", file, "--out", out, "--no-legend", "--from", "2010")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("layout: neato on every actor of 2010–2012, kept for each year"))
        let svgs = try (2010...2012).map { try String(contentsOfFile: "\(out)/\($0).svg", encoding: .utf8) }
        for id in ["fed", "city", "donor"] {
            let shapes = svgs.map { actorShape(id, in: $0) }
            #expect(shapes[0] != nil, "\(id)")
            #expect(Set(shapes).count == 1, "\(id): \(shapes)")
        }
        // Present only in some years, and then in the same place.
        #expect(actorShape("old", in: svgs[0]) != nil)
        #expect(actorShape("old", in: svgs[2]) == nil)
        #expect(actorShape("ngo", in: svgs[1]) == actorShape("ngo", in: svgs[2]))
        // The same extent every year, so that the page does not shift either.
        let roots = svgs.map { svg in svg.range(of: #"<svg width="[^"]*" height="[^"]*""#, options: .regularExpression).map { String(svg[$0]) } }
        #expect(roots[0] != nil && Set(roots).count == 1)

        let index = try String(contentsOfFile: "\(out)/index.html", encoding: .utf8)
        for year in 2010...2012 { #expect(index.contains("<img src=\"\(year).svg\"")) }
    }

    @Test func gridHoldsEveryChosenYearUnderItsCaption() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", changingMap)
        let out = folder.url.appendingPathComponent("grid").path
        let result = try actormap("timeline", file, "--out", out, "--grid", "--from", "2010", "--to", "2012", "--step", "2", "--format", "png")
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: "\(out)/2010.png"))
        #expect(!FileManager.default.fileExists(atPath: "\(out)/2011.png"))
        let grid = try Data(contentsOf: URL(fileURLWithPath: "\(out)/grid.svg"))
        #expect(XMLParser(data: grid).parse(), "grid.svg is well-formed XML")
        let text = String(decoding: grid, as: UTF8.self)
        let captions = text.components(separatedBy: "<text class=\"caption\"").count - 1
        #expect(captions == 2)
        #expect(text.contains(">2010</text>") && text.contains(">2012</text>"))
        #expect(text.components(separatedBy: "<g class=\"cell\"").count - 1 == 2)
        // Ids stay unique: each year's actors are prefixed by their cell.
        #expect(text.contains("id=\"c0-actor&#45;fed\"") && text.contains("id=\"c1-actor&#45;fed\""))
        #expect(!text.contains("<b>"))
    }

    @Test func manyYearsFillTheSheetUnlessColumnsAreGiven() throws {
        // 28 years, 1990–2017, three ties throughout.
        let map = """
            title: Long map
            as_of: 2017
            actors:
              - {id: fed, name: Federation, kind: federation}
              - {id: city, name: City, kind: city-government}
              - {id: donor, name: Donor, kind: donor}
              - {id: ngo, name: NGO, kind: support-ngo}
            relationships:
              - {from: donor, to: fed, type: funding, since: 1990}
              - {from: ngo, to: fed, type: technical-support, since: 1990}
              - {from: ngo, to: city, type: collaboration, since: 1990, until: 2017}
            """
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        /// Cells in the first row, and a cell's printed width in millimetres.
        func sheet(_ arguments: String...) throws -> (columns: Int, cellWidth: Double) {
            let out = folder.url.appendingPathComponent("out\(arguments.count)").path
            let result = try actormap(["timeline", file, "--out", out, "--grid"] + arguments)
            #expect(result.status == 0, "\(result.errors)")
            let text = try String(contentsOfFile: "\(out)/grid.svg", encoding: .utf8)
            #expect(text.components(separatedBy: "<g class=\"cell\"").count - 1 == 28)
            func number(_ pattern: String, in text: Substring) throws -> Double {
                let match = try #require(text.firstMatch(of: try Regex(pattern)))
                return try #require(Double(String(match.output[1].substring ?? "")))
            }
            let root = text[..<(try #require(text.range(of: "<rect"))).lowerBound]
            let millimetres = try number(#"width="([0-9.]+)mm""#, in: root)
            let viewBoxWidth = try number(#"viewBox="0 0 ([0-9.]+) "#, in: root)
            let cells = text.components(separatedBy: "<g class=\"cell\"").dropFirst().map { Substring($0) }
            let tops = try cells.map { try number(#"<rect x="[0-9.]+" y="([0-9.]+)""#, in: $0) }
            let width = try number(#"<rect x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)""#, in: cells[0])
            return (tops.filter { $0 == tops[0] }.count, width * millimetres / viewBoxWidth)
        }
        let chosen = try sheet()
        let three = try sheet("--columns", "3")
        #expect(three.columns == 3)
        #expect(chosen.columns > 3, "\(chosen)")
        #expect(chosen.cellWidth > three.cellWidth * 1.2, "\(chosen) against \(three)")
    }

    @Test func refusesAStepBelowOne() throws {
        let result = try actormap("timeline", "Examples/Datasets/harare.yaml", "--out", "/tmp/never", "--step", "0")
        #expect(result.status != 0)
        #expect(result.errors.contains("--step"))
    }
}
