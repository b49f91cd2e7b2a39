import Foundation
import Testing

/// `shift --decompose/--qap/--ei-permutations`, `metrics --ei-permutations`, `qap` and `reach`
/// as the built command runs them.
@Suite struct ShiftWhyCommandTests {
    let map = """
        title: Why map
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City, kind: city-government}
          - {id: donor, name: Donor, kind: donor}
          - {id: ngo, name: NGO, kind: support-ngo, until: 2012}
          - {id: agency, name: Agency, kind: national-agency, since: 2014}
        relationships:
          - {from: fed, to: city, type: contention, since: 2008, until: 2012}
          - {from: fed, to: city, type: mou, since: 2013}
          - {from: donor, to: fed, type: funding, since: 2009}
          - {from: ngo, to: fed, type: collaboration, since: 2005, until: 2012}
          - {from: agency, to: fed, type: collaboration, since: 2014}
          - {from: agency, to: city, type: collaboration, since: 2014}
        """

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Tables written for people name a tie's types as the table of ties does, by their
    /// labels; JSON keeps the ids a program looks them up by.
    @Test func retypedAndFormedTiesAreNamedByTheirTypesLabels() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let markdown = try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--format", "markdown")
        #expect(markdown.status == 0, "\(markdown.errors)")
        let lines = markdown.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("| Federation | City | Contention | Memorandum of understanding |"), "\(markdown.output)")
        #expect(lines.contains("| retyped | Federation – City | Contention → Memorandum of understanding | none recorded |"), "\(markdown.output)")
        #expect(lines.contains("| formed | Federation – Agency | Collaboration | none recorded |"), "\(markdown.output)")
        #expect(!lines.contains { $0.contains("| mou") || $0.contains("contention →") })
        let json = try object(try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--format", "json").output)
        let transition = try #require((json["transitions"] as? [[String: Any]])?.first)
        #expect(transition["before"] as? [String] == ["contention"] && transition["after"] as? [String] == ["mou"])
    }

    @Test func shiftDecomposesAndTests() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--format", "json",
                                  "--decompose", "--qap", "--permutations", "100", "--ei-permutations", "100")
        #expect(result.status == 0, "\(result.errors)")
        let json = try object(result.output)
        let fed = try #require((json["actors"] as? [[String: Any]])?.first { $0["id"] as? String == "fed" })
        // Worked out by hand in ShiftDecompositionTests.
        let parts = try #require(fed["contributions"] as? [String: Double])
        let expected = ["actors_entered": 0.5, "actors_left": -0.5, "ties_formed": 0.5, "ties_dissolved": -0.5,
                        "ties_retyped": 1, "weights_changed": 0]
        #expect(Set(parts.keys) == Set(expected.keys))
        #expect(expected.allSatisfy { abs(parts[$0.key]! - $0.value) < 1e-12 }, "\(parts)")
        let decomposition = try #require(json["decomposition"] as? [String: Any])
        #expect((decomposition["components"] as? [String: Int])?["ties_formed"] == 2)
        #expect(((json["group_share"] as? [[String: Any]])?.first?["contributions"]) != nil)
        let qap = try #require(json["qap"] as? [String: Any])
        #expect(qap["actors"] as? Int == 3 && qap["permutations"] as? Int == 100)
        let ei = try #require(json["ei_test"] as? [String: Any])
        #expect(ei["before"] != nil && ei["after"] != nil)
        // The unstable-map sentence cites the QAP result.
        let summary = try #require(json["summary"] as? [String])
        #expect(summary.first?.contains("QAP") == true || summary.first?.contains("correlat") == true, "\(summary)")

        let text = try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--decompose")
        #expect(text.status == 0)
        #expect(text.output.contains("WHY IT SHIFTED"))
        #expect(text.output.contains("both its actors are on the map"))
    }

    @Test func qapBetweenYearsAndBetweenTypes() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let years = try actormap("qap", file, "--from", "2010", "--to", "2015", "--format", "json", "--permutations", "200", "--seed", "3")
        #expect(years.status == 0, "\(years.errors)")
        let json = try object(years.output)
        #expect(json["actors"] as? Int == 3, "fed, city and donor are on the map in both years")
        #expect(json["permutations"] as? Int == 200 && json["seed"] as? Int == 3)
        #expect(json["schema_version"] as? Int == 1)
        let again = try actormap("qap", file, "--from", "2010", "--to", "2015", "--format", "json", "--permutations", "200", "--seed", "3")
        #expect(try object(again.output)["p_greater_or_equal"] as? Double == json["p_greater_or_equal"] as? Double)

        let types = try actormap("qap", file, "--year", "2015", "--types-a", "mou", "--types-b", "collaboration", "--permutations", "50")
        #expect(types.status == 0, "\(types.errors)")
        #expect(types.output.contains("correlation"))

        let bad = try actormap("qap", file, "--year", "2015", "--types-a", "mouu", "--types-b", "funding")
        #expect(bad.status != 0)
        #expect(bad.errors.contains("--types-a: 'mouu' is not a relationship type"))
        #expect(try actormap("qap", file, "--from", "2015", "--to", "2010").status != 0)
        #expect(try actormap("qap", file, "--from", "2010", "--to", "2015", "--permutations", "0").errors.contains("--permutations"))
    }

    @Test func metricsTestsTheEIIndex() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--year", "2015", "--format", "json", "--ei-permutations", "100")
        #expect(result.status == 0, "\(result.errors)")
        let ei = try #require(try object(result.output)["ei_test"] as? [String: Any])
        #expect(ei["permutations"] as? Int == 100)
        #expect(try actormap("metrics", file, "--ei-permutations", "-1").status != 0)
    }

    @Test func reachFollowsTiesAsTheyHappened() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("reach", file, "--from-actor", "ngo", "--start", "2010", "--format", "json")
        #expect(result.status == 0, "\(result.errors)")
        let reached = try #require(try object(result.output)["reached"] as? [[String: Any]])
        // The NGO reaches the federation in 2010, and the donor through it the same year
        // (paths ignore direction by default). The city only through the MoU of 2013, as
        // contention is no cooperative tie; the NGO has left by then, but the federation,
        // reached in 2010, carries it on.
        let years = Dictionary(uniqueKeysWithValues: reached.map { ($0["id"] as! String, $0["year"] as! Int) })
        #expect(years["ngo"] == 2010 && years["fed"] == 2010 && years["donor"] == 2010)
        #expect(years["city"] == 2013)
        #expect(years["agency"] == 2014)
        #expect(reached.first { $0["id"] as? String == "city" }?["via"] as? String == "fed")

        let unknown = try actormap("reach", file, "--from-actor", "fedd", "--start", "2010")
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("Did you mean 'fed'?"))
    }
}
