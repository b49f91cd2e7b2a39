import Foundation
import Testing

/// `--timeout`: a layout that runs past it is stopped, says so, suggests an engine and
/// writes nothing.
@Suite struct LayoutTimeoutCommandTests {
    /// A seeded map of `actors` organisations and `ties` funding ties between random pairs,
    /// so that funding flows round in loops: dot, which must break every loop across its
    /// layers, takes seconds on 400 actors and 1,200 such ties (Graphviz 2.42 took 2.5 s on
    /// 300 and 600), while the budgets below are a fraction of a second. `years` spreads the
    /// ties over 2000–2009 for the timeline.
    static func loopedMap(actors: Int, ties: Int, years: Bool = false) -> String {
        // Knuth's MMIX linear congruential generator, upper bits.
        var state: UInt64 = 2024
        func below(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var text = "title: Looped map\nactors:\n"
        for actor in 0..<actors { text += "  - {id: a\(actor), name: Organisation \(actor), kind: support-ngo}\n" }
        text += "relationships:\n"
        for tie in 0..<ties {
            let from = below(actors), to = (from + 1 + below(actors - 1)) % actors
            // Each tie its own year (or years), so that no two are the same tie.
            let period = years ? "since: \(2000 + tie % 10), until: 2009" : "since: \(1000 + tie)"
            text += "  - {from: a\(from), to: a\(to), type: funding, \(period)}\n"
        }
        return text
    }

    @Test func aLayoutPastItsTimeoutStopsSaysSoAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", Self.loopedMap(actors: 400, ties: 1200))
        let output = folder.url.appendingPathComponent("map.svg").path
        let result = try actormap("render", file, "--layout", "dot", "--timeout", "0.2", "-o", output)
        #expect(result.status == 1)
        #expect(result.errors.contains(
            "error: Graphviz's dot layout did not finish within 0.2 s and was stopped; neato is faster on this graph."))
        #expect(result.errors.contains("Nothing was written. --layout neato draws it faster; --timeout 60 allows more time."))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["map.yaml"],
                "no partial file is left behind")
    }

    @Test func aStoppedLayoutLeavesAnExistingFileAsItWas() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", Self.loopedMap(actors: 400, ties: 1200))
        let output = try folder.write("map.png", "an earlier drawing")
        let result = try actormap("render", file, "--layout", "dot", "--timeout", "0.2", "-o", output)
        #expect(result.status == 1)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "an earlier drawing")
    }

    @Test func aLayoutThatMayRunLongIsDrawnApartWithinItsTimeout() throws {
        // neato on 300 actors is expected to take 0.58 s, past the 0.5 s drawn in process:
        // the drawing comes from the separate layout process, whole.
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", Self.loopedMap(actors: 300, ties: 300))
        let output = folder.url.appendingPathComponent("map.svg").path
        let result = try actormap("render", file, "--layout", "neato", "--timeout", "600", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.components(separatedBy: "class=\"node actor").count - 1 == 300)
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func theTimelineStopsItsLayoutToo() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", Self.loopedMap(actors: 400, ties: 1200, years: true))
        let out = folder.url.appendingPathComponent("years").path
        // The span's layout with neato on 400 actors is expected to take about a second.
        let result = try actormap("timeline", file, "--out", out, "--timeout", "0.01")
        #expect(result.status == 1)
        #expect(result.errors.contains("error: Graphviz's neato layout did not finish within 0.01 s and was stopped; sfdp is faster on this graph."))
        #expect(result.errors.contains("Nothing was written. --timeout 60 allows more time."))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] == [])
    }

    @Test(arguments: ["0", "-1", "nan", "inf", "1e9", "soon"])
    func aTimeoutMustBeAPositiveNumberOfSeconds(_ value: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", Self.loopedMap(actors: 3, ties: 2))
        let output = folder.url.appendingPathComponent("map.svg").path
        let result = try actormap("render", file, "--timeout=\(value)", "-o", output)
        #expect(result.status == 64)
        #expect(result.errors.contains(value == "soon"
            ? "The value 'soon' is invalid for '--timeout <seconds>'"
            : "--timeout takes a number of seconds above 0 and at most 2592000 (30 days)."), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
