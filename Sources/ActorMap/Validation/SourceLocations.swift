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

    /// Where the one source of the relationship at `relationship` was written: `source`, or
    /// the single entry of a `sources` list, whichever the file used.
    func singleSource(of relationship: DatasetPath) -> DatasetPath
}

extension SourceLocating {
    /// `source`: files other than ActorMap's own keep a tie's sources in one field.
    func singleSource(of relationship: DatasetPath) -> DatasetPath { relationship.field("source") }
}

/// Where each field of a dataset file in ActorMap's own format was written, so that a problem
/// found after parsing can still name its file and line.
///
/// The parsed tree already holds every place, so nothing is recorded while a file is read:
/// a problem's place is looked up in the tree when the problem is reported, following its
/// path step by step. A big map then costs no bookkeeping for the fields that have no problem,
/// which are nearly all of them.
struct SourceLocations: SourceLocating {
    var file: String?
    /// The parsed file; `nil` for a dataset made in code.
    var root: DocumentNode? {
        didSet { fieldIndex = FieldIndex() }
    }
    /// Places the reader already reported a problem at, and the list entries holding one:
    /// the model's checks then say nothing more there (see ``problem(_:at:_:fix:)``).
    private var reported: Set<DatasetPath> = []
    private var entriesWithProblems: Set<DatasetPath> = []

    /// The fields of big mappings by name, made when a problem is first placed in one.
    private var fieldIndex = FieldIndex()

    init(file: String?) { self.file = file }

    /// The place of `path`, or of the nearest enclosing field that has one: where the value
    /// of a field starts (a problem with a field is a problem with what it says), the first
    /// field of a list's entry, the list itself.
    ///
    /// - Complexity: O(*d*·*k*) for a path *d* steps deep through mappings of *k* fields, at
    ///   most 32 each; a bigger mapping is indexed when first walked through, and O(1) after.
    func place(of path: DatasetPath) -> (line: Int, column: Int)? {
        guard var node = root else { return nil }
        var walked = DatasetPath.root
        for step in path.steps {
            switch (step, node.content) {
            case (.field(let name), .mapping(let fields)):
                // The last of a field given twice is the one read.
                let found = fields.count > FieldIndex.smallest
                    ? fieldIndex.position(of: name, in: fields, at: walked)
                    : fields.lastIndex(where: { $0.key.text == name })
                guard let found else { return (node.line, node.column) }
                node = fields[found].value
                walked = walked.field(name)
            case (.entry(let index), .list(let items)) where items.indices.contains(index):
                node = items[index]
                walked = walked.entry(index)
            default:
                return (node.line, node.column)
            }
        }
        return (node.line, node.column)
    }

    /// `sources[0]` when the relationship gives its one source as a `sources` list, `sources`
    /// when as a single word under that name, and `source` otherwise.
    ///
    /// - Complexity: O(*k*) for a relationship of *k* fields.
    func singleSource(of relationship: DatasetPath) -> DatasetPath {
        guard var node = root else { return relationship.field("source") }
        for step in relationship.steps {
            switch (step, node.content) {
            case (.field(let name), .mapping(let fields)):
                guard let found = fields.last(where: { $0.key.text == name }) else { return relationship.field("source") }
                node = found.value
            case (.entry(let index), .list(let items)) where items.indices.contains(index):
                node = items[index]
            default:
                return relationship.field("source")
            }
        }
        guard case .mapping(let fields) = node.content, !fields.contains(where: { $0.key.text == "source" }),
              let list = fields.last(where: { $0.key.text == "sources" })?.value else { return relationship.field("source") }
        if case .list = list.content { return relationship.field("sources").entry(0) }
        return relationship.field("sources")
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

/// The fields of each big mapping a problem was placed in, by name: a mapping of many fields
/// with a problem in each would otherwise be searched once per problem.
private final class FieldIndex: @unchecked Sendable {
    /// Mappings of up to this many fields are searched field by field.
    static let smallest = 32

    private let lock = NSLock()
    /// The position of the last field of each name, by the path of the mapping.
    private var positions: [DatasetPath: [String: Int]] = [:]

    /// The position in `fields`, the mapping at `path`, of the last field called `name`.
    ///
    /// - Complexity: O(*k*) for *k* fields the first time a mapping is asked about, O(1) after.
    func position(of name: String, in fields: [(key: DocumentNode, value: DocumentNode)], at path: DatasetPath) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if let known = positions[path] { return known[name] }
        var byName: [String: Int] = [:]
        for (position, field) in fields.enumerated() {
            if let key = field.key.text { byName[key] = position }
        }
        positions[path] = byName
        return byName[name]
    }
}
