import Foundation
import Testing
@testable import ActorMap

/// Ties of weight 0, as Gephi, GraphML and Kumu files carry them: kept as ties by every
/// reader and writer, and measured as networkx measures them
/// (`Fixtures/weight-zero/weight-zero-reference.py` says how, case by case).
@Suite struct WeightZeroTests {
    static let cases: [ReferenceCase] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/weight-zero/weight-zero-reference", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return [] }
        struct File: Decodable { var cases: [ReferenceCase] }
        return (try? JSONDecoder().decode(File.self, from: data).cases) ?? []
    }()

    @Test func theCasesAreThere() {
        #expect(Self.cases.count == 3)
        #expect(Self.cases.allSatisfy { $0.ties.contains { $0.weight == 0 } })
    }

    @Test(arguments: cases)
    func measuresMatchNetworkx(_ reference: ReferenceCase) throws {
        let projection = try reference.projected()
        // Every tie is a tie, whatever its weight: 8 edges, or 8 arcs.
        #expect(projection.tieCount == 8)
        let degrees = projection.degrees()
        let paths = projection.pathMeasures()
        let measured: [(String, [Double])] = [
            ("degree", degrees.degree.map(Double.init)), ("strength", degrees.strength),
            ("betweenness", paths.betweenness), ("closeness", paths.closeness), ("harmonic", paths.harmonic),
            ("pagerank", try projection.pageRank()), ("constraint", projection.constraint()),
            ("effective_size", projection.effectiveSize()), ("clustering", projection.clustering()),
        ]
        for (measure, values) in measured {
            let expected = try #require(reference.expectedActorValues(measure), "\(measure) missing")
            expectClose(values, expected, "\(reference.name) \(measure)")
        }
    }

    /// Every triangle's geometric mean is 0 when every tie weighs 0, so clustering is 0
    /// (networkx divides by the largest weight, 0, and fails); constraint and effective size
    /// give each contact a share of 0: constraint Σ (0 + 0)² = 0, effective size Σ (1 − 0) = 2.
    @Test func aTriangleOfWeightZeroHasNoClusteringAndNoConstraint() {
        let triangle = PathTestGraphs.undirected(3, [(0, 1), (1, 2), (0, 2)], weights: [0, 0, 0])
        #expect(triangle.clustering() == [0, 0, 0])
        #expect(triangle.constraint() == [0, 0, 0])
        #expect(triangle.effectiveSize() == [2, 2, 2])
        // No path runs along a tie of weight 0: nobody reaches anybody.
        #expect(triangle.pathMeasures().closeness == [0, 0, 0])
        #expect(triangle.degrees().degree == [2, 2, 2])
    }

    /// networkx's `write_graphml` of the weighted case: every edge, weight 0 included, is read.
    @Test func graphMLFromNetworkxKeepsEveryTie() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/weight-zero/weight-zero", withExtension: "graphml"))
        let report = DatasetReader().check(contentsOf: url)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let dataset = try #require(report.dataset)
        let reference = try #require(Self.cases.first { $0.name == "weight_zero_undirected_weighted" })
        let tie = { (from: String, to: String) in "\(min(from, to))-\(max(from, to))" }
        let read = Dictionary(uniqueKeysWithValues: dataset.relationships.map { (tie($0.from, $0.to), $0.weight) })
        let expected = Dictionary(uniqueKeysWithValues: reference.ties.map { (tie($0.from, $0.to), $0.weight ?? 1) })
        #expect(read == expected)
    }

    /// A tie of weight 0 in each format another tool writes, and through each of ActorMap's
    /// writers and back.
    @Test func everyFormatKeepsAWeightOfZero() throws {
        let folder = try TemporaryDirectory()
        let files: [(String, String)] = [
            ("edges.csv", "Source,Target,Weight\na,b,0\nb,c,2\n"),
            ("kumu.json", #"{"elements": [{"label": "a"}, {"label": "b"}, {"label": "c"}], "connections": [{"from": "a", "to": "b", "strength": 0}, {"from": "b", "to": "c", "strength": 2}]}"#),
            ("map.gexf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
                <nodes><node id="a" label="a"/><node id="b" label="b"/><node id="c" label="c"/></nodes>
                <edges><edge id="0" source="a" target="b" weight="0.0"/><edge id="1" source="b" target="c" weight="2.0"/></edges>
                </graph></gexf>
                """),
            ("map.yaml", """
                title: Zero
                actors: [{id: a, name: a, kind: federation}, {id: b, name: b, kind: federation}, {id: c, name: c, kind: federation}]
                relationships: [{from: a, to: b, type: collaboration, weight: 0}, {from: b, to: c, type: collaboration, weight: 2}]
                """),
        ]
        for (name, text) in files {
            let report = DatasetReader().check(contentsOf: try folder.write(name, text))
            #expect(report.errors.isEmpty, "\(name): \(report.errors)")
            let dataset = try #require(report.dataset, "\(name)")
            #expect(dataset.relationships.map(\.weight) == [0, 2], "\(name)")
            for format in DatasetFormat.allCases {
                let target = folder.url.appendingPathComponent("\(name)-back.\(format.rawValue)")
                for file in format.files(dataset, at: target) { try Data(file.text.utf8).write(to: file.url) }
                let back = DatasetReader().check(contentsOf: target)
                #expect(back.dataset?.relationships.map(\.weight) == [0, 2], "\(name) via \(format): \(back.errors)")
            }
        }
    }

    @Test func aNegativeWeightIsRefusedAtItsCell() throws {
        let folder = try TemporaryDirectory()
        let report = DatasetReader().check(contentsOf: try folder.write("edges.csv", "Source,Target,Weight\na,b,-1\n"))
        #expect(report.dataset == nil)
        let problem = try #require(report.errors.first)
        #expect(problem.message == "weight must be a finite number of at least 0, not -1.")
        #expect(problem.fix?.contains("a hostile tie is one of a negative type") == true)
        #expect((problem.file, problem.line, problem.column) == (folder.url.appendingPathComponent("edges.csv").relativePath, 2, 3))
    }
}
