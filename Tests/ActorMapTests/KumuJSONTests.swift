import Foundation
import Testing
@testable import ActorMap

/// Kumu's JSON, as its project export and its blueprints write it.
@Suite struct KumuJSONTests {
    func read(_ text: String, name: String = "kumu.json") throws -> ValidationReport {
        let folder = try TemporaryDirectory()
        return DatasetReader().check(contentsOf: try folder.write(name, text))
    }

    @Test func readsAProjectExport() throws {
        let report = try read("""
            {
              "elements": [
                {"_id": "elem-Fq3RzX1b", "attributes": {"label": "Muungano wa Wanavijiji", "element type": "Federation",
                  "description": "Kenya's federation", "tags": ["nairobi", "sdi"], "members": 100000, "start date": "1996"}},
                {"_id": "elem-9kPq2LmN", "attributes": {"label": "Nairobi City County", "element type": "County government"}},
                {"_id": "elem-Zz0", "attributes": {"label": "Akiba Mashinani Trust", "element type": "Organization", "registered": true}}
              ],
              "connections": [
                {"_id": "conn-1", "from": "elem-Fq3RzX1b", "to": "elem-9kPq2LmN", "direction": "mutual",
                 "attributes": {"connection type": "MoU", "strength": 2.5, "start date": "2017"}},
                {"_id": "conn-2", "from": "elem-Zz0", "to": "elem-Fq3RzX1b", "attributes": {"connection type": "Funding"}}
              ],
              "loops": [],
              "maps": [{"name": "Main"}]
            }
            """)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.id) == ["muungano-wa-wanavijiji", "nairobi-city-county", "akiba-mashinani-trust"])
        let muungano = dataset.actors[0]
        #expect(muungano.kind == "federation")
        #expect(muungano.note == "Kenya's federation")
        #expect(muungano.tags == ["nairobi", "sdi"])
        #expect(muungano.period.since == CalendarDate(year: 1996))
        #expect(muungano.attributes == ["members": .integer(100_000), "original_id": .text("elem-Fq3RzX1b")])
        #expect(dataset.actors[2].attributes["registered"] == .boolean(true))
        let ties = dataset.relationships
        #expect(ties.map { "\($0.from)→\($0.to)" } == ["muungano-wa-wanavijiji→nairobi-city-county", "akiba-mashinani-trust→muungano-wa-wanavijiji"])
        #expect(ties.map(\.type) == ["mou", "funding"])
        #expect(ties[0].weight == 2.5)
        #expect(ties.map { $0.attributes["original_id"] } == [.text("conn-1"), .text("conn-2")])
        // A connection runs one way unless it says otherwise, as in Kumu.
        #expect(dataset.vocabulary.relationshipType("funding")?.directed == true)
    }

    @Test func readsABlueprint() throws {
        let report = try read("""
            {
              "elements": [
                {"label": "A", "type": "Letter", "description": "This is A", "tags": ["one", "two"]},
                {"label": "B", "type": "Letter", "Favorite Dessert": "shave ice"},
                {"id": "e3", "label": "A"}
              ],
              "connections": [
                {"from": "A", "to": "B", "type": "likes"},
                {"from": "B", "to": "e3", "direction": "undirected", "type": "knows"}
              ]
            }
            """, name: "blueprint.json")
        #expect(report.errors.isEmpty, "\(report.errors)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.name) == ["A", "B", "A"])
        #expect(dataset.actors[1].attributes == ["Favorite Dessert": .text("shave ice")])
        #expect(dataset.relationships.map { "\($0.from)→\($0.to)" } == ["a→b", "b→e3"])
        #expect(dataset.vocabulary.relationshipType("likes")?.directed == true)
        #expect(dataset.vocabulary.relationshipType("knows")?.directed == false)
    }

    @Test func nativeJSONIsNotTakenForKumu() throws {
        #expect(!KumuJSONReader.recognises(Data(#"{"title": "t", "actors": [], "relationships": [], "note": "elements"}"#.utf8)))
        #expect(KumuJSONReader.recognises(Data(#"{"connections": [{"from": "a", "to": "b"}]}"#.utf8)))
    }

    @Test func kumuCSVConnectionsRunOneWay() throws {
        let folder = try TemporaryDirectory()
        let kumu = DatasetReader().check(contentsOf: try folder.write("connections.csv", "From,To,Type\nA,B,Funding\n"))
        #expect(try #require(kumu.dataset).vocabulary.relationshipType("funding")?.directed == true)
        let plain = DatasetReader().check(contentsOf: try folder.write("ties.csv", "from,to,type\nA,B,Partnership\n"))
        #expect(try #require(plain.dataset).vocabulary.relationshipType("partnership")?.directed == false)
    }
}

/// The search that tells Kumu's JSON from a map's own, against Foundation's `range(of:)`.
@Suite struct KumuWordSearchTests {
    @Test func findsAWordWhereverFoundationFindsIt() {
        // Texts over a small alphabet, so that near misses are common: every prefix of the
        // word, the word at the start and the end, and texts shorter than it.
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(#""elmnts"#.utf8)
        for length in 0..<64 {
            for _ in 0..<40 {
                var bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                // Half the texts have the word planted somewhere, the last byte included.
                if Bool.random(using: &generator) {
                    bytes.insert(contentsOf: Array(#""elements""#.utf8), at: Int.random(in: 0...length, using: &generator))
                }
                let data = Data(bytes)
                let expected = data.range(of: Data(#""elements""#.utf8)) != nil
                #expect(KumuJSONReader.holds(data, "\"elements\"") == expected, "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(KumuJSONReader.holds(Data(#""elements": []"#.utf8), "\"elements\""))
        #expect(KumuJSONReader.holds(Data(#"{"x": 1, "elements""#.utf8), "\"elements\""))
        #expect(!KumuJSONReader.holds(Data(#""element""#.utf8), "\"elements\""))
        #expect(!KumuJSONReader.holds(Data(), "\"elements\""))
    }
}
