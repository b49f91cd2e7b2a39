import Foundation
import Testing
@testable import ActorMap

/// A graph with values computed by networkx, scipy, R's sna and igraph, from
/// `Fixtures/reference/make_reference.py`.
struct ReferenceCase: Decodable, CustomTestStringConvertible, Sendable {
    struct ActorEntry: Decodable, Sendable {
        var id: String
        var group: String?

        enum CodingKeys: String, CodingKey { case id, group }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeLooseText(forKey: .id)
            group = try container.decodeIfPresent(LooseText.self, forKey: .group)?.text
        }
    }

    struct TypeEntry: Decodable, Sendable {
        var id: String
        var directed: Bool
        var sign: Int
    }

    struct Tie: Decodable, Sendable {
        var from: String
        var to: String
        var type: String
        var weight: Double?

        enum CodingKeys: String, CodingKey { case from, to, type, weight }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            from = try container.decodeLooseText(forKey: .from)
            to = try container.decodeLooseText(forKey: .to)
            type = try container.decode(String.self, forKey: .type)
            weight = try container.decodeIfPresent(Double.self, forKey: .weight)
        }
    }

    struct ProjectionEntry: Decodable, Sendable {
        var direction: String
        var weighted: Bool
        var types: [String]?
    }

    struct Expected: Decodable, Sendable {
        var actors: [String: [String: Double?]]
        var graph: [String: Double?]
    }

    var name: String
    var description: String?
    var actors: [ActorEntry]
    var relationship_types: [TypeEntry]
    var ties: [Tie]
    var projection: ProjectionEntry
    var beta: Double?
    var expected: Expected

    var testDescription: String { name }

    /// Fixture ids can be names ("Medici") or numbers; the dataset gets well-formed ids
    /// `n0`, `n1`… in the fixture's order, and groups `g0`, `g1`… in order of appearance.
    func datasetID(ofActor fixtureID: String) -> String {
        "n\(actors.firstIndex { $0.id == fixtureID }!)"
    }

    func dataset() throws -> Dataset {
        var groupIDs: [String: String] = [:]
        for actor in actors {
            let group = actor.group ?? "none"
            if groupIDs[group] == nil { groupIDs[group] = "g\(groupIDs.count)" }
        }
        let groups = groupIDs.map { ActorMap.Group(id: $0.value, label: $0.key) }
        let kinds = groupIDs.map { ActorKind(id: "k-\($0.value)", label: $0.key, group: $0.value) }
        let types = relationship_types.map {
            RelationshipType(id: $0.id, label: $0.id, directed: $0.directed, sign: $0.sign)
        }
        let datasetActors = actors.enumerated().map { index, actor in
            Actor(id: "n\(index)", name: actor.id, kind: "k-\(groupIDs[actor.group ?? "none"]!)")
        }
        let relationships = ties.map {
            Relationship(from: datasetID(ofActor: $0.from), to: datasetID(ofActor: $0.to), type: $0.type, weight: $0.weight ?? 1)
        }
        return try Dataset(
            title: name, groups: groups, kinds: kinds, relationshipTypes: types,
            actors: datasetActors, relationships: relationships)
    }

    var projectionOptions: ProjectionOptions {
        ProjectionOptions(
            types: projection.types.map { .only(Set($0)) } ?? .positive,
            direction: projection.direction == "directed" ? .directed : .undirected,
            weighted: projection.weighted)
    }

    func snapshot() throws -> Snapshot { Snapshot(try dataset()) }

    func projected() throws -> Projection { try snapshot().projection(projectionOptions) }

    /// The expected values of a per-actor measure in node order (`nil` where undefined),
    /// or `nil` when the fixture does not hold the measure.
    func expectedActorValues(_ measure: String) -> [Double?]? {
        guard let values = expected.actors[measure] else { return nil }
        return actors.map { values[$0.id] ?? nil }
    }

    func expectedGraphValue(_ measure: String) -> Double?? {
        expected.graph[measure]
    }
}

enum ReferenceCases {
    static let all: [ReferenceCase] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/reference/metrics-reference", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return [] }
        struct File: Decodable { var cases: [ReferenceCase] }
        do {
            return try JSONDecoder().decode(File.self, from: data).cases
        } catch {
            Issue.record("metrics-reference.json does not decode: \(error)")
            return []
        }
    }()

    static func named(_ name: String) -> ReferenceCase? { all.first { $0.name == name } }
}

/// Compares measured values with reference values, `nil` in the reference meaning
/// undefined (NaN in ActorMap).
func expectClose(
    _ actual: [Double], _ expected: [Double?], tolerance: Double = 1e-6, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(label): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    for (index, (value, reference)) in zip(actual, expected).enumerated() {
        if let reference {
            #expect(abs(value - reference) <= tolerance * max(1, abs(reference)),
                    "\(label)[\(index)]: \(value), expected \(reference)", sourceLocation: sourceLocation)
        } else {
            #expect(value.isNaN, "\(label)[\(index)]: \(value), expected undefined", sourceLocation: sourceLocation)
        }
    }
}

private struct LooseText: Decodable {
    var text: String
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let int = try? container.decode(Int.self) {
            text = String(int)
        } else {
            text = try container.decode(String.self)
        }
    }
}

private extension KeyedDecodingContainer {
    func decodeLooseText(forKey key: Key) throws -> String {
        try decode(LooseText.self, forKey: key).text
    }
}
