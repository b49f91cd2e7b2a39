import Foundation

/// Measures across years: every actor's value and rank of each chosen measure at each
/// moment, and the map's own figures moment by moment with each group's share of power.
/// What `actormap series` prints, as JSON, tidy CSV or a table.
public struct SeriesReport: Sendable {
    /// Which series CSV and text show: the actors' or the map's.
    public enum Level: String, CaseIterable, Hashable, Sendable {
        /// One row per moment × actor × measure.
        case actors
        /// One row per moment: the map's figures and each group's share of power.
        case graph
    }

    /// One actor's value of one measure at one moment, and its rank then (tied actors share
    /// a rank).
    public struct ActorValue: Encodable, Sendable, Hashable {
        /// The moment, as `2017` or `2010..2012`.
        public var year: String
        /// The actor's id.
        public var id: String
        /// The actor's name.
        public var name: String
        /// The id of the actor's group.
        public var group: String
        /// The measure.
        public var measure: Measure
        /// The value, `nil` when undefined.
        public var value: Double?
        /// The actor's competition rank, highest value first; `nil` when undefined.
        public var rank: Int?

        enum CodingKeys: String, CodingKey { case year, id, name, group, measure = "metric", value, rank }
    }

    /// The map's figures at one moment.
    public struct MapMoment: Encodable, Sendable, Hashable {
        /// The moment, as `2017` or `2010..2012`.
        public var year: String
        /// Every figure of ``GraphMetrics/figures`` by name, `nil` when undefined.
        public var figures: [String: Double?]
        /// Each group's share of the power measure by group id; `nil` when shares mean
        /// nothing (the measure is undefined, negative or sums to zero).
        public var shares: [String: Double]?
    }

    /// The map's title.
    public let title: String
    /// The measures of the actors' series, in the order chosen.
    public let measures: [Measure]
    /// The measure whose share each group holds.
    public let power: Measure
    /// The moments, in order.
    public let moments: [TimeSelection]
    /// Cautions, such as the moments with almost no ties.
    public let notes: [String]
    private let series: MetricSeries

    /// The report of `series` for `measures`, with group shares of `power`.
    ///
    /// - Parameters:
    ///   - series: The measured moments; computed with ``measuresNeeded(for:power:level:)``
    ///     and ``mapFiguresNeeded(level:)``.
    ///   - measures: The measures of the actors' series, at least one.
    ///   - power: The measure whose share each group holds.
    public init(_ series: MetricSeries, measures: [Measure], power: Measure = .pagerank) {
        self.series = series
        self.measures = measures
        self.power = power
        title = series.dataset.title
        moments = series.moments
        notes = [series.fewTiesNote, series.filterNote].compactMap { $0 }
    }

    /// What a ``MetricSeries`` must compute for a report of `measures`: only them when only
    /// the actors' series is shown (`level` `.actors`), else also what the map's figures
    /// and the shares of `power` rest on (`level` `.graph`, or `nil` for JSON, which holds
    /// both).
    ///
    /// - Parameters:
    ///   - measures: The measures of the actors' series.
    ///   - power: The measure whose share each group holds.
    ///   - level: The series shown, or `nil` for both.
    /// - Returns: The measures to compute.
    public static func measuresNeeded(for measures: [Measure], power: Measure, level: Level?) -> Set<Measure> {
        level == .actors ? Set(measures) : GraphMetrics.measures.union(measures + [power])
    }

    /// What map figures a ``MetricSeries`` must compute for a report that shows `level`:
    /// none when only the actors' series is shown, every one for the map's series or JSON
    /// (`level` `nil`), which hold them all.
    ///
    /// - Parameter level: The series shown, or `nil` for both.
    /// - Returns: The figures to compute, with ``measuresNeeded(for:power:level:)``.
    /// - Complexity: O(1).
    public static func mapFiguresNeeded(level: Level?) -> Set<MapFigure> {
        level == .actors ? [] : GraphMetrics.allFigures
    }

    /// Tidy values: one per moment × measure × actor, actors in the map's order.
    ///
    /// - Complexity: O(*t*·*m*·*n* log *n*) for *t* moments, *m* measures and *n* actors.
    public var actorValues: [ActorValue] {
        let dataset = series.dataset
        var values: [ActorValue] = []
        for (moment, table) in zip(series.moments, series.tables) {
            for measure in measures {
                let column = (0..<table.projection.nodeCount).map { table.value(measure, node: $0) }
                let ranks = Ranking.competition(column)
                for node in 0..<table.projection.nodeCount {
                    let index = table.projection.actorIndices[node]
                    let actor = dataset.actors[index]
                    values.append(ActorValue(year: moment.description, id: actor.id, name: actor.name,
                                             group: dataset.group(ofActorAt: index).id, measure: measure,
                                             value: column[node], rank: ranks[node]))
                }
            }
        }
        return values
    }

    /// The map's figures and the groups' shares of ``power``, moment by moment.
    ///
    /// - Complexity: O(*t*·(*f* + *g*)) for *t* moments, *f* figures and *g* groups.
    public var mapMoments: [MapMoment] {
        let groups = series.dataset.vocabulary.groups
        return zip(series.moments, series.tables).map { moment, table in
            MapMoment(
                year: moment.description,
                figures: Dictionary(uniqueKeysWithValues: table.graph.figures.map { ($0.name, $0.value) }),
                shares: table.groupShares(of: power).map { shares in
                    Dictionary(uniqueKeysWithValues: shares.map { (groups[$0.key].id, $0.value) })
                })
        }
    }

    /// The groups that hold any share of the power measure at any moment, by their place in
    /// the map's vocabulary, in its order.
    private var groupsPresent: [Int] {
        Set(series.groupShares(of: power).compactMap { $0 }.flatMap(\.keys)).sorted()
    }

    // MARK: JSON

    /// The report as JSON: `title`, `metrics`, `power`, `years`, `actors` (the tidy values),
    /// `graph` (the map's moments), `filters` (``ResultFilters``: the `--where` expressions
    /// and evidence thresholds and what they removed) and `notes`, with the schema version
    /// and `provenance`. Its schema is `docs/schemas/series.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: That of ``actorValues``.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(Document(self), provenance: provenance)
    }

    private struct Document: Encodable {
        var title: String
        var metrics: [String]
        var power: String
        var years: [String]
        var actors: [ActorValue]
        var graph: [MapMoment]
        var notes: [String]
        var filters: ResultFilters

        init(_ report: SeriesReport) {
            title = report.title
            metrics = report.measures.map(\.name)
            power = report.power.name
            years = report.moments.map(\.description)
            actors = report.actorValues
            graph = report.mapMoments
            notes = report.notes
            filters = ResultFilters(report.series.tables)
        }
    }

    // MARK: CSV

    /// The series of `level` as CSV. Actors: `year,id,name,group,metric,value,rank`, values at
    /// full precision and counts whole. Map: `year`, every figure, and `share_<group>` for
    /// each group that holds any share.
    ///
    /// - Parameters:
    ///   - level: The actors' series or the map's.
    ///   - neutralise: Put an apostrophe before text a spreadsheet would run as a formula.
    /// - Returns: The CSV text, ending in a line break.
    /// - Complexity: O(*t*·*m*·*n* log *n*) for *t* moments, *m* measures and *n* actors, as
    ///   ``actorValues``, the moments spread over all cores; or that of ``mapMoments``.
    public func csv(_ level: Level, neutralise: Bool = true) -> String {
        switch level {
        case .actors: actorsCSV(neutralise: neutralise)
        case .graph: mapCSV(neutralise: neutralise)
        }
    }

    private func actorsCSV(neutralise: Bool) -> String {
        let actorCells = actorCells(neutralise: neutralise)
        // Each moment's rows are written apart, as bytes, the moments in parallel; the text
        // is made once from all of them, in order.
        let chunks = ResultSlots<[UInt8]>(count: series.tables.count)
        DispatchQueue.concurrentPerform(iterations: series.tables.count) { moment in
            chunks[moment] = actorRows(at: moment, actorCells: actorCells, neutralise: neutralise)
        }
        let header = "year,id,name,group,metric,value,rank\n"
        let rows = chunks.values
        return String(unsafeUninitializedCapacity: rows.reduce(header.utf8.count) { $0 + $1.count }) { text in
            var end = text.initialize(fromContentsOf: header.utf8)
            for chunk in rows { end = text[end...].initialize(fromContentsOf: chunk) }
            return end
        }
    }

    /// Each actor's id, name and group as CSV cells, escaped once for all its rows, as UTF-8
    /// one after another: the actor at dataset index *i* has `bytes[starts[i]..<starts[i + 1]]`,
    /// empty for an actor on the map at no moment.
    private func actorCells(neutralise: Bool) -> (bytes: [UInt8], starts: [Int]) {
        let dataset = series.dataset
        let present = series.tables.reduce(into: [Bool](repeating: false, count: dataset.actors.count)) { present, table in
            for index in table.projection.actorIndices { present[index] = true }
        }
        // Escaping looks at every character: the actors are shared out among the cores.
        let parts = 16, size = (dataset.actors.count + parts - 1) / parts
        let cells = ResultSlots<[[UInt8]]>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let indices = min(part * size, dataset.actors.count)..<min((part + 1) * size, dataset.actors.count)
            cells[part] = indices.map { index in
                guard present[index] else { return [] }
                let actor = dataset.actors[index]
                return Array([actor.id, actor.name, dataset.group(ofActorAt: index).id]
                    .map { CSVCell.field($0, neutralise: neutralise) }.joined(separator: ",").utf8)
            }
        }
        var bytes: [UInt8] = [], starts = [0]
        for actor in cells.values.joined() {
            bytes += actor
            starts.append(bytes.count)
        }
        return (bytes, starts)
    }

    /// The rows of one moment, as UTF-8: every measure, and under it every actor in the
    /// map's order.
    private func actorRows(at moment: Int, actorCells: (bytes: [UInt8], starts: [Int]), neutralise: Bool) -> [UInt8] {
        let table = series.tables[moment]
        let nodes = 0..<table.projection.nodeCount
        let year = Array(CSVCell.field(series.moments[moment].description, neutralise: neutralise).utf8)
        let comma = UInt8(ascii: ","), lineBreak = UInt8(ascii: "\n")
        var rows: [UInt8] = []
        rows.reserveCapacity(nodes.count * measures.count * (year.count + 64))
        for measure in measures {
            // As `table.value(measure, node:)` reads it, with the column looked up once.
            let column: [Double?] = table.columns[measure].map { values in values.map { $0.isNaN ? nil : $0 } }
                ?? Array(repeating: nil, count: nodes.count)
            let ranks = Ranking.competition(column)
            let name = Array(measure.name.utf8)
            for node in nodes {
                let actor = table.projection.actorIndices[node]
                rows += year
                rows.append(comma)
                rows += actorCells.bytes[actorCells.starts[actor]..<actorCells.starts[actor + 1]]
                rows.append(comma)
                rows += name
                rows.append(comma)
                if let value = column[node] { rows.append(utf8: FigureText.exact(value, measure)) }
                rows.append(comma)
                if let rank = ranks[node] { rows.append(utf8: String(rank)) }
                rows.append(lineBreak)
            }
        }
        return rows
    }

    private func mapCSV(neutralise: Bool) -> String {
        let groups = groupsPresent.map { series.dataset.vocabulary.groups[$0].id }
        let figureNames = series.tables.first?.graph.figures.map(\.name) ?? []
        var lines = [(["year"] + figureNames + groups.map { CSVCell.field("share_\($0)", neutralise: neutralise) }).joined(separator: ",")]
        for moment in mapMoments {
            // Counts print as whole numbers (6 actors, not 6.0), as in `metrics`.
            let figures = figureNames.map { name -> String in
                guard let value = moment.figures[name] ?? nil else { return "" }
                let whole = MapFigure(rawValue: name)?.isCount == true && value == value.rounded() && abs(value) < 1e15
                return whole ? String(Int(value)) : "\(value)"
            }
            let shares = groups.map { group in moment.shares.map { "\($0[group] ?? 0)" } ?? "" }
            lines.append(([moment.year] + figures + shares).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Text

    /// The series of `level` as a table for a terminal. Actors: the first measure, actors
    /// down (the 20 highest at the last moment) and at most seven moments across, spread
    /// evenly, so the table fits 80 columns. Map: actors, ties, density, modularity, the
    /// Gini of PageRank and the shares of the first three groups, moment by moment. What is
    /// left out is said in the heading; a note about sparse moments comes first.
    ///
    /// - Parameter level: The actors' series or the map's.
    /// - Returns: The lines of the table, without a final line break.
    /// - Complexity: O(*t*·*n*) for *t* moments and *n* actors.
    public func text(_ level: Level) -> String {
        let table = switch level {
        case .actors: actorsTable(measure: measures[0])
        case .graph: mapTable()
        }
        return (notes.map { "note: \($0)" } + [table]).joined(separator: "\n")
    }

    private func actorsTable(measure: Measure) -> String {
        guard let last = series.tables.last else { return "No moments to measure." }
        let shown = Self.evenlySpread(Array(series.tables.indices), count: 7)
        var table = TextTable([("actor", .left)] + shown.map { (series.moments[$0].description, .right) })
        let order = (0..<last.projection.nodeCount).sorted {
            (last.value(measure, node: $0) ?? -.infinity) > (last.value(measure, node: $1) ?? -.infinity)
        }
        for node in order.prefix(20) {
            let actorIndex = last.projection.actorIndices[node]
            table.append([series.dataset.actors[actorIndex].name] + shown.map { moment in
                let other = series.tables[moment]
                guard let position = other.snapshot.position(ofActorAt: actorIndex) else { return "·" }
                return other.value(measure, node: position).map { FigureText.readable($0, measure) } ?? "–"
            })
        }
        // Say what the table leaves out, so that a missing year or actor is not read as absent.
        var scope: [String] = []
        if shown.count < series.tables.count { scope.append("\(shown.count) of \(series.tables.count) moments, evenly spread") }
        if order.count > 20 { scope.append("the 20 highest in \(series.moments[series.tables.count - 1]) of \(order.count) actors") }
        let heading = scope.isEmpty ? "by year" : "by year: \(scope.joined(separator: ", ")); --format csv has every one"
        return "\(TerminalText.escaped(title)): \(measure.title) \(heading) (· not on the map)\n\n" + table.render(maximumWidth: 22)
    }

    private func mapTable() -> String {
        let present = groupsPresent
        let groups = present.prefix(3)
        var table = TextTable(
            [("year", .left), ("actors", .right), ("ties", .right), ("density", .right), ("modular.", .right), ("gini", .right)]
                + groups.map { (String(series.dataset.vocabulary.groups[$0].id.prefix(9)), .right) })
        for (moment, measured) in zip(series.moments, series.tables) {
            let graph = measured.graph
            let shares = measured.groupShares(of: power)
            table.append([moment.description, String(graph.actors), String(graph.ties),
                          graph.density.isNaN ? "–" : FigureText.readable(graph.density),
                          graph.modularity.map(FigureText.readable) ?? "–", graph.pagerankGini.map(FigureText.readable) ?? "–"]
                + groups.map { group in shares.map { FigureText.percent($0[group] ?? 0) } ?? "–" })
        }
        let cut = present.count > groups.count ? " (\(groups.count) of \(present.count) groups; --format csv has every one)" : ""
        return "\(TerminalText.escaped(title)): the map by year; group columns are shares of \(power.title)\(cut)\n\n" + table.render()
    }

    /// At most `count` of `items`, spread evenly from the first to the last.
    private static func evenlySpread(_ items: [Int], count: Int) -> [Int] {
        guard items.count > count, count > 1 else { return items }
        return (0..<count).map { items[$0 * (items.count - 1) / (count - 1)] }
    }
}

private extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text` in one copy, not byte by byte.
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
