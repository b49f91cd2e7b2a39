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
    private var queueWatchers = CountWatchers()

    /// The stack of each drawing's thread: that of a process's main thread on Linux, as deep
    /// as reading and drawing a map may go.
    private static let stackSize = 8 << 20

    /// Slots for `width` drawings at once, at least one.
    init(width: Int) {
        self.width = max(1, width)
    }

    /// The number of drawings waiting for a slot.
    var waiting: Int { queue.count }

    /// Runs `work` once a slot is free, on a thread made for it, and returns what it gives.
    ///
    /// Not on one of the system's shared threads: there are about as many of those as
    /// cores, and a drawing may wait for a layout process to end, which takes one of them
    /// to see; drawings holding them all would wait for nothing until their layout's time
    /// ran out.
    func draw<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        if running < width {
            running += 1
        } else {
            await withCheckedContinuation { continuation in
                queue.append(continuation)
                queueWatchers.reached(queue.count)
            }
        }
        let result = await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = "actormap serve: drawing"
            thread.stackSize = Self.stackSize
            thread.start()
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
        await withCheckedContinuation { continuation in queueWatchers.add(until: count) { continuation.resume() } }
    }
}
