import CSV
import Foundation

/// Writes a dataset as a pair of CSV tables a spreadsheet opens, with its frame beside them.
///
/// `map.actors.csv` has the columns `id`, `name`, `kind`, `since`, `until`, `tags` (joined
/// with `|`), `source`, `note`, then one column per attribute; `map.relationships.csv` has
/// `from`, `to`, `type`, `since`, `until`, `weight`, `amount`, `currency`, `source`,
/// `label`, `note`, then the attributes. `map.dataset.yaml` keeps the title, description,
/// sources and the dataset's own definitions. ``CSVDatasetReader`` reads the three back as the
/// same dataset.
///
/// An attribute's type is the one its text reads as (`60000` a whole number, `0.5` a
/// number, `true` a truth value). Where that would change a value, such as a postcode
/// `02139` kept as text, the header says the type: `postcode:text`. An attribute whose name
/// is also a column's is written `attributes.name`.
///
/// A text cell a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading
/// apostrophe unless `neutralisesFormulas` is false; see ``CSVCell``.
public struct CSVDatasetWriter: Sendable {
    /// The text of the three files.
    public struct Tables: Sendable, Hashable {
        /// `map.actors.csv`: one row per actor.
        public var actors: String
        /// `map.relationships.csv`: one row per relationship.
        public var relationships: String
        /// `map.dataset.yaml`: the title, sources and definitions, as a native dataset without actors.
        public var frame: String
    }

    /// Whether text cells that start like a formula get a leading apostrophe.
    public var neutralisesFormulas: Bool

    /// A writer.
    ///
    /// - Parameter neutralisingFormulas: Whether text cells that start like a formula get a
    ///   leading apostrophe, so that a spreadsheet shows them instead of running them.
    public init(neutralisingFormulas: Bool = true) {
        neutralisesFormulas = neutralisingFormulas
    }

    /// The text of the three files of `dataset`.
    ///
    /// - Parameters:
    ///   - dataset: The map to write.
    ///   - attributesAt: The moment whose value of each attribute given over time fills
    ///     its column, as Kumu imports it: the latest by default. ``attributeHistory(_:)``
    ///     keeps every value.
    /// - Returns: The actors table, the relationships table and the frame's YAML.
    public func tables(_ dataset: Dataset, attributesAt: TimeSelection = .allTime) -> Tables {
        let dataset = dataset.attributes(at: attributesAt)
        let actorColumns = Self.attributeColumns(dataset.actors.map(\.attributes), in: .actors)
        let actors = csv(
            header: ["id", "name", "kind", "since", "until", "tags", "source", "note"] + actorColumns.map(\.header),
            rows: dataset.actors.map { actor in
                [actor.id, actor.name, actor.kind, actor.period.since?.description ?? "", actor.period.until?.description ?? "",
                 TagList.join(actor.tags), actor.source ?? "", actor.note ?? ""]
                    + actorColumns.map { actor.attributes[$0.name]?.cellText.text ?? "" }
            })
        let relationshipColumns = Self.attributeColumns(dataset.relationships.map(\.attributes), in: .relationships)
        // Maps that record no confidence are written as before.
        let confidences = dataset.relationships.contains { $0.confidence != nil }
        let relationships = csv(
            header: ["from", "to", "type", "since", "until", "weight", "amount", "currency", "source", "label", "note"]
                + (confidences ? ["confidence"] : []) + relationshipColumns.map(\.header),
            rows: dataset.relationships.map { relationship in
                [relationship.from, relationship.to, relationship.type,
                 relationship.period.since?.description ?? "", relationship.period.until?.description ?? "",
                 relationship.weight.formatted(), relationship.amount?.formatted() ?? "", relationship.currency ?? "",
                 relationship.sourceList ?? "", relationship.label ?? "", relationship.note ?? ""]
                    + (confidences ? [relationship.confidence?.rawValue ?? ""] : [])
                    + relationshipColumns.map { relationship.attributes[$0.name]?.cellText.text ?? "" }
            })
        return Tables(actors: actors, relationships: relationships, frame: NativeDatasetWriter().text(DatasetFrame(dataset), syntax: .yaml))
    }

    /// Where the three files of `url` go: `map.csv`, or any of the three names, gives
    /// `map.actors.csv`, `map.relationships.csv` and `map.dataset.yaml` beside it.
    ///
    /// - Parameter url: The file named by the user: `map.csv` or any of the three names.
    /// - Returns: The paths of the actors table, the relationships table and the frame.
    public static func files(for url: URL) -> (actors: URL, relationships: URL, frame: URL) {
        let stem = CSVDatasetReader.stem(of: url)
        // Relative paths stay relative, so that messages name files as the user did; NSString's
        // path methods are not used, as they trap on a one-letter name.
        let folder = OutputFile.folder(of: url.relativePath)
        func sibling(_ name: String) -> URL { URL(fileURLWithPath: folder == "." ? name : OutputFile.path(name, in: folder)) }
        return (sibling("\(stem).actors.csv"), sibling("\(stem).relationships.csv"), sibling("\(stem).dataset.yaml"))
    }

    /// The columns of `map.attributes.csv`: the actor's id, or the relationship's row in
    /// `map.relationships.csv` counting the first as 1; the attribute; the value's dates;
    /// the value; who gave it, how sure, and its sources joined with `|`.
    public static let attributeHistoryHeader = ["actor", "relationship", "attribute", "since", "until", "value", "informant", "confidence", "sources"]

    /// `map.attributes.csv`: one row per value over time of every actor and relationship,
    /// or `nil` when the map has none. ``CSVDatasetReader`` reads it back beside the tables,
    /// its values taking the place of the columns' single values.
    ///
    /// - Parameter dataset: The map to write.
    /// - Returns: The table's text, or `nil`.
    /// - Complexity: O(*v*) for *v* values over time.
    public func attributeHistory(_ dataset: Dataset) -> String? {
        var rows: [[String]] = []
        func add(_ dated: [String: [DatedAttributeValue]], actor: String, relationship: String) {
            for name in dated.keys.sorted() {
                for value in dated[name]! {
                    rows.append([actor, relationship, name, value.since?.description ?? "", value.until?.description ?? "",
                                 value.value.cellText.text, value.informant ?? "", value.confidence ?? "", TagList.join(value.sources)])
                }
            }
        }
        for actor in dataset.actors where !actor.datedAttributes.isEmpty { add(actor.datedAttributes, actor: actor.id, relationship: "") }
        for (index, relationship) in dataset.relationships.enumerated() where !relationship.datedAttributes.isEmpty {
            add(relationship.datedAttributes, actor: "", relationship: String(index + 1))
        }
        return rows.isEmpty ? nil : csv(header: Self.attributeHistoryHeader, rows: rows)
    }

    /// Where `map.attributes.csv` goes for the map written to `url`.
    ///
    /// - Parameter url: The file named by the user: `map.csv` or any of the map's names.
    /// - Returns: The path of the attributes table, beside the others.
    public static func attributesFile(for url: URL) -> URL {
        let actors = files(for: url).actors
        let stem = CSVDatasetReader.stem(of: actors)
        let folder = OutputFile.folder(of: actors.relativePath)
        return URL(fileURLWithPath: folder == "." ? "\(stem).attributes.csv" : OutputFile.path("\(stem).attributes.csv", in: folder))
    }

    private struct AttributeColumn {
        var name: String
        var header: String
    }

    /// One column per attribute name, sorted, with the header that reads each value back.
    private static func attributeColumns(_ attributes: [[String: AttributeValue]], in table: FieldNames.Table) -> [AttributeColumn] {
        var values: [String: [AttributeValue]] = [:]
        for entry in attributes {
            for (name, value) in entry { values[name, default: []].append(value) }
        }
        return values.keys.sorted().map { name in
            let column = values[name]!
            var header = FieldNames.attributeNeedsPrefix(name, in: table) ? FieldNames.attributePrefix + name : name
            let endsLikeAType = name.lastIndex(of: ":").map { ImportedColumn.ForcedType(rawValue: name[name.index(after: $0)...].lowercased()) != nil } ?? false
            if endsLikeAType || !column.allSatisfy(\.cellText.readsBack) {
                header += ":" + (column.allSatisfy { $0.forcedType == column[0].forcedType } ? column[0].forcedType : .text).rawValue
            }
            return AttributeColumn(name: name, header: header)
        }
    }

    private func csv(header: [String], rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        // Writing to memory cannot fail.
        let writer = try! CSVWriter(stream: stream)
        let cell = neutralisesFormulas ? CSVCell.neutralised : { $0 }
        try! writer.write(row: header.map(cell))
        for row in rows { try! writer.write(row: row.map(cell)) }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension AttributeValue {
    /// The type a header suffix names for this value.
    fileprivate var forcedType: ImportedColumn.ForcedType {
        switch self {
        case .text: .text
        case .integer: .integer
        case .number: .number
        case .boolean: .boolean
        }
    }
}
