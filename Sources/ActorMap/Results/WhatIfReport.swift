import Foundation

/// What the map would be without some actors or ties, as `actormap whatif` prints it: the
/// map's figures before and after, every remaining actor's measure and rank on both maps,
/// and sentences. As JSON, text or Markdown.
public struct WhatIfReport: Sendable {
    /// One remaining actor's measure and rank with and without the removal.
    public struct ActorRow: Encodable, Sendable, Hashable {
        /// The actor's id.
        public var id: String
        /// The actor's name.
        public var name: String
        /// The id of the actor's group.
        public var group: String
        /// The measure on the map as it is; `nil` when undefined.
        public var before: Double?
        /// The measure on the map without the removal; `nil` when undefined.
        public var after: Double?
        /// `after − before`, when both are defined.
        public var change: Double?
        /// The rank among every actor of the map as it is (the removed ones included), 1
        /// for the highest; tied actors share the best rank.
        public var beforeRank: Int?
        /// The rank among the actors that remain.
        public var afterRank: Int?
        /// Whether the actor's own value changed, beyond rounding.
        public var moved: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, group, before, after, change, moved
            case beforeRank = "before_rank", afterRank = "after_rank"
        }

        /// Writes every field, an undefined value or rank as `null`, so every row has the
        /// same keys.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(group, forKey: .group)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
            try container.encode(change, forKey: .change)
            try container.encode(beforeRank, forKey: .beforeRank)
            try container.encode(afterRank, forKey: .afterRank)
            try container.encode(moved, forKey: .moved)
        }
    }

    private let whatIf: WhatIf
    /// Every remaining actor, by rank on the map without the removal.
    public let actors: [ActorRow]

    /// The report of `whatIf`.
    ///
    /// - Parameter whatIf: The map with and without the removal.
    /// - Complexity: O(*n* log *n*) in the number of actors.
    public init(_ whatIf: WhatIf) {
        self.whatIf = whatIf
        let dataset = whatIf.shift.before.snapshot.dataset
        actors = whatIf.remaining
            .sorted { ($0.rankAfter ?? .max, $0.rankBefore ?? .max, $0.actor) < ($1.rankAfter ?? .max, $1.rankBefore ?? .max, $1.actor) }
            .map { row in
                let actor = dataset.actors[row.actor]
                return ActorRow(
                    id: actor.id, name: actor.name, group: dataset.group(ofActorAt: row.actor).id, before: row.before, after: row.after,
                    change: row.change, beforeRank: row.rankBefore, afterRank: row.rankAfter, moved: row.hasMoved)
            }
    }

    // MARK: JSON

    /// The report as JSON: what was removed, each remaining actor's measure and rank before
    /// and after, the map's figures before and after (`graph`), the actors cut off from a
    /// group, the sentences and notes, with the schema version and `provenance`. Its schema
    /// is `docs/schemas/whatif.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: O(*n*) in the number of actors.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(Document(self), provenance: provenance)
    }

    private struct NamedActor: Encodable {
        var id: String
        var name: String
    }

    private struct Tie: Encodable {
        var from: String
        var to: String
        var type: String
    }

    private struct Removed: Encodable {
        var actors: [NamedActor]
        var ties: [Tie]
        var tiesLost: Int

        enum CodingKeys: String, CodingKey {
            case actors, ties, tiesLost = "ties_lost"
        }
    }

    private struct Figures: Encodable {
        var actors: Int
        var ties: Int
        var components: Int
        var fragmentation: Double?
        var reach: Double?
        var density: Double
        var centralization: Double?
        var groupShares: [String: Double]?
        var brokerage: [String: Int]

        enum CodingKeys: String, CodingKey {
            case actors, ties, components, fragmentation, reach, density, centralization, brokerage
            case groupShares = "group_shares"
        }

        init(_ figures: WhatIf.MapFigures, groups: [Group]) {
            actors = figures.actors
            ties = figures.ties
            components = figures.components
            fragmentation = figures.fragmentation
            reach = figures.reach
            density = figures.density
            centralization = figures.centralization
            groupShares = figures.groupShares.map { shares in
                Dictionary(uniqueKeysWithValues: shares.map { (groups[$0.key].id, $0.value) })
            }
            brokerage = Dictionary(uniqueKeysWithValues: BrokerageRole.allCases.map { ($0.name, figures.brokerage[$0]) })
            brokerage["between_groups"] = figures.brokerageBetweenGroups
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(actors, forKey: .actors)
            try container.encode(ties, forKey: .ties)
            try container.encode(components, forKey: .components)
            // Undefined figures are written as null, so every document has the same keys.
            try container.encode(fragmentation, forKey: .fragmentation)
            try container.encode(reach, forKey: .reach)
            try container.encode(density, forKey: .density)
            try container.encode(centralization, forKey: .centralization)
            try container.encode(groupShares, forKey: .groupShares)
            try container.encode(brokerage, forKey: .brokerage)
        }
    }

    private struct CutOff: Encodable {
        var group: String
        var actors: [String]
    }

    private struct Document: Encodable {
        var title: String
        var time: String
        var measure: String
        var removed: Removed
        var actors: [ActorRow]
        var graph: [String: Figures]
        var cutOff: [CutOff]
        var summary: [String]
        var notes: [String]

        enum CodingKeys: String, CodingKey {
            case title, time, measure, removed, actors, graph, summary, notes
            case cutOff = "cut_off"
        }

        init(_ report: WhatIfReport) {
            let whatIf = report.whatIf
            let dataset = whatIf.shift.before.snapshot.dataset
            let vocabulary = dataset.vocabulary
            title = dataset.title
            time = whatIf.shift.before.snapshot.time.description
            measure = whatIf.measure.name
            removed = Removed(
                actors: whatIf.removedActors.map { NamedActor(id: dataset.actors[$0].id, name: dataset.actors[$0].name) },
                ties: whatIf.removedRelationships.map { index in
                    let ends = dataset.relationshipEnds[index]
                    return Tie(from: dataset.actors[ends.from].id, to: dataset.actors[ends.to].id, type: vocabulary.relationshipTypes[ends.type].id)
                },
                tiesLost: whatIf.shift.ties.removed.count)
            actors = report.actors
            graph = ["before": Figures(whatIf.before, groups: vocabulary.groups), "after": Figures(whatIf.after, groups: vocabulary.groups)]
            cutOff = whatIf.cutOff.map { cut in CutOff(group: vocabulary.groups[cut.group].id, actors: cut.actors.map { dataset.actors[$0].id }) }
            summary = whatIf.summary()
            notes = whatIf.shift.notes
        }
    }

    // MARK: Text and Markdown

    /// The report for a terminal: the sentences, the map's figures before and after, the
    /// 15 highest remaining actors and each group's share. Every name is escaped for a
    /// terminal.
    ///
    /// - Returns: The lines of the report, without a final line break.
    /// - Complexity: O(*n*) in the number of actors.
    public func text() -> String { sections(markdown: false) }

    /// The report as Markdown, with the same sections as ``text()``, every remaining actor
    /// in its table and every name escaped for Markdown.
    ///
    /// - Returns: The Markdown, without a final line break.
    /// - Complexity: O(*n*) in the number of actors.
    public func markdown() -> String { sections(markdown: true) }

    private func sections(markdown: Bool) -> String {
        let shift = whatIf.shift
        let dataset = shift.before.snapshot.dataset
        let vocabulary = dataset.vocabulary
        let time = shift.before.snapshot.time.description
        func heading(_ text: String) -> String { markdown ? "## \(text)" : text.uppercased() }
        func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int>, width: Int = 30) -> String {
            if markdown {
                let align = headers.indices.map { numeric.contains($0) ? "--:" : "---" }
                return ([headers, align] + rows.map { $0.map(MarkupText.markdown) })
                    .map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
            }
            var text = TextTable(headers.indices.map { (headers[$0], numeric.contains($0) ? .right : .left) })
            rows.forEach { text.append($0) }
            return text.render(maximumWidth: width)
        }
        func number(_ value: Double?) -> String { value.map(FigureText.readable) ?? "–" }
        func line(_ text: String) -> String { markdown ? MarkupText.markdown(text) : TerminalText.escaped(text) }

        var out: [String] = []
        let subject = "without \(whatIf.removalPhrase)"
        out.append(markdown
            ? "# \(MarkupText.markdown(dataset.title)): \(time), \(MarkupText.markdown(subject))"
            : "\(TerminalText.escaped(dataset.title))\n\(time), \(TerminalText.escaped(subject)); \(whatIf.measure.title)")
        if !shift.notes.isEmpty { out += [""] + shift.notes.map { markdown ? "> note: \(line($0))" : "note: \(line($0))" } }
        out += ["", heading("Summary")]
        out += whatIf.summary().map { markdown ? "- \(line($0))" : "• \(line($0))" }

        out += ["", heading("The map")]
        let b = whatIf.before, a = whatIf.after
        let figureRows: [[String]] = [
            ["actors", String(b.actors), String(a.actors)],
            ["ties", String(b.ties), String(a.ties)],
            ["components", String(b.components), String(a.components)],
            ["fragmentation (distance-weighted)", number(b.fragmentation), number(a.fragmentation)],
            ["reach (pairs joined by a path)", b.reach.map(FigureText.percent) ?? "–", a.reach.map(FigureText.percent) ?? "–"],
            ["density", number(b.density), number(a.density)],
            ["centralisation of \(whatIf.measure.title)", number(b.centralization), number(a.centralization)],
            ["brokerage between groups", String(b.brokerageBetweenGroups), String(a.brokerageBetweenGroups)],
        ]
        out.append(table(["figure", "as it is", "without"], figureRows, numeric: [1, 2], width: 48))

        out += ["", heading("Sides")]
        out.append(table(["group", "as it is", "without", "shift"], shift.groupShares.map { share in
            [vocabulary.groups[share.group].label, share.before.map(FigureText.percent) ?? "–", share.after.map(FigureText.percent) ?? "–",
             share.shift.map { String(format: "%+.1f pts", $0 * 100) } ?? "–"]
        }, numeric: [1, 2, 3]))

        out += ["", heading("Actors")]
        let shown = markdown ? actors[...] : actors.prefix(15)
        out.append(table(["actor", "as it is", "without", "rank", "rank", "move"], shown.map { row in
            [row.name, number(row.before), number(row.after), row.beforeRank.map(String.init) ?? "–", row.afterRank.map(String.init) ?? "–",
             Self.movement(row)]
        }, numeric: [1, 2, 3, 4]))
        if !markdown, actors.count > 15 { out.append("… \(actors.count - 15) more; --format json lists all.") }
        return out.joined(separator: "\n")
    }

    /// An arrow only for an actor whose own value changed.
    private static func movement(_ row: ActorRow) -> String {
        guard row.moved, let change = row.change else { return "same" }
        return change > 0 ? "↑" : "↓"
    }
}
