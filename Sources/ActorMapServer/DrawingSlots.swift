import Foundation

/// How many maps the server draws at once: different maps side by side, each on a thread of
/// its own away from the threads that answer requests, at most `width` at a time; the
/// others wait for a free slot in the order they asked. A large map then holds up one slot,
/// not every other map's page.
///
/// That one map is never drawn twice at once is `LiveMap`'s part: it asks for one drawing at
/// a time, and a request for its page while it is drawn waits for that drawing.
actor DrawingSlots {
    /// The most drawings at once.
    let width: Int
    private var running = 0
    private var queue: [CheckedContinuation<Void, Never>] = []
    private var queueWatchers: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

    private static let threads = DispatchQueue(label: "actormap.serve.drawings", qos: .userInitiated, attributes: .concurrent)

    /// Slots for `width` drawings at once, at least one.
    init(width: Int) {
        self.width = max(1, width)
    }

    /// The number of drawings waiting for a slot.
    var waiting: Int { queue.count }

    /// Runs `work` once a slot is free, on a thread of its own, and returns what it gives.
    func draw<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        if running < width {
            running += 1
        } else {
            await withCheckedContinuation { continuation in
                queue.append(continuation)
                let waiting = queue.count
                for watcher in queueWatchers where watcher.count <= waiting { watcher.continuation.resume() }
                queueWatchers.removeAll { $0.count <= waiting }
            }
        }
        let result = await withCheckedContinuation { continuation in
            Self.threads.async { continuation.resume(returning: work()) }
        }
        // The slot goes to the drawing that has waited longest, or is freed.
        if queue.isEmpty {
            running -= 1
        } else {
            queue.removeFirst().resume()
        }
        return result
    }

    /// Returns once at least `count` drawings wait for a slot: tests use it to know that a
    /// drawing has been held back, without waiting on a clock.
    func untilWaiting(_ count: Int) async {
        guard queue.count < count else { return }
        await withCheckedContinuation { queueWatchers.append((count, $0)) }
    }
}
