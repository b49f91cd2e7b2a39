import Foundation
import Testing

/// The runner the command tests use gives all a program wrote, whatever its size and
/// whichever stream it fills first.
@Suite struct CommandRunnerTests {
    /// 200 KB on standard error before a word on standard output: a runner that read
    /// standard output to its end first would wait for ever, the program stalled on a full
    /// standard error pipe.
    @Test(.timeLimit(.minutes(1)))
    func aLongStandardErrorBeforeTheOutputIsReadWhole() throws {
        let result = try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "yes e | head -c 200000 >&2; echo done"])
        #expect(result.status == 0)
        #expect(result.output == "done\n")
        #expect(result.errors == String(repeating: "e\n", count: 100_000))
    }

    /// The same from `actormap` itself: 2,000 repeated ties give a warning each on standard
    /// error, well over 64 KB, before the table on standard output.
    @Test(.timeLimit(.minutes(1)))
    func actormapsManyWarningsAreReadWhole() throws {
        let repeats = 2000
        let folder = try TemporaryFolder()
        let map = try folder.write("repeats.yaml", """
            title: Repeated ties
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
            relationships:

            """ + String(repeating: "  - {from: a, to: b, type: mou, since: 2000}\n", count: repeats))
        let result = try actormap("metrics", map, "--format", "csv")
        #expect(result.status == 0, "\(result.errors.suffix(500))")
        #expect(result.errors.utf8.count > 65_536, "the map gives over 64 KB of warnings")
        #expect(result.errors.components(separatedBy: "warning:").count - 1 == repeats - 1, "one warning per repeat")
        #expect(result.output.hasPrefix("id,") && result.output.split(separator: "\n").count == 3, "\(result.output.prefix(300))")
    }
}
