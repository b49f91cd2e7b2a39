import Foundation

/// The folder's index as open index pages see it: a version of the listing that changes
/// whenever a map file is added, removed, renamed or saved, and the pages listening for that.
///
/// The folder is looked at only while a page listens (``poll()``), and a listing is told from
/// the next by each map's path and ``FileSignature``, without reading any file. A page made
/// from an older listing than the one there is when it starts listening is told to reload at
/// once, as a map's page is.
actor LiveIndex {
    /// One map file as the index lists it.
    struct Entry: Hashable, Sendable {
        let relativePath: String
        let file: FileSignature?
    }

    private let listing: @Sendable () -> [Entry]
    private var entries: [Entry]?
    /// Counts the listings seen; an index page's events address carries the one it shows.
    private(set) var version = 0
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]
    private var isClosed = false

    /// An index of what `listing` lists, looked at only when asked.
    ///
    /// - Parameter listing: The maps as they are now.
    init(listing: @escaping @Sendable () -> [Entry]) {
        self.listing = listing
    }

    /// An index of the maps in `folder`.
    init(folder: ServedFolder) {
        self.init {
            folder.maps().map { Entry(relativePath: $0.relativePath, file: FileSignature($0.filePath)) }
        }
    }

    /// The number of pages listening.
    var listenerCount: Int { listeners.count }

    /// The version of the listing as it is now, for a page about to be made from it.
    func currentVersion() -> Int {
        refresh()
        return version
    }

    /// A stream of events for one index page showing `version` of the listing (`nil` when
    /// unknown): a `retry` line, `reload` at once when the listing has changed since, then a
    /// `reload` whenever it changes.
    func listen(showing shown: Int?) -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(16))
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.stopListening(id) }
        }
        continuation.yield(Data(ServerSentEvent.retry.utf8))
        refresh()
        if let shown, shown != version {
            continuation.yield(Data(ServerSentEvent.reload(version: version).encoded.utf8))
        }
        return stream
    }

    /// Looks at the folder once while a page listens, and tells every page to reload when
    /// the listing has changed.
    func poll() {
        guard !isClosed, !listeners.isEmpty else { return }
        if refresh() { send(Data(ServerSentEvent.reload(version: version).encoded.utf8)) }
    }

    /// Sends a comment to every listener, which finds the streams of pages that have gone.
    func heartbeat() {
        send(Data(ServerSentEvent.heartbeat.utf8))
    }

    /// Ends every listener's stream.
    func close() {
        isClosed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    /// Reads the listing, and counts a new version when it differs from the last one read.
    ///
    /// - Returns: Whether it changed.
    @discardableResult
    private func refresh() -> Bool {
        let now = listing()
        guard now != entries else { return false }
        let first = entries == nil
        entries = now
        if !first { version += 1 }
        return !first
    }

    private func stopListening(_ id: UUID) {
        listeners[id] = nil
    }

    private func send(_ data: Data) {
        for (id, continuation) in listeners {
            if case .terminated = continuation.yield(data) { listeners[id] = nil }
        }
    }
}
