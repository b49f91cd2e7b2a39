/// What a request asks the server for, read from its method and its path as sent
/// (percent-encoded, before any `..` is resolved).
public enum Route: Hashable, Sendable {
    /// `/`: the index of the folder's maps, or the one map served.
    case index
    /// `/map/<path>`: a map's page; the path percent-encoded, relative to the folder.
    case map(String)
    /// `/events/<path>`: a map's stream of events; `/events` alone, those of the page at `/`:
    /// the one map served, or the index of a folder.
    case events(String)
    /// Anything else, `/../` and `/%2e%2e/` among them.
    case notFound
    /// A method other than GET and HEAD: the server only reads.
    case methodNotAllowed

    /// The route of a request.
    ///
    /// - Parameters:
    ///   - method: The request's method, such as `GET`.
    ///   - path: Its path as sent, percent-encoded, without the query.
    public init(method: String, path: String) {
        guard method == "GET" || method == "HEAD" else {
            self = .methodNotAllowed
            return
        }
        if path == "/" {
            self = .index
        } else if path.hasPrefix("/map/") {
            self = .map(String(path.dropFirst(5)))
        } else if path == "/events" {
            self = .events("")
        } else if path.hasPrefix("/events/") {
            self = .events(String(path.dropFirst(8)))
        } else {
            self = .notFound
        }
    }

    /// The address of a map's page: `/map/` and its relative path, each segment
    /// percent-encoded.
    ///
    /// - Parameter relativePath: Folders and file name separated by `/`.
    /// - Returns: An absolute path on the server.
    public static func mapAddress(_ relativePath: String) -> String {
        "/map/" + encoded(relativePath)
    }

    /// The address of a map's events, saying which version of the page asks, so that a page
    /// made before a rebuild it missed is told to reload at once.
    ///
    /// - Parameters:
    ///   - relativePath: Folders and file name separated by `/`.
    ///   - version: The version of the page that listens.
    /// - Returns: An absolute path with its query.
    public static func eventsAddress(_ relativePath: String, version: Int) -> String {
        "/events/" + encoded(relativePath) + "?v=\(version)"
    }

    /// The address of the index's events, saying which version of the folder's listing the
    /// page shows, so that a page made before a change it missed is told to reload at once.
    ///
    /// - Parameter version: The version of the listing the page shows.
    /// - Returns: An absolute path with its query.
    public static func indexEventsAddress(version: Int) -> String {
        "/events?v=\(version)"
    }

    private static func encoded(_ relativePath: String) -> String {
        relativePath.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            var encoded = ""
            for byte in segment.utf8 {
                let unreserved = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
                encoded += unreserved ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
            return encoded
        }.joined(separator: "/")
    }
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}
