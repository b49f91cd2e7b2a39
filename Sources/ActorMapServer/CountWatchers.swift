/// Those waiting for a count to reach a number: a hook for tests, which learn that drawings
/// or requests are being held back (at least so many wait) without waiting on a clock.
///
/// The actor that keeps the count holds the watchers and tells them each new value, as
/// ``DrawingSlots`` does with the drawings waiting for a slot and ``LiveMap`` with the
/// requests waiting for a drawing:
///
/// ```swift
/// func untilWaiting(_ count: Int) async {
///     guard queue.count < count else { return }
///     await withCheckedContinuation { continuation in watchers.add(until: count) { continuation.resume() } }
/// }
/// ```
///
/// Each watcher is called once: the first time the count told is at least its number, or
/// when ``resumeAll()`` lets every one go.
struct CountWatchers {
    private var watchers: [(count: Int, resume: () -> Void)] = []

    /// How many still wait.
    var count: Int { watchers.count }

    /// Calls `resume` once the count told reaches `count`.
    ///
    /// - Complexity: O(1).
    mutating func add(until count: Int, _ resume: @escaping () -> Void) {
        watchers.append((count, resume))
    }

    /// The count is now `count`: calls, in the order they came, the watchers it reaches.
    ///
    /// - Complexity: O(*w*) for *w* watchers.
    mutating func reached(_ count: Int) {
        let reached = watchers.filter { $0.count <= count }
        watchers.removeAll { $0.count <= count }
        for watcher in reached { watcher.resume() }
    }

    /// Calls every watcher, reached or not, as when nothing will wait any more.
    ///
    /// - Complexity: O(*w*) for *w* watchers.
    mutating func resumeAll() {
        let all = watchers
        watchers = []
        for watcher in all { watcher.resume() }
    }
}
