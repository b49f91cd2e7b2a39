import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Stands on the address the server was asked to listen on, in front of the HTTP server, and
/// answers `405 Method Not Allowed` with `Allow: GET, HEAD` to every request whose method is
/// not exactly `GET` or `HEAD`, whatever the method is. FlyingFox hands a handler only the
/// nine methods HTTP names, and answers any other (`PROPFIND`, a made-up one, `get` in lower
/// case) with a bare 404 of its own.
///
/// Everything else goes through unchanged, byte for byte both ways, to the HTTP server behind,
/// which listens on a loopback port of its own. Every request of a connection is looked at
/// (``RequestFraming``); a refused one ends the connection once the answers to the requests
/// before it have gone out, and then gets its 405.
final class RequestGate: Sendable {
    private let listener: Socket
    private let pool: any AsyncSocketPool

    /// A gate listening on `address`, not yet letting anything through.
    ///
    /// - Parameter address: Where clients connect.
    /// - Throws: `SocketError` when the address cannot be listened on (in use, not this
    ///   machine's, a privileged port).
    init(listeningOn address: any SocketAddress) throws {
        let socket = try Socket(domain: Int32(type(of: address).family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
        } catch {
            try? socket.close()
            throw error
        }
        listener = socket
        pool = HTTPServer.defaultPool()
    }

    /// Stops listening, for a gate that will not run.
    func abandon() {
        try? listener.close()
    }

    /// The port listened on; the one the system chose when 0 was asked.
    var port: Int? {
        switch try? listener.sockname() {
        case .ip4(_, port: let port)?, .ip6(_, port: let port)?: Int(port)
        default: nil
        }
    }

    /// Accepts connections and passes them on to `backend` until the task is cancelled; then
    /// ends every connection and stops listening.
    ///
    /// - Parameter backend: The HTTP server's own address.
    func run(forwardingTo backend: sockaddr_in) async {
        defer { try? listener.close() }
        do {
            try await pool.prepare()
            let accepting = try AsyncSocket(socket: listener, pool: pool)
            await withDiscardingTaskGroup { group in
                group.addTask { [pool] in try? await pool.run() }
                while !Task.isCancelled {
                    do {
                        let client = try await accepting.accept()
                        group.addTask { await self.serve(client, backend: backend) }
                    } catch is CancellationError {
                        break
                    } catch {
                        // Out of descriptors, or a connection gone before it was accepted:
                        // the next one may do.
                        try? await Task.sleep(for: .milliseconds(50))
                    }
                }
                group.cancelAll()
            }
        } catch {
            return
        }
    }

    /// How a connection's passing through ends.
    private enum Ending: Sendable {
        /// The client asked with a method other than GET and HEAD.
        case refused
        /// The client sent a head too long to be a request's.
        case headTooLong
        /// The client closed its side.
        case clientClosed
        /// The server behind closed the connection: its answers have all gone out.
        case answersEnded
    }

    private func serve(_ client: AsyncSocket, backend address: sockaddr_in) async {
        defer { try? client.close() }
        guard let backend = try? await AsyncSocket.connected(to: address, pool: pool, timeout: 5) else { return }
        defer { try? backend.close() }
        let refusal: Data? = await withTaskGroup(of: Ending.self) { group in
            group.addTask { await Self.forwardRequests(from: client, to: backend) }
            group.addTask {
                await Self.copy(from: backend, to: client)
                return .answersEnded
            }
            var refusal: Data?
            while let ending = await group.next() {
                switch ending {
                case .refused, .headTooLong:
                    refusal = ending == .refused ? Self.methodNotAllowed : Self.headTooLong
                    // The server behind answers the requests before, then sees the end.
                    Self.shutDownWriting(backend)
                case .clientClosed:
                    Self.shutDownWriting(backend)
                case .answersEnded:
                    group.cancelAll()
                }
            }
            return refusal
        }
        guard let refusal else { return }
        try? await client.write(refusal)
        Self.shutDownWriting(client)
        // What the client still sends (the body of the request refused) is read for a moment
        // and dropped: closing with it unread would reset the connection, and the client
        // might lose the answer.
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                var dropped = 0
                while dropped < 1 << 20, let bytes = try? await client.read(atMost: 16_384) { dropped += bytes.count }
            }
            group.addTask { try? await Task.sleep(for: .seconds(1)) }
            await group.next()
            group.cancelAll()
        }
    }

    /// Passes the client's requests on, head and body, until one is refused or the client
    /// closes its side.
    private static func forwardRequests(from client: AsyncSocket, to backend: AsyncSocket) async -> Ending {
        var framing = RequestFraming()
        while true {
            guard let bytes = try? await client.read(atMost: 16_384) else { return .clientClosed }
            for step in framing.take(bytes) {
                switch step {
                case .forward(let bytes):
                    do { try await backend.write(Data(bytes)) } catch { return .clientClosed }
                case .refuse:
                    return .refused
                case .headTooLong:
                    return .headTooLong
                }
            }
        }
    }

    /// Copies the server's answers to the client until either closes.
    private static func copy(from backend: AsyncSocket, to client: AsyncSocket) async {
        while let bytes = try? await backend.read(atMost: 16_384) {
            do { try await client.write(Data(bytes)) } catch { return }
        }
    }

    private static func shutDownWriting(_ socket: AsyncSocket) {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
    }

    /// The answer to a method other than GET and HEAD: the server's own 405 page, then the
    /// connection closes.
    static let methodNotAllowed = response(
        status: "405 Method Not Allowed", headers: ["Allow: GET, HEAD"],
        page: ServerPages.status(405, "This server only reads: GET and HEAD.")
    )

    /// The answer to a request whose head does not end within ``RequestFraming/longestHead``.
    static let headTooLong = response(
        status: "431 Request Header Fields Too Large", headers: [],
        page: ServerPages.status(431, "The request's head is longer than the 64 KB this server reads.")
    )

    private static func response(status: String, headers: [String], page: String) -> Data {
        let body = Data(page.utf8)
        let lines = ["HTTP/1.1 \(status)"] + headers + [
            "Content-Type: text/html; charset=utf-8", "Content-Length: \(body.count)",
            "Content-Security-Policy: \(MapServer.ownPagePolicy)", "Cache-Control: no-store",
            "X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "Connection: close",
        ]
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8) + body
    }
}

/// Splits the bytes a client sends into requests, as HTTP/1.1 frames them (RFC 9112), and
/// says which may pass: a request whose method is exactly `GET` or `HEAD` passes, head and
/// body; any other is refused, and so is everything after it.
///
/// A head ends at its first empty line; a body is as long as its `Content-Length`. A body
/// sent in chunks (`Transfer-Encoding`), or of a length that cannot be read, is passed on with
/// everything after it, for the server behind to make sense of or refuse: nothing after it is
/// looked at. Empty lines before a request line are dropped, as RFC 9112 §2.2 allows.
struct RequestFraming {
    /// What to do with bytes taken, in order.
    enum Step: Equatable {
        /// Pass these on.
        case forward([UInt8])
        /// Refuse the request that comes next, whose method is this; pass nothing more.
        case refuse(method: String)
        /// A head did not end within ``RequestFraming/longestHead``; pass nothing more.
        case headTooLong
    }

    /// The longest head looked for, in bytes.
    static let longestHead = 65_536

    private var buffer: [UInt8] = []
    private var bodyLeft = 0
    private var passingAll = false
    private var isDone = false

    /// Takes the next bytes the client sent.
    ///
    /// - Parameter bytes: Bytes as they came.
    /// - Returns: What to do, in order; empty while a head is still incomplete.
    mutating func take(_ bytes: [UInt8]) -> [Step] {
        guard !isDone else { return [] }
        if passingAll { return bytes.isEmpty ? [] : [.forward(bytes)] }
        buffer += bytes
        var forward: [UInt8] = []
        var steps: [Step] = []
        func flush() {
            if !forward.isEmpty { steps.append(.forward(forward)) }
            forward = []
        }
        while !buffer.isEmpty {
            if bodyLeft > 0 {
                let count = min(bodyLeft, buffer.count)
                forward += buffer[..<count]
                buffer.removeFirst(count)
                bodyLeft -= count
                continue
            }
            if passingAll {
                forward += buffer
                buffer = []
                break
            }
            // Empty lines between requests.
            while let first = buffer.first, first == 0x0D || first == 0x0A { buffer.removeFirst() }
            guard !buffer.isEmpty else { break }
            guard let end = Self.endOfHead(buffer) else {
                if buffer.count > Self.longestHead {
                    flush()
                    steps.append(.headTooLong)
                    isDone = true
                    buffer = []
                }
                break
            }
            let head = Array(buffer[..<end])
            let method = Self.method(of: head)
            guard method == "GET" || method == "HEAD" else {
                flush()
                steps.append(.refuse(method: method))
                isDone = true
                buffer = []
                break
            }
            forward += head
            buffer.removeFirst(end)
            if let length = Self.bodyLength(of: head) {
                bodyLeft = length
            } else {
                passingAll = true
            }
        }
        flush()
        return steps
    }

    /// Where the head at the start of `bytes` ends, just after its empty line (`CRLF CRLF`,
    /// or bare line feeds); `nil` when it has not ended yet.
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while let newline = bytes[index...].firstIndex(of: 0x0A) {
            let next = newline + 1
            if next < bytes.count, bytes[next] == 0x0A { return next + 1 }
            if next + 1 < bytes.count, bytes[next] == 0x0D, bytes[next + 1] == 0x0A { return next + 2 }
            index = next
            guard index < bytes.count else { return nil }
        }
        return nil
    }

    /// The method of a head: its first word, as sent (methods are case-sensitive).
    static func method(of head: [UInt8]) -> String {
        let word = head.prefix { $0 != 0x20 && $0 != 0x0D && $0 != 0x0A && $0 != 0x09 }
        return String(decoding: word, as: UTF8.self)
    }

    /// The length of the body a head announces: 0 without `Content-Length`, `nil` when it is
    /// sent in chunks or its length cannot be read (several, or not a number).
    static func bodyLength(of head: [UInt8]) -> Int? {
        let text = String(decoding: head, as: UTF8.self)
        var lengths: [String] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "transfer-encoding" { return nil }
            if name == "content-length" { lengths.append(value) }
        }
        guard !lengths.isEmpty else { return 0 }
        guard lengths.count == 1, !lengths[0].isEmpty, lengths[0].allSatisfy({ $0.isASCII && $0.isNumber }), let length = Int(lengths[0]) else { return nil }
        return length
    }
}
