import ActorMap
import Foundation

/// The three ways `metrics` prints a table: aligned text, CSV and JSON.
enum MetricsOutput {
    // MARK: CSV

    static func csv(_ table: MetricsTable, nodes: [Int], neutralise: Bool = true) -> String {
        let header = ["id", "name", "kind", "group"] + Measure.allCases.map(\.name)
        var lines = [header.joined(separator: ",")]
        for node in nodes {
            let actor = table.actor(at: node)
            let dataset = table.snapshot.dataset
            let datasetIndex = table.projection.actorIndices[node]
            var fields = [actor.id, actor.name, actor.kind, dataset.group(ofActorAt: datasetIndex).id].map { CSVCell.field($0, neutralise: neutralise) }
            fields += Measure.allCases.map { measure in
                table.value(measure, node: node).map { exact($0, measure) } ?? ""
            }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Full precision, the shortest text that reads back as the same number.
    static func exact(_ value: Double, _ measure: Measure) -> String {
        measure.isCount ? String(Int(value)) : "\(value)"
    }

    // MARK: JSON

    struct Document: Encodable {
        var title: String
        var time: String
        var projection: [String: String]
        var actors: [ActorRow]
        var graph: GraphMetrics
        var undefined: [String: String]
        /// Cautions about the moment measured, such as a year with almost no ties.
        var notes: [String]
    }

    struct ActorRow: Encodable {
        var id: String
        var name: String
        var kind: String
        var group: String
        var values: [(Measure, Double?)]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(id, forKey: Key(stringValue: "id"))
            try container.encode(name, forKey: Key(stringValue: "name"))
            try container.encode(kind, forKey: Key(stringValue: "kind"))
            try container.encode(group, forKey: Key(stringValue: "group"))
            for (measure, value) in values {
                let key = Key(stringValue: measure.name)
                if let value {
                    if measure.isCount {
                        try container.encode(Int(value), forKey: key)
                    } else {
                        try container.encode(value, forKey: key)
                    }
                } else {
                    try container.encodeNil(forKey: key)
                }
            }
        }
    }

    static func json(_ table: MetricsTable, nodes: [Int]) -> Document {
        let dataset = table.snapshot.dataset
        let options = table.options.projection
        return Document(
            title: dataset.title,
            time: table.snapshot.time.description,
            projection: ["types": describe(options.types), "direction": options.direction.rawValue, "weighted": String(options.weighted)],
            actors: nodes.map { node in
                let actor = table.actor(at: node)
                return ActorRow(
                    id: actor.id, name: actor.name, kind: actor.kind,
                    group: dataset.group(ofActorAt: table.projection.actorIndices[node]).id,
                    values: Measure.allCases.map { ($0, table.value($0, node: node)) })
            },
            graph: table.graph,
            undefined: Dictionary(uniqueKeysWithValues: table.undefined.map { ($0.key.name, $0.value.reason) }),
            notes: table.fewTiesNote.map { [$0] } ?? [])
    }

    static func describe(_ types: ProjectionOptions.Types) -> String {
        switch types {
        case .positive: "positive"
        case .negative: "negative"
        case .all: "all"
        case .only(let ids): ids.sorted().joined(separator: ",")
        }
    }

    // MARK: Text

    /// A column of the text table after the actor's name: the actor's id, or a measure.
    enum Column: Hashable {
        case id
        case measure(Measure)

        var name: String {
            switch self {
            case .id: "id"
            case .measure(let measure): measure.name
            }
        }
    }

    /// A table of the actor's name and the chosen columns, then the figures of the whole map
    /// and a note for each shown measure that is undefined.
    ///
    /// - Parameter width: The width of the terminal: names are cut so that rows fit it. With
    ///   none, nothing is cut.
    static func text(_ table: MetricsTable, nodes: [Int], columns: [Column], width: Int?) -> String {
        let dataset = table.snapshot.dataset
        let options = table.options.projection
        // A moment with almost nothing on it says so first, before any figure is read.
        var lines = table.fewTiesNote.map { wrap(words: "note: \(TerminalText.escaped($0))", width: width ?? .max) } ?? []
        lines += [
            TerminalText.escaped(dataset.title),
            "at \(table.snapshot.time): \(table.projection.nodeCount) actors, \(table.projection.tieCount) tie\(table.projection.tieCount == 1 ? "" : "s") "
                + "(\(describe(options.types)) types, \(options.direction.rawValue), \(options.weighted ? "weighted" : "unweighted"))",
            "",
        ]
        var rows = TextTable([("actor", .left)] + columns.map { ($0.name, $0 == .id ? .left : .right) })
        for node in nodes {
            rows.append([table.actor(at: node).name] + columns.map { column in
                guard case .measure(let measure) = column else { return table.actor(at: node).id }
                if table.undefined[measure] != nil { return "n/a" }
                return table.value(measure, node: node).map { readable($0, measure) } ?? "–"
            })
        }
        lines.append(rows.render(fitting: width))
        lines.append("")
        let figures = table.graph.figures.map { "\($0.name.replacingOccurrences(of: "_", with: " ")) \($0.value.map(readable) ?? "–")" }
        lines += wrap(figures, width: width ?? 80)
        // A note for each measure shown as n/a; measures undefined for the same reason (hub
        // and authority) share one.
        let shown = Set(columns.compactMap { if case .measure(let measure) = $0 { measure } else { nil } })
        let reasons = Dictionary(grouping: table.undefined.filter { shown.contains($0.key) }, by: \.value.reason)
        for (reason, measures) in reasons.sorted(by: { $0.value.map(\.key.name).min()! < $1.value.map(\.key.name).min()! }) {
            let names = measures.map(\.key.name).sorted().joined(separator: ", ")
            lines += wrap(words: "\(names): undefined, \(reason)", width: width ?? 80)
        }
        return lines.joined(separator: "\n")
    }

    static func readable(_ value: Double, _ measure: Measure) -> String {
        measure.isCount ? String(Int(value)) : readable(value)
    }

    /// Four significant figures, enough to rank and compare by eye.
    static func readable(_ value: Double) -> String {
        let value = TableFigure.shown(value)
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        return String(format: abs(value) >= 0.001 && abs(value) < 1e6 ? "%.4g" : "%.3e", value)
    }

    /// Text broken into lines of at most `width` characters at spaces.
    static func wrap(words text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static func wrap(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items {
            if !line.isEmpty, line.count + 3 + item.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? item : " · " + item
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
