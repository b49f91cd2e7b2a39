import ActorMap
import ActorMapGraphviz
import FlyingFox
import FlyingSocks
import Foundation

/// A small HTTP server of the maps in a folder: an index at `/`, each map's report page at
/// `/map/<path>`, and its server-sent events at `/events/<path>`, which tell open pages to
/// reload when the file is saved, or show its problems when it has errors.
///
/// It only reads (GET and HEAD; any other method gets 405), serves nothing outside the folder
/// (see ``ServedFolder``), and on a loopback address answers only requests that name it as a
/// local page would (`Host: localhost…`), so that a web page elsewhere cannot read it through
/// a name of its own that leads here.
///
/// Maps are read and drawn away from the threads that answer requests: different maps side
/// by side, at most ``Settings/drawingsAtOnce`` at a time, so that a large map does not hold
/// up every other map's page; one map is never drawn twice at once, and a request for a map
/// being drawn waits for that drawing. The pages of the maps most recently asked for are
/// kept, within ``Settings/mostPagesKept`` and ``Settings/mostBytesKept``; the others are
/// forgotten, the least recently asked for first, and drawn again when asked for. A map a
/// page listens to is kept whatever the bounds.
public actor MapServer {
    /// What the server serves, where, and how its pages are made.
    public struct Settings: Sendable {
        /// The maps served.
        public var folder: ServedFolder
        /// Where it listens.
        public var address: ListeningAddress
        /// How a map's page is made.
        public var page: ReportPage
        /// How map files are read.
        public var reading: ReadingOptions
        /// How often each open map's file is looked at.
        public var pollInterval: Duration
        /// How a save is told from the writes that make it.
        public var debouncer: SaveDebouncer
        /// How often open streams get a comment, which finds those whose page has gone.
        public var heartbeat: Duration
        /// How many different maps are drawn at once; the others wait their turn.
        public var drawingsAtOnce: Int
        /// The most maps whose pages are kept; beyond it, the least recently asked for are
        /// forgotten, unless a page listens to them.
        public var mostPagesKept: Int
        /// The most bytes of pages kept; beyond it, the least recently asked for are
        /// forgotten, unless a page listens to them.
        public var mostBytesKept: Int

        /// Settings of a server.
        ///
        /// - Parameters:
        ///   - folder: The maps served.
        ///   - address: Where it listens.
        ///   - page: How a map's page is made.
        ///   - reading: How map files are read.
        ///   - pollInterval: How often an open map's file is looked at, 100 ms by default.
        ///   - debouncer: How a save is told from its writes; 200 ms of quiet by default.
        ///   - heartbeat: How often open streams get a comment, 15 s by default.
        ///   - drawingsAtOnce: How many different maps are drawn at once: by default one for
        ///     each processor core; at least 1.
        ///   - mostPagesKept: The most maps whose pages are kept, 20 by default; at least 1.
        ///   - mostBytesKept: The most bytes of pages kept, 256 MiB by default; the page
        ///     asked for last is kept even when it alone is larger.
        public init(
            folder: ServedFolder, address: ListeningAddress, page: ReportPage = ReportPage(generator: "actormap serve"),
            reading: ReadingOptions = ReadingOptions(), pollInterval: Duration = .milliseconds(100),
            debouncer: SaveDebouncer = SaveDebouncer(), heartbeat: Duration = .seconds(15),
            drawingsAtOnce: Int = ProcessInfo.processInfo.activeProcessorCount, mostPagesKept: Int = 20,
            mostBytesKept: Int = 256 << 20
        ) {
            self.folder = folder
            self.address = address
            self.page = page
            self.reading = reading
            self.pollInterval = pollInterval
            self.debouncer = debouncer
            self.heartbeat = heartbeat
            self.drawingsAtOnce = max(1, drawingsAtOnce)
            self.mostPagesKept = max(1, mostPagesKept)
            self.mostBytesKept = max(1, mostBytesKept)
        }
    }

    /// The server's settings.
    public nonisolated let settings: Settings
    private let log: @Sendable ([String]) -> Void
    private var server: HTTPServer?
    private var running: Task<Void, Never>?
    private var gating: Task<Void, Never>?
    private var watching: Task<Void, Never>?
    private var startFailure: (any Error)?
    /// Every map asked for since the server started, by relative path; those whose pages
    /// were forgotten hold no drawing.
    private var maps: [String: LiveMap] = [:]
    /// The maps whose pages are kept, which are the ones watched.
    private(set) var recent: RecentPages
    private var isKeepingWithinBounds = false
    /// Where maps are drawn, so many at once.
    nonisolated let slots: DrawingSlots
    /// Reads a map and makes its page, or says its problems; given the version the page is.
    private nonisolated let draw: @Sendable (ServedFolder.Map, Int) -> PageOutcome
    /// The index's listing, looked at while an index page is open.
    private nonisolated let index: LiveIndex
    private var isStopped = false

    /// A server, not yet listening.
    ///
    /// - Parameters:
    ///   - settings: What it serves, where, and how.
    ///   - log: Told each map made or found broken, with its problems, for the command to
    ///     print: the lines of one message, none holding a line break, though a line may
    ///     hold other characters of a map's file name, which the command makes safe to print.
    public init(settings: Settings, log: @escaping @Sendable ([String]) -> Void = { _ in }) {
        let maker = PageMaker(folder: settings.folder, page: settings.page, reader: DatasetReader(options: settings.reading))
        self.init(settings: settings, log: log) { map, version in maker.makeNow(map, version: version) }
    }

    /// A server whose maps are drawn by `draw`, which runs on a thread of its own, as many
    /// at once as the settings say.
    init(settings: Settings, log: @escaping @Sendable ([String]) -> Void = { _ in },
         draw: @escaping @Sendable (_ map: ServedFolder.Map, _ version: Int) -> PageOutcome) {
        self.settings = settings
        self.log = log
        self.draw = draw
        slots = DrawingSlots(width: settings.drawingsAtOnce)
        recent = RecentPages(mostPages: settings.mostPagesKept, mostBytes: settings.mostBytesKept)
        index = LiveIndex(folder: settings.folder)
    }

    /// Starts listening, and returns once the server is.
    ///
    /// - Returns: The address listened on, its port the one the system chose when 0 was asked.
    /// - Throws: ``ServeError/portInUse(host:port:)``, ``ServeError/addressUnavailable(_:)``,
    ///   ``ServeError/permissionDenied(host:port:)`` or ``ServeError/failed(_:)`` when the
    ///   server cannot listen.
    public func start() async throws(ServeError) -> ListeningAddress {
        let address = settings.address
        let socketAddress: any SocketAddress
        do {
            socketAddress = address.isIPv6
                ? try sockaddr_in6.inet6(ip6: address.host, port: UInt16(address.port))
                : try sockaddr_in.inet(ip4: address.host, port: UInt16(address.port))
        } catch {
            throw .badHost(address.host)
        }
        // The gate takes the address asked for: a port in use is said before anything starts.
        let gate: RequestGate
        do { gate = try RequestGate(listeningOn: socketAddress) } catch { throw Self.serveError(error, address: address) }
        // The HTTP server behind it listens on a loopback port of its own. Requests wait for a
        // map's first drawing, which a large map may take minutes over.
        guard let behind = try? sockaddr_in.inet(ip4: "127.0.0.1", port: 0) else {
            gate.abandon()
            throw .failed("no loopback address (127.0.0.1) to listen on behind the address given.")
        }
        let server = HTTPServer(config: HTTPServer.Configuration(address: behind, timeout: 3600, logger: .disabled),
                                handler: Handler(server: self))
        self.server = server
        running = Task {
            do { try await server.run() } catch { self.failedToStart(error) }
        }
        let clock = ContinuousClock(), deadline = clock.now + .seconds(30)
        while !(await server.isListening) {
            if let startFailure {
                gate.abandon()
                throw .failed("the server behind the address could not listen on 127.0.0.1: \(Self.serveError(startFailure, address: address))")
            }
            guard clock.now < deadline else {
                gate.abandon()
                throw .failed("it did not start listening within 30 seconds.")
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        guard case .ip4(_, port: let backendPort)? = await server.listeningAddress,
              let backend = try? sockaddr_in.inet(ip4: "127.0.0.1", port: backendPort) else {
            gate.abandon()
            await server.stop()
            throw .failed("the server behind the address has no port on 127.0.0.1.")
        }
        gating = Task { await gate.run(forwardingTo: backend) }
        let interval = settings.pollInterval, beat = settings.heartbeat
        watching = Task { await self.watch(every: interval, heartbeat: beat) }
        return (try? ListeningAddress(host: address.host, port: gate.port ?? address.port)) ?? address
    }

    /// Stops: every open stream ends, the server stops listening and lets its connections
    /// close, waiting a second at most. A map being drawn is left to finish on its own.
    public func stop() async {
        guard !isStopped else { return }
        isStopped = true
        watching?.cancel()
        for map in maps.values { await map.close() }
        await index.close()
        // The gate ends every client's connection; then the server behind stops.
        gating?.cancel()
        await gating?.value
        await server?.stop(timeout: 1)
        running?.cancel()
    }

    /// The open map at `relativePath`, made when first asked for, and noted as the one asked
    /// for last.
    func liveMap(_ map: ServedFolder.Map) -> LiveMap? {
        guard !isStopped else { return nil }
        recent.use(map.relativePath)
        if let live = maps[map.relativePath] { return live }
        let slots = self.slots, draw = self.draw
        let log = self.log
        let live = LiveMap(map: map, debouncer: settings.debouncer, log: { map, outcome in
            switch outcome {
            case .page(_, nil):
                log(["\(map.displayPath): drawn; open pages reload."])
            case .page(_, let warnings?):
                log(["\(map.displayPath): drawn, with warnings; open pages reload and show them:"] + warnings.split(separator: "\n").map(String.init))
            case .problems(let text):
                log(["\(map.displayPath): not drawn; open pages show its problems and keep the last good map:"] + text.split(separator: "\n").map(String.init))
            }
        }, make: { map, version in await slots.draw { draw(map, version) } })
        maps[map.relativePath] = live
        return live
    }

    /// The page of `map` as it is now, drawn first when the server holds none, or its
    /// problems when it has never been drawn; `nil` once the server is stopping. Then pages
    /// beyond the bounds are forgotten.
    func currentPage(of map: ServedFolder.Map) async -> (page: String?, problems: String?)? {
        guard let live = liveMap(map) else { return nil }
        let current = await live.current()
        recent.setSize((current.page?.utf8.count ?? 0) + (current.problems?.utf8.count ?? 0) + (current.warnings?.utf8.count ?? 0),
                       of: map.relativePath)
        await keepWithinBounds()
        return (current.page, current.problems)
    }

    /// The events of `map` for a page showing `version` of it; `nil` once the server is
    /// stopping.
    func events(of map: ServedFolder.Map, showing version: Int?) async -> AsyncStream<Data>? {
        guard let live = liveMap(map) else { return nil }
        return await live.listen(showing: version)
    }

    /// Forgets pages, the least recently asked for first, while more are kept than the
    /// bounds allow; never the one asked for last, nor one that a page listens to, is being
    /// drawn, or is waited for.
    private func keepWithinBounds() async {
        guard !isKeepingWithinBounds else { return }
        isKeepingWithinBounds = true
        defer { isKeepingWithinBounds = false }
        for path in recent.leastRecentFirst.dropLast() {
            guard recent.isOverBounds else { break }
            guard let live = maps[path], let asked = recent.lastUse(of: path) else { continue }
            // Asked for again while it was being forgotten: it is drawn again, and kept.
            if await live.forgetPage(), recent.lastUse(of: path) == asked { recent.forget(path) }
        }
    }

    /// How many pages listen for events, over every map and the index.
    ///
    /// - Returns: The number of open event streams.
    public func listenerCount() async -> Int {
        var count = await index.listenerCount
        for map in maps.values { count += await map.listenerCount }
        return count
    }

    private func failedToStart(_ error: any Error) {
        startFailure = error
    }

    private func watch(every interval: Duration, heartbeat: Duration) async {
        let clock = ContinuousClock()
        var lastBeat = clock.now, lastListing = clock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            // Only maps whose pages are kept are watched; the others are drawn anew when asked.
            let open = recent.leastRecentFirst.compactMap { maps[$0] }
            for map in open { await map.poll() }
            // The folder is walked less often than open files are looked at: it may hold
            // hundreds of maps, and the index only lists them.
            if clock.now - lastListing >= Self.listingInterval {
                lastListing = clock.now
                await index.poll()
            }
            if clock.now - lastBeat >= heartbeat {
                lastBeat = clock.now
                for map in open { await map.heartbeat() }
                await index.heartbeat()
            }
        }
    }

    /// How often the folder is looked at for maps added, removed, renamed or saved, while
    /// an index page is open.
    static let listingInterval = Duration.milliseconds(500)

    private static func serveError(_ error: any Error, address: ListeningAddress) -> ServeError {
        guard case SocketError.failed(type: _, errno: let number, message: let message) = error else { return .failed(error.localizedDescription) }
        switch number {
        case EADDRINUSE: return .portInUse(host: address.host, port: address.port)
        case EADDRNOTAVAIL: return .addressUnavailable(address.host)
        case EACCES, EPERM: return .permissionDenied(host: address.host, port: address.port)
        default: return .failed(message)
        }
    }

    // MARK: Answering requests

    /// Answers every request; it holds the server weakly, so that the server's own
    /// connection tasks do not keep it.
    private struct Handler: HTTPHandler {
        weak var server: MapServer?

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard let server else { return MapServer.page(.serviceUnavailable, "The server is stopping.") }
            return await server.respond(to: request)
        }
    }

    /// The answer to `request`.
    nonisolated func respond(to request: HTTPRequest) async -> HTTPResponse {
        var response = await answer(request)
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        response.headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        if request.method == .HEAD, case .httpBody(let body) = response.payload, let count = body.count {
            // The headers a GET would have, its length among them, without the body.
            response.headers[.contentLength] = String(count)
            response.payload = .httpBody(HTTPBodySequence(data: Data()))
        }
        return response
    }

    private nonisolated func answer(_ request: HTTPRequest) async -> HTTPResponse {
        let route = Route(method: request.method.rawValue, path: request.target.path(percentEncoded: true))
        if settings.address.isLoopback, !ListeningAddress.isLocalHostHeader(request.headers[.host]) {
            return Self.page(.misdirectedRequest, "This server answers pages of this machine only: open it as localhost or 127.0.0.1.")
        }
        let folder = settings.folder
        switch route {
        case .methodNotAllowed:
            var response = Self.page(.methodNotAllowed, "This server only reads: GET and HEAD.")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        case .notFound:
            return Self.notFound
        case .index:
            if folder.singleFile != nil, let map = folder.map(atRequestPath: "") {
                return await mapPage(map)
            }
            return await indexPage()
        case .map(let path):
            guard let map = folder.map(atRequestPath: path) else { return Self.notFound }
            return await mapPage(map)
        case .events(let path) where path.isEmpty && folder.singleFile == nil:
            // The index's own events: `reload` when the folder's maps change.
            if request.method == .HEAD { return Self.eventStream(AsyncStream { $0.finish() }) }
            let shown = request.query.first { $0.name == "v" }.flatMap { Int($0.value) }
            return Self.eventStream(await index.listen(showing: shown))
        case .events(let path):
            guard let map = folder.map(atRequestPath: path) else { return Self.notFound }
            if request.method == .HEAD { return Self.eventStream(AsyncStream { $0.finish() }) }
            let shown = request.query.first { $0.name == "v" }.flatMap { Int($0.value) }
            guard let stream = await events(of: map, showing: shown) else { return Self.page(.serviceUnavailable, "The server is stopping.") }
            return Self.eventStream(stream)
        }
    }

    /// The index, with the version of the listing it shows in its events address. The
    /// version is read before the folder is, so that a change in between makes the page
    /// reload when it listens, rather than go unseen.
    private nonisolated func indexPage() async -> HTTPResponse {
        let version = await index.currentVersion()
        let nonce = Self.scriptNonce()
        let listing = settings.folder.listing()
        var response = Self.html(ServerPages.index(of: listing.maps, folder: settings.folder,
                                                   events: Route.indexEventsAddress(version: version), scriptNonce: nonce,
                                                   unaddressable: listing.unaddressable))
        response.headers[HTTPHeader("Content-Security-Policy")] = Self.indexPolicy(scriptNonce: nonce)
        return response
    }

    private func mapPage(_ map: ServedFolder.Map) async -> HTTPResponse {
        guard let current = await currentPage(of: map) else { return Self.page(.serviceUnavailable, "The server is stopping.") }
        guard let page = current.page else {
            return Self.html(ServerPages.problems(current.problems ?? "\(map.displayPath): the server is stopping.", of: map))
        }
        var response = Self.html(page)
        // The page may open its own events stream; nothing else leaves it.
        response.headers[HTTPHeader("Content-Security-Policy")] = Self.servedPagePolicy
        return response
    }

    /// What the header of a served map page allows besides the page's own policy: its events
    /// from this server alone, no framing, no base or form target elsewhere.
    static let servedPagePolicy = "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

    /// The policy of the index: its one script, which listens for changes to the folder, by
    /// the nonce it carries, and its events from this server; nothing else.
    static func indexPolicy(scriptNonce: String) -> String {
        "default-src 'none'; script-src 'nonce-\(scriptNonce)'; connect-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    }

    /// A new nonce for a page's script: 16 random bytes in base64, so that no other script
    /// can carry it.
    static func scriptNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64EncodedString()
    }

    /// The policy of the server's own pages but the index: no script, nothing from elsewhere.
    static let ownPagePolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

    private static let notFound = page(.notFound, "Nothing here: maps are at /map/ and their path inside the folder served, as the index at / links them.")

    private static func html(_ text: String, status: HTTPStatusCode = .ok) -> HTTPResponse {
        var response = HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8"], body: Data(text.utf8))
        response.headers[HTTPHeader("Content-Security-Policy")] = ownPagePolicy
        return response
    }

    private static func page(_ status: HTTPStatusCode, _ sentence: String) -> HTTPResponse {
        html(ServerPages.status(status.code, sentence), status: status)
    }

    private static func eventStream(_ events: AsyncStream<Data>) -> HTTPResponse {
        HTTPResponse(statusCode: .ok,
                     headers: [.contentType: "text/event-stream; charset=utf-8", HTTPHeader("X-Accel-Buffering"): "no"],
                     body: HTTPBodySequence(from: EventBytes(events: events)))
    }
}

/// Reads a map and makes its page: long work, which the server runs in its `DrawingSlots`,
/// away from the threads answering requests.
struct PageMaker: Sendable {
    let folder: ServedFolder
    let page: ReportPage
    let reader: DatasetReader

    /// The page of `map`, whose events address says it is `version`; or its problems.
    func makeNow(_ map: ServedFolder.Map, version: Int) -> PageOutcome {
        guard folder.stillServes(map) else {
            return .problems("\(map.displayPath): error: the file is gone, or a link now leads outside the folder served. Fix: put the file back, or open another map from the index.")
        }
        let checked = reader.check(contentsOf: URL(fileURLWithPath: map.displayPath))
        let lines = Self.problemLines(ValidationResults.File(file: map.displayPath, report: checked, strict: false))
        guard let dataset = checked.dataset else {
            return .problems(checked.errors.isEmpty ? "\(map.displayPath): error: the file cannot be read as a map." : lines)
        }
        do {
            // A served page is a page like any other: private sources stay unnamed.
            var report = try page.page(of: dataset.withholdingPrivateSources())
            report.liveEvents = Route.eventsAddress(map.relativePath, version: version)
            return .page(report.html(), warnings: lines.isEmpty ? nil : lines)
        } catch {
            return .problems(([TerminalText.escaped("\(map.displayPath): error: \(error)")] + (lines.isEmpty ? [] : [lines])).joined(separator: "\n"))
        }
    }

    /// The most lines of problems a page and the log are given.
    static let mostProblemLines = 200

    /// A file's problems as `actormap validate` prints them: every error, warnings of one
    /// kind three at a time with a count of the rest, each line with its control characters
    /// shown as escapes, so that a line of the text is a line of a problem. At most
    /// ``mostProblemLines``, the rest counted.
    static func problemLines(_ file: ValidationResults.File) -> String {
        var lines = file.problemLines.map { TerminalText.escaped($0) }
        if lines.count > mostProblemLines {
            let more = lines.count - mostProblemLines + 1
            lines = Array(lines.prefix(mostProblemLines - 1))
            lines.append(TerminalText.escaped("\(file.file): \(more) more lines of problems; `actormap validate \(ShellText.quoted(file.file))` lists every one."))
        }
        return lines.joined(separator: "\n")
    }
}
