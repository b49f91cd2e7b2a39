import Testing

/// The longest a server test waits for something the test itself lets happen (a drawing
/// started, a request held, an event sent): far more than any of them takes on a busy
/// machine, so that it ends only a test that would otherwise hang. Nothing is timed by it.
let longestWait = Duration.seconds(30)

/// Awaits `work` for at most `limit`: past it the test fails, saying what it waited for,
/// and stops with a thrown error rather than hanging the run.
///
/// A server test waits on continuations and streams that only the code under test resumes;
/// if that code breaks, they never are, and a time limit on the test would not help, since
/// Swift Testing waits for the test's task to end. So `work` runs in a task of its own and
/// the test stops waiting for it; it is cancelled, and left behind if that does not end it.
///
/// - Parameters:
///   - what: What is awaited, as the failure is to name it: "a drawing of c.yaml to start".
///   - limit: How long to wait; ``longestWait`` by default.
///   - work: The wait.
/// - Returns: What `work` returned.
/// - Throws: The failed expectation, recorded as the test's failure, when `limit` passes first.
func waitFor<Value: Sendable>(_ what: String, atMost limit: Duration = longestWait,
                              sourceLocation: SourceLocation = #_sourceLocation,
                              _ work: @escaping @Sendable () async -> Value) async throws -> Value {
    let (endings, end) = AsyncStream<WaitEnding<Value>>.makeStream()
    let worker = Task { end.yield(.came(await work())) }
    let timer = Task {
        guard (try? await Task.sleep(for: limit)) != nil else { return }
        end.yield(.timedOut)
    }
    var iterator = endings.makeAsyncIterator()
    let ending = await iterator.next()
    timer.cancel()
    let cameInTime: Value? = if case .came(let value) = ending { value } else { nil }
    if cameInTime == nil { worker.cancel() }
    return try #require(cameInTime, "Waited \(limit) for \(what), which never came.", sourceLocation: sourceLocation)
}

/// How a bounded wait ended: with what was awaited, or with the time up first.
private enum WaitEnding<Value: Sendable>: Sendable {
    case came(Value)
    case timedOut
}
