import Foundation

/// Where each field of a dataset was written, so that a problem found after parsing can
/// still name its file and line.
struct SourceLocations: Sendable {
    var file: String?
    private var marks: [String: (line: Int, column: Int)] = [:]

    init(file: String?) { self.file = file }

    mutating func record(_ path: String, line: Int, column: Int) {
        marks[path] = (line, column)
    }

    /// The place of `path`, or of the nearest enclosing field that has one.
    func place(of path: String) -> (line: Int, column: Int)? {
        var path = Substring(path)
        while true {
            if let mark = marks[String(path)] { return mark }
            if path.isEmpty { return nil }
            path = path[..<(path.lastIndex(where: { $0 == "." || $0 == "[" }) ?? path.startIndex)]
        }
    }

    func problem(_ severity: Problem.Severity, at path: String, _ message: String, fix: String? = nil) -> Problem {
        let place = place(of: path)
        return Problem(severity, path: path, message, fix: fix, file: file, line: place?.line, column: place?.column)
    }
}
