import Foundation
import Testing
@testable import ActorMapServer

/// A map's rebuilds and events, with a stand-in for the page maker that runs only when the
/// test lets it, and a debouncer without quiet, so that nothing waits on a clock: the test
/// decides when the file is looked at (``LiveMap/poll()``) and when each rebuild ends.
@Suite struct LiveMapTests {
    /// Rebuilds that start when asked and end when the test releases them.
    actor Builds {
        private(set) var started = 0
        private var outcomes: [PageOutcome]
        private var releases: [CheckedContinuation<Void, Never>] = []
        private var startWaiters = CountWatchers()

        init(_ outcomes: [PageOutcome]) { self.outcomes = outcomes }

        func make() async -> PageOutcome {
            started += 1
            let number = started
            startWaiters.reached(number)
            await withCheckedContinuation { releases.append($0) }
            return outcomes[min(number, outcomes.count) - 1]
        }

        /// Returns once `count` rebuilds have started; fails the test when they do not
        /// within ``longestWait``.
        func waitForStart(_ count: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws {
            try await waitFor("rebuild \(count) to start", sourceLocation: sourceLocation) { await self.untilStarted(count) }
        }

        private func untilStarted(_ count: Int) async {
            guard started < count else { return }
            await withCheckedContinuation { continuation in startWaiters.add(until: count) { continuation.resume() } }
        }

        /// Lets the oldest waiting rebuild end.
        func release() {
            releases.removeFirst().resume()
        }
    }

    final class MapFile {
        let folder: URL
        let map: ServedFolder.Map

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("live-map-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("v: 0\n".utf8).write(to: folder.appendingPathComponent("m.yaml"))
            map = try #require(try ServedFolder(path: folder.path).map(atRequestPath: "m.yaml"))
        }

        /// Saves new text, of a new length each time, so that the change is seen whatever the
        /// clock's resolution.
        func save(_ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent("m.yaml"))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    /// One page's stream of events, read a chunk at a time.
    actor Listener {
        private var iterator: AsyncStream<Data>.Iterator

        init(_ stream: AsyncStream<Data>) { iterator = stream.makeAsyncIterator() }

        /// The text of the next `count` chunks; fewer when the stream ends first. Fails the
        /// test when they have not come within ``longestWait``.
        func next(_ count: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String] {
            try await waitFor("\(count) event\(count == 1 ? "" : "s") on a page's stream", sourceLocation: sourceLocation) {
                await self.read(count)
            }
        }

        private func read(_ count: Int) async -> [String] {
            // Read through a copy, as an actor's property cannot change across a wait: it
            // shares the stream, and is kept for the next read.
            var iterator = self.iterator
            defer { self.iterator = iterator }
            var texts: [String] = []
            for _ in 0..<count {
                guard let data = await iterator.next(isolation: self) else { break }
                texts.append(String(decoding: data, as: UTF8.self))
            }
            return texts
        }
    }

    @Test func savesDuringARebuildMakeOneMore() async throws {
        let file = try MapFile()
        let builds = Builds([.page("one"), .page("two"), .page("three")])
        let live = LiveMap(map: file.map, debouncer: SaveDebouncer(quiet: .zero, longest: .zero)) { _, _ in await builds.make() }
        let events = Listener(await live.listen(showing: nil))
        #expect(try await events.next(1) == ["retry: 1000\n\n"])
        // Listening starts the first rebuild.
        try await builds.waitForStart(1)
        // Five saves while it runs, each seen.
        for save in 1...5 {
            try file.save("v: \(String(repeating: "x", count: save))\n")
            await live.poll()
        }
        #expect(await builds.started == 1)
        await builds.release()
        #expect(try await events.next(1) == ["event: reload\ndata: 1\n\n"])
        // One more for all five saves, and no third.
        try await builds.waitForStart(2)
        await live.poll()
        #expect(await builds.started == 2)
        await builds.release()
        #expect(try await events.next(1) == ["event: reload\ndata: 2\n\n"])
        await live.poll()
        #expect(await builds.started == 2)
        #expect(await live.current().page == "two")
        await live.close()
        #expect(try await events.next(1).isEmpty)
    }

    @Test func problemsKeepTheLastGoodPage() async throws {
        let file = try MapFile()
        let problems = "m.yaml:2:3: error: actors[0]: no id. Fix: give it one."
        let builds = Builds([.page("good"), .problems(problems), .page("better")])
        let live = LiveMap(map: file.map, debouncer: SaveDebouncer(quiet: .zero, longest: .zero)) { _, _ in await builds.make() }
        let events = Listener(await live.listen(showing: nil))
        _ = try await events.next(1)
        try await builds.waitForStart(1)
        await builds.release()
        #expect(try await events.next(1) == ["event: reload\ndata: 1\n\n"])

        try file.save("v: broken\n")
        await live.poll()
        try await builds.waitForStart(2)
        await builds.release()
        #expect(try await events.next(1) == ["event: problems\ndata: \(problems)\n\n"])
        var current = await live.current()
        #expect(current.page == "good" && current.problems == problems && current.version == 1)

        // A page opened now is told the problems at once.
        let late = Listener(await live.listen(showing: 1))
        #expect(try await late.next(2) == ["retry: 1000\n\n", "event: problems\ndata: \(problems)\n\n"])

        try file.save("v: fixed at last\n")
        await live.poll()
        try await builds.waitForStart(3)
        await builds.release()
        #expect(try await events.next(1) == ["event: reload\ndata: 2\n\n"])
        current = await live.current()
        #expect(current.page == "better" && current.problems == nil && current.version == 2)

        // A page made before the last rebuild, connecting only now, is told to reload.
        let stale = Listener(await live.listen(showing: 1))
        #expect(try await stale.next(2) == ["retry: 1000\n\n", "event: reload\ndata: 2\n\n"])
        await live.close()
    }

    @Test func fiftyPagesEachGetEveryEvent() async throws {
        let file = try MapFile()
        let builds = Builds([.page("one"), .page("two")])
        let live = LiveMap(map: file.map, debouncer: SaveDebouncer(quiet: .zero, longest: .zero)) { _, _ in await builds.make() }
        var pages: [Listener] = []
        for _ in 0..<50 { pages.append(Listener(await live.listen(showing: nil))) }
        #expect(await live.listenerCount == 50)
        try await builds.waitForStart(1)
        await builds.release()
        try file.save("v: changed\n")
        await live.poll()
        try await builds.waitForStart(2)
        await builds.release()
        for page in pages {
            #expect(try await page.next(3) == ["retry: 1000\n\n", "event: reload\ndata: 1\n\n", "event: reload\ndata: 2\n\n"])
        }
        #expect(await builds.started == 2)
        await live.close()
        #expect(await live.listenerCount == 0)
    }

    /// Warnings do not stop a page: the map is made, pages reload, and a page listening on
    /// the new version is told the warnings, as `warnings`, not `problems`. Errors come as
    /// `problems`, warnings and all, and go before any warnings of the last good page.
    @Test func warningsGoWithTheNewPageAndErrorsGoFirst() async throws {
        let file = try MapFile()
        let warning = "m.yaml:4:9: warning: relationships[0].from: the tie reaches outside the actor's period. Fix: check the years."
        let error = "m.yaml:2:3: error: actors[0]: no id. Fix: give it one."
        let builds = Builds([.page("good", warnings: warning), .problems(error + "\n" + warning), .page("clean")])
        let live = LiveMap(map: file.map, debouncer: SaveDebouncer(quiet: .zero, longest: .zero)) { _, _ in await builds.make() }
        let events = Listener(await live.listen(showing: nil))
        _ = try await events.next(1)
        try await builds.waitForStart(1)
        await builds.release()
        #expect(try await events.next(1) == ["event: reload\ndata: 1\n\n"])
        var current = await live.current()
        #expect(current.page == "good" && current.problems == nil && current.warnings == warning)

        // The page, reloaded, listens on version 1 and is told the warnings.
        let reloaded = Listener(await live.listen(showing: 1))
        #expect(try await reloaded.next(2) == ["retry: 1000\n\n", "event: warnings\ndata: \(warning)\n\n"])

        // Errors: `problems`, the errors first, and the last good page stays.
        try file.save("v: broken\n")
        await live.poll()
        try await builds.waitForStart(2)
        await builds.release()
        #expect(try await reloaded.next(1) == ["event: problems\ndata: \(error)\ndata: \(warning)\n\n"])
        let late = Listener(await live.listen(showing: 1))
        #expect(try await late.next(2) == ["retry: 1000\n\n", "event: problems\ndata: \(error)\ndata: \(warning)\n\n"])

        // Fixed without warnings: a page listening on the new version is told nothing more.
        try file.save("v: fixed, no warnings\n")
        await live.poll()
        try await builds.waitForStart(3)
        await builds.release()
        #expect(try await reloaded.next(1) == ["event: reload\ndata: 2\n\n"])
        current = await live.current()
        #expect(current.page == "clean" && current.problems == nil && current.warnings == nil)
        let clean = Listener(await live.listen(showing: 2))
        #expect(try await clean.next(1) == ["retry: 1000\n\n"])
        await live.close()
        #expect(try await clean.next(1).isEmpty)
    }

    /// The page is forgotten only when nothing holds it: not while it is drawn and waited
    /// for, nor while a page listens. Forgotten, the file is no longer watched; the next
    /// request draws it again, as the next version, and waits for it.
    @Test func aPageIsForgottenOnlyWhenNothingHoldsIt() async throws {
        let file = try MapFile()
        let builds = Builds([.page("one"), .page("two")])
        let live = LiveMap(map: file.map, debouncer: SaveDebouncer(quiet: .zero, longest: .zero)) { _, _ in await builds.make() }
        let first = Task { await live.current() }
        try await builds.waitForStart(1)
        try await waitFor("a request to wait for the drawing") { await live.untilWaiting(1) }
        #expect(await live.forgetPage() == false)
        await builds.release()
        #expect(try await waitFor("the page first asked for") { await first.value.page } == "one")

        let events = await live.listen(showing: 1)
        let listening = Task { for await _ in events {} }
        #expect(await live.forgetPage() == false)
        #expect(await live.current().page == "one")
        listening.cancel()
        try await waitFor("the page's stream to end once its reader is cancelled") { await listening.value }
        #expect(await live.listenerCount == 0)
        #expect(await live.forgetPage())
        #expect(await live.page == nil)

        // Saves are not looked at while it is forgotten.
        try file.save("v: saved while forgotten\n")
        await live.poll()
        #expect(await builds.started == 1)
        let again = Task { await live.current() }
        try await builds.waitForStart(2)
        await builds.release()
        let made = try await waitFor("the page drawn again") { await again.value }
        #expect(made.page == "two" && made.version == 2)
        await live.close()
    }

    /// A map no page listens to is not rebuilt on every save: it is marked, and made again
    /// when a page next asks, which waits for it.
    @Test func savesWithNoPageOpenWaitForAPageToAsk() async throws {
        let file = try MapFile()
        let builds = Builds([.page("one"), .page("two")])
        let live = LiveMap(map: file.map, debouncer: SaveDebouncer(quiet: .zero, longest: .zero)) { _, _ in await builds.make() }
        let first = Task { await live.current() }
        try await builds.waitForStart(1)
        await builds.release()
        #expect(try await waitFor("the first page") { await first.value.page } == "one")
        try file.save("v: changed with no page open\n")
        await live.poll()
        await live.poll()
        #expect(await builds.started == 1)
        let second = Task { await live.current() }
        try await builds.waitForStart(2)
        await builds.release()
        let made = try await waitFor("the page made again when asked") { await second.value }
        #expect(made.page == "two" && made.version == 2)
        #expect(await builds.started == 2)
        await live.close()
    }
}
