import Foundation
import Testing
@testable import ActorMap

/// Every writer's output read back is the dataset it was written from: examples and seeded
/// awkward datasets through YAML, JSON, CSV, GraphML and GEXF.
@Suite struct InterchangeRoundTripTests {
    static let seeds: [UInt64] = [1, 2, 3, 17, 2024]

    static func datasets() throws -> [(String, Dataset)] {
        try ExampleDatasets.files.map { ($0.lastPathComponent, try DatasetReader().read(contentsOf: $0)) }
            + seeds.map { ("awkward seed \($0)", try AwkwardDatasets.make(seed: $0)) }
    }

    @Test func examplesAreThere() {
        #expect(ExampleDatasets.files.count >= 5)
    }

    @Test func nativeYAMLAndJSON() throws {
        for (label, dataset) in try Self.datasets() {
            for syntax in [DatasetReader.Syntax.yaml, .json] {
                let text = NativeDatasetWriter().text(dataset, syntax: syntax)
                let report = DatasetReader().check(data: Data(text.utf8), syntax: syntax, file: "round-trip")
                #expect(report.errors.isEmpty, "\(label) \(syntax): \(report.errors)")
                guard let read = report.dataset else { continue }
                expectSameDataset(read, dataset, "\(label) via \(syntax)")
                #expect(NativeDatasetWriter().text(read, syntax: syntax) == text, "\(label): \(syntax) is stable")
            }
        }
    }

    @Test func csvPair() throws {
        for (label, dataset) in try Self.datasets() {
            let folder = try TemporaryDirectory()
            let tables = CSVDatasetWriter().tables(dataset)
            let files = CSVDatasetWriter.files(for: folder.url.appendingPathComponent("map.csv"))
            try Data(tables.actors.utf8).write(to: files.actors)
            try Data(tables.relationships.utf8).write(to: files.relationships)
            try Data(tables.frame.utf8).write(to: files.frame)
            let report = DatasetReader().check(contentsOf: files.relationships)
            #expect(report.errors.isEmpty, "\(label): \(report.errors)")
            guard let read = report.dataset else { continue }
            expectSameDataset(read, dataset, "\(label) via CSV")
        }
    }
}

extension InterchangeRoundTripTests {
    @Test func anEmptyMapSurvivesEveryFormat() throws {
        let dataset = try Dataset(title: "Nothing yet", actors: [], relationships: [])
        let graphML = try #require(GraphMLReader().check(data: Data(GraphMLWriter().document(dataset).utf8), file: "e.graphml").dataset)
        expectSameDataset(graphML, dataset, "empty via GraphML")
        let gexf = try #require(GEXFReader().check(data: Data(GEXFWriter().document(dataset).utf8), file: "e.gexf").dataset)
        expectSameDataset(gexf, dataset, "empty via GEXF")
        let folder = try TemporaryDirectory()
        let tables = CSVDatasetWriter().tables(dataset)
        _ = try folder.write("e.actors.csv", tables.actors)
        _ = try folder.write("e.relationships.csv", tables.relationships)
        _ = try folder.write("e.dataset.yaml", tables.frame)
        let csv = try #require(DatasetReader().check(contentsOf: folder.url.appendingPathComponent("e.csv")).dataset)
        expectSameDataset(csv, dataset, "empty via CSV")
    }

    @Test func graphML() throws {
        for (label, dataset) in try Self.datasets() {
            let text = GraphMLWriter().document(dataset)
            let report = GraphMLReader().check(data: Data(text.utf8), file: "map.graphml")
            #expect(report.problems.isEmpty, "\(label): \(report.problems)")
            guard let read = report.dataset else { continue }
            expectSameDataset(read, dataset, "\(label) via GraphML")
            #expect(GraphMLWriter().document(read) == text, "\(label): GraphML is stable")
        }
    }

    @Test func gexf() throws {
        for (label, dataset) in try Self.datasets() {
            let text = GEXFWriter().document(dataset)
            let report = GEXFReader().check(data: Data(text.utf8), file: "map.gexf")
            #expect(report.problems.isEmpty, "\(label): \(report.problems)")
            guard let read = report.dataset else { continue }
            expectSameDataset(read, dataset, "\(label) via GEXF")
            #expect(GEXFWriter().document(read) == text, "\(label): GEXF is stable")
        }
    }
}

/// A temporary folder removed when the test ends.
struct TemporaryDirectory: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
