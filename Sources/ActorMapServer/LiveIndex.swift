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
    private let listeners = Listeners()
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
        if !isClosed { refresh() }
        let isBehind = shown.map { $0 != version } ?? false
        return listeners.add(first: isBehind ? [.reload(version: version)] : [])
    }

    /// Looks at the folder once while a page listens, and tells every page to reload when
    /// the listing has changed.
    func poll() {
        guard !isClosed, !listeners.isEmpty else { return }
        if refresh() { listeners.send(.reload(version: version)) }
    }

    /// Sends a comment to every listener, which finds the streams of pages that have gone.
    func heartbeat() {
        listeners.heartbeat()
    }

    /// Ends every listener's stream.
    func close() {
        isClosed = true
        listeners.close()
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
}
