import Foundation

/// Every actor's measures at one moment of a map, in the order asked for, with the figures
/// of the whole map: what `actormap metrics` prints, as JSON, CSV or an aligned table.
///
/// Rows are keyed by actor: `report.row(for: "muungano")?.values[.betweenness]`.
///
/// ```swift
/// let table = MetricsTable(Snapshot(dataset, at: .year(2020)))
/// let report = MetricsReport(table, order: .highest(.betweenness), limit: 3)
/// print(report.text(width: 80))
/// ```
public struct MetricsReport: Sendable {
    /// One actor and its value of every measure.
    public struct Row: Sendable, Hashable {
        /// The actor's id.
        public var id: String
        /// The actor's name.
        public var name: String
        /// The id of the actor's kind.
        public var kind: String
        /// The id of the group the actor's kind belongs to.
        public var group: String
        /// The actor's value of each measure; a measure that is undefined, or was not
        /// computed, has none.
        public var values: [Measure: Double]
    }

    /// The order of the rows.
    public enum Order: Hashable, Sendable {
        /// By name, as people sort (`Actor 2` before `Actor 10`).
        case name
        /// Highest value of the measure first, undefined last, ties by name.
        case highest(Measure)
    }

    /// A column of the text table after the actor's name.
    public enum Column: Hashable, Sendable {
        /// The actor's id.
        case id
        /// A measure.
        case measure(Measure)

        /// The column of this name: `id` or a measure's name; `nil` for any other.
        ///
        /// - Parameter name: A column's name as ``name`` gives it.
        public init?(name: String) {
            if name == "id" {
                self = .id
            } else if let measure = Measure(rawValue: name) {
                self = .measure(measure)
            } else {
                return nil
            }
        }

        /// The column's name, as its heading shows it.
        public var name: String {
            switch self {
            case .id: "id"
            case .measure(let measure): measure.name
            }
        }

        /// Every column's name: `id`, then the measures.
        public static var names: [String] { ["id"] + Measure.allCases.map(\.name) }
    }

    /// How the report will be written, which decides what its table must compute.
    public enum Rendering: Hashable, Sendable {
        /// ``csv(neutralise:)``: every measure, no figure of the map.
        case csv
        /// ``json(provenance:)``: every measure and every figure of the map.
        case json
        /// ``text(columns:width:)`` with these columns: their measures and every figure of
        /// the map.
        case text(columns: [Column])
    }

    /// What a ``MetricsTable`` must compute for a report written as `rendering` with its rows
    /// in `order`: the measures shown, the one the rows are ordered by, and what the map's
    /// figures rest on when they are shown.
    ///
    /// - Parameters:
    ///   - rendering: How the report will be written.
    ///   - order: The order of its rows.
    /// - Returns: The measures to ask the table for, with ``mapFiguresNeeded(for:)``.
    /// - Complexity: O(*c*) for *c* columns.
    public static func measuresNeeded(for rendering: Rendering, order: Order) -> Set<Measure> {
        guard case .text(let columns) = rendering else { return Set(Measure.allCases) }
        var measures = GraphMetrics.measures(for: mapFiguresNeeded(for: rendering))
        for case .measure(let measure) in columns { measures.insert(measure) }
        if case .highest(let measure) = order { measures.insert(measure) }
        return measures
    }

    /// What map figures a ``MetricsTable`` must compute for a report written as
    /// `rendering`: none for CSV, which has no room for them, every one otherwise.
    ///
    /// - Parameter rendering: How the report will be written.
    /// - Returns: The figures to ask the table for, with ``measuresNeeded(for:order:)``.
    /// - Complexity: O(1).
    public static func mapFiguresNeeded(for rendering: Rendering) -> Set<MapFigure> {
        rendering == .csv ? [] : GraphMetrics.allFigures
    }

    /// The map's title.
    public let title: String
    /// The moment measured, as `2017`, `2010..2012` or `all time`.
    public let time: String
    /// Which relationships were taken as ties, and how.
    public let projection: ProjectionOptions
    /// The actors, in the order asked for.
    public let rows: [Row]
    /// The figures of the whole map.
    public let graph: GraphMetrics
    /// The measures undefined at this moment, with the reason.
    public let undefined: [Measure: UndefinedMeasure]
    /// Cautions about the moment measured, such as a year with almost no ties.
    public let notes: [String]
    /// The permutation test of the E-I index, when asked for (``EIIndexTest``); `nil` otherwise.
    public var eiTest: EIIndexTest?

    /// What `--where` removed before measuring; `nil` when no filter ran.
    public let filtering: ActorFilterOutcome?
    private let actorCount: Int
    private let tieCount: Int

    /// The report of `table`, its rows in `order`.
    ///
    /// - Parameters:
    ///   - table: The measured moment.
    ///   - order: The order of the rows; highest PageRank first by default.
    ///   - limit: The most rows to keep, the first in `order`; all when `nil`.
    /// - Complexity: O(*n* log *n* + *n*·*m*) for *n* actors and *m* measures.
    public init(_ table: MetricsTable, order: Order = .highest(.pagerank), limit: Int? = nil) {
        let dataset = table.snapshot.dataset
        var ranked = switch order {
        case .highest(let measure): table.ranked(by: measure)
        case .name: table.rows.sorted { $0.actor.name.localizedStandardCompare($1.actor.name) == .orderedAscending }
        }
        if let limit { ranked = Array(ranked.prefix(limit)) }
        title = dataset.title
        time = table.snapshot.time.description
        projection = table.options.projection
        rows = ranked.map { row in
            var values: [Measure: Double] = [:]
            for measure in Measure.allCases { values[measure] = row[measure] }
            return Row(id: row.actor.id, name: row.actor.name, kind: row.actor.kind,
                       group: dataset.group(ofActorAt: row.datasetIndex).id, values: values)
        }
        graph = table.graph
        undefined = table.undefined
        notes = [table.fewTiesNote, table.filterNote].compactMap { $0 }
        filtering = table.snapshot.filtering
        actorCount = table.projection.nodeCount
        tieCount = table.projection.tieCount
    }

    /// The row of the actor with this id, or `nil` when it is not among the rows.
    ///
    /// - Returns: The actor's row, or `nil`.
    /// - Parameter id: An actor's id.
    /// - Complexity: O(*n*) in the number of rows.
    public func row(for id: String) -> Row? {
        rows.first { $0.id == id }
    }

    /// What CSV has no room for, to print beside it: the notes, then why each undefined
    /// measure is undefined (its cells are empty).
    public var notesBesideCSV: [String] {
        notes + undefined.sorted { $0.key.name < $1.key.name }.map(\.value.description)
    }

    // MARK: CSV

    /// One line per actor: `id,name,kind,group`, then every measure at full precision,
    /// counts as whole numbers, undefined values empty.
    ///
    /// - Parameter neutralise: Put an apostrophe before text a spreadsheet would run as a
    ///   formula (``CSVCell``).
    /// - Returns: The CSV text, ending in a line break.
    /// - Complexity: O(*n*·*m*) for *n* rows and *m* measures.
    public func csv(neutralise: Bool = true) -> String {
        let header = ["id", "name", "kind", "group"] + Measure.allCases.map(\.name)
        var lines = [header.joined(separator: ",")]
        for row in rows {
            var fields = [row.id, row.name, row.kind, row.group].map { CSVCell.field($0, neutralise: neutralise) }
            fields += Measure.allCases.map { measure in row.values[measure].map { FigureText.exact($0, measure) } ?? "" }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    /// The report as JSON: `title`, `time`, `projection`, `actors` (every measure of each,
    /// `null` when undefined), `graph`, `undefined` (the reason by measure) and `notes`,
    /// `filters` when `--where` ran, with the schema version and `provenance`. Its schema is
    /// `docs/schemas/metrics.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: O(*n*·*m*) for *n* rows and *m* measures.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(Document(self), provenance: provenance)
    }

    private struct Document: Encodable {
        var title: String
        var time: String
        var projection: [String: String]
        var actors: [ActorValues]
        var graph: GraphMetrics
        var undefined: [String: String]
        var notes: [String]
        var ei_test: EIIndexTest?

        var filters: Filters?

        /// The filters that ran and what they removed: `where` (each `--where` as given),
        /// then the actors and ties before and removed.
        struct Filters: Encodable {
            var `where`: [String]
            var actorsBefore: Int, actorsRemoved: Int, tiesBefore: Int, tiesRemoved: Int

            enum CodingKeys: String, CodingKey {
                case `where`
                case actorsBefore = "actors_before", actorsRemoved = "actors_removed"
                case tiesBefore = "ties_before", tiesRemoved = "ties_removed"
            }
        }

        init(_ report: MetricsReport) {
            title = report.title
            time = report.time
            projection = ["types": report.projection.types.name, "direction": report.projection.direction.rawValue,
                          "weighted": String(report.projection.weighted)]
            actors = report.rows.map(ActorValues.init)
            graph = report.graph
            undefined = Dictionary(uniqueKeysWithValues: report.undefined.map { ($0.key.name, $0.value.reason) })
            notes = report.notes
            ei_test = report.eiTest

            filters = report.filtering.map {
                Filters(where: $0.filter.expressions, actorsBefore: $0.actorsBefore, actorsRemoved: $0.actorsRemoved,
                        tiesBefore: $0.tiesBefore, tiesRemoved: $0.tiesRemoved)
            }
        }
    }

    /// A row as JSON: the actor's fields, then one key per measure.
    private struct ActorValues: Encodable {
        var row: Row

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(row.id, forKey: Key(stringValue: "id"))
            try container.encode(row.name, forKey: Key(stringValue: "name"))
            try container.encode(row.kind, forKey: Key(stringValue: "kind"))
            try container.encode(row.group, forKey: Key(stringValue: "group"))
            for measure in Measure.allCases {
                let key = Key(stringValue: measure.name)
                switch row.values[measure] {
                case let value? where measure.isCount: try container.encode(Int(value), forKey: key)
                case let value?: try container.encode(value, forKey: key)
                case nil: try container.encodeNil(forKey: key)
                }
            }
        }
    }

    // MARK: Text

    /// The columns the table shows when none are chosen.
    public static let defaultColumns: [Column] = [.measure(.degree), .measure(.betweenness), .measure(.closeness), .measure(.pagerank), .measure(.constraint)]

    /// A table of each actor's name and the chosen columns, then the figures of the whole
    /// map and a note for each shown measure that is undefined; a note about the moment
    /// comes first. Every name is escaped for a terminal.
    ///
    /// - Parameters:
    ///   - columns: The columns after the name.
    ///   - width: The width of the terminal: names are cut so that rows fit it. With none,
    ///     nothing is cut.
    /// - Returns: The lines of the table, without a final line break.
    /// - Complexity: O(*n*·*c*) for *n* rows and *c* columns.
    public func text(columns: [Column] = defaultColumns, width: Int?) -> String {
        // A moment with almost nothing on it says so first, before any figure is read.
        var lines = notes.flatMap { WordWrap.lines(words: "note: \(TerminalText.escaped($0))", width: width ?? .max) }
        lines += [
            TerminalText.escaped(title),
            "at \(time): \(actorCount) actors, \(tieCount) tie\(tieCount == 1 ? "" : "s") "
                + "(\(projection.types.name) types, \(projection.direction.rawValue), \(projection.weighted ? "weighted" : "unweighted"))",
            "",
        ]
        var table = TextTable([("actor", .left)] + columns.map { ($0.name, $0 == .id ? .left : .right) })
        for row in rows {
            table.append([row.name] + columns.map { column in
                guard case .measure(let measure) = column else { return row.id }
                if undefined[measure] != nil { return "n/a" }
                return row.values[measure].map { FigureText.readable($0, measure) } ?? "–"
            })
        }
        lines.append(table.render(fitting: width))
        lines.append("")
        let figures = graph.figures.map { "\($0.name.replacingOccurrences(of: "_", with: " ")) \($0.value.map(FigureText.readable) ?? "–")" }
        lines += WordWrap.lines(figures, separator: " · ", width: width ?? 80)
        if let eiTest { lines += WordWrap.lines(words: eiTest.sentence, width: width ?? 80) }
        // A note for each measure shown as n/a; measures undefined for the same reason (hub
        // and authority) share one.
        let shown = Set(columns.compactMap { if case .measure(let measure) = $0 { measure } else { nil } })
        let reasons = Dictionary(grouping: undefined.filter { shown.contains($0.key) }, by: \.value.reason)
        for (reason, measures) in reasons.sorted(by: { $0.value.map(\.key.name).min()! < $1.value.map(\.key.name).min()! }) {
            let names = measures.map(\.key.name).sorted().joined(separator: ", ")
            lines += WordWrap.lines(words: "\(names): undefined, \(reason)", width: width ?? 80)
        }
        return lines.joined(separator: "\n")
    }
}

extension ProjectionOptions.Types {
    /// The selection as results name it: `positive`, `negative`, `all`, or the chosen type
    /// ids in order, comma-separated.
    public var name: String {
        switch self {
        case .positive: "positive"
        case .negative: "negative"
        case .all: "all"
        case .only(let ids): ids.sorted().joined(separator: ",")
        }
    }
}
