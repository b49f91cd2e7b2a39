import Foundation

/// What the report's explorer reads, embedded in the page as JSON: the map's actors and
/// ties, and each year's actors with their figures, from which its script draws profiles,
/// sparklines, ego networks and the shift between any two years.
///
/// The figures are the series' own, so that the script ranks and shares them as
/// ``PowerShift`` does (competition ranks with ``Ranking``'s tolerance; shares of the
/// defined values' total, none when a value is negative or the total is not positive).
/// Each is written to 12 significant digits, well inside the tolerance that separates two
/// ranks, which keeps a 500-actor, 30-year page small.
struct ExplorerData: Encodable {
    struct Named: Encodable {
        var id: String
        var label: String
        var color: String?
    }

    struct ActorEntry: Encodable {
        var id: String
        var name: String
        var kind: Int
        var group: Int
        var period: String
        /// Attribute name and value, tags and notes, in a fixed order.
        var about: [[String]]
    }

    /// A relationship active in at least one year of the report.
    struct TieEntry {
        /// The relationship's index in the dataset, which its drawing carries as `data-rel`.
        var rel: Int
        var from: Int
        var to: Int
        var type: Int
        var period: String
        /// The tie's weight, absent when it is 1.
        var weight: Double?
        var amount: String?
        var label: String?
        var note: String?
        /// The citation of every source the tie cites, in the order given; absent when it
        /// cites none. Private sources come withheld from the dataset
        /// (``Dataset/withholdingPrivateSources()``), as in every output.
        var sources: [String]?
        /// The first and last positions of the years it is active in.
        var on: [Int]
    }

    /// The ties, a column per field, each tie at the same position in every column; the
    /// fields most ties leave out (a weight other than 1, an amount, a label, a note,
    /// sources) keyed by the position of the ties that have one. A column per field writes
    /// each field's name once, not once per tie.
    struct TieColumns: Encodable {
        var rel: [Int] = [], from: [Int] = [], to: [Int] = [], type: [Int] = [], period: [String] = []
        /// The first and last positions of the years each tie is active in.
        var first: [Int] = [], last: [Int] = []
        var weight: [String: Double] = [:], amount: [String: String] = [:], label: [String: String] = [:], note: [String: String] = [:]
        var sources: [String: [String]] = [:]

        init(_ ties: [TieEntry]) {
            for (position, tie) in ties.enumerated() {
                let key = String(position)
                rel.append(tie.rel)
                from.append(tie.from)
                to.append(tie.to)
                type.append(tie.type)
                period.append(tie.period)
                first.append(tie.on[0])
                last.append(tie.on[1])
                weight[key] = tie.weight
                amount[key] = tie.amount
                label[key] = tie.label
                note[key] = tie.note
                sources[key] = tie.sources
            }
        }
    }

    struct Year: Encodable {
        /// The dataset indices of the actors on the map that year.
        var actors: [Int]
        /// For each measure, one value per actor of `actors`; `null` where undefined. Besides
        /// the measures a reader chooses, the tables' other columns (the community label).
        var values: [String: [Figure?]]
        /// Brokerage counts by actor index (as text), for the actors with any.
        var roles: [String: [Int]]
        /// Why a measure of the tables is undefined for the whole map that year, by name;
        /// absent when every one is defined.
        var undefined: [String: String]?
    }

    /// A figure written to 12 significant digits.
    struct Figure: Encodable {
        var value: Double
        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(Double(String(format: "%.12g", value)) ?? value)
        }
    }

    /// The version of this layout, for pages that embed or read it.
    let schema_version = 2
    var title: String
    var years: [Int]
    var measure: String
    var measures: [Named]
    var groups: [Named]
    var kinds: [Named]
    var types: [Named]
    var roles: [String]
    var actors: [ActorEntry]
    var ties: TieColumns
    var series: [Year]
    var live: String?

    /// The measures a reader can choose in the explorer: the tables' figures of power.
    static func measures(for measure: Measure) -> [Measure] {
        var chosen = HTMLReport.tableMeasures.filter { $0 != .community }
        if !chosen.contains(measure) { chosen.insert(measure, at: 0) }
        return chosen
    }

    /// The data of `series`, each year's moment given as a calendar year by `years`.
    init(_ series: MetricSeries, years: [Int], measure: Measure, live: String?) {
        let dataset = series.dataset
        let vocabulary = dataset.vocabulary
        title = Self.shown(dataset.title)
        self.years = years
        self.measure = measure.name
        let shown = Self.measures(for: measure)
        measures = shown.map { Named(id: $0.name, label: $0.title) }
        let groupColors = Palette.groupColors(vocabulary)
        groups = vocabulary.groups.enumerated().map { Named(id: Self.shown($1.id), label: Self.shown($1.label), color: HTMLText.safeColor(groupColors[$0])) }
        kinds = vocabulary.kinds.map { Named(id: Self.shown($0.id), label: Self.shown($0.label)) }
        let typeColors = RelationshipStyle.colors(of: vocabulary)
        types = vocabulary.relationshipTypes.enumerated().map { Named(id: Self.shown($1.id), label: Self.shown($1.label), color: HTMLText.safeColor(typeColors[$0])) }
        roles = BrokerageRole.allCases.map(\.name)
        actors = dataset.actors.enumerated().map { index, actor in
            var about = actor.attributes.sorted { $0.key < $1.key }.map { [$0.key, $0.value.description] }
            if !actor.tags.isEmpty { about.append(["tags", actor.tags.joined(separator: ", ")]) }
            if let note = actor.note { about.append(["note", note]) }
            if let source = actor.source { about.append(["source", dataset.sources.first { $0.id == source }?.citation ?? source]) }
            return ActorEntry(id: Self.shown(actor.id), name: Self.shown(actor.name), kind: dataset.actorKindIndices[index], group: dataset.actorGroupIndices[index],
                              period: actor.period.description, about: about.map { $0.map(Self.shown) })
        }
        var active: [Int: (first: Int, last: Int)] = [:]
        for (position, table) in series.tables.enumerated() {
            for relationship in table.snapshot.relationshipIndices {
                active[relationship] = (active[relationship]?.first ?? position, position)
            }
        }
        let citations = Dictionary(dataset.sources.map { ($0.id, $0.citation) }, uniquingKeysWith: { first, _ in first })
        ties = TieColumns(active.keys.sorted().compactMap { index in
            let tie = dataset.relationships[index], ends = dataset.relationshipEnds[index]
            guard let span = active[index] else { return nil }
            let amount = tie.amount.map { FigureText.readable($0) + (tie.currency.map { " " + $0 } ?? "") }
            return TieEntry(rel: index, from: ends.from, to: ends.to, type: ends.type, period: tie.period.description, weight: tie.weight == 1 ? nil : tie.weight,
                            amount: amount.map(Self.shown), label: tie.label.map(Self.shown), note: tie.note.map(Self.shown),
                            sources: tie.sources.isEmpty ? nil : tie.sources.map { Self.shown(citations[$0] ?? $0) },
                            on: [span.first, span.last])
        })
        self.series = series.tables.map { table in
            let nodes = 0..<table.projection.nodeCount
            var values: [String: [Figure?]] = [:]
            for measure in shown + HTMLReport.tableMeasures.filter({ !shown.contains($0) }) {
                values[measure.name] = nodes.map { node in
                    table.value(measure, node: node).flatMap { $0.isFinite ? Figure(value: $0) : nil }
                }
            }
            var roles: [String: [Int]] = [:]
            for node in nodes {
                let counts = BrokerageRole.allCases.map { role in table.value(role.measure, node: node).map { Int($0) } ?? 0 }
                if counts.contains(where: { $0 != 0 }) { roles[String(table.projection.actorIndices[node])] = counts }
            }
            let undefined = table.undefined.filter { HTMLReport.tableMeasures.contains($0.key) }
            return Year(actors: table.projection.actorIndices, values: values, roles: roles,
                        undefined: undefined.isEmpty ? nil : Dictionary(uniqueKeysWithValues: undefined.map { ($0.key.name, Self.shown($0.value.reason)) }))
        }
        self.live = live
    }

    /// Text as the page shows it everywhere: each character of
    /// ``ControlCharacters/contains(_:)`` but tab and line breaks in its visible form
    /// (`\u{202E}`), as ``MarkupText/html(_:)`` shows it in the page's markup, so that an
    /// id reads the same in the data as in the drawing's `data-actor`.
    static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: ControlCharacters.contains) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if ControlCharacters.contains(scalar), !["\t", "\n", "\r"].contains(scalar) {
                shown += ControlCharacters.visible(scalar)
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// The data as JSON safe inside a `<script>` element (``MarkupText/scriptJSON(_:)``).
    func scriptText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return MarkupText.scriptJSON(json)
    }
}
