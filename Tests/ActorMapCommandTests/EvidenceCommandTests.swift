import Foundation
import Testing

/// Sources, confidence and private sources through the command: every output withholds a
/// private source unless `--include-private` is given, the evidence filters say what they
/// left out, and `shift` cites and tries its ties.
@Suite struct EvidenceCommandTests {
    /// What names the informant: the private source's id, its citation (hostile-looking, so
    /// that an escaped copy would be caught too) and its address.
    static let secrets = ["interview-jane-doe", "Jane", "jane", "Kibera resident", "example.org/jd"]

    /// The evidence map of the library's tests (r0–r4 between a federation, a city, an NGO
    /// and a donor, 2010 and 2015), with s3 the private interview.
    static let map = #"""
        {"title": "Evidence map", "as_of": 2015,
         "sources": [
          {"id": "s1", "citation": "Council minutes", "kind": "document", "date": 2010},
          {"id": "s2", "citation": "Federation report", "kind": "document", "url": "https://example.org/report"},
          {"id": "interview-jane-doe", "citation": "Jane Doe <script>alert(1)</script> & \"Kibera resident\", 2016",
           "kind": "interview", "date": "2016-03", "url": "https://example.org/jd", "private": true}],
         "actors": [
          {"id": "a", "name": "Federation", "kind": "federation", "source": "interview-jane-doe"},
          {"id": "b", "name": "City", "kind": "city-government"},
          {"id": "c", "name": "NGO", "kind": "support-ngo"},
          {"id": "d", "name": "Donor", "kind": "donor"}],
         "relationships": [
          {"from": "a", "to": "b", "type": "contention", "since": 2010, "until": 2010, "source": "s1", "confidence": "low"},
          {"from": "a", "to": "b", "type": "mou", "since": 2015, "until": 2015, "sources": ["s1", "s2"], "confidence": "high"},
          {"from": "a", "to": "c", "type": "collaboration", "since": 2010, "until": 2015, "sources": ["s2", "interview-jane-doe"], "confidence": "high"},
          {"from": "c", "to": "d", "type": "collaboration", "since": 2015, "until": 2015, "source": "interview-jane-doe", "confidence": "medium"},
          {"from": "b", "to": "c", "type": "collaboration", "since": 2010, "until": 2015, "source": "s2"}]}
        """#

    private func assertWithheld(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in Self.secrets {
            #expect(!text.contains(secret), "\(what) names the private source ('\(secret)')", sourceLocation: sourceLocation)
        }
    }

    /// Every file under `folder`, read as text.
    private func texts(under folder: URL) throws -> [(String, String)] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return paths.compactMap { path in
            let url = folder.appendingPathComponent(path)
            guard let data = try? Data(contentsOf: url) else { return nil }
            return (path, String(decoding: data, as: UTF8.self))
        }
    }

    @Test func noOutputNamesAPrivateSource() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.json", Self.map)
        let out = folder.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        func path(_ name: String) -> String { out.appendingPathComponent(name).path }
        let runs: [[String]] = [
            ["render", file, "--year", "2015", "-o", path("map.svg")],
            ["render", file, "--year", "2015", "-o", path("map.dot")],
            ["diff", file, "--from", "2010", "--to", "2015", "-o", path("diff.svg")],
            ["timeline", file, "--out", path("timeline"), "--from", "2010", "--to", "2015", "--step", "5"],
            ["report", file, "--from", "2010", "--to", "2015", "-o", path("report.html")],
            ["convert", file, "-o", path("map.yaml")],
            ["convert", file, "-o", path("copy.json")],
            ["convert", file, "-o", path("map.csv")],
            ["convert", file, "-o", path("map.graphml"), "--metrics-year", "2015"],
            ["convert", file, "-o", path("map.gexf")],
            ["shift", file, "--from", "2010", "--to", "2015", "--robustness"],
            ["shift", file, "--from", "2010", "--to", "2015", "--robustness", "--format", "markdown"],
            ["shift", file, "--from", "2010", "--to", "2015", "--robustness", "--format", "json"],
            ["shift", file, "--from", "2010", "--to", "2015", "--format", "csv"],
            ["metrics", file, "--year", "2015", "--format", "json", "--min-sources", "2"],
            ["series", file, "--format", "json", "--min-confidence", "medium"],
            ["summary", file, "--format", "json"],
            ["summary", file],
        ]
        for arguments in runs {
            let result = try actormap(arguments)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            assertWithheld(result.output, "the output of \(arguments)")
            assertWithheld(result.errors, "the messages of \(arguments)")
        }
        let files = try texts(under: out)
        #expect(files.count >= 13, "\(files.map(\.0))")
        for (name, text) in files { assertWithheld(text, name) }

        // The private source still counts and still shows, as withheld.
        let yaml = try String(contentsOfFile: path("map.yaml"), encoding: .utf8)
        #expect(yaml.contains("id: private-1") && yaml.contains("A private source (withheld)") && yaml.contains("private: true"))
        #expect(yaml.contains("sources: [s2, private-1]"))
        let svg = try String(contentsOfFile: path("map.svg"), encoding: .utf8)
        #expect(svg.contains("source: A private source (withheld)") && svg.contains("source: Federation report"))
        let report = try String(contentsOfFile: path("report.html"), encoding: .utf8)
        #expect(report.contains("<section id=\"sources\">") && report.contains("A private source (withheld)"))
    }

    @Test func includePrivateNamesThem() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.json", Self.map)
        let yaml = folder.url.appendingPathComponent("named.yaml").path
        #expect(try actormap("convert", file, "-o", yaml, "--include-private").status == 0)
        let text = try String(contentsOfFile: yaml, encoding: .utf8)
        #expect(text.contains("id: interview-jane-doe") && text.contains("Jane Doe <script>alert(1)</script>"))
        let page = folder.url.appendingPathComponent("named.html").path
        #expect(try actormap("report", file, "--from", "2010", "--to", "2015", "--no-maps", "-o", page, "--include-private").status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        // Named, and escaped like any text from a map.
        #expect(html.contains("Jane Doe &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kibera resident&quot;, 2016"))
        #expect(!html.contains("<script>alert"))
    }

    /// The counts are those of the library's filter tests: of the four positive relationships,
    /// two cite one source; in 2015 only a–b and a–c are left, so degree is a 2, b 1, c 1, d 0.
    @Test func filtersSayWhatTheyLeftOut() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.json", Self.map)
        let result = try actormap("metrics", file, "--year", "2015", "--min-sources", "2", "--format", "json", "--columns", "degree")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("note: --min-sources 2 left out 2 of the map's 4 relationships of the types measured, in every year."))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let provenance = try #require(json["provenance"] as? [String: Any])
        let filter = try #require(provenance["evidence_filter"] as? [String: Any])
        #expect(filter["relationships"] as? Int == 4 && filter["removed"] as? Int == 2 && filter["min_sources"] as? Int == 2)
        let text = try actormap("metrics", file, "--year", "2015", "--min-confidence", "high", "--columns", "degree")
        #expect(text.errors.contains("--min-confidence high left out 2 of the map's 4 relationships"), "\(text.errors)")

        let unfiltered = try actormap("metrics", file, "--year", "2015", "--format", "json")
        #expect(!unfiltered.output.contains("evidence_filter") && !unfiltered.errors.contains("left out"))

        let bad = try actormap("metrics", file, "--min-confidence", "certain")
        #expect(bad.status != 0 && bad.errors.contains("certain"))
        let negative = try actormap("metrics", file, "--min-sources", "-1")
        #expect(negative.status != 0 && negative.errors.contains("--min-sources takes a whole number"))
    }

    @Test func shiftCitesItsTiesAndTriesThem() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.json", Self.map)
        let text = try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--robustness", "--include-private")
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("TIES FORMED, DISSOLVED OR RETYPED, AND THEIR SOURCES"))
        #expect(text.output.contains("retyped"))
        #expect(text.output.contains("It rests on one source: interview-jane-doe (NGO – Donor, collaboration 2015)."), "\(text.output)")
        #expect(text.output.contains("rests on one source: s1 (Federation – City, contention 2010)"))
        let json = try actormap("shift", file, "--from", "2010", "--to", "2015", "--metric", "degree", "--robustness", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let ties = try #require(document["ties"] as? [String: Any])
        let added = try #require(ties["added_ties"] as? [[String: Any]])
        let mou = try #require(added.first { $0["type"] as? String == "mou" })
        #expect(mou["sources"] as? [String] == ["s1", "s2"])
        let robustness = try #require(document["robustness"] as? [String: Any])
        #expect(robustness["single_source_ties"] as? Int == 3 && robustness["low_confidence_ties"] as? Int == 2)
    }

    @Test func strictValidationWarnsOfTiesWithoutSource() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.json", Self.map.replacingOccurrences(of: #", "source": "s2"}"#, with: "}"))
        #expect(try actormap("validate", file).status == 0)
        let strict = try actormap("validate", file, "--strict")
        #expect(strict.status == 1)
        #expect(strict.output.contains("relationships[4]: this relationship cites no source."), "\(strict.output)")
        #expect(strict.output.contains("map.json:17"), "\(strict.output)")
    }
}
