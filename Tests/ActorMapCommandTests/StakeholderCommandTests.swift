import Foundation
import Testing

/// `--size-by`, `--color-by` and `--where` in `timeline` and `report`, and the filters that
/// `series` and `shift` state in their JSON, run through the built command on the map of
/// ``AttributeCommandTests``, worked out by hand there: at 2011 fed's influence is 3, the
/// county's 3.5, the NGO's 7, the donor has none; at 2012 fed's is 6. All four actors and all
/// four ties (fed–county, fed–ngo, ngo–donor, county–donor) are on the map in both years.
///
/// So `--where influence>=5` keeps only the NGO at 2011 (removing 3 actors and all 4 ties) and
/// fed and the NGO at 2012 (removing 2 actors and the 3 ties not between them).
@Suite struct StakeholderCommandTests {
    let map = AttributeCommandTests().map

    @Test func timelineSizesAndColoursEachYearByItsOwnRatings() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let out = folder.url.appendingPathComponent("timeline")
        let result = try actormap("timeline", file, "--from", "2011", "--to", "2012", "--size-by", "influence", "--color-by", "stance",
                                  "--out", out.path)
        #expect(result.status == 0, "\(result.errors)")
        let y2011 = try String(contentsOf: out.appendingPathComponent("2011.svg"), encoding: .utf8)
        let y2012 = try String(contentsOf: out.appendingPathComponent("2012.svg"), encoding: .utf8)
        // Each year's tooltips give that year's rating: fed's 6 only in 2012.
        #expect(y2012.contains("influence 6"), "\(y2012)")
        #expect(!y2011.contains("influence 6"))
        #expect(y2011.contains("influence 3"))
        // Stances fill the actors in their own colours: fed supports, the county opposes.
        for svg in [y2011, y2012] {
            #expect(svg.contains("#009e73") || svg.contains("#009E73"))
            #expect(svg.contains("#d55e00") || svg.contains("#D55E00"))
        }
        // fed is larger in 2012 (6) than in 2011 (3).
        func area(_ svg: String) throws -> Double {
            let shape = try #require(actorShape("fed", in: svg))
            if let rx = shape.firstMatch(of: /rx="([0-9.]+)" ry="([0-9.]+)"/) {
                return (Double(rx.output.1) ?? 0) * (Double(rx.output.2) ?? 0)
            }
            let points = try #require(shape.firstMatch(of: /points="([^"]+)"/)).output.1
            let xs = points.split(separator: " ").compactMap { Double($0.split(separator: ",")[0]) }
            let ys = points.split(separator: " ").compactMap { $0.split(separator: ",").count > 1 ? Double($0.split(separator: ",")[1]) : nil }
            return ((xs.max() ?? 0) - (xs.min() ?? 0)) * ((ys.max() ?? 0) - (ys.min() ?? 0))
        }
        #expect(try area(y2012) > area(y2011))
        // --where keeps, year by year, what the measures keep, and says what it removed.
        let kept = folder.url.appendingPathComponent("kept")
        let filtered = try actormap("timeline", file, "--from", "2011", "--to", "2012", "--where", "influence>=5", "--out", kept.path)
        #expect(filtered.status == 0, "\(filtered.errors)")
        #expect(filtered.errors.contains("note: --where influence>=5 ran at each of the 2 moments (2011 to 2012), removing 2 to 3 actors and 3 to 4 ties a moment."), "\(filtered.errors)")
        let kept2011 = try String(contentsOf: kept.appendingPathComponent("2011.svg"), encoding: .utf8)
        let kept2012 = try String(contentsOf: kept.appendingPathComponent("2012.svg"), encoding: .utf8)
        #expect(actorShape("fed", in: kept2011) == nil && actorShape("fed", in: kept2012) != nil)
        #expect(actorShape("ngo", in: kept2011) != nil && actorShape("county", in: kept2012) == nil)
        let wrong = try actormap("timeline", file, "--color-by", "stanse", "--out", out.path)
        #expect(wrong.status != 0 && wrong.errors.contains("did you mean 'stance'?"), "\(wrong.errors)")
        let label = try actormap("timeline", file, "--size-by", "community", "--out", out.path)
        #expect(label.status != 0 && label.errors.contains("community is a label, not an amount"), "\(label.errors)")
    }

    /// The fill of an actor's shape in a Graphviz SVG, lowercased.
    private func fill(of id: String, in svg: String) -> String? {
        guard let start = svg.range(of: "<g id=\"actor&#45;\(id)\"") else { return nil }
        return svg[start.upperBound...].firstMatch(of: /<(?:ellipse|polygon)[^>]* fill="([^"]+)"/).map { $0.output.1.lowercased() }
    }

    @Test func timelineKeepsEachValueItsColourAndOneScale() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let out = folder.url.appendingPathComponent("timeline")
        let result = try actormap("timeline", file, "--from", "2011", "--to", "2012", "--size-by", "influence", "--color-by", "influence",
                                  "--out", out.path)
        #expect(result.status == 0, "\(result.errors)")
        let y2011 = try String(contentsOf: out.appendingPathComponent("2011.svg"), encoding: .utf8)
        let y2012 = try String(contentsOf: out.appendingPathComponent("2012.svg"), encoding: .utf8)
        // By hand: the map gives influence 3 and 6 (fed), 3 and 4 (the county's informants)
        // and 7 (the NGO); sorted as numbers they take the palette's places 0 to 3, and the
        // county's median 3.5, which no one gives, place 4. 2011 holds 3, 3.5 and 7, 2012
        // 3.5, 6 and 7: coloured by the values each year holds, the county's 3.5 would have
        // taken the second colour in 2011 and the first in 2012. Here each keeps one colour.
        #expect(fill(of: "ngo", in: y2011) == "#f0e442" && fill(of: "ngo", in: y2012) == "#f0e442", "\(y2011)")
        #expect(fill(of: "county", in: y2011) == "#0072b2" && fill(of: "county", in: y2012) == "#0072b2")
        #expect(fill(of: "fed", in: y2011) == "#e69f00" && fill(of: "fed", in: y2012) == "#009e73")
        // The largest influence in either year is the NGO's 7, and the note says so.
        #expect(result.errors.contains("note: --size-by influence: one scale for 2011–2012: the largest area stands for 7, the largest influence of any actor drawn in those years."), "\(result.errors)")
        #expect(y2011.contains("one scale for 2011–2012, largest 7"))
    }

    @Test func reportSaysTheOneScaleItDrawsTo() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "--from", "2011", "--to", "2012", "--size-by", "influence", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        // As for the timeline above: the NGO's 7 is the largest influence in either year.
        #expect(result.errors.contains("note: --size-by influence: one scale for 2011–2012: the largest area stands for 7, the largest influence of any actor drawn in those years."), "\(result.errors)")
    }

    @Test func reportDrawsOnlyWhatWhereKeepsAndSaysSo() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "--from", "2011", "--to", "2012", "--where", "influence>=5", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let said = "--where influence>=5 ran at each of the 2 moments (2011 to 2012), removing 2 to 3 actors and 3 to 4 ties a moment."
        #expect(result.errors.contains("note: \(said)"), "\(result.errors)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("data-actor=\"ngo\"") && html.contains("data-actor=\"fed\""))
        // The county (3.5) and the donor (no rating) are kept in no year: not drawn.
        #expect(!html.contains("data-actor=\"county\""))
        #expect(!html.contains("data-actor=\"donor\""))
        #expect(html.contains("<section id=\"filters\">"))
        #expect(html.contains(said.replacingOccurrences(of: ">", with: "&gt;")))
    }

    @Test func reportSizesAndColoursByAttributes() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "--from", "2011", "--to", "2012", "--size-by", "influence", "--color-by", "stance", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("influence 6") && html.contains("influence 3"))
        #expect(html.contains("#009e73") || html.contains("#009E73"))
        let plain = try actormap("report", file, "--from", "2011", "--to", "2012", "-o", output)
        #expect(plain.status == 0, "\(plain.errors)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!page.contains("influence 6"), "without --size-by no rating is in the tooltips")
        let wrong = try actormap("report", file, "--size-by", "influense", "-o", output)
        #expect(wrong.status != 0 && wrong.errors.contains("did you mean 'influence'?"), "\(wrong.errors)")
    }

    private func filters(_ arguments: String...) throws -> [String: Any] {
        let result = try actormap(arguments)
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return try #require(json["filters"] as? [String: Any])
    }

    private func removed(_ filters: [String: Any]) throws -> [[String]] {
        try #require(filters["moments"] as? [[String: Any]]).map { moment in
            ["time", "actors_before", "actors_removed", "ties_before", "ties_removed"].map { key in
                (moment[key] as? String) ?? (moment[key] as? Int).map(String.init) ?? "?"
            }
        }
    }

    @Test func seriesJSONStatesItsFilters() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let filtered = try filters("series", file, "--from", "2011", "--to", "2012", "--where", "influence>=5", "--format", "json")
        #expect(filtered["where"] as? [String] == ["influence>=5"])
        #expect(try removed(filtered) == [["2011", "4", "3", "4", "4"], ["2012", "4", "2", "4", "3"]])
        #expect(filtered["evidence"] is NSNull)

        // No relationship records a confidence, so each counts as low: --min-confidence medium
        // leaves out all four (every type here is positive, so all four are measured).
        let evidence = try filters("series", file, "--from", "2011", "--to", "2012", "--min-confidence", "medium", "--format", "json")
        #expect(evidence["where"] as? [String] == [])
        #expect(try removed(evidence).isEmpty)
        let effect = try #require(evidence["evidence"] as? [String: Any])
        #expect(effect["min_confidence"] as? String == "medium")
        #expect(effect["min_sources"] as? Int == 0)
        #expect(effect["relationships"] as? Int == 4)
        #expect(effect["removed"] as? Int == 4)

        let none = try filters("series", file, "--from", "2011", "--to", "2012", "--format", "json")
        let noneRemoved = try removed(none)
        #expect(none["where"] as? [String] == [] && noneRemoved.isEmpty && none["evidence"] is NSNull)

        let rated = try filters("series", file, "--from", "2011", "--to", "2012", "--rating", "influence", "--where", "influence>=5",
                                "--format", "json")
        #expect(try removed(rated) == [["2011", "4", "3", "4", "4"], ["2012", "4", "2", "4", "3"]])
    }

    @Test func shiftJSONStatesItsFilters() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let filtered = try filters("shift", file, "--from", "2011", "--to", "2012", "--where", "influence>=5", "--min-sources", "1",
                                   "--format", "json")
        #expect(filtered["where"] as? [String] == ["influence>=5"])
        #expect(try removed(filtered) == [["2011", "4", "3", "4", "4"], ["2012", "4", "2", "4", "3"]])
        // No relationship cites a source: --min-sources 1 leaves out all four.
        let effect = try #require(filtered["evidence"] as? [String: Any])
        #expect(effect["min_sources"] as? Int == 1 && effect["removed"] as? Int == 4 && effect["min_confidence"] == nil)
    }
}
