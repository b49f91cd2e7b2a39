import ActorMap
import Foundation

/// The ways `series` prints measures across years.
enum SeriesOutput {
    struct Row: Encodable {
        var year: String
        var id: String
        var name: String
        var group: String
        var metric: String
        var value: Double?
        var rank: Int?
    }

    struct GraphRow: Encodable {
        var year: String
        var figures: [String: Double?]
        var shares: [String: Double]?

        enum CodingKeys: String, CodingKey { case year, figures, shares }
    }

    struct Document: Encodable {
        var title: String
        var metrics: [String]
        var power: String
        var years: [String]
        var actors: [Row]
        var graph: [GraphRow]
        /// Cautions, such as the moments with almost no ties.
        var notes: [String]
    }

    /// Tidy rows: one per moment × actor × measure.
    static func rows(_ series: MetricSeries, measures: [Measure]) -> [Row] {
        let dataset = series.dataset
        var rows: [Row] = []
        for (moment, table) in zip(series.moments, series.tables) {
            for measure in measures {
                let values = (0..<table.projection.nodeCount).map { table.value(measure, node: $0) }
                let ranks = Ranking.competition(values)
                for node in 0..<table.projection.nodeCount {
                    let index = table.projection.actorIndices[node]
                    let actor = dataset.actors[index]
                    rows.append(Row(year: moment.description, id: actor.id, name: actor.name,
                                    group: dataset.group(ofActorAt: index).id, metric: measure.name,
                                    value: values[node], rank: ranks[node]))
                }
            }
        }
        return rows
    }

    static func actorsCSV(_ series: MetricSeries, measures: [Measure], neutralise: Bool = true) -> String {
        var lines = ["year,id,name,group,metric,value,rank"]
        for row in rows(series, measures: measures) {
            let measure = Measure(rawValue: row.metric)!
            lines.append(([row.year, row.id, row.name, row.group].map { CSVCell.field($0, neutralise: neutralise) } + [row.metric,
                          row.value.map { MetricsOutput.exact($0, measure) } ?? "", row.rank.map(String.init) ?? ""])
                .joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The groups that hold any share of the power measure at any moment, in vocabulary order.
    static func groupsPresent(_ series: MetricSeries, power: Measure) -> [Int] {
        let shares = series.groupShares(of: power)
        let present = Set(shares.compactMap { $0 }.flatMap(\.keys))
        return present.sorted()
    }

    static func graphRows(_ series: MetricSeries, power: Measure) -> [GraphRow] {
        let groups = series.dataset.vocabulary.groups
        return zip(series.moments, series.tables).map { moment, table in
            GraphRow(
                year: moment.description,
                figures: Dictionary(uniqueKeysWithValues: table.graph.figures.map { ($0.name, $0.value) }),
                shares: table.groupShares(of: power).map { shares in
                    Dictionary(uniqueKeysWithValues: shares.map { (groups[$0.key].id, $0.value) })
                })
        }
    }

    /// The map's figures that count things.
    static let countingFigures: Set<String> = Set([MapFigure.actors, .ties, .components, .communities].map(\.name))

    static func graphCSV(_ series: MetricSeries, power: Measure, neutralise: Bool = true) -> String {
        let groups = groupsPresent(series, power: power).map { series.dataset.vocabulary.groups[$0].id }
        let figureNames = series.tables.first?.graph.figures.map(\.name) ?? []
        var lines = [(["year"] + figureNames + groups.map { CSVCell.field("share_\($0)", neutralise: neutralise) }).joined(separator: ",")]
        for row in graphRows(series, power: power) {
            // Counts print as whole numbers (6 actors, not 6.0), as in `metrics`.
            let figures = figureNames.map { name -> String in
                guard let value = row.figures[name] ?? nil else { return "" }
                let whole = Self.countingFigures.contains(name) && value == value.rounded() && abs(value) < 1e15
                return whole ? String(Int(value)) : "\(value)"
            }
            let shares = groups.map { group in row.shares.map { "\($0[group] ?? 0)" } ?? "" }
            lines.append(([row.year] + figures + shares).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func document(_ series: MetricSeries, measures: [Measure], power: Measure) -> Document {
        Document(
            title: series.dataset.title, metrics: measures.map(\.name), power: power.name,
            years: series.moments.map(\.description), actors: rows(series, measures: measures),
            graph: graphRows(series, power: power), notes: series.fewTiesNote.map { [$0] } ?? [])
    }

    /// Actors down, moments across, for one measure: at most seven moments, spread evenly
    /// from the first to the last, so the table fits 80 columns.
    static func actorsTable(_ series: MetricSeries, measure: Measure) -> String {
        guard let last = series.tables.last else { return "No moments to measure." }
        let shown = evenlySpread(Array(series.tables.indices), count: 7)
        var table = TextTable([("actor", .left)] + shown.map { (series.moments[$0].description, .right) })
        let order = (0..<last.projection.nodeCount).sorted {
            (last.value(measure, node: $0) ?? -.infinity) > (last.value(measure, node: $1) ?? -.infinity)
        }
        for node in order.prefix(20) {
            let actorIndex = last.projection.actorIndices[node]
            table.append([series.dataset.actors[actorIndex].name] + shown.map { moment in
                let other = series.tables[moment]
                guard let position = other.snapshot.position(ofActorAt: actorIndex) else { return "·" }
                return other.value(measure, node: position).map { MetricsOutput.readable($0, measure) } ?? "–"
            })
        }
        // Say what the table leaves out, so that a missing year or actor is not read as absent.
        var scope: [String] = []
        if shown.count < series.tables.count { scope.append("\(shown.count) of \(series.tables.count) moments, evenly spread") }
        if order.count > 20 { scope.append("the 20 highest in \(series.moments[series.tables.count - 1]) of \(order.count) actors") }
        let heading = scope.isEmpty ? "by year" : "by year: \(scope.joined(separator: ", ")); --format csv has every one"
        return "\(TerminalText.escaped(series.dataset.title)): \(measure.title) \(heading) (· not on the map)\n\n" + table.render(maximumWidth: 22)
    }

    static func graphTable(_ series: MetricSeries, power: Measure) -> String {
        let present = groupsPresent(series, power: power)
        let groups = present.prefix(3)
        let vocabulary = series.dataset.vocabulary
        var table = TextTable(
            [("year", .left), ("actors", .right), ("ties", .right), ("density", .right), ("modular.", .right), ("gini", .right)]
                + groups.map { (String(vocabulary.groups[$0].id.prefix(9)), .right) })
        for (moment, table_) in zip(series.moments, series.tables) {
            let graph = table_.graph
            let shares = table_.groupShares(of: power)
            table.append([moment.description, String(graph.actors), String(graph.ties),
                          graph.density.isNaN ? "–" : MetricsOutput.readable(graph.density),
                          graph.modularity.map(MetricsOutput.readable) ?? "–", graph.pagerankGini.map(MetricsOutput.readable) ?? "–"]
                + groups.map { group in shares.map { ShiftOutput.percent($0[group] ?? 0) } ?? "–" })
        }
        let cut = present.count > groups.count ? " (\(groups.count) of \(present.count) groups; --format csv has every one)" : ""
        return "\(TerminalText.escaped(series.dataset.title)): the map by year; group columns are shares of \(power.title)\(cut)\n\n" + table.render()
    }

    static func evenlySpread(_ items: [Int], count: Int) -> [Int] {
        guard items.count > count, count > 1 else { return items }
        return (0..<count).map { items[$0 * (items.count - 1) / (count - 1)] }
    }
}
