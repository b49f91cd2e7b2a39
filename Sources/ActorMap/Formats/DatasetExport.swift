import Foundation

/// The formats a map can be written in, and the files each writes: one file, or for CSV the
/// actors and relationships tables with the frame beside them.
public enum DatasetFormat: String, CaseIterable, Sendable {
    /// ActorMap's own YAML.
    case yaml
    /// ActorMap's own JSON.
    case json
    /// Two CSV tables and a `.dataset.yaml` frame, as Kumu and spreadsheets import them.
    case csv
    /// GraphML, for yEd, Gephi, networkx and igraph.
    case graphml
    /// GEXF 1.3, with periods, for Gephi.
    case gexf

    /// The format a file name's extension names (`yml` is YAML), in any case.
    ///
    /// - Parameter pathExtension: An extension without its dot, such as `GraphML`.
    public init?(pathExtension: String) {
        let lowered = pathExtension.lowercased()
        self.init(rawValue: lowered == "yml" ? "yaml" : lowered)
    }

    /// Whether the format can carry measures beside the map: GraphML one year, GEXF many.
    public var carriesMeasures: Bool { self == .graphml || self == .gexf }

    /// The files that hold `dataset` in this format, each with its text, ready to be written
    /// together.
    ///
    /// - Parameters:
    ///   - dataset: The map to write.
    ///   - target: Where the map goes; for CSV, the name the three files are named after
    ///     (``CSVDatasetWriter/files(for:)``).
    ///   - measures: Measures to write beside the actors: GraphML takes the first year,
    ///     GEXF every year; the other formats hold the map's data alone.
    ///   - neutralisingFormulas: For CSV, whether a cell a spreadsheet would run as a formula
    ///     is neutralised (``CSVCell``).
    ///   - attributesAt: The moment whose value of each attribute given over time goes where
    ///     a format holds one value (GraphML; the columns of CSV tables, which Kumu imports;
    ///     GEXF's edges): the latest by default. YAML and JSON keep every value, CSV keeps
    ///     them all in `map.attributes.csv` too, and GEXF keeps actors' as dynamic attributes.
    /// - Returns: Each file's place and its whole text, the main file first.
    /// - Complexity: O(*n* + *m*) for *n* actors and *m* relationships, times the years measured.
    public func files(
        _ dataset: Dataset, at target: URL, measures: [ActorMeasures] = [], neutralisingFormulas: Bool = true,
        attributesAt: TimeSelection = .allTime
    ) -> [(url: URL, text: String)] {
        switch self {
        case .yaml, .json:
            return [(target, NativeDatasetWriter().text(dataset, syntax: self == .json ? .json : .yaml))]
        case .csv:
            let writer = CSVDatasetWriter(neutralisingFormulas: neutralisingFormulas)
            let tables = writer.tables(dataset, attributesAt: attributesAt)
            let files = CSVDatasetWriter.files(for: target)
            let history = writer.attributeHistory(dataset).map { [(CSVDatasetWriter.attributesFile(for: target), $0)] } ?? []
            return [(files.actors, tables.actors), (files.relationships, tables.relationships), (files.frame, tables.frame)] + history
        case .graphml:
            return [(target, GraphMLWriter().document(dataset.attributes(at: attributesAt), measures: measures.first))]
        case .gexf:
            return [(target, GEXFWriter().document(dataset.attributes(at: attributesAt, actors: false), measures: measures))]
        }
    }
}

extension ActorMeasures {
    /// Every measure of every actor in each of `years`, to write beside the map, with one
    /// note for each measure undefined in any of them, naming the years
    /// ("2004–2006: closeness is undefined: …").
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - years: The years to measure, in order.
    ///   - options: How ties count (types, direction, weights).
    /// - Returns: One ``ActorMeasures`` per year, and the notes in the order of their text.
    /// - Complexity: One ``MetricsTable`` per year.
    public static func yearly(
        _ dataset: Dataset, years: [Int], options: MetricOptions
    ) -> (measures: [ActorMeasures], notes: [String]) {
        var undefinedIn: [String: [Int]] = [:]
        let measures = years.map { year in
            let table = MetricsTable(Snapshot(dataset, at: .year(year)), options: options, mapFigures: [])
            for problem in table.undefined.values { undefinedIn["\(problem)", default: []].append(year) }
            return ActorMeasures(table, year: year)
        }
        let notes = undefinedIn.sorted { $0.key < $1.key }.map { problem, years in
            let unbroken = years.count > 1 && years[years.count - 1] - years[0] + 1 == years.count
            let when = unbroken ? "\(years[0])–\(years[years.count - 1])" : years.map(String.init).joined(separator: ", ")
            return "\(when): \(problem)"
        }
        return (measures, notes)
    }
}
