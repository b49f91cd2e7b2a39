import Foundation
import Testing

/// What each JSON document says about how it was made, from a real run of the command.
@Suite struct ProvenanceCommandTests {
    let map = """
        title: Provenance map
        actors:
          - {id: fed, name: Federation, kind: federation, since: 2000}
          - {id: city, name: City, kind: city-government, since: 2000}
          - {id: ngo, name: NGO, kind: support-ngo, since: 2000}
        relationships:
          - {from: fed, to: city, type: mou, since: 2001}
          - {from: ngo, to: fed, type: collaboration, since: 2000}
        """

    private func sha256sum(_ path: String) throws -> String {
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sha256sum", path])
        return String(result.output.prefix { $0 != " " })
    }

    private func provenance(_ output: String) throws -> [String: Any] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        return try #require(json["provenance"] as? [String: Any])
    }

    @Test func metricsRecordsTheFileTheArgumentsAndTheSeed() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let arguments = ["metrics", file, "--year", "2001", "--seed", "5", "--format", "json"]
        let result = try actormap(arguments)
        #expect(result.status == 0, "\(result.errors)")
        let provenance = try provenance(result.output)
        #expect(provenance["arguments"] as? [String] == arguments)
        #expect(provenance["seed"] as? Int == 5)
        let version = try actormap("--version").output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(provenance["actormap_version"] as? String == version)
        let inputs = try #require(provenance["inputs"] as? [[String: Any]])
        #expect(inputs.count == 1)
        #expect(inputs.first?["path"] as? String == file)
        #expect(inputs.first?["sha256"] as? String == (try sha256sum(file)))
    }

    @Test func validateRecordsEveryFileAndNoSeed() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let missing = folder.url.appendingPathComponent("missing.yaml").path
        let result = try actormap("validate", file, missing, "--format", "json")
        #expect(result.status == 1, "the missing file is an error")
        let provenance = try provenance(result.output)
        #expect(provenance["seed"] is NSNull)
        let inputs = try #require(provenance["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["path"] as? String } == [file, missing])
        #expect(inputs.first?["sha256"] as? String == (try sha256sum(file)))
        #expect(inputs.last?["sha256"] is NSNull, "a file that cannot be read has no digest")
    }

    /// The digest is of the bytes the run read to load the map: a named pipe can be read only
    /// once, so a second read for the digest would find nothing (or wait for ever, which the
    /// `timeout` ends). The digest must be `sha256sum`'s of what was written into the pipe.
    @Test func theDigestIsOfTheBytesReadOnce() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("source.yaml", map)
        let pipe = folder.url.appendingPathComponent("map.yaml").path
        #expect(try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["mkfifo", pipe]).status == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat \"$0\" > \"$1\"", source, pipe]
        try writer.run()
        defer { if writer.isRunning { writer.terminate() } }
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
            "timeout", "60", productsDirectory.appendingPathComponent("actormap").path, "summary", pipe, "--format", "json",
        ])
        writer.waitUntilExit()
        #expect(result.status == 0, "\(result.errors)")
        let inputs = try #require(try provenance(result.output)["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["path"] as? String } == [pipe])
        #expect(inputs.first?["sha256"] as? String == (try sha256sum(source)))
    }
}
