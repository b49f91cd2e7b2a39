import Foundation

/// How power shifted between two moments of a map, as `actormap shift` prints it: who rose
/// and fell, which ties formed, dissolved or changed type, each side's share and its
/// concentration, and who took up or gave up brokerage roles. As JSON, CSV, text or Markdown.
public struct ShiftReport: Sendable {
    /// One actor's measure at both moments, keyed by the actor's id.
    public struct ActorRow: Encodable, Sendable, Hashable {
        /// The actor's id.
        public var id: String
        /// The actor's name.
        public var name: String
        /// The id of the actor's group.
        public var group: String
        /// `entered`, `exited` or `present`: whether the actor is on the map at the later
        /// moment only, the earlier only, or both.
        public var status: String
        /// The value at the earlier moment, `nil` when absent or undefined.
        public var before: Double?
        /// The value at the later moment, `nil` when absent or undefined.
        public var after: Double?
        /// `after − before`, when both are defined.
        public var change: Double?
        /// The rank at the earlier moment, 1 for the highest; tied actors share it.
        public var rankBefore: Int?
        /// The rank at the later moment.
        public var rankAfter: Int?
        /// Places climbed (positive) or dropped (negative).
        public var rankChange: Int?
        /// Whether another actor shared the earlier rank.
        public var isTiedBefore: Bool
        /// Whether another actor shares the later rank.
        public var isTiedAfter: Bool
        /// Whether the actor's own value changed, beyond rounding.
        public var hasMoved: Bool
        /// Where the change came from, by component (``ShiftComponent/name``), when the shift
        /// was decomposed and the actor is on the map at both moments; `nil` otherwise.
        public var contributions: [String: Double]?

        enum CodingKeys: String, CodingKey {
            case id, name, group, status, before, after, change, contributions
            case rankBefore = "rank_before", rankAfter = "rank_after", rankChange = "rank_change"
            case isTiedBefore = "tied_before", isTiedAfter = "tied_after", hasMoved = "moved"
        }
    }

    let shift: PowerShift
    /// Every actor on the map at either moment, in the map's order.
    public let actors: [ActorRow]
    /// The sources of the ties at the earlier and the later moment.
    let tieSources: (before: TieSources, after: TieSources)
    /// Which findings rest on one source or on low-confidence ties, when that was asked
    /// (`shift --robustness`); shown after the rest of the report.
    public var robustness: ShiftRobustness?

    /// The report of `shift`.
    ///
    /// - Parameter shift: The change between two moments.
    /// - Complexity: O(*n*) in the number of actors.
    public init(_ shift: PowerShift) {
        self.shift = shift
        let dataset = shift.before.snapshot.dataset
        let evidence = shift.before.options.projection.evidence
        tieSources = (TieSources(shift.before.snapshot, admitting: evidence), TieSources(shift.after.snapshot, admitting: evidence))
        let entered = Set(shift.entered), exited = Set(shift.exited)
        actors = shift.actors.map { actorShift in
            let actor = dataset.actors[actorShift.actor]
            let status = entered.contains(actorShift.actor) ? "entered" : exited.contains(actorShift.actor) ? "exited" : "present"
            return ActorRow(
                id: actor.id, name: actor.name, group: dataset.group(ofActorAt: actorShift.actor).id, status: status,
                before: actorShift.before, after: actorShift.after, change: actorShift.change,
                rankBefore: actorShift.rankBefore, rankAfter: actorShift.rankAfter, rankChange: actorShift.rankChange,
                isTiedBefore: actorShift.isTiedBefore, isTiedAfter: actorShift.isTiedAfter, hasMoved: actorShift.hasMoved,
                contributions: shift.decomposition?.actors[actorShift.actor].map(Self.named))
        }
    }

    /// Contributions keyed by their components' names.
    private static func named(_ contributions: [ShiftComponent: Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: contributions.map { ($0.key.name, $0.value) })
    }

    /// The rows by rank at the later moment, then those who left by their earlier rank.
    public var rankedActors: [ActorRow] {
        zip(shift.actors, actors).sorted { a, b in
            (a.0.rankAfter ?? .max, a.0.rankBefore ?? .max, a.0.actor) < (b.0.rankAfter ?? .max, b.0.rankBefore ?? .max, b.0.actor)
        }
        .map(\.1)
    }

    /// A warning to give before the result when the two moments share few ties, or `nil`.
    public var instabilityWarning: String? {
        guard shift.isUnstable else { return nil }
        return "the two moments share few ties (Jaccard \(shift.ties.jaccard.map { String(format: "%.2f", $0) } ?? "–"), below \(PowerShift.stableJaccard)); read this as a new arrangement of actors, not gradual change\(shift.correlationClause)."
    }

    // MARK: JSON

    /// The report as JSON: the actors, who entered and exited, the ties formed, dissolved
    /// and kept (in all and by type), rank correlations, group shares, concentration, ties
    /// that changed type, brokerage changes, the summary sentences and notes, with the
    /// schema version and `provenance`. Its schema is `docs/schemas/shift.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: O(*n* + *t*) for *n* actors and *t* ties.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(Document(self), provenance: provenance)
    }

    private struct NamedActor: Encodable {
        var id: String
        var name: String
    }

    private struct Tie: Encodable {
        var type: String
        var from: String
        var to: String
        /// The ids of the sources the tie cites at the moment it is on the map.
        var sources: [String]
    }

    private struct TieCounts: Encodable {
        var added: Int
        var removed: Int
        var persisted: Int
        var jaccard: Double?
        var hamming: Int

        init(_ change: TieChange) {
            added = change.added.count
            removed = change.removed.count
            persisted = change.persisted.count
            jaccard = change.jaccard
            hamming = change.hamming
        }
    }

    /// The counts over all types, beside the counts by type and the ties themselves.
    private struct Ties: Encodable {
        var all: TieCounts
        var stable: Bool
        var byType: [String: TieCounts]
        var addedTies: [Tie]
        var removedTies: [Tie]

        enum CodingKeys: String, CodingKey {
            case stable, byType = "by_type", addedTies = "added_ties", removedTies = "removed_ties"
        }

        func encode(to encoder: Encoder) throws {
            try all.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stable, forKey: .stable)
            try container.encode(byType, forKey: .byType)
            try container.encode(addedTies, forKey: .addedTies)
            try container.encode(removedTies, forKey: .removedTies)
        }
    }

    private struct GroupShareRow: Encodable {
        var group: String
        var label: String
        var before: Double?
        var after: Double?
        var shift: Double?
        var contributions: [String: Double]?
    }

    /// Where the change came from: how many actors or ties each component holds, the maps
    /// measured, how they were made, and the sentences.
    private struct Decomposition: Encodable {
        var components: [String: Int]
        var maps_measured: Int
        var method: String
        var summary: [String]
    }

    private struct Correlation: Encodable {
        var correlation: Double?
        var p_greater_or_equal: Double?
        var p_less_or_equal: Double?
        var permutations: Int
        var seed: UInt64
        var actors: Int
        var sentence: String

        init(_ test: GraphCorrelation) {
            correlation = test.correlation
            p_greater_or_equal = test.pGreaterOrEqual
            p_less_or_equal = test.pLessOrEqual
            permutations = test.permutations
            seed = test.seed
            actors = test.actors
            sentence = test.sentence
        }

        enum CodingKeys: String, CodingKey {
            case correlation, p_greater_or_equal, p_less_or_equal, permutations, seed, actors, sentence
        }

        // An undefined correlation is written as null, not left out.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(correlation, forKey: .correlation)
            try container.encodeIfPresent(p_greater_or_equal, forKey: .p_greater_or_equal)
            try container.encodeIfPresent(p_less_or_equal, forKey: .p_less_or_equal)
            try container.encode(permutations, forKey: .permutations)
            try container.encode(seed, forKey: .seed)
            try container.encode(actors, forKey: .actors)
            try container.encode(sentence, forKey: .sentence)
        }
    }

    private struct Concentration: Encodable {
        var centralization: Double?
        var gini: Double?

        init(_ concentration: PowerShift.Concentration) {
            centralization = concentration.centralization
            gini = concentration.gini
        }
    }

    private struct Transition: Encodable {
        var actors: [String]
        var names: [String]
        var before: [String]
        var after: [String]
        /// The ids of the sources of the pair's ties at either moment.
        var sources: [String]
    }

    private struct BrokerageChange: Encodable {
        var id: String
        var name: String
        var before: [String: Int]
        var after: [String: Int]
    }

    private struct Document: Encodable {
        var title: String
        var from: String
        var to: String
        var measure: String
        var actors: [ActorRow]
        var entered: [NamedActor]
        var exited: [NamedActor]
        var ties: Ties
        var rank_correlation: [String: Double?]
        var group_share: [GroupShareRow]
        var concentration: [String: Concentration]
        var transitions: [Transition]
        var transition_counts: [String: Int]
        var brokerage_changes: [BrokerageChange]
        var summary: [String]
        var notes: [String]
        var filters: ResultFilters
        var decomposition: Decomposition?
        var qap: Correlation?
        var ei_test: [String: EIIndexTest?]?
        var robustness: RobustnessDocument?

        init(_ report: ShiftReport) {
            let shift = report.shift
            let dataset = shift.before.snapshot.dataset
            let vocabulary = dataset.vocabulary
            func named(_ actor: Int) -> NamedActor { NamedActor(id: dataset.actors[actor].id, name: dataset.actors[actor].name) }
            func tie(_ key: TieKey, _ sources: TieSources) -> Tie {
                Tie(type: vocabulary.relationshipTypes[key.type].id, from: dataset.actors[key.from].id, to: dataset.actors[key.to].id,
                    sources: sources.sources(of: key))
            }
            title = dataset.title
            from = shift.before.snapshot.time.description
            to = shift.after.snapshot.time.description
            measure = shift.measure.name
            actors = report.actors
            entered = shift.entered.map(named)
            exited = shift.exited.map(named)
            ties = Ties(
                all: TieCounts(shift.ties), stable: !shift.isUnstable,
                byType: Dictionary(uniqueKeysWithValues: shift.tiesByType.map { (vocabulary.relationshipTypes[$0.type].id, TieCounts($0.change)) }),
                addedTies: shift.ties.added.map { tie($0, report.tieSources.after) },
                removedTies: shift.ties.removed.map { tie($0, report.tieSources.before) })
            rank_correlation = ["kendall_tau": shift.kendallTau, "spearman_rho": shift.spearmanRho]
            group_share = shift.groupShares.map {
                GroupShareRow(group: vocabulary.groups[$0.group].id, label: vocabulary.groups[$0.group].label,
                              before: $0.before, after: $0.after, shift: $0.shift,
                              contributions: shift.decomposition?.groups[$0.group].map(ShiftReport.named))
            }
            concentration = ["before": Concentration(shift.concentrationBefore), "after": Concentration(shift.concentrationAfter)]
            transitions = zip(report.transitions, shift.transitions).map { transition, pair in
                Transition(actors: transition.ids, names: transition.names, before: transition.before, after: transition.after,
                           sources: report.sources(between: pair.actors))
            }
            transition_counts = Dictionary(transitions.map { ("\($0.before.joined(separator: "+")) → \($0.after.joined(separator: "+"))", 1) }, uniquingKeysWith: +)
            brokerage_changes = shift.brokerageChanges.map { change in
                BrokerageChange(
                    id: dataset.actors[change.actor].id, name: dataset.actors[change.actor].name,
                    before: Dictionary(uniqueKeysWithValues: BrokerageRole.allCases.map { ($0.name, change.before[$0]) }),
                    after: Dictionary(uniqueKeysWithValues: BrokerageRole.allCases.map { ($0.name, change.after[$0]) }))
            }
            summary = shift.summary()
            notes = shift.notes
            filters = ResultFilters([shift.before, shift.after])
            decomposition = shift.decomposition.map { decomposition in
                Decomposition(
                    components: Dictionary(uniqueKeysWithValues: decomposition.sizes.map { ($0.key.name, $0.value) }),
                    maps_measured: decomposition.mapsMeasured, method: ShiftDecomposition.method,
                    summary: decomposition.summary(of: shift))
            }
            qap = shift.correlation.map(Correlation.init)
            ei_test = shift.eiTests.map { ["before": $0.before, "after": $0.after] }
            robustness = report.robustness.map { RobustnessDocument($0, dataset: dataset) }
        }
    }

    /// Relationship types (indices into the vocabulary) by their labels, for tables people
    /// read, as the table of ties names them; JSON and CSV keep the ids.
    func typeLabels(_ types: [Int]) -> String {
        types.map { shift.before.snapshot.dataset.vocabulary.relationshipTypes[$0].label }.joined(separator: " + ")
    }

    /// The ties that changed type, by the ids and names of their two actors and the ids of
    /// their types before and after.
    private var transitions: [(ids: [String], names: [String], before: [String], after: [String])] {
        let dataset = shift.before.snapshot.dataset
        let types = dataset.vocabulary.relationshipTypes
        return shift.transitions.map { transition in
            let actors = [dataset.actors[transition.actors.0], dataset.actors[transition.actors.1]]
            return (actors.map(\.id), actors.map(\.name), transition.before.map { types[$0].id }, transition.after.map { types[$0].id })
        }
    }

    // MARK: CSV

    /// One line per actor, by rank at the later moment:
    /// `id,name,group,status,before,after,change,rank_before,rank_after,rank_change,moved`.
    ///
    /// - Parameter neutralise: Put an apostrophe before text a spreadsheet would run as a
    ///   formula.
    /// - Returns: The CSV text, ending in a line break.
    /// - Complexity: O(*n* log *n*) in the number of actors.
    public func csv(neutralise: Bool = true) -> String {
        var lines = ["id,name,group,status,before,after,change,rank_before,rank_after,rank_change,moved"]
        for row in rankedActors {
            let fields: [String] = [
                CSVCell.field(row.id, neutralise: neutralise), CSVCell.field(row.name, neutralise: neutralise),
                CSVCell.field(row.group, neutralise: neutralise), row.status,
                row.before.map { "\($0)" } ?? "", row.after.map { "\($0)" } ?? "", row.change.map { "\($0)" } ?? "",
                row.rankBefore.map(String.init) ?? "", row.rankAfter.map(String.init) ?? "", row.rankChange.map(String.init) ?? "",
                String(row.hasMoved),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Text and Markdown

    /// The report as sections for a terminal: notes, the summary, the 15 highest actors, ties
    /// by type, ties that changed type, sides and concentration, and brokerage roles that
    /// changed. Every name is escaped for a terminal.
    ///
    /// - Returns: The lines of the report, without a final line break.
    /// - Complexity: O(*n* log *n* + *t*) for *n* actors and *t* ties.
    public func text() -> String {
        sections(markdown: false)
    }

    /// The report as a Markdown document with the same sections as ``text()``, every actor
    /// in its table, and every name escaped for Markdown.
    ///
    /// - Returns: The Markdown, without a final line break.
    /// - Complexity: O(*n* log *n* + *t*) for *n* actors and *t* ties.
    public func markdown() -> String {
        sections(markdown: true)
    }

    private func sections(markdown: Bool) -> String {
        let dataset = shift.before.snapshot.dataset
        let vocabulary = dataset.vocabulary
        let from = shift.before.snapshot.time.description, to = shift.after.snapshot.time.description
        func heading(_ text: String) -> String { markdown ? "## \(text)" : text.uppercased() }
        func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
            if markdown {
                let align = headers.indices.map { numeric.contains($0) ? "--:" : "---" }
                return ([headers, align] + rows.map { $0.map(MarkupText.markdown) })
                    .map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
            }
            var text = TextTable(headers.indices.map { (headers[$0], numeric.contains($0) ? .right : .left) })
            rows.forEach { text.append($0) }
            return text.render(maximumWidth: 26)
        }
        func number(_ value: Double?) -> String { value.map(FigureText.readable) ?? "–" }

        var out: [String] = []
        if !markdown, !shift.notes.isEmpty { out.append(shift.notes.map { "note: \(TerminalText.escaped($0))" }.joined(separator: " ")) }
        out.append(markdown
            ? "# \(MarkupText.markdown(dataset.title)): \(shift.measure.title), \(from) → \(to)"
            : "\(TerminalText.escaped(dataset.title))\n\(shift.measure.title), \(from) → \(to)")
        if markdown, !shift.notes.isEmpty { out += [""] + shift.notes.map { "> note: \(MarkupText.markdown($0))" } }
        out.append("")
        out.append(heading("Summary"))
        out += shift.summary().map { markdown ? "- \(MarkupText.markdown($0))" : "• \(TerminalText.escaped($0))" }

        out += ["", heading("Actors")]
        let rows = rankedActors.prefix(markdown ? .max : 15).map { row -> [String] in
            [row.name, number(row.before), number(row.after), Self.rank(row.rankBefore, tied: row.isTiedBefore),
             Self.rank(row.rankAfter, tied: row.isTiedAfter), Self.movement(row)]
        }
        out.append(table(["actor", from, to, "rank", "rank", "move"], Array(rows), numeric: [1, 2, 3, 4]))
        if !markdown, actors.count > 15 { out.append("… \(actors.count - 15) more; --format csv lists all.") }

        out += ["", heading("Ties")]
        var tieRows = [["all types", String(shift.ties.added.count), String(shift.ties.removed.count),
                        String(shift.ties.persisted.count), number(shift.ties.jaccard)]]
        tieRows += shift.tiesByType.map { entry in
            [vocabulary.relationshipTypes[entry.type].label, String(entry.change.added.count), String(entry.change.removed.count),
             String(entry.change.persisted.count), number(entry.change.jaccard)]
        }
        out.append(table(["type", "formed", "dissolved", "persisted", "Jaccard"], tieRows, numeric: [1, 2, 3, 4]))

        if !shift.transitions.isEmpty {
            out += ["", heading("Ties that changed type")]
            out.append(table(["between", "and", "from", "to"], shift.transitions.map { transition in
                [dataset.actors[transition.actors.0].name, dataset.actors[transition.actors.1].name,
                 typeLabels(transition.before), typeLabels(transition.after)]
            }, numeric: []))
        }

        out += ["", heading("Sides and concentration")]
        out.append(table(["group", from, to, "shift"], shift.groupShares.map { share in
            [vocabulary.groups[share.group].label, share.before.map(FigureText.percent) ?? "–", share.after.map(FigureText.percent) ?? "–",
             share.shift.map { String(format: "%+.1f pts", $0 * 100) } ?? "–"]
        }, numeric: [1, 2, 3]))
        out.append("")
        out.append("Centralisation of \(shift.measure.title) \(number(shift.concentrationBefore.centralization)) → \(number(shift.concentrationAfter.centralization)), "
            + "its Gini \(number(shift.concentrationBefore.gini)) → \(number(shift.concentrationAfter.gini)).")
        out.append("Rank correlation over the actors present at both: Kendall τ-b \(number(shift.kendallTau)), Spearman ρ \(number(shift.spearmanRho)).")
        if let correlation = shift.correlation { out.append(correlation.sentence) }
        if let tests = shift.eiTests {
            for (moment, test) in [(from, tests.before), (to, tests.after)] {
                out.append(test.map { "\(moment): \($0.sentence)" } ?? "\(moment): no ties, so no E-I index to test.")
            }
        }
        if let decomposition = shift.decomposition {
            out += ["", heading("Why it shifted")]
            out += decomposition.summary(of: shift).map { markdown ? "- \(MarkupText.markdown($0))" : "• \(TerminalText.escaped($0))" }
            let components = ShiftComponent.allCases
            let shares = shift.groupShares.compactMap { share -> [String]? in
                guard let parts = decomposition.groups[share.group], let change = share.shift else { return nil }
                return [vocabulary.groups[share.group].label, String(format: "%+.1f", change * 100)]
                    + components.map { String(format: "%+.1f", parts[$0]! * 100) }
            }
            if !shares.isEmpty {
                out.append("")
                out.append(table(["group (points)", "change"] + components.map(\.shortLabel), shares, numeric: Set(1...components.count + 1)))
            }
            out.append("")
            out.append(markdown ? MarkupText.markdown(ShiftDecomposition.method) : ShiftDecomposition.method)
        }

        if !shift.brokerageChanges.isEmpty {
            out += ["", heading("Brokerage roles that changed")]
            out.append(table(["actor", "coord.", "itin.", "repr.", "gatek.", "liaison"], shift.brokerageChanges.map { change in
                [dataset.actors[change.actor].name] + BrokerageRole.allCases.map { (change.before[$0], change.after[$0]) }.map { $0 == $1 ? String($1) : "\($0)→\($1)" }
            }, numeric: [1, 2, 3, 4, 5]))
        }
        out += evidenceSections(markdown: markdown)
        return out.joined(separator: "\n")
    }

    /// A rank as a table shows it: "2", or "2 tied" when another actor shares it.
    private static func rank(_ rank: Int?, tied: Bool) -> String {
        rank.map { tied ? "\($0) tied" : String($0) } ?? "–"
    }

    /// An arrow only for an actor whose own value changed: one that stayed put while others
    /// moved around it shows "same", whatever its rank did.
    private static func movement(_ row: ActorRow) -> String {
        guard let change = row.rankChange else { return row.status }
        guard row.hasMoved else { return "same" }
        return change > 0 ? "↑\(change)" : change < 0 ? "↓\(-change)" : "="
    }
}
