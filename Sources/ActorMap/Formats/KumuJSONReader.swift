import Foundation

/// Reads Kumu's JSON: the blueprints Kumu imports and the project exports it writes, where
/// published stakeholder templates live.
///
/// A blueprint lists `elements` and `connections` with their fields as keys (`label`,
/// `type`, `description`, `tags`, any custom field), and connections name their elements by
/// label or `id`. An export keeps each element's and connection's fields under `attributes`
/// (`element type`, `connection type`…) beside a generated `_id`, by which connections name
/// their elements. Either way the fields are read by name as in Kumu's spreadsheets (see
/// docs/interchange.md); a list (`tags`, a multi-value field) is joined with `|`. Actors of an
/// export are given ids made from their labels, with the generated `_id` kept as
/// `original_id`, as is each connection's. Connections run one way unless their `direction`
/// says otherwise, as in Kumu.
public struct KumuJSONReader: DatasetFileReader {
    /// How files are read: the order of dates with slashes.
    public var options: ReadingOptions

    /// A reader with the given options; by default slashed dates are refused and files are read up to 256 MiB.
    ///
    /// - Parameter options: How files are read.
    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    /// Whether JSON text is Kumu's rather than ActorMap's own: an object with `elements` or
    /// `connections` and no `actors` or `relationships`.
    ///
    /// - Parameter data: JSON text.
    /// - Returns: `true` when the text is a Kumu export.
    /// - Complexity: O(*n*) for *n* bytes; the text is parsed only when it names Kumu's keys.
    public static func recognises(_ data: Data) -> Bool {
        guard holds(data, "\"elements\"") || holds(data, "\"connections\""),
              case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return false }
        func isList(_ value: JSONValue?) -> Bool { if case .list? = value { true } else { false } }
        return (isList(object["elements"]) || isList(object["connections"])) && object["actors"] == nil && object["relationships"] == nil
    }

    /// Whether `data` holds the bytes of `word`: every JSON file is searched so, and
    /// `Data.range(of:)` takes a tenth of the time of reading a big map. Horspool's search
    /// compares the last byte of each window and skips ahead by the table of the word's
    /// bytes, so that a word of *w* bytes looks at about one byte in *w*.
    ///
    /// - Complexity: O(*n*·*w*) for *n* bytes and a word of *w*, O(*n*/*w*) in practice.
    static func holds(_ data: Data, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        let pattern = UnsafeBufferPointer(start: word.utf8Start, count: length)
        return data.withUnsafeBytes { bytes in
            guard length > 0, bytes.count >= length else { return false }
            var skip = [Int](repeating: length, count: 256)
            for (position, byte) in pattern.dropLast().enumerated() { skip[Int(byte)] = length - 1 - position }
            var end = length - 1
            while end < bytes.count {
                let last = bytes[end]
                if last == pattern[length - 1] {
                    var matched = 1
                    while matched < length, bytes[end - matched] == pattern[length - 1 - matched] { matched += 1 }
                    if matched == length { return true }
                }
                end += skip[Int(last)]
            }
            return false
        }
    }

    /// Reads and checks Kumu's JSON held in memory.
    ///
    /// The text is parsed as ActorMap's own JSON is, so that every element, connection and
    /// value keeps its line: problems name it with the entry and key in Kumu's terms
    /// (`connections[3].strength`).
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The name problems give for it.
    /// - Returns: The dataset, when it can be used, and every problem found.
    /// - Complexity: O(*n* log *n*) for *n* elements and connections.
    public func check(data: Data, file: String) -> ValidationReport {
        var document = DatasetDocument(file: file)
        guard let text = document.decodeText(data), let root = document.parseTree(text, syntax: .json) else {
            return document.report(dataset: nil)
        }
        let filePlace = SourcePlace(file: file, line: nil, column: nil, field: "")
        guard case .mapping(let top) = root.content else {
            return ValidationReport(problems: [filePlace.problem(.error, "this is not Kumu's JSON: it is not an object with `elements` and `connections`.",
                                                                 fix: "export the project from Kumu as JSON, or write a blueprint as Kumu's guide shows.")])
        }
        let object = Self.fields(of: top)
        var problems: [Problem] = []
        let elements = list(object["elements"], named: "elements", file: file, problems: &problems)
        let connections = list(object["connections"], named: "connections", file: file, problems: &problems)
        // An export names elements by generated ids; a blueprint by labels or ids of its own.
        let isExport = elements.contains { entry in
            if entry.fields["_id"] != nil, case .mapping? = entry.fields["attributes"]?.content { true } else { false }
        }
        let actors = elements.enumerated().map { record($1, at: "elements[\($0)]", table: .actors, file: file, problems: &problems) }
        let relationships = connections.enumerated().map { record($1, at: "connections[\($0)]", table: .relationships, file: file, problems: &problems) }
        var frame = DatasetFrame(title: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        if let name = object["name"].flatMap(Self.scalar), case .text(let title) = name, !title.trimmingCharacters(in: .whitespaces).isEmpty {
            frame.title = title
        }
        var assembler = DatasetAssembler(frame: frame, file: file, directedByDefault: true, actorIDs: isExport ? .fromNames : .asWritten,
                                         options: options, problems: problems)
        return assembler.assemble(actors: elements.isEmpty ? nil : actors, relationships: relationships)
    }

    /// An object of the file: its fields by key, and where it starts.
    private struct Object {
        var fields: [String: DocumentNode]
        var line: Int
        var column: Int
    }

    /// A mapping's fields by key; a key that is not text is no field of Kumu's.
    private static func fields(of mapping: [(key: DocumentNode, value: DocumentNode)]) -> [String: DocumentNode] {
        var fields: [String: DocumentNode] = [:]
        for (key, value) in mapping {
            if let name = key.text, fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    private func list(_ value: DocumentNode?, named name: String, file: String, problems: inout [Problem]) -> [Object] {
        guard let value, !value.isNull else { return [] }
        guard case .list(let items) = value.content else {
            problems.append(Problem(.error, path: name, "`\(name)` should be a list.", fix: "write `\"\(name)\": [ … ]`.", file: file,
                                    line: value.line, column: value.column))
            return []
        }
        return items.enumerated().compactMap { index, item in
            guard case .mapping(let entry) = item.content else {
                problems.append(Problem(.error, path: "\(name)[\(index)]", "each entry of `\(name)` should be an object.", fix: "write it as `{\"label\": \"…\"}`.",
                                        file: file, line: item.line, column: item.column))
                return nil
            }
            return Object(fields: Self.fields(of: entry), line: item.line, column: item.column)
        }
    }

    /// An element or connection as a record: its top-level keys, then those under
    /// `attributes`; `_id` (or `id`) is its id.
    private func record(_ entry: Object, at path: String, table: FieldNames.Table, file: String, problems: inout [Problem]) -> ImportedRecord {
        let place = SourcePlace(file: file, line: entry.line, column: entry.column, field: path)
        var record = ImportedRecord(place: place)
        var nested: [String: DocumentNode] = [:]
        if case .mapping(let attributes)? = entry.fields["attributes"]?.content { nested = Self.fields(of: attributes) }
        let fields = entry.fields.filter { $0.key != "attributes" }.sorted { $0.key < $1.key } + nested.sorted { $0.key < $1.key }
        for (key, value) in fields {
            let valuePlace = SourcePlace(file: file, line: value.line, column: value.column, field: "\(path).\(key)")
            let column: ImportedColumn
            switch key {
            case "_id", "id":
                column = table == .actors ? .field(.id) : .attribute(DatasetAssembler.originalID, nil)
            case "from", "to":
                column = table == .relationships ? .field(key == "from" ? .from : .to) : FieldNames.column(key, in: table, readsTypeSuffix: false)
            default:
                column = FieldNames.column(key, in: table, readsTypeSuffix: false)
            }
            guard let scalar = Self.scalar(value) else {
                if case .mapping = value.content {
                    problems.append(valuePlace.problem(.warning, "this value is a nested object, which no field of a map holds, so it is left out.",
                                                       fix: "keep it as text if it matters."))
                }
                continue
            }
            record.add(column, named: key, ImportedValue(scalar: scalar, place: valuePlace))
        }
        return record
    }

    /// A JSON value as a scalar of a record, with the type the file wrote: `nil` for `null`
    /// and objects; a list is joined as Kumu's spreadsheets join multi-value fields, with `|`.
    private static func scalar(_ node: DocumentNode) -> ImportedScalar? {
        switch node.content {
        case .scalar(let written, let type):
            switch type {
            case .null: return nil
            case .boolean(let flag): return flag.map(ImportedScalar.boolean) ?? .text(written)
            case .integer(let integer, let number): return integer.map(ImportedScalar.integer) ?? number.map(ImportedScalar.number) ?? .text(written)
            case .number(let number): return number.map(ImportedScalar.number) ?? .text(written)
            case .text: return .text(written)
            }
        case .list(let items): return .text(TagList.join(items.compactMap { Self.scalar($0)?.text }))
        case .mapping: return nil
        }
    }
}

/// A JSON value as decoded, keeping what kind of value the file wrote.
enum JSONValue: Decodable, Sendable {
    case null
    case boolean(Bool)
    case integer(Int)
    case number(Double)
    case text(String)
    case list([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .list(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}
