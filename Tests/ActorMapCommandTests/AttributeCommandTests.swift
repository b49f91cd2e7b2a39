import Foundation
import Testing

/// `--where`, `--size-by` and `--color-by` with attributes, and `convert` keeping values over
/// time, run through the built command on a small map worked out by hand: at 2012 fed's
/// influence is 6, the county's the median of 3 and 4 (3.5), the NGO's 7, the donor has
/// none, and four ties hold (fed–county, fed–ngo, ngo–donor, county–donor).
@Suite struct AttributeCommandTests {
    let map = """
        title: Stakeholders
        actors:
          - id: fed
            name: Federation
            kind: federation
            attributes:
              influence: [{since: 2005, value: 3}, {since: 2012, value: 6}]
              stance: supports
          - id: county
            name: County
            kind: county-government
            attributes:
              influence: [{since: 2005, value: 3, informant: wanjiru}, {since: 2010, value: 4, informant: otieno}]
              stance: opposes
          - {id: ngo, name: NGO, kind: support-ngo, attributes: {influence: 7, stance: neutral}}
          - {id: donor, name: Donor, kind: donor}
        relationships:
          - {from: fed, to: county, type: mou, since: 2005}
          - {from: fed, to: ngo, type: collaboration}
          - {from: ngo, to: donor, type: funding}
          - {from: county, to: donor, type: funding}
        """

    @Test func metricsSayWhatTheFilterRemoved() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("metrics", file, "--year", "2012", "--where", "influence>=5", "--format", "json")
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let ids = try #require(json["actors"] as? [[String: Any]]).compactMap { $0["id"] as? String }.sorted()
        #expect(ids == ["fed", "ngo"])
        let filters = try #require(json["filters"] as? [String: Any])
        #expect(filters["where"] as? [String] == ["influence>=5"])
        #expect(filters["actors_removed"] as? Int == 2)
        #expect(filters["ties_removed"] as? Int == 3)
        let table = try actormap("metrics", file, "--year", "2012", "--where", "influence>=5", "--where", "stance=supports")
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("note: --where influence>=5 --where stance=supports removed 3 of 4 actors and 4 of 4 ties at 2012."), "\(table.output)")
    }

    @Test func aSeriesSaysItOnceForEveryMoment() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        // 2011: fed 3, the county 3.5 (wanjiru's 3, otieno's 4), the NGO 7: only the NGO is
        // kept, so 3 actors and all 4 ties go. 2012: fed (6) and the NGO: 2 actors and the 3
        // ties not between them.
        let result = try actormap("series", file, "--from", "2011", "--to", "2012", "--where", "influence>=5", "--format", "json")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("ran at each of the 2 moments (2011 to 2012), removing 2 to 3 actors and 3 to 4 ties a moment"), "\(result.output)")
    }

    @Test func badConditionsNameTheOptionAndTheFix() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let unknown = try actormap("metrics", file, "--where", "influense>=5")
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("--where 'influense>=5': 'influense' is not a field or attribute of this map; did you mean 'influence'?"), "\(unknown.errors)")
        let category = try actormap("shift", file, "--from", "2005", "--to", "2012", "--where", "stance=oposes")
        #expect(category.status != 0)
        #expect(category.errors.contains("did you mean 'opposes'?"), "\(category.errors)")
    }

    @Test func renderSizesAndColoursByAttributes() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("map.dot").path
        let result = try actormap("render", file, "--year", "2012", "--size-by", "influence", "--color-by", "stance", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        // The legend explains the stances in their declared order, in their own colours.
        #expect(dot.contains("Stance"))
        let supports = try #require(dot.range(of: "supports")), opposes = try #require(dot.range(of: "opposes"))
        #expect(supports.lowerBound < opposes.lowerBound)
        #expect(dot.contains("#009E73") && dot.contains("#D55E00"))
        // The NGO (7) is drawn larger than the county (3.5), the donor (no value) smallest.
        func width(_ id: String) -> Double? {
            let line = dot.split(separator: "\n").first { $0.contains("id=\"actor-\(id)\"") }
            guard let line, let range = line.range(of: #"width=[0-9.]+"#, options: .regularExpression) else { return nil }
            return Double(line[range].dropFirst(6))
        }
        let ngo = try #require(width("ngo")), county = try #require(width("county")), donor = try #require(width("donor"))
        #expect(ngo > county && county > donor)
        let wrong = try actormap("render", file, "--color-by", "stanse", "-o", output)
        #expect(wrong.status != 0 && wrong.errors.contains("did you mean 'stance'?"), "\(wrong.errors)")
        let where_ = try actormap("render", file, "--year", "2012", "--where", "stance=supports,opposes", "-o", output)
        #expect(where_.status == 0, "\(where_.errors)")
        #expect(where_.errors.contains("note: --where stance=supports,stance=opposes removed 2 of 4 actors"), "\(where_.errors)")
        let drawn = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!drawn.contains("Donor"))
    }

    @Test func convertWritesTheAttributesTable() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let output = folder.url.appendingPathComponent("out.csv").path
        let result = try actormap("convert", file, "-o", output, "--attributes-at", "2011")
        #expect(result.status == 0, "\(result.errors)")
        let history = try String(contentsOf: folder.url.appendingPathComponent("out.attributes.csv"), encoding: .utf8)
        #expect(history.contains("county,,influence,2010,,4,otieno,,"))
        // The column holds 2011's values: fed 3, the county (3 + 4) / 2.
        let actors = try String(contentsOf: folder.url.appendingPathComponent("out.actors.csv"), encoding: .utf8)
        #expect(actors.contains(",3.5") || actors.contains(",3.5\n"), "\(actors)")
        let back = try actormap("validate", folder.url.appendingPathComponent("out.actors.csv").path)
        #expect(back.status == 0, "\(back.errors)")
    }
}
