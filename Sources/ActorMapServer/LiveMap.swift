import ActorMap
import Foundation

/// What making a map's page gave: the page, or the problems that stopped it.
public enum PageOutcome: Sendable, Hashable {
    /// The whole HTML page, and the warnings of the file it was made from, when it has any:
    /// plain text, one a line, `file:line: warning: … Fix: …`. Warnings do not stop a page.
    case page(String, warnings: String? = nil)
    /// The problems, as plain text, one a line: `file:line: error: … Fix: …`, the errors
    /// first, then any warnings.
    case problems(String)
}

/// One map being served: its last good page, its problems, the pages listening for its
/// events, and the watch on its file.
///
/// A map is made when first asked for, then again when its file changes: ``poll()`` looks at
/// the file, a ``SaveDebouncer`` waits for the save to end, and a ``RebuildGate`` lets one
/// rebuild run at a time, a change seen meanwhile making one more. A rebuild that succeeds
/// replaces the page and sends `reload` (the page, made again, is told the file's warnings
/// when it listens); one that fails keeps the last good page and sends `problems`.
///
/// The server may forget the page of a map no page listens to (`forgetPage()`): the map
/// then holds no drawing and its file is no longer watched, until a page asks again, which
/// draws it anew as the next version.
actor LiveMap {
    let map: ServedFolder.Map
    private let make: @Sendable (ServedFolder.Map, Int) async -> PageOutcome
    private let clock = ContinuousClock()

    private var signature: FileSignature?
    private var debouncer: SaveDebouncer
    /// The debouncer as it was given, with no change noted: the watch starts from it again
    /// after the page is forgotten.
    private let settledDebouncer: SaveDebouncer
    private var gate = RebuildGate()
    private var isWatched = false
    /// Whether the file has changed since the last rebuild began, with no page listening
    /// then: the next page to ask rebuilds it.
    private var isStale = false
    private var isClosed = false

    /// The last page made without errors.
    private(set) var page: String?
    /// The problems of the last rebuild, when it failed; `nil` after one that succeeded.
    private(set) var problems: String?
    /// The warnings of the file the last good page was made from, if any.
    private(set) var warnings: String?
    /// How many pages have been made; a page's events address carries the one it shows.
    private(set) var version = 0
    /// How many rebuilds have run, successful or not; for tests and the log.
    private(set) var rebuilds = 0
    private var hasOutcome = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var waitingWatchers = CountWatchers()
    private let listeners = Listeners()

    /// Called after each rebuild with the map and what it gave, for the command's log.
    private let log: @Sendable (ServedFolder.Map, PageOutcome) -> Void

    init(map: ServedFolder.Map, debouncer: SaveDebouncer, log: @escaping @Sendable (ServedFolder.Map, PageOutcome) -> Void = { _, _ in },
         make: @escaping @Sendable (_ map: ServedFolder.Map, _ version: Int) async -> PageOutcome) {
        self.map = map
        self.debouncer = debouncer
        settledDebouncer = debouncer
        self.make = make
        self.log = log
    }

    /// The number of pages listening for events.
    var listenerCount: Int { listeners.count }

    /// The page, problems and warnings, once the map has been made at least once.
    func current() async -> (page: String?, problems: String?, warnings: String?, version: Int) {
        watch()
        if isStale {
            // Saved while no page was open: made again now, and waited for.
            isStale = false
            hasOutcome = false
            requestRebuild()
        }
        if !hasOutcome {
            await withCheckedContinuation { continuation in
                waiting.append(continuation)
                waitingWatchers.reached(waiting.count)
            }
        }
        return (page, problems, warnings, version)
    }

    /// Returns once at least `count` requests wait for the map to be drawn: tests use it to
    /// know that a request is held, without waiting on a clock.
    func untilWaiting(_ count: Int) async {
        guard waiting.count < count else { return }
        await withCheckedContinuation { continuation in waitingWatchers.add(until: count) { continuation.resume() } }
    }

    /// A stream of events for one page showing `version` of the map (`nil` when unknown): a
    /// `retry` line, `reload` at once when a newer page has been made since, the current
    /// problems if any, or else the warnings of the page's file if any, then every event as
    /// it comes.
    func listen(showing shown: Int?) -> AsyncStream<Data> {
        watch()
        if isStale {
            isStale = false
            requestRebuild()
        }
        var first: [ServerSentEvent] = []
        if let shown, page != nil, shown != version { first.append(.reload(version: version)) }
        if let problems {
            first.append(.problems(problems))
        } else if let warnings, page != nil {
            first.append(.warnings(warnings))
        }
        return listeners.add(first: first)
    }

    /// Sends a comment to every listener, which finds the streams of pages that have gone.
    func heartbeat() {
        listeners.heartbeat()
    }

    /// Looks at the file once: a change is noted, and a rebuild started when the save has
    /// settled and a page listens; with none listening, the map is only marked to be made
    /// again when a page next asks, so that maps no page shows do not hold up the others.
    func poll() {
        guard isWatched, !isClosed else { return }
        let now = clock.now
        let seen = FileSignature(map.filePath)
        if seen != signature {
            signature = seen
            debouncer.changed(at: now)
        }
        if debouncer.isDue(at: now) {
            if listeners.isEmpty { isStale = true } else { requestRebuild() }
        }
    }

    /// Forgets the page, its problems and warnings, and stops watching the file, unless a
    /// page listens, a rebuild runs, or a request waits for one: the next page to ask draws
    /// the map again, and waits for it.
    ///
    /// - Returns: Whether the page was forgotten (or there was none); `false` when the map
    ///   is kept.
    func forgetPage() -> Bool {
        guard !isClosed, listeners.isEmpty, !gate.isRunning, waiting.isEmpty else { return false }
        page = nil
        problems = nil
        warnings = nil
        hasOutcome = false
        isWatched = false
        isStale = false
        signature = nil
        debouncer = settledDebouncer
        return true
    }

    /// Ends every listener's stream; no rebuild starts after this.
    func close() {
        isClosed = true
        listeners.close()
        let waiting = waiting
        self.waiting = []
        for continuation in waiting { continuation.resume() }
        waitingWatchers.resumeAll()
    }

    /// Starts watching the file and makes the map the first time.
    private func watch() {
        guard !isWatched, !isClosed else { return }
        isWatched = true
        signature = FileSignature(map.filePath)
        requestRebuild()
    }

    private func requestRebuild() {
        guard !isClosed, gate.request() else { return }
        Task { await rebuildWhileAsked() }
    }

    private func rebuildWhileAsked() async {
        repeat {
            // Rebuilds run one at a time, so the page this one makes, if it succeeds, is the
            // next version: its events address can say so.
            let outcome = await make(map, version + 1)
            record(outcome)
        } while !isClosed && gate.finish()
    }

    private func record(_ outcome: PageOutcome) {
        rebuilds += 1
        hasOutcome = true
        switch outcome {
        case .page(let html, let warnings):
            page = html
            problems = nil
            self.warnings = warnings
            version += 1
            listeners.send(.reload(version: version))
        case .problems(let text):
            problems = text
            listeners.send(.problems(text))
        }
        log(map, outcome)
        let waiting = waiting
        self.waiting = []
        for continuation in waiting { continuation.resume() }
    }
}
