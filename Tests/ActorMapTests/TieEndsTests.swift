import Foundation
import Testing
@testable import ActorMap

/// Every tie of a file from another tool lands on the actors its file means: edge ends are
/// node ids in GraphML and GEXF, ids before names in tables, and ids that ActorMap makes up
/// never take the place of ids the file gives.
@Suite struct TieEndsTests {
    /// The ends of each tie, as the original ids of its actors (`original_id`, or the id when
    /// it was kept as written).
    static func originalEnds(_ dataset: Dataset) -> [String] {
        let written = Dictionary(uniqueKeysWithValues: dataset.actors.map { actor in
            (actor.id, actor.attributes[DatasetAssembler.originalID].map(\.description) ?? actor.id)
        })
        return dataset.relationships.map { "\(written[$0.from]!)→\(written[$0.to]!)" }
    }

    static func graphML(nodes: [(id: String, label: String)], edges: [(String, String)]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <graph edgedefault="directed">
        \(nodes.map { "    <node id=\"\($0.id)\"><data key=\"label\">\($0.label)</data></node>" }.joined(separator: "\n"))
        \(edges.enumerated().map { "    <edge id=\"e\($0)\" source=\"\($1.0)\" target=\"\($1.1)\"/>" }.joined(separator: "\n"))
          </graph>
        </graphml>
        """
    }

    static func gexf(nodes: [(id: String, label: String)], edges: [(String, String)]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="directed">
            <nodes>
        \(nodes.map { "      <node id=\"\($0.id)\" label=\"\($0.label)\"/>" }.joined(separator: "\n"))
            </nodes>
            <edges>
        \(edges.enumerated().map { "      <edge id=\"a\($0)\" source=\"\($1.0)\" target=\"\($1.1)\"/>" }.joined(separator: "\n"))
            </edges>
          </graph>
        </gexf>
        """
    }

    static func readBoth(nodes: [(id: String, label: String)], edges: [(String, String)]) -> [ValidationReport] {
        [
            GraphMLReader().check(data: Data(graphML(nodes: nodes, edges: edges).utf8), file: "map.graphml"),
            GEXFReader().check(data: Data(gexf(nodes: nodes, edges: edges).utf8), file: "map.gexf"),
        ]
    }

    @Test func aLabelNeverShadowsAnotherNodesID() throws {
        // The three nodes of the report: labels are the next node's id.
        for report in Self.readBoth(nodes: [("0", "1"), ("1", "2"), ("2", "3")], edges: [("1", "2")]) {
            #expect(report.problems.isEmpty, "\(report.problems)")
            let dataset = try #require(report.dataset)
            let tie = try #require(dataset.relationships.first)
            #expect((tie.from, tie.to) == ("1", "2"))
            #expect(dataset.actors.first { $0.id == tie.from }?.name == "2")
            #expect(dataset.actors.first { $0.id == tie.to }?.name == "3")
        }
    }

    @Test func celegansLikeLabelsKeepEveryTieOnItsNodes() throws {
        // As in the GEXF specification's celegans.gexf: node i is labelled i + 1. A ring and
        // its chords, with the ends each edge must keep written beside it.
        let count = 30
        let nodes: [(id: String, label: String)] = (0..<count).map { (String($0), String($0 + 1)) }
        var edges: [(String, String)] = []
        for i in 0..<count {
            edges.append((String(i), String((i + 1) % count)))
            edges.append((String(i), String((i + 7) % count)))
        }
        for report in Self.readBoth(nodes: nodes, edges: edges) {
            #expect(report.errors.isEmpty, "\(report.errors)")
            #expect(report.warnings.isEmpty, "\(report.warnings)")
            let dataset = try #require(report.dataset)
            #expect(Self.originalEnds(dataset) == edges.map { "\($0.0)→\($0.1)" })
            for tie in dataset.relationships {
                let from = try #require(dataset.actors.first { $0.id == tie.from })
                #expect(from.name == String(Int(tie.from)! + 1))
            }
        }
    }

    @Test func idsThatDifferInCaseAreTwoActors() throws {
        for report in Self.readBoth(nodes: [("ABC", "upper"), ("abc", "lower"), ("x", "x")], edges: [("ABC", "x"), ("abc", "x")]) {
            #expect(report.errors.isEmpty, "\(report.errors)")
            let dataset = try #require(report.dataset)
            #expect(dataset.actors.count == 3)
            #expect(Set(dataset.actors.map(\.id)).count == 3)
            #expect(Self.originalEnds(dataset) == ["ABC→x", "abc→x"])
            let upper = try #require(dataset.actors.first { $0.name == "upper" })
            #expect(upper.id != "abc")
            #expect(upper.attributes[DatasetAssembler.originalID] == .text("ABC"))
            // An id kept as written needs no original beside it.
            #expect(dataset.actors.first { $0.name == "lower" }?.attributes[DatasetAssembler.originalID] == nil)
        }
    }

    @Test func aMadeUpIDLeavesALaterGivenIDFree() throws {
        // `Alice Mwangi` becomes `alice-mwangi`, which the next node gives as its own id; in
        // either order the two stay apart.
        let orders: [[(id: String, label: String)]] = [
            [("Alice Mwangi", "first"), ("alice-mwangi", "second")], [("alice-mwangi", "second"), ("Alice Mwangi", "first")],
        ]
        for nodes in orders {
            for report in Self.readBoth(nodes: nodes + [("b", "b")], edges: [("Alice Mwangi", "b"), ("alice-mwangi", "b")]) {
                #expect(report.errors.isEmpty, "\(report.errors)")
                #expect(report.warnings.isEmpty, "\(report.warnings)")
                let dataset = try #require(report.dataset)
                #expect(dataset.actors.first { $0.name == "second" }?.id == "alice-mwangi")
                #expect(dataset.actors.first { $0.name == "first" }?.id == "alice-mwangi-2")
                #expect(Self.originalEnds(dataset) == ["Alice Mwangi→b", "alice-mwangi→b"])
            }
        }
    }

    @Test func anEdgeToNoNodeIsAnErrorEvenWhenALabelMatches() throws {
        for report in Self.readBoth(nodes: [("0", "Federation"), ("1", "City")], edges: [("0", "City")]) {
            #expect(report.dataset == nil)
            let problem = try #require(report.errors.first)
            #expect(problem.message == "unknown actor 'City': no node has this id.")
        }
    }

    @Test func edgeIDsAreKeptAsOriginalIDs() throws {
        let reports = Self.readBoth(nodes: [("0", "a"), ("1", "b")], edges: [("0", "1")])
        // The GraphML above names its edge `e0`, the GEXF `a0`.
        for (report, id) in zip(reports, ["e0", "a0"]) {
            let tie = try #require(report.dataset?.relationships.first)
            #expect(tie.attributes == [DatasetAssembler.originalID: .text(id)])
        }
    }

    @Test func actorMapsOwnFilesGainNoOriginalIDs() throws {
        let dataset = try #require(check(smallMap).dataset)
        for text in [GraphMLWriter().document(dataset), GEXFWriter().document(dataset)] {
            let file = text.contains("<gexf") ? "map.gexf" : "map.graphml"
            let report = file.hasSuffix("gexf") ? GEXFReader().check(data: Data(text.utf8), file: file) : GraphMLReader().check(data: Data(text.utf8), file: file)
            let read = try #require(report.dataset)
            #expect(read.actors == dataset.actors)
            #expect(read.relationships == dataset.relationships)
        }
    }

    // MARK: Tables

    func readCSV(_ files: [(String, String)]) throws -> ValidationReport {
        let folder = try TemporaryDirectory()
        return DatasetReader().check(contentsOf: try files.map { try folder.write($0.0, $0.1) })
    }

    @Test func aTableEndIsAnIDFirstAndANameSecond() throws {
        let report = try readCSV([
            ("map.actors.csv", "id,name\n0,1\n1,2\n2,3\nfed,Federation\n"),
            ("map.relationships.csv", "from,to\n1,2\nFederation,0\n"),
        ])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let dataset = try #require(report.dataset)
        #expect(dataset.relationships.map { "\($0.from)→\($0.to)" } == ["1→2", "fed→0"])
        // `1` is the id of one actor and the name of another, `2` likewise: each is reported
        // with its row and column.
        let warnings = report.warnings.filter { $0.message.contains("is the id of") }
        #expect(warnings.map { "\($0.line!):\($0.column!)" } == ["2:1", "2:2"])
        #expect(warnings[0].message == "'1' is the id of '1' and the name of '0'; the tie is drawn to '1', whose id it is.")
    }

    @Test func anEdgeListKeepsIDsThatDifferInCaseApart() throws {
        let report = try readCSV([("ties.csv", "source,target\nFed,city\nfed,city\n")])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.id) == ["fed-2", "city", "fed"])
        #expect(dataset.actors[0].attributes == [DatasetAssembler.originalID: .text("Fed")])
        #expect(Self.originalEnds(dataset) == ["Fed→city", "fed→city"])
    }

    // MARK: Self-loops

    @Test func aSelfLoopIsLeftOutWithAWarningNamingIt() throws {
        var reports = Self.readBoth(nodes: [("a", "A"), ("b", "B")], edges: [("a", "b"), ("b", "b")])
        reports.append(try readCSV([("ties.csv", "from,to\na,b\nb,b\n")]))
        for report in reports {
            #expect(report.errors.isEmpty, "\(report.errors)")
            let dataset = try #require(report.dataset)
            #expect(dataset.relationships.map { "\($0.from)→\($0.to)" } == ["a→b"])
            #expect(report.warnings.count == 1)
            let warning = try #require(report.warnings.first)
            #expect(warning.message.hasPrefix("this tie joins 'b' to itself"))
            #expect(warning.line == (warning.file == "map.graphml" ? 8 : warning.file == "map.gexf" ? 10 : 3))
        }
    }
}

/// Every file of the corpus other programs wrote reads without errors; scripts/check_corpus.py
/// checks each tie against networkx.
@Suite struct CorpusTests {
    @Test func everyCorpusFileReads() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/corpus", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { ["graphml", "gexf", "csv", "json"].contains($0.pathExtension) }
        #expect(files.count >= 25)
        for file in files {
            let report = DatasetReader().check(contentsOf: file)
            #expect(report.errors.isEmpty, "\(file.lastPathComponent): \(report.errors)")
            #expect((report.dataset?.actors.count ?? 0) > 0, "\(file.lastPathComponent)")
        }
    }
}
