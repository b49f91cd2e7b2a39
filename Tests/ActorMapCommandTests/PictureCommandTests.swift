import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the drawings show: kinds' shapes in the legend, untied actors in the margin, one
/// sheet of years under one legend.
@Suite struct PictureCommandTests {
    /// A donor and a federation tied every year; a city tied only in 2011; a researcher
    /// never tied.
    let map = """
        title: Pictures
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: donor, name: Donor, kind: donor}
          - {id: city, name: City, kind: city-government}
          - {id: lone, name: Lone researcher, kind: researcher}
        relationships:
          - {from: donor, to: fed, type: funding, since: 2010, until: 2012}
          - {from: fed, to: city, type: mou, since: 2011, until: 2011}
        """

    @Test func renderDrawsKindShapesAndPutsUntiedActorsInTheMargin() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let svg = folder.url.appendingPathComponent("map.svg").path
        let result = try actormap("render", file, "--year", "2010", "-o", svg)
        #expect(result.status == 0, "\(result.errors)")
        let drawing = try String(contentsOfFile: svg, encoding: .utf8)
        // Each kind's sample is a drawn shape (a polygon or an ellipse), not a word.
        for kind in ["federation", "donor", "city-government", "researcher"] {
            let start = try #require(drawing.range(of: "class=\"node legend kind&#45;\(kind.replacingOccurrences(of: "-", with: "&#45;"))\""), "\(kind)")
            let group = drawing[start.upperBound...].prefix(600)
            #expect(group.contains("<polygon") || group.contains("<ellipse"), "\(kind)")
        }
        for word in ["ellipse", "octagon", "diamond", "note"] { #expect(!drawing.contains(">\(word)</text>"), "\(word)") }
        #expect(drawing.contains(">Untied in 2010: active, with no tie drawn</text>"))
        #expect(drawing.contains(">Lone researcher</text>"))

        let hidden = folder.url.appendingPathComponent("hidden.svg").path
        #expect(try actormap("render", file, "--year", "2010", "--isolates", "hide", "-o", hidden).status == 0)
        let without = try String(contentsOfFile: hidden, encoding: .utf8)
        #expect(!without.contains("Lone researcher") && !without.contains("Untied in"))
        let refused = try actormap("render", file, "--isolates", "corner", "-o", hidden)
        #expect(refused.status != 0 && refused.errors.contains("--isolates"))
    }

    @Test func timelineKeepsAnActorsPlaceInYearsItIsUntied() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let out = folder.url.appendingPathComponent("years").path
        let result = try actormap("timeline", file, "--out", out, "--no-legend", "--from", "2010", "--to", "2012")
        #expect(result.status == 0, "\(result.errors)")
        let svgs = try (2010...2012).map { try String(contentsOfFile: "\(out)/\($0).svg", encoding: .utf8) }
        // The city, tied in 2011 only, stays where it is; the researcher, never tied, is in
        // the row at the foot every year.
        let city = svgs.map { actorShape("city", in: $0) }
        #expect(city[0] != nil && Set(city).count == 1, "\(city)")
        for svg in svgs {
            #expect(svg.contains(">Lone researcher</text>"))
            #expect(svg.contains("Untied in"))
        }
    }

    @Test func gridIsOneSheetWithOneTitleAndLegendAndAYearPerCell() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let out = folder.url.appendingPathComponent("grid").path
        let result = try actormap("timeline", file, "--out", out, "--grid", "--from", "2010", "--to", "2012")
        #expect(result.status == 0, "\(result.errors)")
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/grid.svg"))
        #expect(XMLParser(data: data).parse(), "grid.svg is well-formed XML")
        let sheet = String(decoding: data, as: UTF8.self)
        #expect(sheet.components(separatedBy: ">Pictures, 2010–2012<").count - 1 == 1, "one title")
        #expect(!sheet.contains("Pictures · 201"), "no title per cell")
        #expect(sheet.components(separatedBy: ">Shape by kind<").count - 1 == 1, "one legend")
        for year in 2010...2012 { #expect(sheet.contains(">\(year)</text>")) }
        // Sized for A3 landscape: at most 400 mm wide and 277 mm high, one of them reached.
        let size = try #require(sheet.firstMatch(of: /<svg [^>]*width="([0-9.]+)mm" height="([0-9.]+)mm"/))
        let width = try #require(Double(size.1)), height = try #require(Double(size.2))
        #expect(width <= 400.01 && height <= 277.01)
        #expect(abs(width - 400) < 0.01 || abs(height - 277) < 0.01)
    }

    @Test func reportLegendDrawsTheMapsShapesOnce() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let page = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "-o", page)
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let legend = try #require(html.range(of: "<figure class=\"map-legend\">"))
        let drawing = html[legend.upperBound...].prefix { _ in true }
        let end = try #require(drawing.range(of: "</figure>"))
        let figure = drawing[..<end.lowerBound]
        #expect(figure.components(separatedBy: ">Shape by kind<").count - 1 == 1)
        for kind in ["federation", "donor", "city&#45;government", "researcher"] {
            #expect(figure.contains("class=\"node legend kind&#45;\(kind)\""), "\(kind)")
        }
    }
}
