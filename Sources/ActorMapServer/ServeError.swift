import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a map server cannot start, said with what to do about it.
public enum ServeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing is at the path given.
    case notFound(String)
    /// The path given is a file of a kind no map is written in.
    case notAMap(String)
    /// The one map file given has a name the server does not link: a control character, a
    /// backslash, or a mark that changes the order text reads in (see
    /// ``ServedFolder/isAddressable(_:)``).
    case unaddressableName(String)
    /// The host given is not an address this server can listen on.
    case badHost(String)
    /// The port given is not one from 0 to 65535.
    case badPort(Int)
    /// Another program is listening on that host and port.
    case portInUse(host: String, port: Int)
    /// No network interface of this machine has that address.
    case addressUnavailable(String)
    /// The system refused to listen on that port: below 1024, it needs privileges.
    case permissionDenied(host: String, port: Int)
    /// The server could not start for another reason, said by the system.
    case failed(String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): no such file or folder. Fix: give a folder of maps, or one map file."
        case .notAMap(let path):
            "\(path): not a map file. Fix: give a folder of maps, or a map file ending in "
                + ServedFolder.mapExtensions.sorted().map { "." + $0 }.joined(separator: ", ") + "."
        case .unaddressableName(let path):
            "\(ServedFolder.shownName(path)): the name holds a control character, a backslash, or a mark that changes the order text reads in "
                + "(U+202A…U+202E, U+2066…U+2069, U+200E, U+200F or U+061C), which would make the page's name read otherwise than it is. "
                + "Fix: rename the file without it."
        case .badHost(let host):
            "--host \(host): not an IP address this machine can listen on. Fix: give 127.0.0.1 (this machine only, the default), ::1, localhost, or 0.0.0.0 to be reached from other machines."
        case .badPort(let port):
            "--port \(port): ports run from 1 to 65535. Fix: give one such as 8080, or 0 for any free one."
        case .portInUse(let host, let port):
            "port \(port) on \(host) is in use by another program. Fix: give another with --port, or --port 0 for any free one."
        case .addressUnavailable(let host):
            "--host \(host): no network interface of this machine has that address. Fix: give 127.0.0.1, or an address of this machine (`ip addr` lists them)."
        case .permissionDenied(let host, let port):
            "port \(port) on \(host): the system refused it; ports below 1024 need privileges. Fix: give a port of 1024 or above, such as 8080."
        case .failed(let reason):
            "the server could not start: \(reason)"
        }
    }
}

/// Where the server listens: an IP address and a port.
public struct ListeningAddress: Hashable, Sendable {
    /// The address, IPv4 (`127.0.0.1`) or IPv6 (`::1`), without brackets.
    public let host: String
    /// The port; 0 until the system has chosen one for a server asked for any.
    public let port: Int

    /// An address to listen on.
    ///
    /// - Parameters:
    ///   - host: An IPv4 or IPv6 address, IPv6 with or without brackets, or `localhost`
    ///     for 127.0.0.1.
    ///   - port: From 0 (any free port) to 65535.
    /// - Throws: ``ServeError/badHost(_:)`` for a host that is not an IP address;
    ///   ``ServeError/badPort(_:)`` for a port out of range.
    public init(host: String, port: Int) throws(ServeError) {
        guard (0...65535).contains(port) else { throw .badPort(port) }
        var name = host.trimmingCharacters(in: .whitespaces).lowercased()
        if name == "localhost" { name = "127.0.0.1" }
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        guard Self.isIPv4(name) || Self.isIPv6(name) else { throw .badHost(host) }
        self.host = name
        self.port = port
    }

    /// Whether this is an IPv6 address.
    public var isIPv6: Bool { Self.isIPv6(host) }

    /// Whether only this machine can reach it: 127.0.0.0/8 or ::1.
    public var isLoopback: Bool {
        if Self.isIPv6(host) {
            var address = in6_addr()
            guard inet_pton(AF_INET6, host, &address) == 1 else { return false }
            var loopback = in6_addr()
            _ = inet_pton(AF_INET6, "::1", &loopback)
            return withUnsafeBytes(of: address) { a in withUnsafeBytes(of: loopback) { b in a.elementsEqual(b) } }
        }
        return host.hasPrefix("127.")
    }

    /// The address a browser opens: `http://127.0.0.1:8080/`, IPv6 in brackets.
    public var url: String {
        "http://\(isIPv6 ? "[\(host)]" : host):\(port)/"
    }

    /// Whether a request's `Host` header names this server as only a local page would:
    /// `localhost`, a 127.x address or `[::1]`, with or without the port. A page from
    /// elsewhere that has made its own name lead here (DNS rebinding) names itself.
    ///
    /// - Parameter header: The request's `Host` header.
    /// - Returns: Whether the server answers it when it listens on a loopback address.
    public static func isLocalHostHeader(_ header: String?) -> Bool {
        guard var name = header?.trimmingCharacters(in: .whitespaces).lowercased(), !name.isEmpty else { return false }
        if name.hasPrefix("[") {
            guard let end = name.firstIndex(of: "]") else { return false }
            name = String(name[name.index(after: name.startIndex)..<end])
            return name == "::1"
        }
        if let colon = name.lastIndex(of: ":") { name = String(name[..<colon]) }
        return name == "localhost" || (isIPv4(name) && name.hasPrefix("127."))
    }

    static func isIPv4(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, text, &address) == 1
    }
}
