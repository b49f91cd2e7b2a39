import Foundation
import Testing

@Suite struct ChangeCommandTests {
    let map = """
        title: Change map
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City, kind: city-government}
          - {id: donor, name: Donor, kind: donor}
        relationships:
          - {from: fed, to: city, type: contention, since: 2008, until: 2012}
          - {from: fed, to: city, type: mou, since: 2013}
          - {from: donor, to: fed, type: funding, since: 2009}
        """

    @Test func shiftAsJSONFollowsTheSchema() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--format", "json")
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for key in ["actors", "entered", "exited", "ties", "rank_correlation", "group_share", "concentration", "transitions", "brokerage_changes", "summary"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        let ties = try #require(json["ties"] as? [String: Any])
        #expect(ties["added"] as? Int == 1)
        #expect(ties["removed"] as? Int == 1)
        #expect(ties["persisted"] as? Int == 1)
        #expect(ties["hamming"] as? Int == 2)
        #expect(ties["jaccard"] as? Double == 1.0 / 3.0)
        #expect((ties["by_type"] as? [String: Any])?["mou"] != nil)
        let transitions = try #require(json["transitions"] as? [[String: Any]])
        #expect(transitions.first?["before"] as? [String] == ["contention"])
        #expect(transitions.first?["after"] as? [String] == ["mou"])
        #expect((json["transition_counts"] as? [String: Int])?["contention → mou"] == 1)
        let city = try #require((json["actors"] as? [[String: Any]])?.first { $0["id"] as? String == "city" })
        #expect(city["before"] as? Double == 0)
        #expect(city["after"] as? Double == 1)
        #expect(city["rank_before"] as? Int == 3)
        #expect(city["rank_after"] as? Int == 2)
    }

    @Test func shiftWarnsWhenTheMapsShareFewTies() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        // 2008 has only the contention; 2015 the MoU and the funding: no tie in common.
        let result = try actormap("shift", file, "--from", "2008", "--to", "2015")
        #expect(result.status == 0)
        #expect(result.errors.contains("share few ties"))
        #expect(result.output.contains("The tie between Federation and City changed from contention to memorandum of understanding."))
    }

    @Test func shiftInMarkdownAndCSV() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let markdown = try actormap("shift", file, "--from", "2010", "--to", "2015", "--format", "markdown")
        #expect(markdown.output.hasPrefix("# Change map: PageRank, 2010 → 2015"))
        #expect(markdown.output.contains("## Summary"))
        #expect(markdown.output.contains("| actor | 2010 | 2015 |"))
        let csv = try actormap("shift", file, "--from", "2010", "--to", "2015", "--format", "csv")
        #expect(csv.output.hasPrefix("id,name,group,status,before,after,change,rank_before,rank_after,rank_change,moved\n"))
        #expect(csv.output.split(separator: "\n").count == 4)
    }

    /// The donor keeps its one tie from 2010 to 2015 while the city gains one: the donor's
    /// rank changes only because of the city, so it shows no arrow; equal values say "tied".
    @Test func aStillActorShowsNoArrowAndTiesAreSaid() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--allow-outside-span")
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        // Degree 2010: fed 1, donor 1, city 0 (contention is not positive). 2015: fed 2, city 1, donor 1.
        #expect(lines.contains("Donor 1 1 1 tied 2 tied same"), "\(lines)")
        #expect(lines.contains("City 0 1 3 2 tied ↑1"))
        #expect(lines.contains("Federation 1 2 1 tied 1 ="))
        #expect(!result.output.contains("Donor fell") && !result.output.contains("Donor rose"))
        #expect(result.output.contains("Centralisation of degree"))
        let csv = try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--format", "csv")
        #expect(csv.output.contains("donor,Donor,funder,present,1.0,1.0,0.0,1,2,-1,false"), "\(csv.output)")
    }

    @Test func shiftRejectsABadMoment() throws {
        let result = try actormap("shift", "x.yaml", "--from", "20x0", "--to", "2015")
        #expect(result.status == 64)
        #expect(result.errors.contains("is not a year"))
    }

    /// Read backwards, every rise would be printed as a fall; one moment against itself has no change.
    @Test func shiftRefusesAMomentThatIsNotLater() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        for (from, to) in [("2014", "2010"), ("2012", "2012"), ("2012..2014", "2010")] {
            let result = try actormap("shift", file, "--from", from, "--to", to)
            #expect(result.status == 64, "\(from) → \(to)")
            #expect(result.errors.contains("--from \(from) must come before --to \(to)"), "\(result.errors)")
            #expect(result.output.isEmpty)
        }
    }

    @Test func seriesIsTidy() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("series", file, "--from", "2010", "--to", "2014", "--metrics", "degree,pagerank")
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        #expect(lines[0] == "year,id,name,group,metric,value,rank")
        // 5 years × 3 actors × 2 measures.
        #expect(lines.count == 1 + 5 * 3 * 2)
        #expect(lines.contains("2013,fed,Federation,community,degree,2,1"))
        #expect(lines.contains("2012,city,City,state,degree,0,3"), "fed and donor share 1st, so city is 3rd")
    }

    @Test func seriesOfTheMapWithGroupShares() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("series", file, "--from", "2012", "--to", "2013", "--level", "graph")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("year,actors,ties,density,"))
        #expect(lines[0].hasSuffix("share_community,share_state,share_funder"))
        #expect(lines.count == 3)
        let json = try actormap("series", file, "--from", "2012", "--to", "2013", "--step", "1", "--window", "2", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["years"] as? [String] == ["2012–2013", "2013–2014"])
    }
}

@Suite struct HostileNamesInChangeOutputTests {
    @Test func markdownKeepsNamesAsText() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", """
            title: "<b>Map</b> | x"
            actors:
              - {id: a, name: "<script>alert(1)</script>", kind: federation}
              - {id: b, name: "\\"]; x -> y [ | *bold*", kind: city-government}
            relationships:
              - {from: a, to: b, type: contention, until: 2010}
              - {from: a, to: b, type: mou, since: 2011}
            """)
        let result = try actormap("shift", file, "--from", "2010", "--to", "2011", "--format", "markdown")
        #expect(result.status == 0)
        #expect(!result.output.contains("<script>"))
        #expect(!result.output.contains("<b>"))
        #expect(result.output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(result.output.contains("\\| \\*bold\\*"))
    }
}
