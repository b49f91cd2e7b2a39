import Foundation
import Testing
@testable import ActorMap

@Suite struct DatasetReaderTests {
    @Test func readsEveryFieldOfTheYAMLFormat() throws {
        let text = """
            version: 1
            title: Mukuru Special Planning Area, Nairobi
            description: Upgrading of Mukuru.
            sources:
              - {id: brief, citation: "Mitlin et al.", url: "https://example.org/brief"}
            groups:
              - {id: state, label: The State, color: "#3b6fb6"}
              - {id: academia, label: Academia}
            kinds:
              - {id: federation, label: Federation, group: community, shape: ellipse}
              - {id: university, label: University, group: academia}
            relationship_types:
              - {id: land-dispute, label: Land dispute, directed: false, sign: -1, style: dashed}
            actors:
              - id: muungano
                name: Muungano wa Wanavijiji
                kind: federation
                since: 1996
                until: null
                tags: [nairobi, sdi]
                attributes: {country: Kenya, members: 60000, share: 0.5, registered: true}
                source: brief
                note: Founded 1996.
              - {id: uon, name: University of Nairobi, kind: university, since: 2000-09}
            relationships:
              - {from: muungano, to: uon, type: collaboration, since: 2017, until: 2022-06-30, weight: 2.5, source: brief, label: SPA, note: "Mapping: all households"}
              - {from: uon, to: muungano, type: funding, since: 2011, amount: 1200000, currency: USD, attributes: {programme: SPA}}
              - {from: uon, to: muungano, type: land-dispute, since: 2001}
            """
        let report = check(text)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(dataset.title == "Mukuru Special Planning Area, Nairobi")
        #expect(dataset.description == "Upgrading of Mukuru.")
        #expect(dataset.sources == [Source(id: "brief", citation: "Mitlin et al.", url: "https://example.org/brief")])
        #expect(dataset.vocabulary.group("state")?.label == "The State")
        #expect(dataset.vocabulary.group("state")?.color == "#3b6fb6")
        #expect(dataset.vocabulary.group("community")?.label == "Organised communities")
        #expect(dataset.vocabulary.groups.last?.id == "academia")
        #expect(dataset.vocabulary.kind("federation")?.label == "Federation")
        #expect(dataset.vocabulary.relationshipType("land-dispute")?.sign == -1)

        let muungano = try #require(dataset.actor("muungano"))
        #expect(muungano.name == "Muungano wa Wanavijiji")
        #expect(muungano.period == Period(since: CalendarDate(year: 1996)))
        #expect(muungano.tags == ["nairobi", "sdi"])
        #expect(muungano.attributes == ["country": .text("Kenya"), "members": .integer(60000), "share": .number(0.5), "registered": .boolean(true)])
        #expect(muungano.note == "Founded 1996.")
        #expect(dataset.actor("uon")?.period.since == CalendarDate(year: 2000, month: 9))
        #expect(dataset.group(ofActorAt: 1).id == "academia")

        let collaboration = dataset.relationships[0]
        #expect(collaboration.weight == 2.5)
        #expect(collaboration.period.until == CalendarDate(year: 2022, month: 6, day: 30))
        #expect(collaboration.label == "SPA")
        #expect(collaboration.note == "Mapping: all households")
        let funding = dataset.relationships[1]
        #expect(funding.amount == 1_200_000)
        #expect(funding.currency == "USD")
        #expect(funding.weight == 1)
        #expect(funding.attributes == ["programme": .text("SPA")])
        #expect(dataset.relationshipEnds[1] == RelationshipEnds(from: 1, to: 0, type: dataset.vocabulary.typeIndex(of: "funding")!))
        #expect(dataset.yearSpan == 1996...2022)
    }

    @Test func readsTheSameDatasetFromJSON() throws {
        let yaml = try #require(check(smallMap).dataset)
        let json = """
            {"title": "Small map",
             "sources": [{"id": "brief", "citation": "A brief"}],
             "actors": [
               {"id": "fed", "name": "Federation", "kind": "federation", "since": 2000},
               {"id": "county", "name": "County", "kind": "county-government", "since": "2005", "until": 2020},
               {"id": "donor", "name": "Donor", "kind": "donor", "until": null}],
             "relationships": [
               {"from": "fed", "to": "county", "type": "contention", "since": 2005, "until": 2010, "source": "brief"},
               {"from": "fed", "to": "county", "type": "mou", "since": 2012, "until": 2020, "weight": 2, "source": "brief"},
               {"from": "donor", "to": "fed", "type": "funding", "since": 2008, "until": 2015, "amount": 50000, "currency": "USD"}]}
            """
        let report = check(json, syntax: .json, file: "map.json")
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors == yaml.actors)
        #expect(dataset.relationships == yaml.relationships)
        #expect(dataset.sources == yaml.sources)
    }

    @Test func jsonProblemsNameTheirLine() throws {
        let json = """
            {"title": "x",
             "actors": [
               {"id": "a", "name": "A", "kind": "federaton"}]}
            """
        let problem = try #require(check(json, syntax: .json, file: "map.json").errors.first)
        #expect(problem.line == 3)
        #expect(problem.path == "actors[0].kind")
        #expect(problem.fix == "did you mean 'federation'?")
    }

    @Test func guessesTheSyntaxWhenTheNameDoesNotSay() throws {
        let json = #"{"title": "t", "actors": [{"id": "a", "name": "A", "kind": "donor"}]}"#
        let report = DatasetReader().check(data: Data(json.utf8), file: "map.txt")
        #expect(report.dataset?.actors.count == 1)
    }

    @Test func readsFilesByExtension() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-reader-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("map.yml")
        try Data(smallMap.utf8).write(to: file)
        let dataset = try DatasetReader().read(contentsOf: file)
        #expect(dataset.actors.count == 3)
        #expect(throws: DatasetError.self) { try DatasetReader().read(contentsOf: directory.appendingPathComponent("missing.yaml")) }
    }

    @Test func keepsUnicodeNames() throws {
        let text = """
            title: "Valparaíso · ชุมชน"
            actors:
              - {id: codi, name: "สถาบันพัฒนาองค์กรชุมชน (CODI)", kind: national-agency}
              - {id: valpo, name: "Municipalidad de Valparaíso", kind: city-government}
            relationships:
              - {from: codi, to: valpo, type: information-sharing}
            """
        let dataset = try #require(check(text).dataset)
        #expect(dataset.actors[0].name == "สถาบันพัฒนาองค์กรชุมชน (CODI)")
        #expect(dataset.title == "Valparaíso · ชุมชน")
    }

    @Test func stripsAByteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(smallMap.utf8)
        #expect(DatasetReader().check(data: data, syntax: .yaml).dataset != nil)
    }
}
