import Foundation

/// Where a value stands in an interchange file, in that file's own terms, so that a problem
/// found after the file became a dataset still points at the cell or element to fix.
struct SourcePlace: Sendable, Hashable {
    var file: String
    var line: Int?
    var column: Int?
    /// The field as the file names it: a CSV header such as `Strength`, a workbook cell such
    /// as `Connections!C5`, or an element and key such as `edge 'e3'.weight`.
    var field: String

    func problem(_ severity: Problem.Severity, _ message: String, fix: String?) -> Problem {
        Problem(severity, path: field, message, fix: fix, file: file, line: line, column: column)
    }

    /// The same place, naming one field of it.
    func naming(_ field: String) -> SourcePlace {
        var place = self
        place.field = field
        return place
    }
}

/// A value read from an interchange file, with the type the file declared for it.
enum ImportedScalar: Sendable, Hashable {
    /// Text whose type the file does not say (a CSV cell): attributes infer a number or a
    /// truth value from it.
    case untyped(String)
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)

    /// The value as text, as the file wrote it.
    var text: String {
        switch self {
        case .untyped(let text), .text(let text): text
        case .integer(let value): String(value)
        case .number(let value): value.formatted()
        case .boolean(let value): value ? "true" : "false"
        }
    }

    /// The value as a number: a number the file typed as one, as it is (the dataset's checks
    /// refuse one that is infinite), or text that reads as a finite number, such as ` 2.5`.
    var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        case .boolean: nil
        case .untyped(let text), .text(let text): Self.number(reading: text)
        }
    }

    /// Text a file declares to be of `type` (a GraphML key's `attr.type`, a GEXF attribute's
    /// `type`, a table header's `:number`) as a value of that type, read the same way whichever
    /// file declares it; `nil` when it does not read as one.
    ///
    /// Whole numbers are digits with a sign at most; numbers are finite decimals; truth values
    /// are `true`, `false`, `1` or `0`, in any case.
    static func reading(_ text: String, as type: ImportedColumn.ForcedType) -> ImportedScalar? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case .text: return .text(text)
        case .integer: return Int(trimmed).map(ImportedScalar.integer)
        case .number: return number(reading: trimmed).map(ImportedScalar.number)
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default: return nil
            }
        }
    }

    /// Text as a finite number; `nil` for anything else, `inf` and `nan` included.
    private static func number(reading text: String) -> Double? {
        Double(text.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isFinite ? $0 : nil }
    }

    var isBlank: Bool {
        switch self {
        case .untyped(let text), .text(let text): text.allSatisfy(\.isWhitespace)
        default: false
        }
    }

    /// The value as an attribute, inferring the type of untyped text.
    var attributeValue: AttributeValue {
        switch self {
        case .untyped(let text): AttributeValue(inferringFrom: text)
        case .text(let text): .text(text)
        case .integer(let value): .integer(value)
        case .number(let value): .number(value)
        case .boolean(let value): .boolean(value)
        }
    }
}

struct ImportedValue: Sendable {
    var scalar: ImportedScalar
    var place: SourcePlace

    /// The text, trimmed of surrounding spaces: ids, kinds and dates are never meant with them.
    var trimmed: String { scalar.text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// One actor or relationship as an interchange file holds it: a CSV row, a GraphML node, a
/// GEXF edge. Fields are already recognised by name; everything else is an attribute.
struct ImportedRecord: Sendable {
    /// The row or element as a whole.
    var place: SourcePlace
    var fields: [ImportedField: ImportedValue] = [:]
    var attributes: [(name: String, value: ImportedValue)] = []
    /// Values given over time (a GEXF dynamic attribute, a row of `map.attributes.csv`), by
    /// attribute name; an attribute given here is not also kept from ``attributes``.
    var dated: [(name: String, value: ImportedDatedValue)] = []
    /// Whether the record's Gephi time set lists timestamps, so that a bracket of two times
    /// is two moments rather than an interval (see ``GephiTimeSet/holdsTimestamps(_:)``).
    var timesetHoldsTimestamps = false

    init(place: SourcePlace) {
        self.place = place
    }

    /// Adds a value under a column or key called `name`: to its field when the name is
    /// one, else as an attribute. Blank values are absent values. When a file gives the same
    /// field twice (a `name` column beside a `label` column), the first holds the field and
    /// the second is kept as an attribute, so that nothing is lost.
    mutating func add(_ role: ImportedColumn, named name: String, _ value: ImportedValue) {
        guard !value.scalar.isBlank else { return }
        switch role {
        case .field(let field) where fields[field] == nil:
            fields[field] = value
        case .field:
            attributes.append((name, value))
        case .attribute(let attribute, let type):
            attributes.append((attribute, ImportedValue(scalar: type.flatMap { $0.apply(to: value.scalar) } ?? value.scalar, place: value.place)))
        }
    }

    /// Sets a field the file gives in a second, less exact way (a GEXF spell's day beside
    /// the `since` attribute that kept the year), unless the exact one is there.
    mutating func fill(_ field: ImportedField, _ value: ImportedValue) {
        if fields[field] == nil, !value.scalar.isBlank { fields[field] = value }
    }
}

/// One value of an attribute over time as an interchange file gives it, its dates still text.
struct ImportedDatedValue: Sendable {
    var value: ImportedValue
    var since: ImportedValue?
    var until: ImportedValue?
    var informant: String?
    var confidence: String?
    var sources: [String] = []
}

/// The fields interchange files can carry for actors and relationships, beyond the native
/// format's own: `group`, `directed` and `sign` describe a kind or type the file brings
/// with it; `year` is the bare year of an edge list.
enum ImportedField: String, Sendable, Hashable, CaseIterable {
    case id, name, kind, group, since, until, year, tags, source, note
    case from, to, type, weight, amount, currency, label, directed, sign
    /// How sure the analyst is of a tie: `low`, `medium` or `high`.
    case confidence
    /// Gephi's `timeset`: intervals or timestamps in one cell, `<[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>`.
    case timeset
}

/// What a column of a table, or a key of a graph file, holds.
enum ImportedColumn: Sendable, Hashable {
    case field(ImportedField)
    /// An attribute, with the type its header forces (`members:integer`), if any.
    case attribute(String, ForcedType?)

    /// The attribute types a header can force with a `:type` suffix.
    enum ForcedType: String, Sendable, Hashable, CaseIterable {
        case text, integer, number, boolean

        /// The value as this type, or `nil` when untyped text does not read as one; a value
        /// whose type the file already gives is kept as it is.
        func apply(to scalar: ImportedScalar) -> ImportedScalar? {
            guard case .untyped(let text) = scalar else { return scalar }
            return ImportedScalar.reading(text, as: self)
        }

        /// The type a graph file declares by name: GraphML's `int`, `long`, `float`, `double`,
        /// `boolean`; GEXF's `integer`, `long`, `short`, `byte`, `biginteger`, `double`, `float`,
        /// `bigdecimal`, `boolean`. Any other name (`string`, `liststring`, `anyURI`) is text.
        init(declared name: String) {
            switch name.lowercased() {
            case "int", "integer", "long", "short", "byte", "biginteger": self = .integer
            case "float", "double", "bigdecimal": self = .number
            case "boolean": self = .boolean
            default: self = .text
            }
        }

        /// How the type is named in sentences: "a whole number".
        var noun: String {
            switch self {
            case .text: "text"
            case .integer: "a whole number"
            case .number: "a number"
            case .boolean: "true or false"
            }
        }
    }
}

/// The column and key names interchange files use for each field: ActorMap's own, Kumu's
/// (`Label`, `Type`, `Description`, `Strength`, `Start Date`), networkx's and Gephi's
/// (`label`, `weight`, `start`, `end`), and an edge list's (`source`, `target`, `year`).
///
/// Names are compared without case, spaces, hyphens or underscores, so `Start Date`,
/// `start_date` and `startDate` are one name. A name prefixed `attributes.` is always an
/// attribute, which is how a writer keeps an attribute called `type` from being read back as
/// the kind.
enum FieldNames {
    enum Table: Sendable { case actors, relationships }

    static let attributePrefix = "attributes."

    /// What a column or key named `name` holds in a table of actors or relationships.
    ///
    /// - Parameters:
    ///   - endpointsAreSourceTarget: Whether the table names its endpoints `source` and
    ///     `target`, as networkx and igraph edge lists do; `source` is then the first
    ///     endpoint rather than the citation it is in ActorMap's own columns.
    ///   - readsTypeSuffix: Whether a `:type` suffix forces the column's type, as it does in
    ///     tables, whose cells carry no type of their own.
    ///
    /// A field keeps its role under a suffix (`weight:number`, `since:integer`); the table
    /// enforces the type (see ``typeSuffix(of:)``).
    static func column(_ name: String, in table: Table, endpointsAreSourceTarget: Bool = false, readsTypeSuffix: Bool = true) -> ImportedColumn {
        var name = name.trimmingCharacters(in: .whitespaces)
        let forced = readsTypeSuffix ? typeSuffix(of: name) : nil
        if forced != nil { name = String(name[..<name.lastIndex(of: ":")!]) }
        if name.lowercased().hasPrefix(attributePrefix) {
            return .attribute(String(name.dropFirst(attributePrefix.count)), forced)
        }
        if let field = field(named: name, in: table, endpointsAreSourceTarget: endpointsAreSourceTarget) {
            return .field(field)
        }
        return .attribute(name, forced)
    }

    /// The type a header's `:type` suffix forces: `members:integer`, `weight:number`.
    static func typeSuffix(of name: String) -> ImportedColumn.ForcedType? {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard let colon = name.lastIndex(of: ":") else { return nil }
        return ImportedColumn.ForcedType(rawValue: String(name[name.index(after: colon)...]).lowercased())
    }

    static func field(named name: String, in table: Table, endpointsAreSourceTarget: Bool = false) -> ImportedField? {
        let key = normalized(name)
        if table == .relationships, endpointsAreSourceTarget, key == "source" { return .from }
        return (table == .actors ? actorFields : relationshipFields)[key]
    }

    /// Whether a table's header names its endpoints `source` and `target`.
    static func usesSourceTarget(_ header: [String]) -> Bool {
        let keys = Set(header.map(normalized))
        return keys.contains("target") && !keys.contains("to")
    }

    /// Whether a writer must prefix an attribute so that it reads back as an attribute.
    static func attributeNeedsPrefix(_ name: String, in table: Table) -> Bool {
        field(named: name, in: table) != nil || field(named: name, in: table, endpointsAreSourceTarget: true) != nil
            || name.lowercased().hasPrefix(attributePrefix)
    }

    static func normalized(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-".unicodeScalars.contains($0) })
    }

    private static let actorFields: [String: ImportedField] = [
        "id": .id, "key": .id, "actorid": .id, "nodeid": .id,
        "name": .name, "label": .name, "actor": .name, "actorname": .name,
        "kind": .kind, "type": .kind, "elementtype": .kind, "category": .kind,
        "group": .group,
        "since": .since, "start": .since, "startdate": .since, "startyear": .since,
        "until": .until, "end": .until, "enddate": .until, "endyear": .until,
        "tags": .tags, "tag": .tags,
        "source": .source,
        "note": .note, "notes": .note, "description": .note,
        "timeset": .timeset, "timeinterval": .timeset,
    ]

    private static let relationshipFields: [String: ImportedField] = [
        "from": .from, "fromid": .from,
        "to": .to, "target": .to, "toid": .to,
        "type": .type, "kind": .type, "connectiontype": .type, "relationship": .type, "relation": .type,
        "since": .since, "start": .since, "startdate": .since, "startyear": .since,
        "until": .until, "end": .until, "enddate": .until, "endyear": .until,
        "year": .year,
        "weight": .weight, "strength": .weight,
        "amount": .amount, "currency": .currency,
        "source": .source, "sources": .source,
        "confidence": .confidence,
        "label": .label,
        "note": .note, "notes": .note, "description": .note,
        "directed": .directed, "direction": .directed, "connectiondirection": .directed,
        "sign": .sign,
        "id": .id, "edgeid": .id,
        "timeset": .timeset, "timeinterval": .timeset,
    ]
}

extension AttributeValue {
    /// The value untyped text most plausibly stands for: a whole number, a decimal number, a
    /// truth value, or else the text itself.
    ///
    /// Only text a writer would produce for that type counts (`60000`, `0.5`, `2.0`,
    /// `true`), so that `007` or `1,000` stay text.
    init(inferringFrom text: String) {
        if let truth = Self.truthValue(text) {
            self = .boolean(truth)
        } else if let integer = Int(text), String(integer) == text {
            self = .integer(integer)
        } else if text.contains(where: { ".eE".contains($0) }),
                  text.allSatisfy({ "0123456789.eE+-".contains($0) }),
                  text.first != "+", let number = Double(text), number.isFinite {
            self = .number(number)
        } else {
            self = .text(text)
        }
    }

    static func truthValue(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// The text an untyped cell holds for this value, and whether reading that text back
    /// gives this value again.
    var cellText: (text: String, readsBack: Bool) {
        let text = switch self {
        case .number(let value) where value.isFinite && value.rounded() == value && abs(value) < 1e15: "\(Int(value)).0"
        case .number(let value): String(value)
        default: description
        }
        return (text, AttributeValue(inferringFrom: text) == self)
    }
}

/// Tag lists in one field, as Kumu writes them: `nairobi|sdi`. A `|` or `\` inside a tag is
/// escaped with `\`, so that any tag survives.
extension Relationship {
    /// The sources of a tie in one field, as interchange files keep them: `brief|interview-07`,
    /// or `nil` when it cites none.
    var sourceList: String? { sources.isEmpty ? nil : TagList.join(sources) }
}

enum TagList {
    static func join(_ tags: [String]) -> String {
        tags.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }

    static func split(_ text: String) -> [String] {
        var tags: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                tags.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        tags.append(current)
        return tags.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
