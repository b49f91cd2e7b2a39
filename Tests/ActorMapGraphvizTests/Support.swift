import ActorMap
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a dataset from YAML text.
func dataset(_ yaml: String) throws -> Dataset {
    let report = DatasetReader().check(data: Data(yaml.utf8), syntax: .yaml, file: "map.yaml")
    return try #require(report.dataset, "\(report.problems)")
}

/// Parses SVG bytes as XML; fails the test when they are not well formed.
func svgDocument(_ data: Data) throws -> XMLDocument {
    try XMLDocument(data: data, options: [])
}

extension XMLNode {
    /// The elements below this node matching an XPath expression.
    func elements(_ path: String) throws -> [XMLElement] {
        try nodes(forXPath: path).compactMap { $0 as? XMLElement }
    }

    /// An attribute's value, read through XPath: FoundationXML's `attribute(forName:)` does
    /// not find unprefixed attributes in a document with a default namespace, as SVG has.
    func value(of attribute: String) -> String? {
        (try? nodes(forXPath: "@\(attribute)"))?.first?.stringValue
    }
}

/// A seeded generator, so that a failure with a random map reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A map of `actors` actors of every kind with about twice as many ties of every type,
/// funding loops and parallel ties included.
func randomMap(actors: Int, seed: UInt64) throws -> Dataset {
    var generator = SplitMix64(state: seed)
    let catalogue = Vocabulary.catalogue
    let people = (0..<actors).map { index in
        Actor(id: "actor-\(index)", name: "Actor \(index)", kind: catalogue.kinds.randomElement(using: &generator)!.id)
    }
    let ties = (0..<(actors * 2)).map { _ in
        let from = Int.random(in: 0..<actors, using: &generator)
        let to = (from + Int.random(in: 1..<actors, using: &generator)) % actors
        return Relationship(from: people[from].id, to: people[to].id,
                            type: catalogue.relationshipTypes.randomElement(using: &generator)!.id)
    }
    return try Dataset(title: "Random map of \(actors)", actors: people, relationships: ties)
}
