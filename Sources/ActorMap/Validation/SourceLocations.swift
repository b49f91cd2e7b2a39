import Foundation

/// A place in a dataset, as its fields and lists nest: `relationships[41].since`,
/// `actors[3].attributes.country`.
///
/// Problems are found by path and shown by path, but a path is only ever built and compared
/// step by step, never read back from its text: an attribute may be called `a.b` or `x[1]`.
struct DatasetPath: Hashable, Sendable, CustomStringConvertible {
    /// One step into a dataset: a field of a mapping, or an entry of a list.
    enum Step: Hashable, Sendable {
        case field(String)
        case entry(Int)
    }

    /// The steps from the top of the dataset, outermost first.
    private(set) var steps: [Step]

    /// The dataset as a whole.
    static let root = DatasetPath(steps: [])

    /// A field at the top of the dataset, such as `title` or `relationships`.
    static func field(_ name: String) -> DatasetPath { DatasetPath(steps: [.field(name)]) }

    /// The entry `index` of the list at the top of the dataset called `list`: `actors[3]`.
    static func entry(_ index: Int, of list: String) -> DatasetPath { DatasetPath(steps: [.field(list), .entry(index)]) }

    /// The field `name` inside this place.
    func field(_ name: String) -> DatasetPath { appending(.field(name)) }

    /// The entry `index` of the list at this place.
    func entry(_ index: Int) -> DatasetPath { appending(.entry(index)) }

    /// This place one step further in, built with one allocation: paths are made for every
    /// field of a big map.
    private func appending(_ step: Step) -> DatasetPath {
        var longer: [Step] = []
        longer.reserveCapacity(steps.count + 1)
        longer += steps
        longer.append(step)
        return DatasetPath(steps: longer)
    }

    /// The place that holds this one; `nil` for the root.
    var parent: DatasetPath? { steps.isEmpty ? nil : DatasetPath(steps: Array(steps.dropLast())) }

    /// The entry of a top-level list this place lies in, and the steps inside that entry:
    /// `relationships`, 41 and `[.field("since")]` for `relationships[41].since`; `nil` for a
    /// place outside every list entry.
    var listEntry: (list: String, entry: Int, inside: ArraySlice<Step>)? {
        guard steps.count >= 2, case .field(let list) = steps[0], case .entry(let entry) = steps[1] else { return nil }
        return (list, entry, steps.dropFirst(2))
    }

    /// The path as messages show it: `relationships[41].since`; empty for the root.
    var description: String { Self.text(steps[...]) }

    /// Steps as text: `.since`, `[2]`; the first field has no leading dot.
    static func text(_ steps: ArraySlice<Step>, leadingDot: Bool = false) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .field(let name): text += text.isEmpty && !leadingDot ? name : ".\(name)"
            case .entry(let index): text += "[\(index)]"
            }
        }
        return text
    }
}

/// What the dataset's checks ask of whoever read its text: where a path was written, as a
/// problem that names the file, the line and the field.
protocol SourceLocating: Sendable {
    /// A problem at `path`, placed where the path was written; `nil` when the problem is one
    /// the reader already reported in its own words, so that it is not said twice.
    func problem(_ severity: Problem.Severity, at path: DatasetPath, _ message: String, fix: String?) -> Problem?
}

/// Where each field of a dataset file in ActorMap's own format was written, so that a problem
/// found after parsing can still name its file and line.
///
/// A big map records several places for each of its entries, so places inside a list's
/// entries (`relationships[41].from`) are kept by list and entry number with only the rest of
/// the path (`.from`) as text, short enough to need no storage of its own; any other path,
/// and the fields of an entry that has very many, are kept whole.
struct SourceLocations: SourceLocating {
    var file: String?
    /// The places in each entry of each list, in the order the entries were first recorded.
    private var entries: [String: [[Field]]] = [:]
    private var marks: [DatasetPath: (line: Int, column: Int)] = [:]
    /// Places the reader already reported a problem at, and the list entries holding one:
    /// the model's checks then say nothing more there (see ``problem(_:at:_:fix:)``).
    private var reported: Set<DatasetPath> = []
    private var entriesWithProblems: Set<DatasetPath> = []

    private struct Field {
        var rest: String
        var line: Int
        var column: Int
    }

    /// The most fields of one entry kept by entry; further ones are kept whole, so that no
    /// entry is searched at length.
    private static let fieldsPerEntry = 32

    init(file: String?) { self.file = file }

    /// Records that `path` was written at `line` and `column`; a later record of the same path
    /// replaces an earlier one.
    ///
    /// - Complexity: O(1) amortised, O(32) at most for a field inside a list entry.
    mutating func record(_ path: DatasetPath, line: Int, column: Int) {
        if let (list, entry, inside) = path.listEntry {
            let field = Field(rest: DatasetPath.text(inside, leadingDot: true), line: line, column: column)
            // One lookup of the list, changed in place: this runs for every field of a big map.
            if Self.record(field, entry: entry, in: &entries[list, default: []]) { return }
        }
        marks[path] = (line, column)
    }

    /// Records `field` among the fields of `entry`; `false` when it is kept whole instead.
    private static func record(_ field: Field, entry: Int, in entries: inout [[Field]]) -> Bool {
        if entry < entries.count, let known = entries[entry].firstIndex(where: { $0.rest == field.rest }) {
            entries[entry][known] = field
            return true
        }
        if entry < entries.count, entries[entry].count < fieldsPerEntry {
            entries[entry].append(field)
            return true
        }
        if entry == entries.count {
            entries.append([field])
            return true
        }
        return false
    }

    /// The place recorded for exactly `path`.
    private func mark(_ path: DatasetPath) -> (line: Int, column: Int)? {
        if let (list, entry, inside) = path.listEntry, let fields = entries[list], entry < fields.count {
            let rest = DatasetPath.text(inside, leadingDot: true)
            if let field = fields[entry].first(where: { $0.rest == rest }) { return (field.line, field.column) }
        }
        return marks[path]
    }

    /// The place of `path`, or of the nearest enclosing field that has one.
    func place(of path: DatasetPath) -> (line: Int, column: Int)? {
        var path: DatasetPath? = path
        while let current = path {
            if let mark = mark(current) { return mark }
            path = current.parent
        }
        return nil
    }

    /// Notes a problem the reader reported at `path`, so that the model's checks do not report
    /// that field again, nor warn about the entry holding it.
    mutating func noteReported(_ path: DatasetPath) {
        reported.insert(path)
        if let (list, entry, _) = path.listEntry { entriesWithProblems.insert(.entry(entry, of: list)) }
    }

    /// A problem at `path` with the line and column it was written at; `nil` for a field the
    /// reader already reported, and for a warning about an entry it found errors in.
    ///
    /// - Complexity: O(*d*) for a path *d* steps deep.
    func problem(_ severity: Problem.Severity, at path: DatasetPath, _ message: String, fix: String? = nil) -> Problem? {
        if reported.contains(path) { return nil }
        if severity == .warning, let (list, entry, _) = path.listEntry, entriesWithProblems.contains(.entry(entry, of: list)) { return nil }
        return located(severity, at: path, message, fix: fix)
    }

    /// A problem at `path` with the line and column it was written at, whatever was reported
    /// before: the reader's own problems.
    ///
    /// - Complexity: O(*d*) for a path *d* steps deep.
    func located(_ severity: Problem.Severity, at path: DatasetPath, _ message: String, fix: String? = nil) -> Problem {
        let place = place(of: path)
        return Problem(severity, path: path.description, message, fix: fix, file: file, line: place?.line, column: place?.column)
    }
}
