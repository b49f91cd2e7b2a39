import Foundation
import Testing

@Suite struct ValidateCommandTests {
    let valid = """
        title: Command map
        actors:
          - {id: fed, name: Federation, kind: federation, since: 2000}
          - {id: city, name: City, kind: city-government, since: 2000}
        relationships:
          - {from: fed, to: city, type: mou, since: 2010, until: 2030}
        """

    @Test func acceptsAValidFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", valid)
        let result = try actormap("validate", file)
        #expect(result.status == 0)
        #expect(result.output.contains("map.yaml: valid (2 actors, 1 relationships; 0 errors, 0 warnings)"))
    }

    @Test func listsEveryProblemAndExitsWithOne() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("broken.yaml", valid
            .replacingOccurrences(of: "kind: federation", with: "kind: federaton")
            .replacingOccurrences(of: "to: city", with: "to: cty"))
        let result = try actormap("validate", file)
        #expect(result.status == 1)
        #expect(result.output.contains("broken.yaml:3:"))
        #expect(result.output.contains("error: actors[0].kind: unknown kind 'federaton'. Fix: did you mean 'federation'?"))
        #expect(result.output.contains("error: relationships[0].to: unknown actor 'cty'. Fix: did you mean 'city'?"))
        #expect(result.output.contains("not valid (2 errors, 0 warnings)"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("late.yaml", valid.replacingOccurrences(of: "since: 2010", with: "since: 1990"))
        let relaxed = try actormap("validate", file)
        #expect(relaxed.status == 0)
        #expect(relaxed.output.contains("warning: relationships[0].from"))
        let strict = try actormap("validate", "--strict", file)
        #expect(strict.status == 1)
        #expect(strict.output.contains("not valid under --strict"))
    }

    @Test func reportsProblemsAsJSON() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.yaml", valid)
        let bad = try folder.write("bad.json", "{\"title\": \"x\", \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"donr\"}]}")
        let result = try actormap("validate", "--format", "json", good, bad)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["valid"] as? Bool == true)
        #expect(files[1]["valid"] as? Bool == false)
        let problem = try #require((files[1]["problems"] as? [[String: Any]])?.first)
        #expect(problem["path"] as? String == "actors[0].kind")
        #expect(problem["line"] as? Int == 1)
        #expect(problem["severity"] as? String == "error")
        #expect(problem["fix"] as? String == "did you mean 'donor'?")
    }

    @Test func aMissingFileIsAProblemNotACrash() throws {
        let result = try actormap("validate", "/nonexistent/map.yaml")
        #expect(result.status == 1)
        #expect(result.output.contains("/nonexistent/map.yaml: error: there is no such file."))
    }

    @Test func badArgumentsAreExplained() throws {
        let result = try actormap("validate", "--format", "xml", "x.yaml")
        #expect(result.status == 64)
        #expect(result.errors.contains("xml"))
    }

    /// An edge list that gives the tie between `a` and each of `b1`…`b8` twice: eight
    /// warnings of one kind (both ties are kept), and one self-loop, a warning of another
    /// (left out; its actor stays).
    static let repeatedTies = "from,to\n" + (1...8).map { "a,b\($0)\na,b\($0)\n" }.joined() + "c,c\n"

    @Test func groupsWarningsOfOneKind() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("ties.csv", Self.repeatedTies)
        let result = try actormap("validate", file)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        let repeated = lines.filter { $0.contains("warning: the same tie between") }
        // The second row of each pair is the repeat: lines 3, 5 and 7 are shown, five more counted.
        #expect(repeated.count == 3)
        #expect(repeated.allSatisfy { $0.hasPrefix("\(file):3:") || $0.hasPrefix("\(file):5:") || $0.hasPrefix("\(file):7:") })
        #expect(lines.contains("\(file): warning: 5 more like the 3 above (8 in all); `actormap validate --format json \(file)` lists every one."))
        #expect(lines.contains { $0.contains("this tie joins 'c' to itself") })
        #expect(lines.last == "\(file): valid (10 actors, 16 relationships; 0 errors, 9 warnings)")
        #expect(!result.output.contains("directed-tie tie") && !result.output.contains("tie tie"))

        let json = try actormap("validate", "--format", "json", file)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])["files"] as? [[String: Any]]
        #expect((files?.first?["problems"] as? [Any])?.count == 9)
    }

    @Test func otherCommandsCountWarningsAndPrintErrors() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("ties.csv", Self.repeatedTies)
        let summary = try actormap("summary", file)
        #expect(summary.status == 0)
        #expect(!summary.errors.contains("warning:"))
        #expect(summary.errors.contains("\(file): 9 warnings; `actormap validate \(file)` lists them."))

        let bad = try folder.write("bad.relationships.csv", "from,to,weight\na,b,heavy\na,c,1\na,c,1\n")
        let failed = try actormap("summary", bad)
        #expect(failed.status == 1)
        #expect(failed.errors.contains("error: weight: the weight 'heavy' is not a number."))
        #expect(failed.errors.contains("\(bad): 1 warning; `actormap validate \(bad)` lists it."))
    }

    @Test func aMissingFileIsNamedWithoutSendingTheUserToValidateIt() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("no-such-map.yaml").path
        let result = try actormap("metrics", missing)
        #expect(result.status == 1)
        #expect(result.errors.contains("\(missing): error: there is no such file."), "\(result.errors)")
        #expect(!result.errors.contains("actormap validate"), "\(result.errors)")
    }

    @Test func dayFirstDatesNeedTheOption() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("ties.csv", "from,to,since\nfed,city,15/03/2017\n")
        let refused = try actormap("validate", file)
        #expect(refused.status == 1)
        #expect(refused.output.contains("'15/03/2017' is a date with slashes"))
        #expect(refused.output.contains("--date-format dmy"))
        let read = try actormap("validate", "--date-format", "dmy", file)
        #expect(read.status == 0)
        let json = try actormap("convert", "--date-format", "dmy", file, "-o", "-", "--format", "json")
        #expect(json.output.contains("\"since\" : \"2017-03-15\"") || json.output.contains("\"since\": \"2017-03-15\""))
    }
}
