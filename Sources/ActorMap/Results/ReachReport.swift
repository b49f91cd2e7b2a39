import Foundation

/// Which actors one actor could reach through time-respecting paths, as `actormap reach`
/// prints it: as JSON or a table for a terminal.
public struct ReachReport: Sendable {
    private let reach: TimeRespectingReach
    private let dataset: Dataset
    private let options: ProjectionOptions

    /// The report of `reach`.
    ///
    /// - Parameters:
    ///   - reach: The paths followed.
    ///   - dataset: The map they were followed in.
    ///   - options: The relationship types and direction they followed.
    public init(_ reach: TimeRespectingReach, in dataset: Dataset, options: ProjectionOptions) {
        self.reach = reach
        self.dataset = dataset
        self.options = options
    }

    private struct Row: Encodable {
        var id: String
        var name: String
        var year: Int
        var via: String?
        var steps: Int

        enum CodingKeys: String, CodingKey { case id, name, year, via, steps }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(year, forKey: .year)
            try container.encode(via, forKey: .via)
            try container.encode(steps, forKey: .steps)
        }
    }

    private struct Document: Encodable {
        var title: String
        var from_actor: String
        var start: Int
        var end: Int
        var types: String
        var direction: String
        var reached: [Row]
        var unreached: Int
        var summary: [String]
    }

    private var rows: [Row] {
        reach.reached.map { entry in
            Row(id: dataset.actors[entry.actor].id, name: dataset.actors[entry.actor].name, year: entry.year,
                via: entry.via.map { dataset.actors[$0].id }, steps: entry.steps)
        }
    }

    /// What the paths found, in a sentence: "From Slum Dwellers International, 12 of the 30
    /// other actors could be reached by 2020; the last, Nairobi City County, in 2016."
    public var sentence: String {
        let name = dataset.actors[reach.source].name
        let others = reach.reached.dropFirst()
        guard let last = others.last else {
            return "From \(name), no other actor could be reached through ties as they happened from \(reach.start) to \(reach.end)."
        }
        return "From \(name), \(others.count) of the \(dataset.actors.count - 1) other actors could be reached through ties as they happened from \(reach.start) to \(reach.end); the last, \(dataset.actors[last.actor].name), in \(last.year)."
    }

    /// The report as JSON: `reached` (`id`, `name`, `year`, `via`, `steps`) in the order the
    /// actors are reached, the start first with `via` null; `unreached`, the number of other
    /// actors no path reaches; with `schema_version` and `provenance`. Its schema is
    /// `docs/schemas/reach.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(
            Document(title: dataset.title, from_actor: dataset.actors[reach.source].id, start: reach.start, end: reach.end,
                     types: options.types.name, direction: options.direction.rawValue, reached: rows,
                     unreached: dataset.actors.count - reach.reached.count, summary: [sentence]),
            provenance: provenance)
    }

    /// The reach drawn on the map of the years it spans (every actor and tie on the map in
    /// any of them): the actors reached outlined in red with the year each was reached under
    /// its name ("start" under the actor the paths start from), and the ties that first
    /// reached each drawn thick in red; the legend says so.
    ///
    /// - Returns: The diagram, laid out for dot; restyle it for another engine.
    /// - Throws: ``DiagramError`` when the map cannot be drawn as asked.
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in the span.
    public func diagram() throws(DiagramError) -> Diagram {
        let time: TimeSelection = reach.end > reach.start ? .window(reach.start...reach.end) : .year(reach.start)
        let origin = dataset.actors[reach.source]
        let span = reach.end > reach.start ? "\(reach.start)–\(reach.end)" : "in \(reach.start)"
        var options = DiagramOptions(
            title: "\(dataset.title): whom \(origin.name) could reach, \(span)",
            types: DiagramOptions.drawnTypes(measuring: self.options.types), isolates: .margin)
        options.highlighted = Set(reach.reached.map { dataset.actors[$0.actor].id })
        options.highlightedRelationships = Set(reach.reached.flatMap(\.ties))
        options.annotations = Dictionary(uniqueKeysWithValues: reach.reached.map { entry in
            (dataset.actors[entry.actor].id, entry.via == nil ? "start, \(entry.year)" : "reached \(entry.year)")
        })
        options.highlightedActorsMeaning = "reached, in the year under the name"
        options.highlightedRelationshipsMeaning = "tie that first reached an actor"
        return try Diagram(Snapshot(dataset, at: time), options: options)
    }

    /// The report for a terminal: the sentence, then a table of each actor reached, the year,
    /// whom from and in how many steps; every name escaped.
    ///
    /// - Returns: The lines, without a final line break.
    public func text() -> String {
        var table = TextTable([("actor", .left), ("year", .right), ("via", .left), ("steps", .right)])
        for entry in reach.reached {
            table.append([dataset.actors[entry.actor].name, String(entry.year),
                          entry.via.map { dataset.actors[$0].name } ?? "(start)", String(entry.steps)])
        }
        return [TerminalText.escaped(dataset.title), TerminalText.escaped(sentence), "", table.render(maximumWidth: 30)]
            .joined(separator: "\n")
    }
}
