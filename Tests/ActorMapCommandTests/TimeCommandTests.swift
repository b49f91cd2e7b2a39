import Foundation
import Testing

/// Years, dates and windows given to commands: checked to 1…9999 and to the map's span.
@Suite struct TimeCommandTests {
    /// Dated 1992 to 2008, every actor and tie closed; one positive tie until 1995, four from 1996.
    let closedMap = """
        title: Closed map
        actors:
          - {id: fed, name: Federation, kind: federation, since: 1992, until: 2008}
          - {id: city, name: City, kind: city-government, since: 1992, until: 2008}
          - {id: ngo, name: NGO, kind: support-ngo, since: 1992, until: 2008}
          - {id: donor, name: Donor, kind: donor, since: 1992, until: 2008}
        relationships:
          - {from: fed, to: city, type: collaboration, since: 1992, until: 2008}
          - {from: ngo, to: fed, type: technical-support, since: 1996, until: 2008}
          - {from: donor, to: fed, type: funding, since: 1996, until: 2008}
          - {from: donor, to: ngo, type: funding, since: 1996, until: 2008}
        """

    /// Each of these overflowed, trapped or spun before years were checked.
    @Test(arguments: [
        ["metrics", "Examples/Datasets/harare.yaml", "--year", "922337203685478"],
        ["metrics", "Examples/Datasets/harare.yaml", "--window", "2000..9223372036854775807"],
        ["series", "Examples/Datasets/harare.yaml", "--window", "9223372036854775807"],
        ["series", "Examples/Datasets/harare.yaml", "--from", "1", "--to", "9223372036854775807"],
        ["series", "Examples/Datasets/harare.yaml", "--step", "9223372036854775807"],
        ["shift", "Examples/Datasets/harare.yaml", "--from", "2000..9223372036854775807", "--to", "2010"],
        ["timeline", "Examples/Datasets/harare.yaml", "--from", "9223372036854775806", "--to", "9223372036854775807", "--out", "/tmp/never-written"],
        ["report", "Examples/Datasets/harare.yaml", "--from=-9223372036854775808", "-o", "/tmp/never-written.html"],
        ["diff", "Examples/Datasets/harare.yaml", "--from", "2000", "--to", "99999999999999999999", "-o", "/tmp/never-written.svg"],
        ["convert", "Examples/Datasets/harare.yaml", "--metrics-year", "1..9223372036854775807", "-o", "/tmp/never-written.gexf"],
    ])
    func hugeYearsAreRefusedBeforeAnyArithmetic(_ arguments: [String]) throws {
        let result = try actormap(arguments)
        #expect(result.status == 64, "\(arguments): \(result.errors)")
        #expect(result.errors.contains("from 1 to 9999"), "\(result.errors)")
    }

    @Test func aYearOutsideTheMapIsRefusedWithTheSpanAndTheFix() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", closedMap)
        let out = folder.url.path
        let refused: [[String]] = [
            ["metrics", file, "--year", "1980"],
            ["metrics", file, "--year", "1915"],
            ["metrics", file, "--window", "2005..2012"],
            ["metrics", file, "--at", "2009-01"],
            ["summary", file, "--year", "2015"],
            ["render", file, "--year", "1980", "-o", "\(out)/map.dot"],
            ["shift", file, "--from", "1980", "--to", "2005"],
            ["shift", file, "--from", "1995", "--to", "2015"],
            ["series", file, "--from", "1980"],
            ["series", file, "--to", "2015"],
            ["series", file, "--from", "2000", "--window", "10"],
            ["timeline", file, "--from", "1980", "--out", "\(out)/timeline"],
            ["report", file, "--to", "2015", "-o", "\(out)/report.html"],
            ["diff", file, "--from", "1980", "--to", "2000", "-o", "\(out)/diff.dot"],
            ["convert", file, "--metrics-year", "2015", "-o", "\(out)/map.graphml"],
        ]
        for arguments in refused {
            let result = try actormap(arguments)
            #expect(result.status == 1, "\(arguments): \(result.errors)")
            #expect(result.errors.contains("the map runs from 1992 to 2008; choose a year inside it")
                || result.errors.contains("is longer than the 9 years from 2000 to 2008"), "\(arguments): \(result.errors)")
            #expect(result.errors.contains("--allow-outside-span"), "\(arguments)")
            #expect(result.output.isEmpty, "\(arguments): nothing measured")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(out)/report.html"))
        #expect(!FileManager.default.fileExists(atPath: "\(out)/timeline"))

        let allowed = try actormap("metrics", file, "--year", "1980", "--allow-outside-span")
        #expect(allowed.status == 0, "\(allowed.errors)")
        #expect(allowed.output.contains("at 1980: 0 actors"))
        let inside = try actormap("metrics", file, "--year", "2008")
        #expect(inside.status == 0, "\(inside.errors)")
    }

    /// 1992 to 1995 have one tie: measured, but every format says so, and CSV only on stderr.
    @Test func aMomentWithFewTiesSaysSo() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", closedMap)
        let note = "1993 has only 1 tie on this projection; its figures say little."

        let text = try actormap("metrics", file, "--year", "1993")
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.split(separator: "\n").first == "note: \(note)"[...])
        #expect(text.output.contains("at 1993: 4 actors, 1 tie ("), "not '1 ties'")

        let json = try actormap("metrics", file, "--year", "1993", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["notes"] as? [String] == [note])

        let csv = try actormap("metrics", file, "--year", "1993", "--format", "csv")
        #expect(csv.output.hasPrefix("id,"), "the header comes first")
        #expect(!csv.output.contains("note"))
        #expect(csv.errors.contains("note: \(note)"))

        let full = try actormap("metrics", file, "--year", "2000", "--format", "json")
        let fullDocument = try #require(try JSONSerialization.jsonObject(with: Data(full.output.utf8)) as? [String: Any])
        #expect(fullDocument["notes"] as? [String] == [])

        let shift = try actormap("shift", file, "--from", "1993", "--to", "2000")
        #expect(shift.output.hasPrefix("note: \(note)"))
        let shiftJSON = try actormap("shift", file, "--from", "1993", "--to", "2000", "--format", "json")
        let shiftDocument = try #require(try JSONSerialization.jsonObject(with: Data(shiftJSON.output.utf8)) as? [String: Any])
        #expect(shiftDocument["notes"] as? [String] == [note])
        let shiftCSV = try actormap("shift", file, "--from", "1993", "--to", "2000", "--format", "csv")
        #expect(shiftCSV.output.hasPrefix("id,") && shiftCSV.errors.contains(note))

        let series = try actormap("series", file, "--format", "csv")
        #expect(series.output.hasPrefix("year,"))
        #expect(series.errors.contains("note: 1992, 1993, 1994 and 1995 have fewer than 3 ties on this projection; their figures say little."))
    }

    /// Without --from, a report and a timeline start at the first year with at least three
    /// ties, and say so; --from overrides.
    @Test func reportAndTimelineCompareMeaningfulYearsByDefault() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", closedMap)
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "-o", output, "--no-maps")
        #expect(result.status == 0, "\(result.errors)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.contains("How power shifted, 1996 to 2008"))
        #expect(page.contains("From 1996, the first year with at least 3 ties, to 2008, the map&#39;s last dated year.")
            || page.contains("From 1996, the first year with at least 3 ties, to 2008, the map's last dated year."))

        let chosen = try actormap("report", file, "-o", output, "--no-maps", "--from", "1993", "--to", "2000")
        #expect(chosen.status == 0, "\(chosen.errors)")
        let chosenPage = try String(contentsOfFile: output, encoding: .utf8)
        #expect(chosenPage.contains("How power shifted, 1993 to 2000"))
        #expect(chosenPage.contains("Years chosen with --from and --to."))

        // Nothing changes from 1996 to 2008: no actor moved, so no arrow and no movement sentence.
        let still = try actormap("report", file, "-o", output, "--no-maps", "--from", "1996", "--to", "2008", "--step", "12")
        #expect(still.status == 0, "\(still.errors)")
        let stillPage = try String(contentsOfFile: output, encoding: .utf8)
        let shiftSection = try #require(stillPage.components(separatedBy: "<section id=\"shift\">").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(!shiftSection.contains("▲") && !shiftSection.contains("▼"))
        #expect(shiftSection.components(separatedBy: ">same</td>").count - 1 == 4)
        // NGO and donor sit symmetrically (each tied to the federation and to the other): equal
        // PageRank, so they share 2nd place in both years.
        #expect(shiftSection.components(separatedBy: ">2 tied</td>").count - 1 == 4)
        #expect(!shiftSection.contains(" rose ") && !shiftSection.contains(" fell "))

        let out = folder.url.appendingPathComponent("timeline").path
        let timeline = try actormap("timeline", file, "--out", out, "--step", "6")
        #expect(timeline.status == 0, "\(timeline.errors)")
        #expect(FileManager.default.fileExists(atPath: "\(out)/1996.svg"))
        #expect(!FileManager.default.fileExists(atPath: "\(out)/1992.svg"))
        let index = try String(contentsOfFile: "\(out)/index.html", encoding: .utf8)
        #expect(index.contains("the first year with at least 3 ties"))
    }

    /// The bundled Nairobi map has one tie in 1985; its report used to compare from there.
    @Test func nairobiReportDoesNotCompareItsOneTieYear() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", "Examples/Datasets/nairobi-mukuru.yaml", "-o", output, "--no-maps")
        #expect(result.status == 0, "\(result.errors)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!page.contains("How power shifted, 1985"))
        #expect(!page.contains("fell from 31.2% to 1.3%"))
        #expect(page.contains("the first year with at least 3 ties"))
    }
}
