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
        expectTheLongStandardError(result)
    }

    /// The same through the runner that changes the environment, which once read standard
    /// output to its end before standard error: the variable it sets reaches the program.
    @Test(.timeLimit(.minutes(1)))
    func aLongStandardErrorIsReadWholeWhenTheEnvironmentChanges() throws {
        let result = try actormap(
            environment: ["ACTORMAP_TEST_LINE": "e"], executable: "/bin/sh",
            ["-c", #"yes "$ACTORMAP_TEST_LINE" | head -c 200000 >&2; echo done"#])
        expectTheLongStandardError(result)
    }

    private func expectTheLongStandardError(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, sourceLocation: sourceLocation)
        #expect(result.output == "done\n", sourceLocation: sourceLocation)
        #expect(result.errors == String(repeating: "e\n", count: 100_000), sourceLocation: sourceLocation)
    }

    /// The same from `actormap` itself: 2,000 ties to actors the map does not define give an
    /// error each on standard error, well over 64 KB, while standard output stays open.
    @Test(.timeLimit(.minutes(1)))
    func actormapsManyErrorsAreReadWhole() throws {
        let strangers = 2000
        let folder = try TemporaryFolder()
        let map = try folder.write("strangers.yaml", """
            title: Ties to strangers
            actors:
              - {id: a, name: A, kind: federation}
            relationships:

            """ + (0..<strangers).map { "  - {from: a, to: stranger\($0), type: mou}\n" }.joined())
        let result = try actormap("metrics", map)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors.utf8.count > 65_536, "the map gives over 64 KB of errors")
        for stranger in [0, strangers / 2, strangers - 1] {
            #expect(result.errors.contains("unknown actor 'stranger\(stranger)'"), "stranger\(stranger)")
        }
        #expect(result.errors.hasSuffix("cannot be used until the errors above are fixed.\n"), "\(result.errors.suffix(300))")
    }
}
