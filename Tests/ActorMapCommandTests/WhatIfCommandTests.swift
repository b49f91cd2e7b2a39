import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct WhatIfCommandTests {
    private let mukuru = "Examples/Datasets/nairobi-mukuru.yaml"

    private func json(_ result: CommandResult) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    @Test func comparesTheMapWithAndWithoutAnActor() throws {
        let document = try json(try actormap("whatif", mukuru, "--year", "2020", "--remove", "nairobi-county", "--format", "json"))
        let actors = try #require(document["actors"] as? [[String: Any]])
        #expect(!actors.isEmpty)
        #expect(!actors.contains { $0["id"] as? String == "nairobi-county" })
        for row in actors {
            for key in ["id", "before", "after", "before_rank", "after_rank"] { #expect(row.keys.contains(key), "\(key)") }
        }
        let graph = try #require(document["graph"] as? [String: [String: Any]])
        for side in ["before", "after"] {
            for key in ["components", "fragmentation", "reach", "density", "centralization", "group_shares"] {
                #expect(graph[side]?.keys.contains(key) == true, "\(side).\(key)")
            }
        }
        let before = try #require(graph["before"]?["actors"] as? Int), after = try #require(graph["after"]?["actors"] as? Int)
        #expect(after == before - 1)
        let removed = try #require(document["removed"] as? [String: Any])
        #expect((removed["actors"] as? [[String: Any]])?.first?["id"] as? String == "nairobi-county")
        let summary = try #require(document["summary"] as? [String])
        #expect(summary.allSatisfy { $0.hasPrefix("Without Nairobi City County") || !$0.contains("Without") }, "\(summary)")
        #expect(document["schema_version"] as? Int == 1)
    }

    @Test func printsTablesAndMarkdown() throws {
        let table = try actormap("whatif", mukuru, "--year", "2020", "--remove", "nairobi-county,nms", "--metric", "betweenness")
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("without Nairobi City County and Nairobi Metropolitan Services"), "\(table.output)")
        #expect(table.output.contains("THE MAP") && table.output.contains("fragmentation (distance-weighted)"))
        let markdown = try actormap("whatif", mukuru, "--year", "2020", "--remove-tie", "muungano:nairobi-county:collaboration", "--format", "markdown")
        #expect(markdown.status == 0, "\(markdown.errors)")
        #expect(markdown.output.hasPrefix("# "))
        #expect(markdown.output.contains("collaboration tie between Muungano wa Wanavijiji and Nairobi City County"), "\(markdown.output)")
    }

    @Test func refusesWhatIsNotThereWithTheFix() throws {
        let unknown = try actormap("whatif", mukuru, "--year", "2020", "--remove", "nairobi-cunty")
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("error: --remove: 'nairobi-cunty' is not an actor of this map; did you mean 'nairobi-county'?"), "\(unknown.errors)")
        let absent = try actormap("whatif", mukuru, "--year", "2005", "--remove", "nms")
        #expect(absent.status == 1)
        #expect(absent.errors.contains("is not on the map in 2005"), "\(absent.errors)")
        let noTie = try actormap("whatif", mukuru, "--year", "2020", "--remove-tie", "muungano:nairobi-county:funding")
        #expect(noTie.status == 1)
        #expect(noTie.errors.contains("no funding tie from 'muungano' to 'nairobi-county'"), "\(noTie.errors)")
        let badType = try actormap("whatif", mukuru, "--year", "2020", "--remove-tie", "muungano:nairobi-county:colaboration")
        #expect(badType.errors.contains("did you mean 'collaboration'?"), "\(badType.errors)")
        let shape = try actormap("whatif", mukuru, "--year", "2020", "--remove-tie", "muungano-nairobi-county")
        #expect(shape.status == 64)
        #expect(shape.errors.contains("--remove-tie takes from:to:type"))
        let nothing = try actormap("whatif", mukuru, "--year", "2020")
        #expect(nothing.status == 64)
        #expect(nothing.errors.contains("say what to take away"))
        let outside = try actormap("whatif", mukuru, "--year", "1850", "--remove", "muungano")
        #expect(outside.status == 1)
    }

    @Test func drawsWhatIsTakenAwayAsGone() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("whatif.dot").path
        let result = try actormap("whatif", mukuru, "--year", "2020", "--remove", "nairobi-county", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        #expect(dot.contains("layout=nop2"))
        #expect(dot.contains("group-state exited\"") && dot.contains("style=\"filled,dashed\""))
        #expect(dot.contains("class=\"tie dissolved"))
        #expect(!dot.contains("class=\"tie formed"))
        #expect(dot.contains("dashed border: removed") && !dot.contains("double border"))
        #expect(dot.contains("without Nairobi City County"))
        #expect(dot.contains("removed: PageRank"))
        #expect(dot.contains(">gone with a removed actor<"))
    }

    /// Only a tie taken away: no actor is drawn as removed, so the legend keys no dashed border.
    @Test func aDrawingWithoutRemovedActorsKeysNoRemovedBorder() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("tie.dot").path
        let result = try actormap("whatif", mukuru, "--year", "2020", "--remove-tie", "muungano:nairobi-county:collaboration", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        #expect(dot.contains("class=\"tie dissolved"))
        #expect(!dot.contains("dashed border") && !dot.contains("double border") && !dot.contains(" exited\""), "\(dot)")
        #expect(dot.contains(">unchanged<"))
        // The faint line is a tie taken away, not one gone with an actor.
        #expect(dot.contains(">removed<") && !dot.contains("gone with"), "\(dot)")
    }
}

@Suite struct KeyPlayersCommandTests {
    private let mukuru = "Examples/Datasets/nairobi-mukuru.yaml"

    @Test func findsTheSetAndComparesItWithTheBaselines() throws {
        let result = try actormap("keyplayers", mukuru, "--year", "2020", "--size", "2", "--goal", "fragment", "--format", "json", "--seed", "7")
        #expect(result.status == 0, "\(result.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((document["set"] as? [[String: Any]])?.count == 2)
        #expect(document["goal"] as? String == "fragment")
        let score = try #require(document["score"] as? Double)
        let baseline = try #require(document["baseline"] as? [String: Double])
        // The search starts from the best single additions and only ever improves, so it does
        // no worse than the sets of highest degree or betweenness on a map this small.
        let degree = try #require(baseline["degree"]), betweenness = try #require(baseline["betweenness"])
        #expect(score >= degree - 1e-12)
        #expect(score >= betweenness - 1e-12)
        #expect((document["provenance"] as? [String: Any])?["seed"] as? Int == 7)
        let again = try actormap("keyplayers", mukuru, "--year", "2020", "--size", "2", "--goal", "fragment", "--format", "json", "--seed", "7")
        #expect(again.output == result.output)

        let reach = try actormap("keyplayers", mukuru, "--year", "2020", "--size", "1", "--goal", "reach", "--steps", "1")
        #expect(reach.status == 0, "\(reach.errors)")
        #expect(reach.output.contains("KEY PLAYERS") && reach.output.contains("within 1 step"), "\(reach.output)")
    }

    @Test func refusesOptionsOutOfRange() throws {
        let tooMany = try actormap("keyplayers", mukuru, "--year", "2020", "--size", "500", "--goal", "fragment")
        #expect(tooMany.status == 1)
        #expect(tooMany.errors.contains("error: --size 500: the map has"), "\(tooMany.errors)")
        for arguments in [["--size", "0", "--goal", "reach"], ["--size", "2", "--goal", "fragment", "--steps", "2"],
                          ["--size", "2", "--goal", "reach", "--restarts", "0"], ["--size", "2", "--goal", "reach", "--weighted"],
                          ["--size", "2", "--goal", "frag"]] {
            let result = try actormap(["keyplayers", mukuru, "--year", "2020"] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.errors)")
        }
    }

    @Test func drawsTheSetOutlined() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("players.dot").path
        let result = try actormap("keyplayers", mukuru, "--year", "2020", "--size", "2", "--goal", "reach", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        #expect(dot.components(separatedBy: " highlighted\"").count - 1 == 2)
        #expect(dot.contains("key players who reach the others best"))
    }
}

/// `reach`, `keyplayers`, `whatif` and `diff` check `-o`'s ending the same way, before any work: a
/// usage error (status 64) naming the path and the endings they draw, and nothing written.
@Suite struct DrawingOutputEndingTests {
    @Test(arguments: [
        ["reach", "Examples/Datasets/nairobi-mukuru.yaml", "--from-actor", "muungano", "--start", "2010"],
        ["keyplayers", "Examples/Datasets/nairobi-mukuru.yaml", "--year", "2020", "--size", "2", "--goal", "reach"],
        ["whatif", "Examples/Datasets/nairobi-mukuru.yaml", "--year", "2020", "--remove", "nairobi-county"],
        ["diff", "Examples/Datasets/nairobi-mukuru.yaml", "--from", "2010", "--to", "2020"],
    ])
    func anEndingNotDrawnIsRefusedBeforeAnyWork(_ command: [String]) throws {
        let folder = try TemporaryFolder()
        for name in ["map.gif", "map", "map.svg.txt"] {
            let output = folder.url.appendingPathComponent(name).path
            let result = try actormap(command + ["-o", output])
            #expect(result.status == 64, "\(command[0]) -o \(name): \(result.errors)")
            #expect(result.errors.contains("-o: end '\(output)' in .svg, .png, .pdf or .dot."), "\(command[0]): \(result.errors)")
            #expect(result.output.isEmpty, "\(command[0]) printed a result before refusing -o")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        // Upper-case endings are endings too.
        let upper = folder.url.appendingPathComponent("map.DOT").path
        let drawn = try actormap(command + ["-o", upper])
        #expect(drawn.status == 0, "\(command[0]) -o map.DOT: \(drawn.errors)")
        #expect(try String(contentsOfFile: upper, encoding: .utf8).contains("graph"), "\(command[0]) -o map.DOT wrote no DOT graph")
    }
}

@Suite struct WhatIfEscapingTests {
    @Test func namesCannotActOnTheTerminal() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", TerminalEscapingTests.map)
        let checker = TerminalEscapingTests()
        let runs = [
            try actormap("whatif", map, "--year", "2011", "--remove", "city"),
            try actormap("whatif", map, "--year", "2011", "--remove-tie", "fed:city:mou", "--format", "markdown"),
            try actormap("keyplayers", map, "--year", "2011", "--size", "1", "--goal", "fragment"),
            try actormap("keyplayers", map, "--year", "2011", "--size", "1", "--goal", "reach", "--format", "markdown"),
        ]
        for result in runs {
            #expect(result.status == 0, "\(result.errors)")
            #expect(checker.controls(result.output).isEmpty, "\(result.output)")
            #expect(checker.controls(result.errors).isEmpty, "\(result.errors)")
            #expect(result.output.contains(#"\u{1B}"#), "\(result.output)")
            #expect(!result.output.contains("\nmap.yaml:1:1"), "a name cannot start a line of its own")
        }
        // The city was the only actor of the state: said as such, not as a lost path.
        #expect(runs[0].output.contains("no actor in State remains on the map"), "\(runs[0].output)")
        #expect(!runs[0].output.contains("no path"), "\(runs[0].output)")
    }
}

/// `reach -o`: the map of the years searched with who was reached, when, and by which tie.
@Suite struct ReachDrawingTests {
    /// The map of TimeRespectingReachTests, worked by hand there: from a in 2010 with
    /// direction, b in 2010 by tie 0, c in 2012 by tie 2, e in 2015 by 4, f and g in 2016 by
    /// 5 and 6; d and h are never reached.
    static let map = """
        title: Reach
        actors:
          - {id: a, name: A, kind: donor}
          - {id: b, name: B, kind: support-ngo}
          - {id: c, name: C, kind: federation}
          - {id: d, name: D, kind: savings-group}
          - {id: e, name: E, kind: city-government}
          - {id: f, name: F, kind: federation}
          - {id: g, name: G, kind: federation}
          - {id: h, name: H, kind: donor}
        relationships:
          - {from: a, to: b, type: collaboration, since: 2010, until: 2011}
          - {from: b, to: c, type: collaboration, since: 2009, until: 2009}
          - {from: b, to: c, type: mou, since: 2012, until: 2013}
          - {from: c, to: d, type: funding, since: 2011, until: 2011}
          - {from: a, to: e, type: collaboration, since: 2015}
          - {from: e, to: f, type: collaboration, since: 2016}
          - {from: f, to: g, type: collaboration, since: 2016}
          - {from: h, to: a, type: funding, since: 2010}
        """

    private func svg(_ path: String) throws -> XMLDocument {
        try XMLDocument(data: try Data(contentsOf: URL(fileURLWithPath: path)), options: [])
    }

    /// The ids of the SVG groups whose class holds `highlighted` and whose id starts `prefix`.
    private func highlighted(_ document: XMLDocument, _ prefix: String) throws -> Set<String> {
        Set(try document.nodes(forXPath: "//*[local-name()='g'][starts-with(@id, '\(prefix)')][contains(@class, 'highlighted')]/@id").compactMap(\.stringValue))
    }

    private func texts(ofActor id: String, in document: XMLDocument) throws -> String {
        let actor = try #require(try document.nodes(forXPath: "//*[local-name()='g'][@id='actor-\(id)']").first)
        return try actor.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
    }

    @Test func drawsWhoWasReachedWhenAndByWhichTie() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("reach.yaml", Self.map)
        let output = folder.url.appendingPathComponent("reach.svg").path
        let result = try actormap("reach", file, "--from-actor", "a", "--start", "2010", "--end", "2020", "--direction", "directed", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let document = try svg(output)
        #expect(try highlighted(document, "actor-") == ["actor-a", "actor-b", "actor-c", "actor-e", "actor-f", "actor-g"])
        #expect(try highlighted(document, "relationship-") == ["relationship-0", "relationship-2", "relationship-4", "relationship-5", "relationship-6"])
        // The map of every year searched: d, h and the ties that reached no one are drawn too;
        // the collaboration of 2009, before the search starts, is not.
        #expect(try document.nodes(forXPath: "//*[local-name()='g'][@id='actor-d' or @id='actor-h']").count == 2)
        #expect(try document.nodes(forXPath: "//*[local-name()='g'][@id='relationship-3' or @id='relationship-7']").count == 2)
        #expect(try document.nodes(forXPath: "//*[local-name()='g'][@id='relationship-1']").isEmpty)
        #expect(try texts(ofActor: "a", in: document) == "A start, 2010")
        #expect(try texts(ofActor: "c", in: document) == "C reached 2012")
        #expect(try texts(ofActor: "g", in: document) == "G reached 2016")
        #expect(try texts(ofActor: "d", in: document) == "D")
        let all = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(all.contains("Reach: whom A could reach, 2010–2020"), "\(all)")
        #expect(all.contains("reached, in the year under the name") && all.contains("tie that first reached an actor"), "\(all)")

        // DOT by its extension; an unknown extension refused before anything runs.
        let dot = folder.url.appendingPathComponent("reach.dot").path
        #expect(try actormap("reach", file, "--from-actor", "a", "--start", "2010", "-o", dot).status == 0)
        #expect(try String(contentsOfFile: dot, encoding: .utf8).contains("digraph"))
        let png = folder.url.appendingPathComponent("reach.png").path
        #expect(try actormap("reach", file, "--from-actor", "a", "--start", "2010", "-o", png).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let wrong = try actormap("reach", file, "--from-actor", "a", "--start", "2010", "-o", folder.url.appendingPathComponent("reach.gif").path)
        #expect(wrong.status == 64)
        #expect(wrong.errors.contains("-o: end"), "\(wrong.errors)")
    }

    /// Nothing reached: only the start is marked, and the legend keys no tie.
    @Test func aStartThatReachesNoOneKeysNoTie() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("reach.yaml", Self.map)
        let output = folder.url.appendingPathComponent("alone.svg").path
        let result = try actormap("reach", file, "--from-actor", "d", "--start", "2012", "--end", "2014", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let document = try svg(output)
        #expect(try highlighted(document, "actor-") == ["actor-d"])
        #expect(try highlighted(document, "relationship-").isEmpty)
        let all = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(!all.contains("tie that first reached an actor"), "\(all)")
    }

    @Test func hostileNamesAreDrawnAsVisibleText() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("hostile.json", HostileOutputTests.map(HostileOutputTests.json))
        let output = folder.url.appendingPathComponent("hostile.svg").path
        let result = try actormap("reach", file, "--from-actor", "a", "--start", "2024", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(!String(decoding: data, as: UTF8.self).unicodeScalars.contains(where: HostileOutputTests.isHidden))
        let document = try XMLDocument(data: data, options: [])
        #expect(try texts(ofActor: "a", in: document) == "A" + HostileOutputTests.shown + " start, 2024")
        #expect(try texts(ofActor: "c", in: document) == "C" + HostileOutputTests.shown + " reached 2025")
        #expect(try document.nodes(forXPath: "//*[local-name()='b' or local-name()='script']").isEmpty)
    }
}
