import Foundation
import Testing
@testable import ActorMapServer

/// The pages listening for a map's or the index's events: what each stream says first, what
/// a page that does not read keeps, and that pages which go are forgotten.
@Suite struct ListenersTests {
    @Test func retryThenTheFirstEventsThenEverythingSent() async throws {
        let listeners = Listeners()
        let page = LiveMapTests.Listener(listeners.add(first: [.reload(version: 3), .warnings("m.yaml:2: warning: x.")]))
        listeners.send(.problems("m.yaml:4: error: y."))
        #expect(try await page.next(4) == [
            "retry: 1000\n\n", "event: reload\ndata: 3\n\n", "event: warnings\ndata: m.yaml:2: warning: x.\n\n",
            "event: problems\ndata: m.yaml:4: error: y.\n\n",
        ])
        #expect(listeners.count == 1)
        listeners.close()
        #expect(try await page.next(1).isEmpty)
        #expect(listeners.isEmpty)
    }

    /// A page that reads nothing while 20 reloads are sent holds the newest 16: the `retry`
    /// line and reloads 1 to 4 (21 events less 16 kept = 5) are dropped.
    @Test func aPageThatDoesNotReadKeepsTheNewestSixteen() async throws {
        let listeners = Listeners()
        let page = LiveMapTests.Listener(listeners.add())
        for version in 1...20 { listeners.send(.reload(version: version)) }
        listeners.close()
        #expect(try await page.next(100) == (5...20).map { "event: reload\ndata: \($0)\n\n" })
    }

    @Test func aPageThatGoesIsForgotten() async throws {
        let listeners = Listeners()
        let staying = LiveMapTests.Listener(listeners.add())
        let going = listeners.add()
        #expect(listeners.count == 2)
        // The task reading the page's stream is cancelled, as when its connection closes.
        let reading = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            for await _ in going {}
        }
        try await waitFor("the stream of a page whose reader is cancelled to end") { await reading.value }
        #expect(listeners.count == 1)
        listeners.heartbeat()
        #expect(try await staying.next(2) == ["retry: 1000\n\n", ": still here\n\n"])
        #expect(listeners.count == 1)
    }

    @Test func afterClosingEveryStreamEndsAtOnce() async throws {
        let listeners = Listeners()
        listeners.close()
        let late = LiveMapTests.Listener(listeners.add(first: [.reload(version: 1)]))
        #expect(try await late.next(1).isEmpty)
        #expect(listeners.isEmpty)
    }
}
