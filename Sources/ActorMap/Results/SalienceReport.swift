import Foundation

/// Perceived against structural power at one moment, as `actormap salience` prints it: a
/// table, CSV or JSON of each ranked actor's rating, measure, their ranks and the gap, with
/// the two rank correlations and sentences that name the most under- and over-rated actors.
///
/// ```swift
/// let table = MetricsTable(Snapshot(dataset, at: .year(2019)), measures: [.pagerank], mapFigures: [])
/// let report = SalienceReport(try Salience(table, rating: "influence", measure: .pagerank), title: dataset.title,
///                             projection: table.options.projection)
/// print(report.text(width: 80))
/// ```
public struct SalienceReport: Sendable {
    /// How ranks are given, said in every JSON document so that no reader has to guess.
    public static let rankConvention = RankConvention()

    /// The ranking rules: the ranks in rows, and those the correlations rest on.
    public struct RankConvention: Encodable, Sendable, Hashable {
        /// Rank 1 goes to the highest value.
        public var first = "highest"
        /// Tied actors share the best rank of their group: 1, 2, 2, 4 ("competition"
        /// ranking), as ``Ranking/competition(_:)``.
        public var ties = "competition"
        /// The correlations give tied values the average of their ranks (1, 2.5, 2.5, 4),
        /// as scipy's `spearmanr` and `kendalltau`.
        public var correlationTies = "average"
        /// Values that differ by no more than this share of the larger are tied in ranks
        /// (``Ranking/relativeTolerance``: what rounding leaves between equal figures); the
        /// correlations take the values exactly, as scipy does.
        public var relativeTolerance = Ranking.relativeTolerance

        enum CodingKeys: String, CodingKey {
            case first, ties
            case correlationTies = "correlation_ties"
            case relativeTolerance = "relative_tolerance"
        }
    }

    /// The comparison.
    public let salience: Salience
    /// The map's title.
    public let title: String
    /// The ties the measure ran on.
    public let projection: ProjectionOptions
    /// Cautions about the moment, such as a year with almost no ties.
    public let notes: [String]

    /// The report of `salience`.
    ///
    /// - Parameters:
    ///   - salience: The comparison.
    ///   - title: The map's title.
    ///   - projection: The ties the measure ran on.
    ///   - notes: Cautions about the moment.
    public init(_ salience: Salience, title: String, projection: ProjectionOptions, notes: [String] = []) {
        self.salience = salience
        self.title = title
        self.projection = projection
        self.notes = notes
    }

    // MARK: JSON

    /// The report as JSON: `title`, `time`, `rating_attribute`, `structural_measure`,
    /// `projection`, `ranks` (the convention), `spearman_rho`, `kendall_tau` (`null` when
    /// undefined), `actors` (each with `id`, `rating`, `rating_rank`, `measure`,
    /// `measure_rank` and `gap`), `unrated` and `unmeasured` (ids left out), `sentences` and
    /// `notes`, with the schema version and `provenance`. Its schema is
    /// `docs/schemas/salience.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: O(*n*) for *n* actors.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(Document(self), provenance: provenance)
    }

    /// A ranked actor as JSON: exactly the six keys of the issue.
    struct ActorDocument: Encodable {
        var id: String
        var rating: Double
        var ratingRank: Int
        var measure: Double
        var measureRank: Int
        var gap: Int

        init(_ row: Salience.Row) {
            id = row.id
            rating = row.rating
            ratingRank = row.ratingRank
            measure = row.measure
            measureRank = row.measureRank
            gap = row.gap
        }

        enum CodingKeys: String, CodingKey {
            case id, rating, measure, gap
            case ratingRank = "rating_rank"
            case measureRank = "measure_rank"
        }
    }

    private struct Document: Encodable {
        var title: String
        var time: String
        var ratingAttribute: String
        var structuralMeasure: String
        var projection: [String: String]
        var ranks: RankConvention
        var spearmanRho: Double?
        var kendallTau: Double?
        var actors: [ActorDocument]
        var unrated: [String]
        var unmeasured: [String]
        var sentences: [String]
        var notes: [String]

        enum CodingKeys: String, CodingKey {
            case title, time, projection, ranks, actors, unrated, unmeasured, sentences, notes
            case ratingAttribute = "rating_attribute"
            case structuralMeasure = "structural_measure"
            case spearmanRho = "spearman_rho"
            case kendallTau = "kendall_tau"
        }

        init(_ report: SalienceReport) {
            let salience = report.salience
            title = report.title
            time = salience.time.description
            ratingAttribute = salience.rating
            structuralMeasure = salience.measure.name
            projection = report.projection.resultFields
            ranks = SalienceReport.rankConvention
            spearmanRho = salience.spearmanRho
            kendallTau = salience.kendallTau
            actors = salience.rows.map(ActorDocument.init)
            unrated = salience.unrated.map(\.id)
            unmeasured = salience.unmeasured.map(\.id)
            sentences = salience.sentences
            notes = report.notes
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(time, forKey: .time)
            try container.encode(ratingAttribute, forKey: .ratingAttribute)
            try container.encode(structuralMeasure, forKey: .structuralMeasure)
            try container.encode(projection, forKey: .projection)
            try container.encode(ranks, forKey: .ranks)
            // Undefined correlations are written as null, so every document has both keys.
            try container.encode(spearmanRho, forKey: .spearmanRho)
            try container.encode(kendallTau, forKey: .kendallTau)
            try container.encode(actors, forKey: .actors)
            try container.encode(unrated, forKey: .unrated)
            try container.encode(unmeasured, forKey: .unmeasured)
            try container.encode(sentences, forKey: .sentences)
            try container.encode(notes, forKey: .notes)
        }
    }

    // MARK: CSV

    /// One line per ranked actor: `id,name,group,rating,rating_rank,measure,measure_rank,gap`,
    /// values at full precision.
    ///
    /// - Parameter neutralise: Put an apostrophe before text a spreadsheet would run as a
    ///   formula (``CSVCell``).
    /// - Returns: The CSV text, ending in a line break.
    /// - Complexity: O(*n*) for *n* actors.
    public func csv(neutralise: Bool = true) -> String {
        var lines = ["id,name,group,rating,rating_rank,measure,measure_rank,gap"]
        for row in salience.rows {
            let text = [row.id, row.name, row.group].map { CSVCell.field($0, neutralise: neutralise) }
            lines.append((text + [row.rating.formatted(), String(row.ratingRank), FigureText.exact(row.measure, salience.measure),
                                  String(row.measureRank), String(row.gap)]).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What CSV has no room for, to print beside it: the notes and the sentences.
    public var notesBesideCSV: [String] { notes + salience.sentences }

    // MARK: Text

    /// A table of each ranked actor's rating and measure, their ranks and the gap, then the
    /// sentences; a note about the moment comes first. Names are escaped for a terminal.
    ///
    /// - Parameter width: The width of the terminal: names are cut so that rows fit it, and
    ///   sentences wrapped. With none, nothing is cut.
    /// - Returns: The lines of the report, without a final line break.
    /// - Complexity: O(*n*) for *n* actors.
    public func text(width: Int?) -> String {
        let salience = self.salience
        var lines = notes.flatMap { WordWrap.lines(words: "note: \(TerminalText.escaped($0))", width: width ?? .max) }
        lines += [
            TerminalText.escaped(title),
            "at \(salience.time): \(salience.rating) (rated) against \(salience.measure.title) "
                + "(\(projection.types.name) types, \(projection.direction.rawValue), \(projection.weighted ? "weighted" : "unweighted"))",
            "rank 1 is the highest; tied actors share the best rank; gap = \(salience.rating) rank − \(salience.measure.name) rank (positive: rated below its structural position)",
            "",
        ]
        if !salience.rows.isEmpty {
            var table = TextTable([("actor", .left), (salience.rating, .right), ("rank", .right),
                                   (salience.measure.name, .right), ("rank", .right), ("gap", .right)])
            for row in salience.rows {
                table.append([row.name, row.rating.formatted(), String(row.ratingRank),
                              FigureText.readable(row.measure, salience.measure), String(row.measureRank),
                              row.gap > 0 ? "+\(row.gap)" : String(row.gap)])
            }
            lines.append(table.render(fitting: width))
            lines.append("")
        }
        for sentence in salience.sentences {
            lines += WordWrap.lines(words: TerminalText.escaped(sentence), width: width ?? 100)
        }
        return lines.joined(separator: "\n")
    }
}

extension ProjectionOptions {
    /// The options as results write them in JSON: `types`, `direction` and `weighted`.
    var resultFields: [String: String] {
        ["types": types.name, "direction": direction.rawValue, "weighted": String(weighted)]
    }
}
