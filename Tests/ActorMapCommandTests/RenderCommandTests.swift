import Foundation
import Testing

@Suite struct RenderCommandTests {
    let map = """
        title: Render map
        actors:
          - {id: fed, name: Federation, kind: federation, since: 2000}
          - {id: city, name: City, kind: city-government, since: 2001}
          - {id: donor, name: Donor, kind: donor}
        relationships:
          - {from: fed, to: city, type: contention, since: 2001, until: 2001}
          - {from: fed, to: city, type: mou, since: 2002}
          - {from: donor, to: fed, type: funding, since: 2002, amount: 1000, currency: USD}
        """

    @Test func writesTheFormatItsExtensionNamesAndSaysWhichEngine() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let signatures: [(String, [UInt8])] = [
            ("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF-".utf8)),
            ("dot", Array("digraph actormap {".utf8)),
        ]
        for (suffix, signature) in signatures {
            let output = folder.url.appendingPathComponent("map.\(suffix)").path
            let result = try actormap("render", file, "--year", "2002", "-o", output)
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.errors.contains("layout: dot: 3 actors and 2 relationships are few enough for a layered drawing (up to 50 actors)"))
            let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
            #expect(bytes.starts(with: signature), "\(suffix)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
                == ["map.dot", "map.pdf", "map.png", "map.svg", "map.yaml"], "no temporary files are left behind")
    }

    /// Two relationships between one pair are one tie to the measures and two lines in the
    /// picture; the layout line said "3 actors and 3 ties" where metrics counts 2 ties. It
    /// counts relationships, as the title does.
    @Test func theLayoutLineCountsRelationshipsAsTheTitleDoes() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", """
            title: Parallel
            actors:
              - {id: fed, name: Federation, kind: federation}
              - {id: city, name: City, kind: city-government}
              - {id: donor, name: Donor, kind: donor}
            relationships:
              - {from: fed, to: city, type: mou, since: 2002}
              - {from: fed, to: city, type: collaboration, since: 2002}
              - {from: donor, to: fed, type: funding, since: 2002}
            """)
        let output = folder.url.appendingPathComponent("map.dot").path
        let result = try actormap("render", file, "--year", "2002", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("layout: dot: 3 actors and 3 relationships are few enough"), "\(result.errors)")
        #expect(!result.errors.contains(" ties"), "\(result.errors)")
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        #expect(dot.contains("3 relationships"), "the title counts the same")
        let metrics = try actormap("metrics", file, "--year", "2002", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(metrics.output.utf8)) as? [String: Any])
        let graph = try #require(document["graph"] as? [String: Any])
        #expect(graph["ties"] as? Int == 2, "the measures merge the pair: \(graph)")
    }

    /// A community's number is a label: sized by it, community 3 was drawn three times the
    /// area of community 1. It is refused, pointing to --color-by.
    @Test func sizeByCommunityIsRefusedAsALabel() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("map.svg").path
        let result = try actormap("render", file, "--year", "2002", "--size-by", "community", "-o", output)
        #expect(result.status == 64, "\(result.errors)")
        #expect(result.errors.contains("--size-by community: sizes need a measure of amount, and community is a label"), "\(result.errors)")
        #expect(result.errors.contains("--color-by community"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: output), "nothing is written")
    }

    /// Sized by constraint, the largest actors are the least free to broker, the opposite of
    /// what a large shape suggests: drawn, with one line saying so; other measures get none.
    @Test func sizeByConstraintIsDrawnWithANote() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("map.dot").path
        let result = try actormap("render", file, "--year", "2002", "--size-by", "constraint", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let notes = result.errors.split(separator: "\n").filter { $0.hasPrefix("note: --size-by constraint:") }
        #expect(notes.count == 1, "\(result.errors)")
        #expect(notes.first?.contains("fewer brokerage opportunities") == true, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: output))
        let betweenness = try actormap("render", file, "--year", "2002", "--size-by", "betweenness", "-o", output)
        #expect(betweenness.status == 0, "\(betweenness.errors)")
        #expect(!betweenness.errors.contains("note:"), "\(betweenness.errors)")
    }

    @Test func formatOverridesTheExtensionAndLayoutIsSaidAsAsked() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("picture.out").path
        let result = try actormap("render", file, "--format", "dot", "--layout", "neato", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("layout: neato, as asked"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("layout=neato"))
    }

    @Test func anUnknownExtensionWithoutFormatIsRefused() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("render", file, "-o", folder.url.appendingPathComponent("map.jpeg").path)
        #expect(result.status != 0)
        #expect(result.errors.contains("cannot tell the format from"))
    }

    @Test func aFailedRenderLeavesTheExistingFileAlone() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = try folder.write("map.svg", "the previous picture")
        let result = try actormap("render", file, "--focus", "fedd", "-o", output)
        #expect(result.status == 1)
        #expect(result.errors.contains("no actor has the id 'fedd'; did you mean 'fed'?"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "the previous picture")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["map.svg", "map.yaml"])
    }

    @Test func aSuccessfulRenderReplacesTheFileWhole() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = try folder.write("map.dot", "the previous picture")
        let result = try actormap("render", file, "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("digraph actormap {"))
    }

    @Test func focusDrawsTheEgoNetworkWithTwopi() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("ego.dot").path
        let result = try actormap("render", file, "--year", "2002", "--focus", "city", "--radius", "1", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("layout: twopi: an ego network is drawn in rings around its centre"))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("id=\"actor-city\"") && text.contains("id=\"actor-fed\"") && !text.contains("id=\"actor-donor\""))
    }

    @Test func optionsAreCheckedBeforeAnythingIsDrawn() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("map.svg").path
        let radius = try actormap("render", file, "--radius", "2", "-o", output)
        #expect(radius.status != 0 && radius.errors.contains("--radius needs --focus ID."))
        let labels = try actormap("render", file, "--labels", "top:many", "-o", output)
        #expect(labels.status != 0 && labels.errors.contains("--labels"))
        let size = try actormap("render", file, "--size-by", "betweeness", "-o", output)
        #expect(size.status != 0 && size.errors.contains("did you mean 'betweenness'?"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func noLegendLeavesOnlyTheTitle() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("map.dot").path
        let result = try actormap("render", file, "--no-legend", "--title", "Just the title", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("<B>Just the title</B>"))
        #expect(!text.contains("Shape by kind"))
    }

    @Test func sizeAndCommunitiesComeFromTheMeasures() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("map.dot").path
        let result = try actormap("render", file, "--year", "2002", "--size-by", "betweenness", "--color-by", "community", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("area ∝ betweenness"))
        #expect(text.contains("<B>Community</B>"))
        // The figure sets a floor, not a fixed size: a node grows to hold its name.
        #expect(!text.contains("fixedsize"))
        #expect(text.contains("<B>Area ∝ betweenness</B>"))
        // The federation brokers between the donor and the city.
        #expect(text.contains("tooltip=\"Federation\\nFederation of the urban poor · Organised communities\\nactive 2000–…\\ndegree 2 · betweenness 1 · pagerank"))
    }

    @Test func typesLimitWhatIsDrawnAndMeasured() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("map.dot").path
        let result = try actormap("render", file, "--types", "mou", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("type-mou") && !text.contains("type-funding") && !text.contains("type-contention"))
        let all = try actormap("render", file, "-o", output)
        #expect(all.status == 0)
        let everything = try String(contentsOfFile: output, encoding: .utf8)
        #expect(everything.contains("type-mou") && everything.contains("type-funding") && everything.contains("type-contention"),
                "by default every type is drawn, though only positive ones are measured")
    }
}

extension RenderCommandTests {
    @Test func aFolderThatDoesNotExistIsAClearErrorAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("missing/map.svg").path
        let result = try actormap("render", file, "-o", output)
        #expect(result.status == 1)
        #expect(result.errors.contains("error: cannot write \(output): the folder "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["map.yaml"])
    }
}

extension RenderCommandTests {
    @Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    func graphvizPrintsNothingOfItsOwn(_ engine: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("render", file, "--layout", engine, "--size-by", "degree", "-o", folder.url.appendingPathComponent("map.png").path)
        #expect(result.status == 0)
        #expect(result.errors == "layout: \(engine), as asked\n")
        #expect(result.output.isEmpty)
    }
}
