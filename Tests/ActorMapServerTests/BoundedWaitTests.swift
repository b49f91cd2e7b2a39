import Testing

/// The bound on a server test's waits: what comes in time is returned; what never comes
/// fails the test, naming what was awaited, instead of hanging it.
@Suite struct BoundedWaitTests {
    @Test func whatComesInTimeIsReturned() async throws {
        let (numbers, send) = AsyncStream<Int>.makeStream()
        send.yield(7)
        #expect(try await waitFor("a number sent") {
            var iterator = numbers.makeAsyncIterator()
            return await iterator.next()
        } == 7)
        // A value that is itself `nil`, once come, is not taken for a wait that timed out.
        #expect(try await waitFor("nothing, at once") { Int?.none } == nil)
    }

    /// A stream that is never sent to, waited for a twentieth of a second: the wait fails
    /// the test (here, as a known issue) with its message, and the wait left behind is
    /// cancelled, which ends it.
    @Test func whatNeverComesFailsNamingWhatWasAwaited() async throws {
        let (silence, keeper) = AsyncStream<Int>.makeStream()
        let (ends, ended) = AsyncStream<Void>.makeStream()
        try await withKnownIssue {
            _ = try await waitFor("an event that is never sent", atMost: .milliseconds(50)) {
                var iterator = silence.makeAsyncIterator()
                let next = await iterator.next()
                ended.yield()
                return next
            }
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("for an event that is never sent, which never came.") }
        }
        // Cancelled, the read of the stream gives up: the wait does not linger.
        #expect(try await waitFor("the abandoned wait to end") {
            var iterator = ends.makeAsyncIterator()
            return await iterator.next() != nil
        })
        keeper.finish()
    }
}
