import Foundation
import Testing

/// Option values as an analyst writes them from the help, and the messages when they are
/// wrong: each message offers only forms the option takes.
@Suite struct OptionWordingTests {
    /// Dated 2010 to 2020; a federation tied to a city and to an NGO.
    let map = """
        title: Options
        actors:
          - {id: fed, name: Federation, kind: federation, since: 2010, until: 2020}
          - {id: city, name: City, kind: city-government, since: 2010, until: 2020}
          - {id: ngo, name: NGO, kind: support-ngo, since: 2010, until: 2020}
        relationships:
          - {from: fed, to: city, type: mou, since: 2010, until: 2020}
          - {from: ngo, to: fed, type: collaboration, since: 2012, until: 2020}
        """

    /// The help says `--at` takes YYYY, YYYY-MM or YYYY-MM-DD; a bare year was refused as
    /// "not a date", and the same message asked for YYYY.
    @Test func atTakesABareYear() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let at = try actormap("summary", file, "--at", "2012")
        #expect(at.status == 0, "\(at.errors)")
        let year = try actormap("summary", file, "--year", "2012")
        #expect(at.output == year.output)
        #expect(at.output.contains("at 2012: 3 actors, 2 relationships"), "\(at.output)")
    }

    /// `--at` takes no window and `--window` no date: neither message offers them.
    @Test func aMisreadMomentIsExplainedInTheOptionsOwnTerms() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)

        let badDate = try actormap("summary", file, "--at", "2012-13")
        #expect(badDate.status == 64)
        #expect(badDate.errors.contains("--at '2012-13' is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD"), "\(badDate.errors)")
        // The first line is the message; the usage line below it lists every option.
        #expect(badDate.errors.split(separator: "\n").first?.contains("window") == false, "\(badDate.errors)")

        let window = try actormap("metrics", file, "--at", "2012..2014")
        #expect(window.status == 64)
        #expect(window.errors.contains("give it as --window 2012..2014"), "\(window.errors)")

        let dashed = try actormap("metrics", file, "--window", "2012-2014")
        #expect(dashed.status == 64)
        #expect(dashed.errors.contains("--window '2012-2014' is not a range of years. Write it as 2010..2015."), "\(dashed.errors)")
        #expect(dashed.errors.split(separator: "\n").first?.contains("date") == false, "\(dashed.errors)")

        // Forms with a message of their own keep it.
        let huge = try actormap("summary", file, "--at", "99999")
        #expect(huge.errors.contains("from 1 to 9999"), "\(huge.errors)")
        let backwards = try actormap("summary", file, "--window", "2014..2012")
        #expect(backwards.errors.contains("runs backwards"), "\(backwards.errors)")
    }

    /// The help offers a negative β; written as `--beta -0.2` it was taken for an unknown
    /// option ("Missing value for '--beta <beta>'").
    @Test func aNegativeBetaIsAValue() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--year", "2015", "--beta", "-0.2", "--format", "json")
        #expect(result.status == 0, "\(result.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let graph = try #require(document["graph"] as? [String: Any])
        #expect(graph["bonacich_beta"] as? Double == -0.2)
    }

    /// `--beta nan` was accepted and then blamed on the map ("1/β = nan is an eigenvalue").
    @Test(arguments: ["nan", "inf", "-inf"])
    func aBetaThatIsNotANumberIsRefused(_ value: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--beta=\(value)")
        #expect(result.status == 64, "\(result.output)")
        #expect(result.errors.contains("--beta takes a finite number"), "\(result.errors)")
        #expect(!result.errors.contains("eigenvalue"))
    }

    /// A negative number given to a numeric option was taken for an unknown option, and
    /// ArgumentParser said "Missing value for '--top <top>'"; each says what it takes.
    @Test(arguments: [
        (["metrics", "--top", "-1"], "--top takes a number of actors of at least 1."),
        (["render", "--timeout", "-1"], "--timeout takes a number of seconds above 0"),
        (["render", "--focus", "fed", "--radius", "-2"], "--radius takes a number of steps of 0 or more."),
        (["series", "--step", "-1"], "--step takes a number of years from 1 to"),
        (["series", "--window", "-3"], "--window takes a number of years from 1 to"),
        (["report", "--step", "-5"], "--step takes a number of years from 1 to"),
        (["timeline", "--step", "-1"], "--step takes a number of years from 1 to"),
        (["timeline", "--grid", "--columns", "-1"], "--columns takes a number of at least 1."),
        (["summary", "--max-input-mb", "-1"], "--max-input-mb takes a number of megabytes from 1 to 1048576."),
        (["metrics", "--seed", "-1"], "--seed takes a whole number of 0 or more; -1 is not one."),
    ])
    func aNegativeNumberIsReadAndRefusedInTheOptionsTerms(_ arguments: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let out = folder.url.appendingPathComponent(arguments[0] == "render" ? "out.svg" : arguments[0] == "report" ? "out.html" : "out").path
        let output = switch arguments[0] {
        case "render", "report": ["-o", out]
        case "timeline": ["--out", out]
        default: [String]()
        }
        let result = try actormap([arguments[0], file] + output + Array(arguments.dropFirst()))
        #expect(result.status == 64, "\(result.output)")
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(!result.errors.contains("Missing value"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
    }

    /// A wrong `--types`, found once the map is read, was followed by the list of
    /// subcommands' usage ("Usage: actormap <subcommand>"); it is followed by the command's
    /// own, and a near miss gets a suggestion.
    @Test func anOptionRefusedWhileRunningShowsItsCommandsUsage() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--types", "mou,colaboration")
        #expect(result.status == 64)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Error: --types: 'colaboration' is not a relationship type of this map (did you mean 'collaboration'?).") == true, "\(lines)")
        #expect(lines.count == 3 && lines[1].hasPrefix("Usage: actormap metrics ["), "\(lines)")
        #expect(lines.last == "  See 'actormap metrics --help' for more information.")
    }

    /// `report -o map.pdf` wrote an HTML page under a PDF's name and said "wrote map.pdf".
    @Test(arguments: ["report.pdf", "report.svg", "report.png"])
    func aReportIsNamedAsTheHTMLItIs(_ name: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let path = folder.url.appendingPathComponent(name).path
        let result = try actormap("report", file, "--no-maps", "-o", path)
        #expect(result.status == 64, "\(result.errors)")
        #expect(result.errors.contains("a report is one HTML page; name it .html"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: path))
        let html = try actormap("report", file, "--no-maps", "-o", folder.url.appendingPathComponent("report.HTML").path)
        #expect(html.status == 0, "\(html.errors)")
    }

    /// The series table shows at most seven moments, twenty actors and three groups: it
    /// said "by year" and left the rest out without a word.
    @Test func theSeriesTableSaysWhatItLeavesOut() throws {
        let folder = try TemporaryFolder()
        // 21 federations tied to one city from 2001 to 2010, a donor funding it and an NGO
        // working with it: ten years, 24 actors, four groups (communities, state, funders,
        // civil society).
        var text = "title: Many\nactors:\n  - {id: city, name: City, kind: city-government, since: 2001, until: 2010}\n"
        text += "  - {id: donor, name: Donor, kind: donor, since: 2001, until: 2010}\n"
        for n in 0..<21 { text += "  - {id: f\(n), name: F\(n), kind: federation, since: 2001, until: 2010}\n" }
        text += "  - {id: ngo, name: NGO, kind: support-ngo, since: 2001, until: 2010}\n"
        text += "relationships:\n  - {from: donor, to: city, type: funding, since: 2001, until: 2010}\n"
        text += "  - {from: ngo, to: city, type: collaboration, since: 2001, until: 2010}\n"
        for n in 0..<21 { text += "  - {from: f\(n), to: city, type: collaboration, since: 2001, until: 2010}\n" }
        let file = try folder.write("many.yaml", text)
        let actors = try actormap("series", file, "--format", "table")
        #expect(actors.status == 0, "\(actors.errors)")
        #expect(actors.output.contains("Many: PageRank by year: 7 of 10 moments, evenly spread, the 20 highest in 2010 of 24 actors; --format csv has every one"), "\(actors.output)")
        let graph = try actormap("series", file, "--format", "table", "--level", "graph")
        #expect(graph.output.contains("group columns are shares of PageRank (3 of 4 groups; --format csv has every one)\n"), "\(graph.output)")
        let short = try actormap("series", try folder.write("map.yaml", map), "--format", "table", "--from", "2012", "--to", "2014")
        #expect(short.output.contains("Options: PageRank by year (· not on the map)"), "\(short.output)")
        let whole = try actormap("series", try folder.write("map.yaml", map), "--format", "table", "--level", "graph")
        #expect(whole.output.contains("group columns are shares of PageRank\n"), "three groups, all shown: \(whole.output)")
    }

    /// The map's series as CSV wrote its counts as "3.0 actors, 1.0 ties".
    @Test func theMapsSeriesCountsInWholeNumbers() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("series", file, "--level", "graph", "--from", "2011", "--to", "2012")
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        // 2011: three actors, the one MoU, one component of two and the untied NGO; 2012:
        // the NGO's collaboration joins it, one component.
        for (line, expected) in zip(lines.dropFirst(), [["2011", "3", "1", "2"], ["2012", "3", "2", "1"]]) {
            let row = Dictionary(uniqueKeysWithValues: zip(header, line))
            #expect([row["year"], row["actors"], row["ties"], row["components"]] == expected.map(Optional.some), "\(row)")
            #expect(row["communities"].map { Int($0) != nil } == true, "\(row)")
        }
    }

    /// docs/interchange.md: reading any file of a map kept as tables reads them all. Given
    /// its `map.dataset.yaml`, validate said "valid (0 actors, 0 relationships)".
    @Test func theFrameOfAMapKeptAsTablesReadsTheTables() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let tables = folder.url.appendingPathComponent("tables.csv").path
        let written = try actormap("convert", file, "-o", tables)
        #expect(written.status == 0, "\(written.errors)")
        let frame = folder.url.appendingPathComponent("tables.dataset.yaml").path
        let validated = try actormap("validate", frame)
        #expect(validated.status == 0, "\(validated.errors)")
        #expect(validated.output.contains("valid (3 actors, 2 relationships;"), "\(validated.output)")
        let summary = try actormap("summary", frame)
        #expect(summary.output.hasPrefix("Options\n"), "the frame's title: \(summary.output)")
    }
}
