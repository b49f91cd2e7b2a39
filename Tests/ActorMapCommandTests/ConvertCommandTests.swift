import Foundation
import Testing

@Suite struct ConvertCommandTests {
    let example = "Examples/Datasets/nairobi-mukuru.yaml"

    @Test func convertsThroughEveryFormatAndBack() throws {
        let folder = try TemporaryFolder()
        let canonical = folder.url.appendingPathComponent("canonical.yaml").path
        #expect(try actormap("convert", example, "-o", canonical).status == 0)
        let expected = try String(contentsOfFile: canonical, encoding: .utf8)
        for name in ["map.json", "map.csv", "map.graphml", "map.gexf"] {
            let converted = folder.url.appendingPathComponent(name).path
            let out = try actormap("convert", example, "-o", converted)
            #expect(out.status == 0, "\(name): \(out.errors)")
            #expect(out.errors.contains("wrote "))
            let back = folder.url.appendingPathComponent("\(name).yaml").path
            let read = try actormap("convert", converted, "-o", back)
            #expect(read.status == 0, "\(name): \(read.errors)")
            #expect(try String(contentsOfFile: back, encoding: .utf8) == expected, "\(name) reads back as the same map")
        }
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("map.actors.csv").path))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("map.relationships.csv").path))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("map.dataset.yaml").path))
    }

    /// An open-ended map written by convert keeps the span it has today: its copy says the
    /// year it was recorded as of, instead of running on to whatever year it is read in.
    @Test func convertRecordsTheYearAnOpenEndedMapIsAsOf() throws {
        let folder = try TemporaryFolder()
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let open = try folder.write("open.yaml", """
            title: Open
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: donor}
            relationships:
              - {from: b, to: a, type: funding, since: 2010}
            """)
        let closed = try folder.write("closed.yaml", """
            title: Closed
            actors:
              - {id: a, name: A, kind: federation, since: 2008, until: 2014}
              - {id: b, name: B, kind: donor, since: 2008, until: 2014}
            relationships:
              - {from: b, to: a, type: funding, since: 2010, until: 2012}
            """)
        let given = try folder.write("given.yaml", "as_of: 2016\n" + (try String(contentsOfFile: open, encoding: .utf8)))
        func asOf(_ file: String) throws -> Any? {
            let result = try actormap("convert", file, "--format", "json", "-o", "-")
            #expect(result.status == 0, "\(result.errors)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])["as_of"]
        }
        #expect(try asOf(open) as? Int == year)
        #expect(try asOf(closed) == nil, "every actor and tie ends: the span needs no as_of")
        #expect(try asOf(given) as? Int == 2016, "an as_of the map gives is kept")
    }

    @Test func otherCommandsReadInterchangeFiles() throws {
        let folder = try TemporaryFolder()
        let graphML = folder.url.appendingPathComponent("map.graphml").path
        _ = try actormap("convert", example, "-o", graphML)
        let validation = try actormap("validate", graphML)
        #expect(validation.status == 0)
        #expect(validation.output.contains("map.graphml: valid ("))
        let summary = try actormap("summary", graphML)
        #expect(summary.output.hasPrefix("Mukuru Special Planning Area, Nairobi"))
    }

    @Test func aCSVPairGivenAsTwoFiles() throws {
        let folder = try TemporaryFolder()
        let actors = try folder.write("elements.csv", "Label,Type\nMuungano,Federation\nNairobi City County,County government\n")
        let ties = try folder.write("connections.csv", "From,To,Type,Strength\nMuungano,Nairobi City County,MoU,2\n")
        let output = folder.url.appendingPathComponent("map.yaml").path
        let result = try actormap("convert", actors, ties, "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("- {from: muungano, to: nairobi-city-county, type: mou, weight: 2}"))
    }

    @Test func measuresGoIntoGraphMLAndGEXF() throws {
        let folder = try TemporaryFolder()
        let graphML = folder.url.appendingPathComponent("map.graphml").path
        #expect(try actormap("convert", example, "-o", graphML, "--metrics-year", "2018").status == 0)
        let graphText = try String(contentsOfFile: graphML, encoding: .utf8)
        #expect(graphText.contains(#"<key id="metric_betweenness" for="node" attr.name="betweenness" attr.type="double">"#))
        #expect(graphText.contains(#"<data key="metric_year">2018</data>"#))
        let gexf = folder.url.appendingPathComponent("map.gexf").path
        #expect(try actormap("convert", example, "-o", gexf, "--metrics-year", "2017..2019").status == 0)
        let gexfText = try String(contentsOfFile: gexf, encoding: .utf8)
        for year in 2017...2019 {
            #expect(gexfText.contains(#"for="metric-pagerank" value=""#) && gexfText.contains(#"start="\#(year)-01-01" end="\#(year)-12-31""#))
        }
        // The measures are results, not data: the map reads back without them.
        let back = try actormap("validate", gexf)
        #expect(back.status == 0)
        #expect(back.output.contains("0 errors, 0 warnings"))
    }

    @Test func refusesWhatItCannotWrite() throws {
        let folder = try TemporaryFolder()
        let workbook = try actormap("convert", example, "-o", folder.url.appendingPathComponent("map.xlsx").path)
        #expect(workbook.status != 0)
        #expect(workbook.errors.contains("does not write them"))
        let window = try actormap("convert", example, "-o", folder.url.appendingPathComponent("map.graphml").path, "--metrics-year", "2010..2012")
        #expect(window.status != 0)
        #expect(window.errors.contains("GraphML holds the measures of one year"))
    }

    @Test func aBrokenInputWritesNothing() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("broken.csv", "from,to,weight\na,b,heavy\n")
        let output = folder.url.appendingPathComponent("out.graphml").path
        let result = try actormap("convert", broken, "-o", output)
        #expect(result.status == 1)
        #expect(result.errors.contains("broken.csv:2:3: error: weight: the weight 'heavy' is not a number."))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func writesToStandardOutput() throws {
        let result = try actormap("convert", example, "-o", "-", "--format", "json")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("{\n  \"version\": 1,\n  \"title\": \"Mukuru Special Planning Area, Nairobi\""))
    }
}

extension ConvertCommandTests {
    @Test func aNoteIsPrintedOnceForAllTheYearsItConcerns() throws {
        let folder = try TemporaryFolder()
        // A triangle with weights 20: λmax = 40, so Katz's α = 0.1 diverges in every year.
        let file = try folder.write("map.yaml", """
            title: Heavy
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: federation}
              - {id: c, name: C, kind: federation}
            relationships:
              - {from: a, to: b, type: mou, weight: 20, since: 2010}
              - {from: b, to: c, type: mou, weight: 20, since: 2010}
              - {from: a, to: c, type: mou, weight: 20, since: 2010}
            """)
        let output = folder.url.appendingPathComponent("map.gexf").path
        let result = try actormap("convert", file, "-o", output, "--metrics-year", "2010..2014", "--weighted")
        #expect(result.status == 0, "\(result.errors)")
        let notes = result.errors.split(separator: "\n").filter { $0.hasPrefix("note: ") }
        #expect(notes.count == 1, "\(result.errors)")
        #expect(notes.first?.hasPrefix("note: 2010–2014: katz is undefined") == true)
    }
}

extension ConvertCommandTests {
    @Test func aOneLetterNameGetsItsCSVFiles() throws {
        let folder = try TemporaryFolder()
        // NSString's path methods trapped on a one-letter relative name.
        let result = try actormap(environment: [:], executable: productsDirectory.appendingPathComponent("actormap").path,
                                  ["convert", packageRoot.appendingPathComponent(example).path, "-o", "m", "--format", "csv"],
                                  in: folder.url)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("wrote m.actors.csv, m.relationships.csv, m.dataset.yaml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["m.actors.csv", "m.dataset.yaml", "m.relationships.csv"])
    }
}
