/// The maps whose pages the server keeps, in the order they were last asked for, with the
/// size of each page, against the most pages and the most bytes it keeps.
///
/// It only keeps count: the server forgets a page when this says the pages kept are over
/// either bound, the least recently asked for first, and never the one asked for last,
/// which a page has only just been given; a map a page listens to is kept whatever the
/// bounds (`LiveMap.forgetPage()` refuses).
struct RecentPages: Sendable {
    /// The most pages kept.
    let mostPages: Int
    /// The most bytes of pages kept.
    let mostBytes: Int
    private var kept: [String: (lastUse: Int, bytes: Int)] = [:]
    private var uses = 0

    /// No page kept yet, and bounds of at least one page and one byte.
    init(mostPages: Int, mostBytes: Int) {
        self.mostPages = max(1, mostPages)
        self.mostBytes = max(1, mostBytes)
    }

    /// The maps kept by relative path, the least recently asked for first.
    var leastRecentFirst: [String] {
        kept.sorted { $0.value.lastUse < $1.value.lastUse }.map(\.key)
    }

    /// The bytes of every page kept.
    var totalBytes: Int {
        kept.values.reduce(0) { $0 + $1.bytes }
    }

    /// Whether more pages, or more bytes of pages, are kept than the bounds allow.
    var isOverBounds: Bool {
        kept.count > mostPages || totalBytes > mostBytes
    }

    /// Notes that the map at `path` was asked for now; a map not kept so far is from now on,
    /// of no size until `setSize(_:of:)`.
    mutating func use(_ path: String) {
        uses += 1
        kept[path] = (uses, kept[path]?.bytes ?? 0)
    }

    /// When the map at `path` was last asked for, counted in requests; `nil` when it is not
    /// kept.
    func lastUse(of path: String) -> Int? {
        kept[path]?.lastUse
    }

    /// Notes the size of the page of the map at `path`, when it is kept.
    mutating func setSize(_ bytes: Int, of path: String) {
        kept[path]?.bytes = bytes
    }

    /// Notes that the page of the map at `path` was forgotten.
    mutating func forget(_ path: String) {
        kept[path] = nil
    }
}
