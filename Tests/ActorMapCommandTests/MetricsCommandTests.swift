import Foundation
import Testing

@Suite struct MetricsCommandTests {
    let map = """
        title: Metrics map
        actors:
          - {id: fed, name: "Federation, \\"United\\"", kind: federation}
          - {id: city, name: City, kind: city-government}
          - {id: donor, name: Donor, kind: donor}
          - {id: loner, name: Loner, kind: support-ngo}
        relationships:
          - {from: fed, to: city, type: mou, weight: 2}
          - {from: donor, to: fed, type: funding}
          - {from: donor, to: city, type: contention}
        """

    static let columns = "id,name,kind,group,degree,in_degree,out_degree,strength,degree_centrality,betweenness,closeness,harmonic,eigenvector,pagerank,katz,hub,authority,bonacich,constraint,effective_size,core,clustering,community,coordinator,itinerant,representative,gatekeeper,liaison,positive_degree,negative_degree"

    @Test func csvHasTheDocumentedColumnsAndFullPrecision() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--format", "csv", "--sort", "name")
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == Self.columns)
        #expect(lines.count == 6, "a header, four actors and the final newline")
        // Names with commas and quotes are quoted as RFC 4180 says.
        #expect(lines.contains { $0.hasPrefix("fed,\"Federation, \"\"United\"\"\",federation,community,2,") })
        // The loner has no contacts: constraint and effective size are undefined, so empty.
        let loner = try #require(lines.first { $0.hasPrefix("loner,") }).split(separator: ",", omittingEmptySubsequences: false)
        let header = Self.columns.split(separator: ",")
        #expect(loner[header.firstIndex(of: "constraint")!] == "")
        #expect(loner[header.firstIndex(of: "degree")!] == "0")
        #expect(loner[header.firstIndex(of: "negative_degree")!] == "0")
        let donor = try #require(lines.first { $0.hasPrefix("donor,") }).split(separator: ",", omittingEmptySubsequences: false)
        #expect(donor[header.firstIndex(of: "negative_degree")!] == "1")
        // fed is on the path donor–fed–city: betweenness 1 among the other three, normalised.
        let fed = try #require(lines.first { $0.hasPrefix("fed,") })
        #expect(fed.contains(",1.0,") || fed.contains(",1,"))
    }

    @Test func jsonHoldsActorsGraphAndUndefined() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--format", "json", "--weighted")
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let actors = try #require(json["actors"] as? [[String: Any]])
        #expect(actors.count == 4)
        let loner = try #require(actors.first { $0["id"] as? String == "loner" })
        #expect(loner["constraint"] is NSNull)
        #expect(loner["degree"] as? Int == 0)
        let fed = try #require(actors.first { $0["id"] as? String == "fed" })
        #expect(fed["strength"] as? Double == 3)
        let graph = try #require(json["graph"] as? [String: Any])
        #expect(graph["actors"] as? Int == 4)
        #expect(graph["ties"] as? Int == 2)
        #expect(graph["components"] as? Int == 2)
        #expect((json["projection"] as? [String: String])?["weighted"] == "true")
    }

    @Test func theTableFitsCOLUMNSOrTheTerminalAndElsewhereCutsNothing() throws {
        let folder = try TemporaryFolder()
        let long = "The Very Long Official Name of the City Government of Somewhere"
        let file = try folder.write("map.yaml", map.replacingOccurrences(of: "name: City", with: "name: \(long)"))
        let narrow = try actormap(["metrics", file], environment: ["COLUMNS": "80"])
        #expect(narrow.status == 0)
        #expect(narrow.output.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(narrow.output)")
        // The measures take 54 characters with their gaps, which leaves 26 for the names.
        #expect(narrow.output.contains("\nThe Very Long Official Na…  "))
        // Printed to a file or a pipe, with no COLUMNS: every name whole (it was cut at 24).
        let piped = try actormap(["metrics", file], environment: ["COLUMNS": nil])
        #expect(piped.output.contains(long))
        // On a terminal 70 columns wide, and no COLUMNS: the terminal's width, 16 for names.
        let binary = productsDirectory.appendingPathComponent("actormap").path
        let terminal = try actormap(environment: ["COLUMNS": nil], executable: "/usr/bin/script",
                                    ["-qc", "stty cols 70; '\(binary)' metrics '\(file)'", "/dev/null"])
        #expect(terminal.status == 0, "\(terminal.errors)")
        let lines = terminal.output.split(whereSeparator: \.isNewline)
        #expect(lines.count > 8)
        #expect(lines.allSatisfy { $0.count <= 70 }, "\(terminal.output)")
        #expect(terminal.output.contains("\nThe Very Long O…  "))
    }

    @Test func wideNamesKeepTheColumnsAligned() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map.replacingOccurrences(of: "name: City", with: "name: 北京市人民政府"))
        let lines = try actormap(["metrics", file], environment: ["COLUMNS": nil]).output.split(separator: "\n")
        let wide = try #require(lines.first { $0.hasPrefix("北京市") })
        let donor = try #require(lines.first { $0.hasPrefix("Donor") })
        // Seven characters that each fill two columns: the row is seven characters shorter.
        #expect(wide.count == donor.count - 7, "\(wide)\n\(donor)")
    }

    @Test func theIdIsAColumn() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--columns", "id,degree")
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("actor") && $0.contains(" id ") && $0.hasSuffix("degree") })
        #expect(lines.contains { $0.hasPrefix("Donor ") && $0.contains(" donor ") })
        let wrong = try actormap("metrics", file, "--columns", "ide")
        #expect(wrong.status == 64)
        #expect(wrong.errors.contains("'ide' is not a column. Did you mean 'id'?"))
    }

    @Test func notesAreAboutShownColumnsOnly() throws {
        let folder = try TemporaryFolder()
        // A path of three: its hub and authority scores are not unique (the largest singular
        // value is repeated), so both are undefined, for one reason.
        let file = try folder.write("map.yaml", """
            title: Path
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: federation}
              - {id: c, name: C, kind: federation}
            relationships:
              - {from: a, to: b, type: mou}
              - {from: b, to: c, type: mou}
            """)
        let plain = try actormap("metrics", file)
        #expect(plain.status == 0)
        #expect(!plain.output.contains("undefined"), "hub and authority are not shown: \(plain.output)")
        let shown = try actormap("metrics", file, "--columns", "degree,hub,authority")
        #expect(shown.output.components(separatedBy: "undefined").count - 1 == 1, "one note for both: \(shown.output)")
        #expect(shown.output.contains("authority, hub: undefined"))
    }

    @Test func sortAndTop() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--format", "csv", "--sort", "degree", "--top", "1")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("fed,"))
    }

    @Test func explainsMeasures() throws {
        let one = try actormap("metrics", "--explain", "bonacich")
        #expect(one.status == 0)
        #expect(one.output.hasPrefix("bonacich: Bonacich power"))
        #expect(one.output.contains("negative"))
        let all = try actormap("metrics", "--explain", "all")
        for name in Self.columns.split(separator: ",").dropFirst(4) {
            #expect(all.output.contains("\n\(name): "), "\(name)")
        }
        let wrong = try actormap("metrics", "--explain", "betweeness")
        #expect(wrong.status == 64)
        #expect(wrong.errors.contains("Did you mean 'betweenness'?"))
    }

    @Test func explainsEveryFigureTheToolsPrint() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        // The map's figures, as the table prints them: "density 0.3333 · components 2 · …".
        let table = try actormap("metrics", file, "--direction", "directed")
        let figureLines = table.output.components(separatedBy: "\n\n")[2].split(separator: "\n").filter { !$0.contains("undefined") }
        let printed = figureLines.flatMap { $0.components(separatedBy: " · ") }.map { item in
            item.split(separator: " ").dropLast().joined(separator: "_")
        }
        #expect(printed.count == 14, "\(printed)")
        // And what a shift prints besides: its tie and rank figures, shares and concentration.
        for name in printed + ["jaccard", "hamming", "kendall_tau", "spearman_rho", "share", "centralization", "gini"] {
            let result = try actormap("metrics", "--explain", name)
            #expect(result.status == 0, "\(name): \(result.errors)")
            #expect(result.output.hasPrefix("\(name): "), "\(name)")
        }
        let centralisation = try actormap("metrics", "--explain", "betweenness_centralization")
        #expect(centralisation.output.contains("centralisation of betweenness"))
        let spaced = try actormap("metrics", "--explain", "ei index")
        #expect(spaced.output.hasPrefix("ei_index: Krackhardt's E-I index"))
    }

    @Test func unknownTypesAndMeasuresAreExplained() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let types = try actormap("metrics", file, "--types", "mou,fundng")
        #expect(types.status == 64)
        #expect(types.errors.contains("'fundng' is not a relationship type"))
        let sort = try actormap("metrics", file, "--sort", "pagernk")
        #expect(sort.status == 64)
        #expect(sort.errors.contains("did you mean 'pagerank'?"))
        let missing = try actormap("metrics")
        #expect(missing.status == 64)
    }

    @Test func undefinedMeasuresAreNotedOnStandardError() throws {
        let folder = try TemporaryFolder()
        // A triangle with weights 20: λmax = 40, so Katz's α = 0.1 diverges.
        let file = try folder.write("map.yaml", """
            title: Heavy
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: federation}
              - {id: c, name: C, kind: federation}
            relationships:
              - {from: a, to: b, type: mou, weight: 20}
              - {from: b, to: c, type: mou, weight: 20}
              - {from: a, to: c, type: mou, weight: 20}
            """)
        let result = try actormap("metrics", file, "--weighted", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.errors.contains("note: katz is undefined"))
        let row = try #require(result.output.split(separator: "\n").dropFirst().first).split(separator: ",", omittingEmptySubsequences: false)
        #expect(row[Self.columns.split(separator: ",").firstIndex(of: "katz")!] == "")
    }
}
