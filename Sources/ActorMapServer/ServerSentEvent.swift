import FlyingSocks
import Foundation

/// One message of a server-sent event stream (`text/event-stream`), as a page's
/// `EventSource` reads it: `event: reload`, `event: problems` and `event: warnings`, whose
/// data is the problems or warnings as plain text, one a line.
public struct ServerSentEvent: Hashable, Sendable {
    /// The event's name, which the page listens for.
    public var name: String
    /// Its data; each line goes out as a `data:` line, which the page joins with line breaks.
    public var data: String

    /// An event.
    ///
    /// - Parameters:
    ///   - name: The event's name, such as `reload`.
    ///   - data: Its data, plain text of any number of lines.
    public init(_ name: String, data: String) {
        self.name = name
        self.data = data
    }

    /// The map was made again from its file: the page is to reload.
    ///
    /// - Parameter version: Which making of the map it is, counted from 1.
    /// - Returns: The `reload` event.
    public static func reload(version: Int) -> ServerSentEvent {
        ServerSentEvent("reload", data: String(version))
    }

    /// The map's file has errors: the page is to show them, keeping the last good map.
    ///
    /// - Parameter text: The problems, one a line (`file:line: error: … Fix: …`).
    /// - Returns: The `problems` event.
    public static func problems(_ text: String) -> ServerSentEvent {
        ServerSentEvent("problems", data: text)
    }

    /// The map was made from its file, which has warnings: the page, which shows the map,
    /// is to show them too. Warnings never stop a map being drawn; errors do, and come as
    /// ``problems(_:)``, warnings and all.
    ///
    /// - Parameter text: The warnings, one a line (`file:line: warning: … Fix: …`).
    /// - Returns: The `warnings` event.
    public static func warnings(_ text: String) -> ServerSentEvent {
        ServerSentEvent("warnings", data: text)
    }

    /// The event as it goes on the wire: the `event:` line, a `data:` line for each line of
    /// the data, and an empty line.
    ///
    /// A carriage return or line feed inside the name or data can only end a line: the data
    /// is split at every one, and the name loses them, so that nothing in a map's text can
    /// make a field or an event of its own.
    public var encoded: String {
        let name = name.filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        var text = "event: \(name)\n"
        for line in data.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            text += "data: \(line)\n"
        }
        return text + "\n"
    }

    /// A comment line, which the page ignores: sent now and then so that a stream whose page
    /// has gone is found closed, and a proxy keeps it open.
    static let heartbeat = ": still here\n\n"

    /// How long the page waits before it reconnects to a stream that closed, in milliseconds.
    static let retry = "retry: 1000\n\n"
}

/// The bytes of a stream of events, for a response body that goes out a chunk per event as
/// each comes.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(base: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            guard try await fill() else { return nil }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard try await fill() else { return nil }
            let taken = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(taken.count)
            return taken
        }

        /// Waits for bytes when none are left; `false` when the stream has ended.
        private mutating func fill() async throws -> Bool {
            while pending.isEmpty {
                guard let data = await base.next() else { return false }
                pending = Array(data)
            }
            return true
        }
    }
}
