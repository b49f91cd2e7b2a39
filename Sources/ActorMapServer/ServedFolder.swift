import ActorMap
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The maps a server may show: the map files in one folder and the folders under it, or one
/// map file; nothing outside.
///
/// A map is asked for by its path relative to the folder, as it appears in an address after
/// `/map/` (percent-encoded, `/` between folders). ``map(atRequestPath:)`` refuses, as if the
/// file were not there, a path that climbs out (`..`, however encoded), names a hidden file
/// or folder, is not a map file, or reaches, through a symbolic link, a file outside the
/// folder.
public struct ServedFolder: Sendable {
    /// The folder served, its symbolic links resolved.
    public let root: String
    /// The folder or file as it was given, which names the maps in messages.
    public let givenPath: String
    /// When one file is served: its name in ``root``; `nil` when a whole folder is.
    public let singleFile: String?
    /// When one file is served: where it is, its links resolved.
    private let singleFilePath: String?

    /// The extensions of the files a folder's index lists and the server shows: every kind of
    /// file `DatasetReader.check(contentsOf:)` reads.
    public static let mapExtensions: Set<String> = ["yaml", "yml", "json", "csv", "graphml", "gexf", "xlsx"]

    /// How deep the index looks below the folder, and how many maps it lists at most.
    static let deepestListing = 6, mostListed = 2000

    /// The maps at `path`.
    ///
    /// - Parameter path: A folder, whose maps are served, or one map file.
    /// - Throws: ``ServeError/notFound(_:)`` when nothing is at `path`;
    ///   ``ServeError/notAMap(_:)`` when it is a file of a kind no map is written in;
    ///   ``ServeError/unaddressableName(_:)`` when it is one map file whose name the server
    ///   would not link (see ``isAddressable(_:)``).
    public init(path: String) throws(ServeError) {
        guard let real = Self.realPath(path) else { throw .notFound(path) }
        givenPath = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) else { throw .notFound(path) }
        if isFolder.boolValue {
            root = real
            singleFile = nil
            singleFilePath = nil
        } else {
            guard Self.isMapName(real) || Self.isMapName(path) else { throw .notAMap(path) }
            // The file as named: its folder's links resolved, its own name kept, so that the
            // address is the name the user gave.
            let name = (path as NSString).lastPathComponent
            guard Self.isAddressable(name) else { throw .unaddressableName(path) }
            let folder = (path as NSString).deletingLastPathComponent
            root = Self.realPath(folder.isEmpty ? "." : folder) ?? (real as NSString).deletingLastPathComponent
            singleFile = name
            singleFilePath = real
        }
    }

    /// A map the server can show.
    public struct Map: Hashable, Sendable {
        /// Its path relative to the folder, folders separated by `/`: the key of the map and
        /// the end of its address.
        public let relativePath: String
        /// The file, as the user would name it: the given folder joined with
        /// ``relativePath``. Problems in the file name it so.
        public let displayPath: String
        /// The file on disk.
        public let filePath: String
    }

    /// The map that `requestPath`, the part of an address after `/map/`, names.
    ///
    /// - Parameter requestPath: Percent-encoded, as it came in the request; for one file
    ///   served, an empty path names that file.
    /// - Returns: The map, or `nil` when the path names nothing the server shows: a path
    ///   that climbs out of the folder (`..`, encoded or not), an empty or hidden segment, an
    ///   encoded `/`, a file that is not a map, a missing file, or one whose links lead out of
    ///   the folder.
    public func map(atRequestPath requestPath: String) -> Map? {
        guard let segments = Self.segments(ofRequestPath: requestPath) else { return nil }
        if let singleFile, let singleFilePath {
            guard segments.isEmpty || segments == [singleFile] else { return nil }
            guard Self.isRegularFile(singleFilePath) else { return nil }
            return Map(relativePath: singleFile, displayPath: givenPath, filePath: singleFilePath)
        }
        guard !segments.isEmpty else { return nil }
        return map(relativeSegments: segments)
    }

    /// The map at `segments` below the folder, if it is one the server shows.
    func map(relativeSegments segments: [String]) -> Map? {
        let relative = segments.joined(separator: "/")
        guard Self.isMapName(relative) else { return nil }
        let candidate = root == "/" ? "/" + relative : root + "/" + relative
        guard let real = Self.realPath(candidate), isInside(real), Self.isRegularFile(real) else { return nil }
        let display = givenPath.hasSuffix("/") ? givenPath + relative : givenPath + "/" + relative
        return Map(relativePath: relative, displayPath: display, filePath: candidate)
    }

    /// Whether `map` still lies inside the folder: a link may have been changed to lead out
    /// since the map was first asked for.
    ///
    /// - Parameter map: A map ``map(atRequestPath:)`` gave.
    /// - Returns: Whether the file exists, is a regular file, and its real place is inside.
    public func stillServes(_ map: Map) -> Bool {
        if singleFile != nil { return Self.isRegularFile(map.filePath) }
        guard let real = Self.realPath(map.filePath) else { return false }
        return isInside(real) && Self.isRegularFile(real)
    }

    /// The maps the folder's index lists, by relative path in order; for one file served,
    /// that file.
    ///
    /// - Returns: At most 2,000 maps, from the folder and the folders below it to six deep,
    ///   hidden files and folders left out, and so is any file whose links lead outside.
    public func maps() -> [Map] {
        listing().maps
    }

    /// The maps the folder's index lists (see ``maps()``), and the map files it cannot link:
    /// those whose names are not UTF-8 text, or hold a control character or a backslash,
    /// which no address of this server names, or a mark that changes the order text reads in
    /// (see ``isAddressable(_:)``), which would make a link read as another name.
    ///
    /// - Returns: The maps, and the relative paths of the files left out, each name as
    ///   UTF-8 text with anything else shown as U+FFFD and control characters as they are
    ///   (escape them to show them).
    public func listing() -> (maps: [Map], unaddressable: [String]) {
        if let singleFile { return (map(atRequestPath: singleFile).map { [$0] } ?? [], []) }
        var found: [Map] = [], unaddressable: [String] = []
        var folders: [(path: [String], depth: Int)] = [([], 0)]
        while found.count < Self.mostListed, let next = folders.popLast() {
            let (folder, depth) = next
            let here = ([root] + folder).joined(separator: "/")
            guard let entries = Self.entries(of: here) else { continue }
            for entry in entries where !entry.name.hasPrefix(".") {
                guard entry.isText, Self.isAddressable(entry.name) else {
                    if Self.isMapName(entry.name) { unaddressable.append((folder + [entry.name]).joined(separator: "/")) }
                    continue
                }
                let name = entry.name
                let segments = folder + [name]
                let path = here + "/" + name
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    // A folder reached through a link that leads out is not entered.
                    if depth + 1 < Self.deepestListing, let real = Self.realPath(path), isInside(real) {
                        folders.append((segments, depth + 1))
                    }
                } else if let map = map(relativeSegments: segments) {
                    found.append(map)
                }
            }
        }
        return (Array(found.sorted { $0.relativePath < $1.relativePath }.prefix(Self.mostListed)), unaddressable.sorted())
    }

    /// The names in a folder as the system gives them, in order, with whether each is UTF-8
    /// text; `nil` when the folder cannot be read.
    static func entries(of folder: String) -> [(name: String, isText: Bool)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, isText: Bool)] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard bytes != Array(".".utf8), bytes != Array("..".utf8) else { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                entries.append((name, true))
            } else {
                entries.append((String(decoding: bytes, as: UTF8.self), false))
            }
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// The segments of a percent-encoded path, each decoded, or `nil` when one is empty, `.`
    /// or `..`, hidden, holds a `/`, or a character ``isAddressable(_:)`` refuses, or is not
    /// UTF-8 once decoded.
    ///
    /// - Parameter requestPath: Segments separated by `/`; an empty path has none.
    /// - Returns: The decoded segments, or `nil` for a path the server never serves.
    static func segments(ofRequestPath requestPath: String) -> [String]? {
        guard !requestPath.isEmpty else { return [] }
        var segments: [String] = []
        for raw in requestPath.split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = String(raw).removingPercentEncoding, !segment.isEmpty, !segment.hasPrefix("."),
                  !segment.contains("/"), isAddressable(segment)
            else { return nil }
            segments.append(segment)
        }
        return segments
    }

    /// Whether the server links and serves a file or folder of this name: not when it holds a
    /// backslash or a control character, which no address of this server names, nor a mark
    /// that changes the order text reads in, which would make its link and its page's title
    /// read otherwise than the name is written: the bidirectional embeddings, overrides and isolates U+202A…U+202E and U+2066…U+2069, and
    /// the marks U+200E, U+200F and U+061C.
    ///
    /// - Parameter name: One segment of a path, UTF-8 text.
    /// - Returns: Whether the name may appear in a link.
    public static func isAddressable(_ name: String) -> Bool {
        !name.contains("\\") && !name.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0.properties.isBidiControl
        }
    }

    /// `name` as the server shows a name it does not link: every control character, and
    /// every mark ``isAddressable(_:)`` refuses, written as an escape (`\n`, `\u{202E}`), so
    /// that it reads in the order it is written and can be found to rename.
    ///
    /// - Parameter name: A file's name or path.
    /// - Returns: The name with nothing in it that is not shown.
    public static func shownName(_ name: String) -> String {
        var shown = ""
        for scalar in TerminalText.escaped(name).unicodeScalars {
            if scalar.properties.isBidiControl { shown += ControlCharacters.visible(scalar) } else { shown.unicodeScalars.append(scalar) }
        }
        return shown
    }

    private func isInside(_ real: String) -> Bool {
        root == "/" ? real.hasPrefix("/") : real.hasPrefix(root + "/")
    }

    static func isMapName(_ path: String) -> Bool {
        mapExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Whether `path` leads, through any links, to a regular file: not a folder, a pipe or a
    /// device, which reading would hang on or make no sense of.
    static func isRegularFile(_ path: String) -> Bool {
        FileSignature(path) != nil
    }

    /// `path` with every link and `.`/`..` resolved, or `nil` when nothing is there.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
