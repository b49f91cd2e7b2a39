import Foundation
import Testing
@testable import ActorMap

/// JSON read by the scanner gives what it gave when Yams read it: the same dataset and the
/// same problems at the same lines and columns.
///
/// Until the scanner, the reader checked JSON's syntax and then handed the text to Yams as
/// YAML (JSON is YAML's flow style). ActorMap's JSON writer escapes every character YAML
/// reads differently, so its files read through Yams exactly as before: reading the same
/// bytes as `.yaml` is the old reader, as `.json` the new one.
@Suite struct JSONEquivalenceTests {
    static func sameReading(_ text: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let data = Data(text.utf8)
        let scanned = DatasetReader().check(data: data, syntax: .json, file: "map")
        let composed = DatasetReader().check(data: data, syntax: .yaml, file: "map")
        #expect(scanned.problems == composed.problems, "\(label)", sourceLocation: sourceLocation)
        #expect((scanned.dataset == nil) == (composed.dataset == nil), "\(label)", sourceLocation: sourceLocation)
        if let scanned = scanned.dataset, let composed = composed.dataset {
            expectSameDataset(scanned, composed, label, sourceLocation: sourceLocation)
            #expect(NativeDatasetWriter().text(scanned, syntax: .yaml) == NativeDatasetWriter().text(composed, syntax: .yaml), "\(label)",
                    sourceLocation: sourceLocation)
        }
    }

    /// The examples, seeded awkward maps and every map of the interchange fixtures, written
    /// as JSON.
    @Test func everyBundledMapReadsAsBefore() throws {
        var maps = try ExampleDatasets.files.map { ($0.lastPathComponent, try DatasetReader().read(contentsOf: $0)) }
        maps += try [1, 2, 3, 17, 2024].map { ("awkward seed \($0)", try AwkwardDatasets.make(seed: $0)) }
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        for folder in ["corpus", "interchange"] {
            let files = try FileManager.default.contentsOfDirectory(at: fixtures.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent })
            where ["graphml", "gexf", "json", "xlsx"].contains(file.pathExtension) {
                if let dataset = DatasetReader().check(contentsOf: file).dataset { maps.append((file.lastPathComponent, dataset)) }
            }
        }
        #expect(maps.count >= 20)
        for (label, dataset) in maps {
            Self.sameReading(NativeDatasetWriter().text(dataset, syntax: .json), label)
        }
    }

    /// Maps with problems of every kind the walk reports, and values of every type.
    @Test(arguments: [
        #"{"title": 123, "actors": [{"id": 1, "name": true, "kind": "donor", "tags": [null, 1.5, "x"], "since": 2000.0, "until": "2010"}]}"#,
        #"{"title": "t", "version": -0, "actors": [{"id": "a", "name": "A", "kind": "donor", "attributes": {"z": -0, "f": 1.50, "e": 1E2, "b": true, "n": null, "big": 123456789012345678901234, "t": "x"}}]}"#,
        #"{"title": "t", "version": 99999999999999999999999, "actors": [{"id": "a", "name": "A", "kind": "donor"}]}"#,
        #"{"title": "t", "version": 2, "actors": [{"id": "a", "name": "A", "kind": "donor", "since": 99999}]}"#,
        #"{"title": "t", "actors": [{"id": "a", "name": "A", "kind": "donor"}, {"id": "b", "name": "B", "kind": "donor"}], "relationships": [{"from": "a", "to": "b", "type": "mou", "weight": -0}, {"from": "a", "to": "b", "type": "mou", "weight": 1e-400, "amount": "5"}]}"#,
        #"{"title": "t", "actors": [], "relationships": [{"from": "a", "to": "b", "type": "mou", "weight": true}],}"#,
        "{\"title\": \"t\",\n \"actors\": [\n  {\"id\": \"é\", \"name\": \"ééé\", \"kind\": \"federaton\", \"colour\": 1},\n  [1, 2],\n  \"x\",\n  {}],\n \"relationships\": {\"a\": 1}}",
        #"{"": 1, "title": ["t"], "description": {"a": 1}, "as_of": "15/03/2017", "actors": [{"id": "a", "name": "A", "kind": "donor", "since": [2000], "tags": {"a": 1}, "attributes": [1]}]}"#,
        #"{"title": "t", "relationship_types": [{"id": "x", "label": "X", "directed": "yes", "sign": 1.5}], "actors": [{"id": "a", "name": "A", "kind": "donor", "attributes": {"list": [1], "map": {"a": 1}}}]}"#,
        #"[1, 2]"#, #""hello""#, "42", "{}", "null",
    ])
    func mapsWithProblemsReadAsBefore(text: String) {
        Self.sameReading(text, text)
    }
}
