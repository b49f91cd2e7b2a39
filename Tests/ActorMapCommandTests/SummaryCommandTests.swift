import Foundation
import Testing

@Suite struct SummaryCommandTests {
    let map = """
        title: Summary map
        as_of: 2002
        actors:
          - {id: fed, name: Federation, kind: federation, since: 2000}
          - {id: city, name: City, kind: city-government, since: 2001}
          - {id: agency, name: Agency, kind: national-agency, since: 2001, until: 2002}
        relationships:
          - {from: fed, to: city, type: contention, since: 2001, until: 2001}
          - {from: fed, to: city, type: mou, since: 2002}
          - {from: agency, to: fed, type: funding, since: 2002, until: 2002}
        """

    @Test func printsATableForAllTime() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("summary", file)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Summary map")
        #expect(lines[1] == "years 2000–2002 · at all time: 3 actors, 3 relationships")
        let words = lines.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(words.contains("State 2"))
        #expect(words.contains("City government 1"))
        #expect(lines.contains { $0.hasPrefix("  City government") }, "kinds are indented under their group")
        #expect(words.contains("Contention 1"))
        #expect(words.contains("2000 1 0"))
        #expect(words.contains("2001 3 1"))
        #expect(words.contains("2002 3 2"))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func summarisesOneYearAsJSON() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("summary", file, "--year", "2001", "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["time"] as? String == "2001")
        #expect(json["actors"] as? Int == 3)
        #expect(json["relationships"] as? Int == 1)
        #expect(json["first_year"] as? Int == 2000)
        let types = try #require(json["relationship_types"] as? [[String: Any]])
        #expect(types.map { $0["id"] as? String } == ["contention"])
    }

    @Test func refusesConflictingTimeOptions() throws {
        let result = try actormap("summary", "x.yaml", "--year", "2001", "--window", "2000..2002")
        #expect(result.status == 64)
        #expect(result.errors.contains("Give only one of --year, --at and --window."))
    }

    @Test func explainsABadWindow() throws {
        let result = try actormap("summary", "x.yaml", "--window", "2005..2001")
        #expect(result.status == 64)
        #expect(result.errors.contains("runs backwards"))
    }

    @Test func anInvalidDatasetStopsWithItsProblems() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map.replacingOccurrences(of: "type: mou", with: "type: mu"))
        let result = try actormap("summary", file)
        #expect(result.status == 1)
        #expect(result.errors.contains("unknown relationship type 'mu'"))
        #expect(result.output.isEmpty)
    }
}
