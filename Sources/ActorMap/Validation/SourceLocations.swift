import Foundation

/// Where each field of a dataset was written, so that a problem found after parsing can
/// still name its file and line.
///
/// A big map records several places for each of its entries, so places inside a list's
/// entries (`relationships[41].from`) are kept by list and entry number with only the rest of
/// the path (`.from`), short enough to need no storage of its own; any other path, and the
/// fields of an entry that has very many, are kept whole.
struct SourceLocations: Sendable {
    var file: String?
    /// The places in each entry of each list, in the order the entries were first recorded.
    private var entries: [String: [[Field]]] = [:]
    private var marks: [String: (line: Int, column: Int)] = [:]

    private struct Field {
        var rest: String
        var line: Int
        var column: Int
    }

    /// The most fields of one entry kept by entry; further ones are kept whole, so that no
    /// entry is searched at length.
    private static let fieldsPerEntry = 32

    init(file: String?) { self.file = file }

    mutating func record(_ path: String, line: Int, column: Int) {
        if let (list, entry, rest) = Self.split(path) {
            let known = entries[list]?.count ?? 0
            if entry < known, let field = entries[list]![entry].firstIndex(where: { $0.rest == rest }) {
                entries[list]![entry][field] = Field(rest: rest, line: line, column: column)
                return
            }
            if entry < known, entries[list]![entry].count < Self.fieldsPerEntry {
                entries[list]![entry].append(Field(rest: rest, line: line, column: column))
                return
            }
            if entry == known {
                entries[list, default: []].append([Field(rest: rest, line: line, column: column)])
                return
            }
        }
        marks[path] = (line, column)
    }

    /// The place recorded for exactly `path`.
    private func mark(_ path: Substring) -> (line: Int, column: Int)? {
        if let (list, entry, rest) = Self.split(path), let fields = entries[list], entry < fields.count,
           let field = fields[entry].first(where: { $0.rest == rest }) {
            return (field.line, field.column)
        }
        return marks[String(path)]
    }

    /// A path such as `relationships[41].from` as its list, its entry number and the rest, when
    /// the number is written as ActorMap writes entry numbers (digits, no leading zero), so that
    /// the parts give back the path; `nil` for any other path.
    private static func split(_ path: some StringProtocol) -> (list: String, entry: Int, rest: String)? {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]") else { return nil }
        let digits = path[path.index(after: open)..<close]
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              digits == "0" || digits.first != "0", let entry = Int(digits) else { return nil }
        return (String(path[..<open]), entry, String(path[path.index(after: close)...]))
    }

    /// The place of `path`, or of the nearest enclosing field that has one.
    func place(of path: String) -> (line: Int, column: Int)? {
        var path = Substring(path)
        while true {
            if let mark = mark(path) { return mark }
            if path.isEmpty { return nil }
            path = path[..<(path.lastIndex(where: { $0 == "." || $0 == "[" }) ?? path.startIndex)]
        }
    }

    func problem(_ severity: Problem.Severity, at path: String, _ message: String, fix: String? = nil) -> Problem {
        let place = place(of: path)
        return Problem(severity, path: path, message, fix: fix, file: file, line: place?.line, column: place?.column)
    }
}
