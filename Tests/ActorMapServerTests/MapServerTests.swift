import Foundation
import Testing
@testable import ActorMapServer

/// Drawings the test controls: each notes that it started, as `path@version`, and the maps
/// named slow end only when the test releases them, so that the order of events, not a
/// clock, shows what ran side by side and what waited.
final class Drawings: @unchecked Sendable {
    private let lock = NSLock()
    private var gates: [String: DispatchSemaphore] = [:]
    private var started: [String] = []
    private var finished: [String] = []
    private var running = 0
    private var mostRunning = 0
    private var startWaiters: [(name: String, continuation: CheckedContinuation<Void, Never>)] = []

    /// Drawings of which those named in `slow` wait for ``release(_:)``.
    init(slow: [String] = []) {
        for name in slow { gates[name] = DispatchSemaphore(value: 0) }
    }

    /// The drawings begun, in order, as `name@version`.
    var starts: [String] { lock.withLock { started } }
    /// The names of the drawings ended, in order.
    var finishes: [String] { lock.withLock { finished } }
    /// The most drawings that ran at once.
    var mostAtOnce: Int { lock.withLock { mostRunning } }

    /// A map's page, as the server's drawing would make it.
    func draw(_ map: ServedFolder.Map, version: Int) -> PageOutcome {
        .page(run(map.relativePath, noting: "\(map.relativePath)@\(version)"))
    }

    /// One drawing of `name`, held while `name` is slow and not yet released.
    func run(_ name: String, noting note: String? = nil) -> String {
        let (gate, ready) = lock.withLock {
            started.append(note ?? name)
            running += 1
            mostRunning = max(mostRunning, running)
            let ready = startWaiters.filter { $0.name == name }.map(\.continuation)
            startWaiters.removeAll { $0.name == name }
            return (gates[name], ready)
        }
        for continuation in ready { continuation.resume() }
        gate?.wait()
        lock.withLock {
            running -= 1
            finished.append(name)
        }
        return "page of \(name)"
    }

    /// Returns once a drawing of `name` has begun; fails the test when none has within
    /// ``longestWait``.
    func untilStarted(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await waitFor("a drawing of \(name) to start", sourceLocation: sourceLocation) { await self.begun(name) }
    }

    private func begun(_ name: String) async {
        await withCheckedContinuation { continuation in
            let now = lock.withLock {
                if started.contains(where: { $0 == name || $0.hasPrefix(name + "@") }) { return true }
                startWaiters.append((name, continuation))
                return false
            }
            if now { continuation.resume() }
        }
    }

    /// Lets the slow drawing of `name` end.
    func release(_ name: String) {
        lock.withLock { gates[name] }?.signal()
    }
}

/// A folder of map files, which the stand-in drawings never read.
final class MapFolder {
    let url: URL
    let folder: ServedFolder

    init(_ names: [String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("map-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for name in names { try Data("title: \(name)\n".utf8).write(to: url.appendingPathComponent(name)) }
        folder = try ServedFolder(path: url.path)
    }

    func map(_ name: String) throws -> ServedFolder.Map {
        try #require(folder.map(atRequestPath: name))
    }

    func server(_ drawings: Drawings, drawingsAtOnce: Int = 4, mostPagesKept: Int = 20, mostBytesKept: Int = 1 << 20) throws -> MapServer {
        let settings = MapServer.Settings(folder: folder, address: try ListeningAddress(host: "127.0.0.1", port: 0),
                                          drawingsAtOnce: drawingsAtOnce, mostPagesKept: mostPagesKept, mostBytesKept: mostBytesKept)
        return MapServer(settings: settings) { map, version in drawings.draw(map, version: version) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

extension MapServer {
    /// The page of `map`, as a request for it gets it; fails the test when it is not made
    /// within ``longestWait``.
    func page(of map: ServedFolder.Map, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String? {
        try await waitFor("the page of \(map.relativePath)", sourceLocation: sourceLocation) { await self.currentPage(of: map)?.page }
    }
}

/// Which maps are drawn when, side by side or in turn, and which pages the server keeps.
@Suite struct MapServerTests {
    /// Two slots: a slow a and a slow b take them; c waits its turn, then is drawn and served
    /// in b's slot while a is still being drawn. Two requests for a make one drawing, which
    /// both wait for.
    @Test func differentMapsAreDrawnSideBySideTwoAtOnceAndOneMapOnce() async throws {
        let folder = try MapFolder(["a.yaml", "b.yaml", "c.yaml"])
        let drawings = Drawings(slow: ["a.yaml", "b.yaml"])
        let server = try folder.server(drawings, drawingsAtOnce: 2)
        let a = try folder.map("a.yaml"), b = try folder.map("b.yaml"), c = try folder.map("c.yaml")

        let firstA = Task { await server.currentPage(of: a)?.page }
        try await drawings.untilStarted("a.yaml")
        let secondA = Task { await server.currentPage(of: a)?.page }
        try await waitFor("a second request for a to wait for its drawing") { await server.liveMap(a)?.untilWaiting(2) }
        let pageB = Task { await server.currentPage(of: b)?.page }
        try await drawings.untilStarted("b.yaml")
        let pageC = Task { await server.currentPage(of: c)?.page }
        try await waitFor("c to wait for a slot") { await server.slots.untilWaiting(1) }
        #expect(drawings.starts == ["a.yaml@1", "b.yaml@1"])

        drawings.release("b.yaml")
        #expect(try await waitFor("the page of b") { await pageB.value } == "page of b.yaml")
        #expect(try await waitFor("the page of c, drawn in b's slot while a is still drawn") { await pageC.value } == "page of c.yaml")
        #expect(drawings.finishes == ["b.yaml", "c.yaml"], "c is served while a is still being drawn")

        drawings.release("a.yaml")
        #expect(try await waitFor("the page of a, first asked for") { await firstA.value } == "page of a.yaml")
        #expect(try await waitFor("the page of a, asked for again while drawn") { await secondA.value } == "page of a.yaml")
        #expect(drawings.starts == ["a.yaml@1", "b.yaml@1", "c.yaml@1"])
        #expect(drawings.mostAtOnce == 2)
        await server.stop()
    }

    /// At most two pages kept. Worked by hand, the least recently asked for first:
    /// a, b → [a b]; c → [a b c], a forgotten → [b c]; b, kept → [c b]; a, drawn again as
    /// version 2 → [c b a], c forgotten → [b a]; c, drawn again → [b a c], b forgotten → [a c].
    @Test func theLeastRecentlyAskedForPagesAreForgottenAndDrawnAgain() async throws {
        let folder = try MapFolder(["a.yaml", "b.yaml", "c.yaml"])
        let drawings = Drawings()
        let server = try folder.server(drawings, mostPagesKept: 2)
        for name in ["a", "b", "c", "b", "a", "c"] {
            #expect(try await server.page(of: try folder.map("\(name).yaml")) == "page of \(name).yaml")
        }
        #expect(drawings.starts == ["a.yaml@1", "b.yaml@1", "c.yaml@1", "a.yaml@2", "c.yaml@2"])
        #expect(await server.recent.leastRecentFirst == ["a.yaml", "c.yaml"])
        await server.stop()
    }

    /// At most 20 bytes kept, and each page is 14 ("page of a.yaml"): one page fits, two do
    /// not. The page asked for last is kept even alone over the bound.
    @Test func pagesBeyondTheBytesKeptAreForgotten() async throws {
        let folder = try MapFolder(["a.yaml", "b.yaml"])
        let drawings = Drawings()
        let server = try folder.server(drawings, mostBytesKept: 20)
        for name in ["a", "b", "b", "a"] {
            #expect(try await server.page(of: try folder.map("\(name).yaml")) == "page of \(name).yaml")
        }
        #expect(drawings.starts == ["a.yaml@1", "b.yaml@1", "a.yaml@2"])
        #expect(await server.recent.leastRecentFirst == ["a.yaml"])
        #expect(await server.recent.totalBytes == 14)
        await server.stop()
    }

    /// One page kept, but a map a page listens to stays however long ago it was asked for;
    /// once that page has gone, it is forgotten like any other.
    @Test func aMapThatAPageListensToIsKept() async throws {
        let folder = try MapFolder(["a.yaml", "b.yaml", "c.yaml"])
        let drawings = Drawings()
        let server = try folder.server(drawings, mostPagesKept: 1)
        let a = try folder.map("a.yaml"), b = try folder.map("b.yaml"), c = try folder.map("c.yaml")
        #expect(try await server.page(of: a) == "page of a.yaml")
        let events = try #require(await server.events(of: a, showing: 1))
        let listening = Task { for await _ in events {} }
        #expect(try await server.page(of: b) == "page of b.yaml")
        #expect(try await server.page(of: c) == "page of c.yaml")
        #expect(try await server.page(of: a) == "page of a.yaml")
        #expect(drawings.starts == ["a.yaml@1", "b.yaml@1", "c.yaml@1"])
        #expect(await server.recent.leastRecentFirst == ["a.yaml"])

        // The page goes, as when its tab is closed.
        listening.cancel()
        try await waitFor("the page's stream to end once its reader is cancelled") { await listening.value }
        #expect(await server.listenerCount() == 0)
        #expect(try await server.page(of: b) == "page of b.yaml")
        #expect(try await server.page(of: a) == "page of a.yaml")
        #expect(drawings.starts == ["a.yaml@1", "b.yaml@1", "c.yaml@1", "b.yaml@2", "a.yaml@2"])
        await server.stop()
    }
}

/// The slots maps are drawn in: never more at once than there are, the others in the order
/// they asked.
@Suite struct DrawingSlotsTests {
    @Test func atMostTwoAtOnceTheOthersInTurn() async throws {
        let slots = DrawingSlots(width: 2)
        let drawings = Drawings(slow: ["1", "2", "3", "4"])
        // 2 is asked for once 1 runs: two tasks started together may begin in either order.
        let one = Task { await slots.draw { drawings.run("1") } }
        try await drawings.untilStarted("1")
        let two = Task { await slots.draw { drawings.run("2") } }
        try await drawings.untilStarted("2")
        let three = Task { await slots.draw { drawings.run("3") } }
        try await waitFor("3 to wait for a slot") { await slots.untilWaiting(1) }
        let four = Task { await slots.draw { drawings.run("4") } }
        try await waitFor("3 and 4 to wait for a slot") { await slots.untilWaiting(2) }
        #expect(drawings.starts == ["1", "2"])

        // The first to wait takes the first slot freed.
        drawings.release("2")
        try await drawings.untilStarted("3")
        #expect(drawings.starts == ["1", "2", "3"])
        drawings.release("3")
        try await drawings.untilStarted("4")
        #expect(drawings.finishes == ["2", "3"])
        drawings.release("1")
        drawings.release("4")
        for task in [one, two, three, four] { _ = try await waitFor("every drawing to end") { await task.value } }
        #expect(drawings.starts == ["1", "2", "3", "4"])
        #expect(drawings.mostAtOnce == 2)
        #expect(await slots.waiting == 0)
    }
}
