import Foundation
import Testing

/// `actormap salience`, `actormap grid` and `series --rating`, run as a user would.
@Suite struct SalienceCommandTests {
    let example = "Examples/Datasets/lilongwe-netmap.yaml"

    @Test func jsonHasExactlyTheAgreedKeysAndSaysHowItRanks() throws {
        let result = try actormap("salience", example, "--year", "2019", "--format", "json")
        #expect(result.status == 0, "\(result.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["schema_version"] as? Int == 1)
        #expect(document["provenance"] != nil)
        #expect(document["spearman_rho"] is Double && document["kendall_tau"] is Double)
        let ranks = try #require(document["ranks"] as? [String: Any])
        #expect(ranks["first"] as? String == "highest" && ranks["ties"] as? String == "competition" && ranks["correlation_ties"] as? String == "average")
        #expect(ranks["relative_tolerance"] as? Double == 1e-9)
        let actors = try #require(document["actors"] as? [[String: Any]])
        #expect(actors.count == 13)
        for actor in actors {
            #expect(Set(actor.keys) == ["id", "rating", "rating_rank", "measure", "measure_rank", "gap"])
            #expect(actor["gap"] as? Int == (actor["rating_rank"] as? Int ?? 0) - (actor["measure_rank"] as? Int ?? 0))
        }
    }

    @Test func tableAndCSVSayTheSameRanks() throws {
        let table = try actormap("salience", example, "--year", "2019", "--measure", "degree")
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("rank 1 is the highest; tied actors share the best rank"))
        #expect(table.output.contains("Spearman's ρ is"))
        let csv = try actormap("salience", example, "--year", "2019", "--measure", "degree", "--format", "csv")
        #expect(csv.status == 0)
        let lines = csv.output.split(separator: "\n")
        #expect(lines.first == "id,name,group,rating,rating_rank,measure,measure_rank,gap")
        #expect(lines.count == 14)
        #expect(csv.errors.contains("note: 13 actors at 2019 are rated for influence and measured by degree."), "\(csv.errors)")
    }

    @Test func unknownAttributeSuggestsTheNearest() throws {
        let result = try actormap("salience", example, "--year", "2019", "--rating", "influnce")
        #expect(result.status == 1)
        #expect(result.errors.contains("lilongwe-netmap.yaml: --rating influnce: no actor of the map records the attribute 'influnce'. Did you mean 'influence'?"), "\(result.errors)")
        #expect(result.output.isEmpty)
        let grid = try actormap("grid", example, "--year", "2019", "--x", "intrest", "-o", "/tmp/never-written-grid.svg")
        #expect(grid.status == 1)
        #expect(grid.errors.contains("--x: no actor of the map records the attribute 'intrest'. Did you mean 'interest'?"), "\(grid.errors)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written-grid.svg"))
    }

    @Test func nonNumericRatingNamesTheActorAndTheFix() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", """
            title: Words for numbers
            actors:
              - {id: fed, name: Federation, kind: federation, attributes: {influence: high}}
              - {id: city, name: City, kind: city-government, attributes: {influence: 3}}
            relationships:
              - {from: fed, to: city, type: mou, since: 2010}
            """)
        // `influence` is declared a number: the map is refused where the text is, line 3.
        let result = try actormap("salience", file, "--year", "2010")
        #expect(result.status == 1)
        #expect(result.errors.contains("map.yaml:3:"), "\(result.errors)")
        #expect(result.errors.contains("actors[0].attributes.influence: 'high' is not a number, and influence is declared a number."), "\(result.errors)")
        // A free-form attribute may hold text; salience names the actor holding it.
        let freeForm = try folder.write("free.yaml", try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
            .replacingOccurrences(of: "influence:", with: "standing:"))
        let salience = try actormap("salience", freeForm, "--year", "2010", "--rating", "standing")
        #expect(salience.status == 1)
        #expect(salience.errors.contains("actors[id=fed].attributes.standing is 'high', which is not a number. Fix: record standing as a number"), "\(salience.errors)")
        let series = try actormap("series", freeForm, "--rating", "standing")
        #expect(series.status == 1)
        #expect(series.errors.contains("is 'high', which is not a number"))
    }

    @Test func yearOutsideTheDataIsRefused() throws {
        let result = try actormap("salience", example, "--year", "1990")
        #expect(result.status == 1)
        #expect(result.errors.contains("--year"), "\(result.errors)")
        #expect(result.errors.contains("2019"), "the message gives the map's span: \(result.errors)")
        let grid = try actormap("grid", example, "--from", "1980", "--to", "2019", "-o", "/tmp/never-written-grid.svg")
        #expect(grid.status == 1)
        #expect(grid.errors.contains("--from"), "\(grid.errors)")
    }

    @Test func gridWritesEveryFormatAndRefusesWhatItCannotDraw() throws {
        let folder = try TemporaryFolder()
        let signatures: [(String, [UInt8])] = [("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF-".utf8))]
        for (suffix, signature) in signatures {
            let output = folder.url.appendingPathComponent("grid.\(suffix)").path
            let result = try actormap("grid", example, "--from", "2009", "--to", "2019", "--y", "pagerank", "-o", output)
            #expect(result.status == 0, "\(suffix): \(result.errors)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
            #expect(bytes.starts(with: signature), "\(suffix)")
            if suffix == "png" { #expect(bytes.count > 20_000, "a drawn grid, not an empty box") }
        }
        let dot = try actormap("grid", example, "-o", folder.url.appendingPathComponent("grid.dot").path)
        #expect(dot.status != 0)
        #expect(dot.errors.contains("end it in .svg, .png or .pdf"))
        let backwards = try actormap("grid", example, "--from", "2019", "--to", "2010", "-o", folder.url.appendingPathComponent("g.svg").path)
        #expect(backwards.status != 0)
        #expect(backwards.errors.contains("--from 2019 must come before --to 2010"))
        let alone = try actormap("grid", example, "--from", "2010", "-o", folder.url.appendingPathComponent("g.svg").path)
        #expect(alone.status != 0)
        #expect(alone.errors.contains("--from needs --to"))
    }

    @Test func seriesGivesTheCorrelationsYearByYear() throws {
        let result = try actormap("series", example, "--rating", "influence", "--metrics", "pagerank", "--from", "2017", "--to", "2019", "--level", "graph")
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "year,metric,rated,unrated,spearman_rho,kendall_tau")
        #expect(lines.count == 4)
        // 2019 agrees with `salience` for the same year.
        let one = try actormap("salience", example, "--year", "2019", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(one.output.utf8)) as? [String: Any])
        let rho = try #require(document["spearman_rho"] as? Double)
        let last = try #require(lines.last).split(separator: ",")
        #expect(last.prefix(4) == ["2019", "pagerank", "13", "0"])
        #expect(abs(try #require(Double(String(last[4]))) - rho) < 1e-12, "\(last)")
        let actors = try actormap("series", example, "--rating", "influence", "--metrics", "pagerank", "--from", "2019", "--to", "2019")
        #expect(actors.output.split(separator: "\n").first == "year,id,name,group,metric,rating,rating_rank,value,rank,gap")
    }
}
