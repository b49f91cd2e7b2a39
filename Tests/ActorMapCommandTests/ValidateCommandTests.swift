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
}
