import Foundation

/// The pages listening for one map's events, or the index's: a stream for each, which keeps
/// the newest 16 events a page has not read yet, so that a page that reads slowly misses old
/// events, never the latest.
///
/// A page that goes (its connection closes, or the task reading its stream is cancelled) is
/// forgotten at once; so is one whose stream is found ended when an event is sent. Once
/// closed, every stream has ended and a page that asks gets a stream that ends at once.
final class Listeners: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<Data>.Continuation] = [:]
    private var isClosed = false

    /// How many events a page's stream holds that the page has not read yet.
    static let newestKept = 16

    /// The number of pages listening.
    var count: Int { lock.withLock { streams.count } }

    /// Whether no page listens.
    var isEmpty: Bool { count == 0 }

    /// A stream for one more page: `retry` first, then `first`, then every event sent.
    ///
    /// - Parameter first: The events the page is told at once, such as `reload` when it
    ///   shows an older map than there is.
    /// - Returns: The stream; one that ends at once when the listeners are closed.
    func add(first: [ServerSentEvent] = []) -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(Self.newestKept))
        let id = UUID()
        let added = lock.withLock {
            guard !isClosed else { return false }
            streams[id] = continuation
            return true
        }
        guard added else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        continuation.yield(Data(ServerSentEvent.retry.utf8))
        for event in first { continuation.yield(Data(event.encoded.utf8)) }
        return stream
    }

    /// Sends `event` to every page.
    func send(_ event: ServerSentEvent) {
        send(Data(event.encoded.utf8))
    }

    /// Sends a comment to every page, which finds the streams of pages that have gone.
    func heartbeat() {
        send(Data(ServerSentEvent.heartbeat.utf8))
    }

    /// Ends every stream; pages that ask from now on get one that ends at once.
    func close() {
        let ending = lock.withLock {
            isClosed = true
            defer { streams = [:] }
            return Array(streams.values)
        }
        for continuation in ending { continuation.finish() }
    }

    private func send(_ data: Data) {
        // Yielded outside the lock: a stream that has ended runs its termination handler,
        // which takes the lock to forget the page.
        for (id, continuation) in lock.withLock({ Array(streams) }) {
            if case .terminated = continuation.yield(data) { remove(id) }
        }
    }

    private func remove(_ id: UUID) {
        lock.withLock { streams[id] = nil }
    }
}
