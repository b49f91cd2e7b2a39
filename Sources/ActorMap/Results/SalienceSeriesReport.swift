import Foundation

/// Perceived against structural power across years: at each moment and for each measure,
/// the ``Salience`` of a rating. What `actormap series --rating influence` prints: per
/// moment the rank correlations (`--level graph`), or per moment and actor the ranks and
/// the gap (`--level actors`), as CSV, a table or JSON (both).
public struct SalienceSeriesReport: Sendable {
    /// The map's title.
    public let title: String
    /// The attribute compared, such as `influence`.
    public let rating: String
    /// The measures compared with it, in the order chosen.
    public let measures: [Measure]
    /// The moments, in order.
    public let moments: [TimeSelection]
    /// The comparisons: one per moment, each with one per measure in ``measures``' order.
    public let comparisons: [[Salience]]
    /// Cautions, such as the moments with almost no ties.
    public let notes: [String]
    /// The filters the moments were measured with, and what they removed.
    public let filters: ResultFilters
    private let projection: ProjectionOptions

    /// Compares `rating` with each of `measures` at every moment of `series`.
    ///
    /// - Parameters:
    ///   - series: The measured moments; each table must hold every one of `measures`.
    ///   - rating: A numeric attribute of the actors.
    ///   - measures: The measures of structural position, at least one.
    /// - Throws: ``SalienceError`` when the attribute is recorded for no actor or is not a
    ///   number, or when a measure is undefined at a moment.
    /// - Complexity: O(*t*·*m*·*n* log *n*) for *t* moments, *m* measures and *n* actors.
    public init(_ series: MetricSeries, rating: String, measures: [Measure]) throws(SalienceError) {
        try ActorScale.attribute(rating).check(in: series.dataset)
        title = series.dataset.title
        self.rating = rating
        self.measures = measures
        moments = series.moments
        projection = series.options.projection
        notes = [series.fewTiesNote, series.filterNote].compactMap { $0 }
        filters = ResultFilters(series.tables)
        var comparisons: [[Salience]] = []
        for table in series.tables {
            var row: [Salience] = []
            for measure in measures { row.append(try Salience(table, rating: rating, measure: measure)) }
            comparisons.append(row)
        }
        self.comparisons = comparisons
    }

    // MARK: JSON

    /// The report as JSON: `title`, `rating_attribute`, `measures`, `projection`, `ranks`,
    /// `years` (each with `year`, `measure`, `spearman_rho`, `kendall_tau`, `rated`,
    /// `unrated`, `unmeasured` and its `actors`, as `actormap salience` writes them),
    /// `filters` (``ResultFilters``) and `notes`, with the schema version and `provenance`. Its schema is
    /// `docs/schemas/salience-series.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: O(*t*·*m*·*n*).
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(Document(self), provenance: provenance)
    }

    private struct Moment: Encodable {
        var year: String
        var measure: String
        var spearmanRho: Double?
        var kendallTau: Double?
        var rated: Int
        var unrated: [String]
        var unmeasured: [String]
        var actors: [SalienceReport.ActorDocument]

        enum CodingKeys: String, CodingKey {
            case year, measure, rated, unrated, unmeasured, actors
            case spearmanRho = "spearman_rho"
            case kendallTau = "kendall_tau"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(year, forKey: .year)
            try container.encode(measure, forKey: .measure)
            try container.encode(spearmanRho, forKey: .spearmanRho)
            try container.encode(kendallTau, forKey: .kendallTau)
            try container.encode(rated, forKey: .rated)
            try container.encode(unrated, forKey: .unrated)
            try container.encode(unmeasured, forKey: .unmeasured)
            try container.encode(actors, forKey: .actors)
        }
    }

    private struct Document: Encodable {
        var title: String
        var ratingAttribute: String
        var measures: [String]
        var projection: [String: String]
        var ranks: SalienceReport.RankConvention
        var years: [Moment]
        var notes: [String]
        var filters: ResultFilters

        enum CodingKeys: String, CodingKey {
            case title, measures, projection, ranks, years, notes, filters
            case ratingAttribute = "rating_attribute"
        }

        init(_ report: SalienceSeriesReport) {
            title = report.title
            ratingAttribute = report.rating
            measures = report.measures.map(\.name)
            projection = report.projection.resultFields
            ranks = SalienceReport.rankConvention
            years = zip(report.moments, report.comparisons).flatMap { moment, comparisons in
                comparisons.map { salience in
                    Moment(year: moment.description, measure: salience.measure.name, spearmanRho: salience.spearmanRho,
                           kendallTau: salience.kendallTau, rated: salience.rows.count,
                           unrated: salience.unrated.map(\.id), unmeasured: salience.unmeasured.map(\.id),
                           actors: salience.rows.map(SalienceReport.ActorDocument.init))
                }
            }
            notes = report.notes
            filters = report.filters
        }
    }

    // MARK: CSV

    /// The series of `level` as CSV. Map (`graph`): `year,metric,rated,unrated,spearman_rho,kendall_tau`,
    /// undefined correlations empty. Actors: `year,id,name,group,metric,rating,rating_rank,value,rank,gap`.
    ///
    /// - Parameters:
    ///   - level: The actors' series or the map's.
    ///   - neutralise: Put an apostrophe before text a spreadsheet would run as a formula.
    /// - Returns: The CSV text, ending in a line break.
    /// - Complexity: O(*t*·*m*·*n*).
    public func csv(_ level: SeriesReport.Level, neutralise: Bool = true) -> String {
        var lines: [String]
        switch level {
        case .graph:
            lines = ["year,metric,rated,unrated,spearman_rho,kendall_tau"]
            for (moment, comparisons) in zip(moments, comparisons) {
                for salience in comparisons {
                    lines.append([CSVCell.field(moment.description, neutralise: neutralise), salience.measure.name,
                                  String(salience.rows.count), String(salience.unrated.count),
                                  salience.spearmanRho.map { "\($0)" } ?? "", salience.kendallTau.map { "\($0)" } ?? ""]
                        .joined(separator: ","))
                }
            }
        case .actors:
            lines = ["year,id,name,group,metric,rating,rating_rank,value,rank,gap"]
            for (moment, comparisons) in zip(moments, comparisons) {
                for salience in comparisons {
                    for row in salience.rows {
                        let text = [moment.description, row.id, row.name, row.group].map { CSVCell.field($0, neutralise: neutralise) }
                        lines.append((text + [salience.measure.name, row.rating.formatted(), String(row.ratingRank),
                                              FigureText.exact(row.measure, salience.measure), String(row.measureRank), String(row.gap)])
                            .joined(separator: ","))
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Text

    /// The rank correlations moment by moment, one column pair per measure, for a terminal;
    /// `–` where a correlation is undefined. A note about sparse moments comes first.
    ///
    /// - Returns: The lines of the table, without a final line break.
    /// - Complexity: O(*t*·*m*).
    public func text() -> String {
        var columns: [(String, TextTable.Alignment)] = [("year", .left), ("rated", .right)]
        for measure in measures { columns += [("ρ \(measure.name)", .right), ("τ-b \(measure.name)", .right)] }
        var table = TextTable(columns)
        for (moment, comparisons) in zip(moments, comparisons) {
            table.append([moment.description, String(comparisons.first?.rows.count ?? 0)] + comparisons.flatMap { salience in
                [salience.spearmanRho.map(Salience.figure) ?? "–", salience.kendallTau.map(Salience.figure) ?? "–"]
            })
        }
        let heading = "\(TerminalText.escaped(title)): \(rating) (rated) against structural power by year; "
            + "Spearman's ρ and Kendall's τ-b between the rating and each measure (– undefined)"
        return (notes.map { "note: \($0)" } + [heading, "", table.render()]).joined(separator: "\n")
    }
}
