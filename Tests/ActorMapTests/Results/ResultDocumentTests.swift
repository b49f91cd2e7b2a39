import Foundation
import Testing
@testable import ActorMap

/// The results every command prints, built in the library: keyed by actor, and stamped
/// with the schema version and provenance when written as JSON.
///
/// The map is PowerShiftTests' map, whose degrees are worked out there by hand. In 2015,
/// over positive ties: Federation 3, City 2, Agency 2, Donor 1.
@Suite struct ResultDocumentTests {
    let dataset: Dataset
    let table: MetricsTable
    let provenance = Provenance(inputs: [Provenance.Input(path: "map.yaml", sha256: String(repeating: "ab", count: 32))],
                                arguments: ["metrics", "map.yaml", "--seed", "7"], seed: 7)

    init() throws {
        dataset = try #require(check(shiftMapText).dataset)
        table = MetricsTable(Snapshot(dataset, at: .year(2015)))
    }

    @Test func rowsAreKeyedByActorAndOrderedAsAsked() {
        let byDegree = MetricsReport(table, order: .highest(.degree))
        // Agency and City tie at 2 and follow by name.
        #expect(byDegree.rows.map(\.id) == ["fed", "agency", "city", "donor"])
        #expect(byDegree.row(for: "fed")?.values[.degree] == 3)
        #expect(byDegree.row(for: "city")?.values[.degree] == 2)
        #expect(byDegree.row(for: "city")?.group == "state")
        #expect(byDegree.row(for: "ngo") == nil, "the NGO left in 2012")
        #expect(MetricsReport(table, order: .name).rows.map(\.name) == ["Agency", "City", "Donor", "Federation"])
        #expect(MetricsReport(table, order: .highest(.degree), limit: 2).rows.map(\.id) == ["fed", "agency"])
    }

    @Test func countsPrintAsWholeNumbers() throws {
        let csv = MetricsReport(table, order: .highest(.degree)).csv()
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let degree = try #require(lines[0].firstIndex(of: "degree"))
        #expect(lines.dropFirst().map { $0[degree] } == ["3", "2", "2", "1"])
    }

    /// Every JSON document: its own keys, plus `schema_version` 1 and the provenance given.
    @Test func everyJSONDocumentCarriesTheSchemaVersionAndProvenance() throws {
        let series = MetricSeries(dataset, moments: MetricSeries.moments(from: 2010, to: 2015), options: MetricOptions())
        let shift = PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree)
        let documents: [(String, String, String)] = [
            ("metrics", try MetricsReport(table).json(provenance: provenance), "actors"),
            ("series", try SeriesReport(series, measures: [.degree]).json(provenance: provenance), "graph"),
            ("shift", try ShiftReport(shift).json(provenance: provenance), "transitions"),
            ("summary", try DatasetSummary(Snapshot(dataset, at: .allTime)).json(provenance: provenance), "relationship_types"),
            ("validate", try ValidationResults([.init(file: "map.yaml", report: check("title: x"), strict: false)]).json(provenance: provenance), "files"),
        ]
        for (name, text, ownKey) in documents {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(name)")
            #expect(json["schema_version"] as? Int == 1, "\(name)")
            #expect(json[ownKey] != nil, "\(name) keeps its own fields")
            let stamped = try JSONSerialization.data(withJSONObject: try #require(json["provenance"], "\(name)"))
            #expect(try JSONDecoder().decode(Provenance.self, from: stamped) == provenance, "\(name)")
        }
    }

    @Test func theGlossaryTakesNamesAsUsersWriteThem() {
        #expect(Glossary.entry(for: "Effective size") == "effective_size: \(Measure.effectiveSize.explanation)")
        #expect(Glossary.entry(for: "ei-index") == "ei_index: \(MapFigure.eiIndex.explanation)")
        #expect(Glossary.entry(for: "betweeness") == nil)
        #expect(Glossary.names.count == Measure.allCases.count + MapFigure.allCases.count)
    }
}
