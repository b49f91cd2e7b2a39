import Foundation
import Testing
@testable import ActorMap

/// Datasets whose text is everything an export can trip on: Unicode, commas, quotes, line
/// breaks (`\n` and `\r\n`), tabs, markup characters, leading spaces, `|` inside tags, text
/// that looks like a number, and periods that are open, years, months and days.
enum AwkwardDatasets {
    static let texts = [
        "Muungano wa Wanavijiji", "สถาบันพัฒนาองค์กรชุมชน (CODI)", "Municipalidad de Valparaíso",
        "Comma, separated, name", "She said \"upgrade\" twice", "Line one\nline two", "Windows\r\nline break",
        "Tabs\tinside", "<markup> & 'quotes'", "  leading spaces", "trailing spaces  ", "emoji 🏘️ settlement",
        "1996", "true", "null", "- dash first", "key: value # not a comment", "Ünïcödé ñame", "semi;colon",
        "ends with backslash \\", "[brackets] {braces}", "02139", "=SUM(A1)",
    ]

    static func make(seed: UInt64, actors actorCount: Int = 14, relationships relationshipCount: Int = 30) throws -> Dataset {
        var random = SplitMix64(seed: seed)
        func text() -> String { texts.randomElement(using: &random)! }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &random) ? value() : nil }
        func period() -> Period {
            func date() -> CalendarDate? {
                let year = Int.random(in: 1990...2024, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: return nil
                case 1: return CalendarDate(year: year)
                case 2: return CalendarDate(year: year, month: Int.random(in: 1...12, using: &random))
                default: return CalendarDate(year: year, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))
                }
            }
            let first = date(), second = date()
            guard let since = first, let until = second else { return Period(since: first, until: second) }
            return since.firstDay <= until.lastDay ? Period(since: since, until: until) : Period(since: until, until: since)
        }

        let sources = [
            Source(id: "brief", citation: "Brief, with \"quotes\", commas\nand a line break", url: "https://example.org/a?b=1&c=2"),
            Source(id: "interview", citation: "Interview — ñ, 日本語"),
        ]
        let groups = [Group(id: "faith", label: "Faith & <belief> groups", color: "#123abc")]
        let kinds = [ActorKind(id: "church", label: "Church, parish", group: "faith", shape: "house")]
        let types = [RelationshipType(id: "land-dispute", label: "Land \"dispute\"", directed: true, sign: -1, color: "#d55e00", style: "dashed")]
        let kindIDs = ["federation", "city-government", "donor", "support-ngo", "church"]
        let typeIDs = ["mou", "funding", "contention", "collaboration", "land-dispute"]

        var actors: [Actor] = []
        for index in 0..<actorCount {
            var attributes: [String: AttributeValue] = [:]
            if Bool.random(using: &random) { attributes["members"] = .integer(Int.random(in: -5...100_000, using: &random)) }
            if Bool.random(using: &random) { attributes["share"] = .number([0.5, 2.0, 1e-05, 123.25, -3.0].randomElement(using: &random)!) }
            if Bool.random(using: &random) { attributes["registered"] = .boolean(Bool.random(using: &random)) }
            if Bool.random(using: &random) { attributes["motto"] = .text(text()) }
            if Bool.random(using: &random) { attributes["postcode"] = .text(["02139", "1996", "true", "2.5"].randomElement(using: &random)!) }
            if Bool.random(using: &random) { attributes["type"] = .text("clashes with a field") }
            actors.append(Actor(
                id: "actor-\(index)", name: text(), kind: kindIDs.randomElement(using: &random)!, period: .always,
                tags: maybe(["nairobi", "a|b pipe", "with space", "ünï"].shuffled(using: &random).prefix(2).map { $0 }) ?? [],
                attributes: attributes, source: maybe(sources.randomElement(using: &random)!.id), note: maybe(text())))
        }
        var relationships: [Relationship] = []
        for _ in 0..<relationshipCount {
            let from = Int.random(in: 0..<actorCount, using: &random)
            var to = Int.random(in: 0..<(actorCount - 1), using: &random)
            if to >= from { to += 1 }
            var attributes: [String: AttributeValue] = [:]
            if Bool.random(using: &random) { attributes["programme"] = .text(text()) }
            if Bool.random(using: &random) { attributes["year signed"] = .integer(Int.random(in: 1990...2024, using: &random)) }
            relationships.append(Relationship(
                from: actors[from].id, to: actors[to].id, type: typeIDs.randomElement(using: &random)!, period: period(),
                weight: [1, 2, 0.5, 3.75].randomElement(using: &random)!, amount: maybe(Double(Int.random(in: 0...2_000_000, using: &random))),
                currency: maybe("USD"), source: maybe(sources.randomElement(using: &random)!.id), label: maybe(text()),
                note: maybe(text()), attributes: attributes))
        }
        return try Dataset(
            title: "Awkward map \(seed): \"quotes\", commas, ümlauts", description: maybe("Line one\nline two, with \"quotes\""),
            sources: sources, groups: groups, kinds: kinds, relationshipTypes: types, actors: actors, relationships: relationships)
    }
}

/// The bundled example maps.
enum ExampleDatasets {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/Datasets")

    /// The maps, by name; none, and a test that loops over them would assert nothing, so the
    /// test that asks fails instead.
    static var files: [URL] {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        if files.isEmpty { Issue.record("no example maps (.yaml) in \(folder.path)") }
        return files
    }
}

/// Checks that two datasets hold the same actors, relationships, periods, types, weights,
/// attributes, sources and definitions.
func expectSameDataset(_ actual: Dataset, _ expected: Dataset, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.title == expected.title, "\(label): title", sourceLocation: sourceLocation)
    #expect(actual.description == expected.description, "\(label): description", sourceLocation: sourceLocation)
    #expect(actual.sources == expected.sources, "\(label): sources", sourceLocation: sourceLocation)
    #expect(actual.groups == expected.groups, "\(label): groups", sourceLocation: sourceLocation)
    #expect(actual.kinds == expected.kinds, "\(label): kinds", sourceLocation: sourceLocation)
    #expect(actual.relationshipTypes == expected.relationshipTypes, "\(label): relationship types", sourceLocation: sourceLocation)
    #expect(actual.actors.count == expected.actors.count, "\(label): actor count", sourceLocation: sourceLocation)
    for (a, e) in zip(actual.actors, expected.actors) where a != e {
        #expect(a == e, "\(label): actor \(e.id)", sourceLocation: sourceLocation)
    }
    #expect(actual.relationships.count == expected.relationships.count, "\(label): relationship count", sourceLocation: sourceLocation)
    for (index, (a, e)) in zip(actual.relationships, expected.relationships).enumerated() where a != e {
        #expect(a == e, "\(label): relationships[\(index)]", sourceLocation: sourceLocation)
    }
}
