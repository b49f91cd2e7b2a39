import Foundation

/// The key players of a map at one moment, as `actormap keyplayers` prints them: the set,
/// its score, and the scores of the sets of highest degree and betweenness beside it. As
/// JSON, text or Markdown.
public struct KeyPlayersReport: Sendable {
    private let players: KeyPlayers
    private let snapshot: Snapshot

    /// The report of `players`, found on a projection of `snapshot`.
    ///
    /// - Parameters:
    ///   - players: The search's result; its nodes are the snapshot's positions.
    ///   - snapshot: The map the projection was made of.
    public init(_ players: KeyPlayers, snapshot: Snapshot) {
        self.players = players
        self.snapshot = snapshot
    }

    /// The actors of the set found, in the map's order.
    public var actors: [Actor] { players.set.map { snapshot.dataset.actors[snapshot.actorIndices[$0]] } }

    private func names(_ nodes: [Int]) -> String {
        list(nodes.map { snapshot.dataset.actors[snapshot.actorIndices[$0]].name })
    }

    /// What the score of the goal means, for a sentence: "distance-weighted fragmentation".
    private var scoreName: String {
        switch players.options.goal {
        case .fragment: "distance-weighted fragmentation"
        case .reach: players.options.steps.map { "the share of the others within \($0) step\($0 == 1 ? "" : "s")" } ?? "distance-weighted reach"
        }
    }

    /// A score as a sentence shows it: a share within some steps as a percentage, else to
    /// four decimals, enough to tell the sets compared apart.
    private func shown(_ score: Double) -> String {
        players.options.steps != nil ? FigureText.percent(score) : String(format: "%.4f", score)
    }

    /// The findings in plain sentences: the set and its score, the sets of highest degree
    /// and betweenness beside it, and how the search was made.
    ///
    /// - Returns: The sentences, in that order.
    /// - Complexity: O(*k*) for a set of *k* actors.
    public func summary() -> [String] {
        let options = players.options
        var sentences: [String] = []
        let verb = players.set.count == 1 ? "is" : "are"
        switch options.goal {
        case .fragment:
            // Taking actors away can leave the rest less fragmented (an isolate gone), or as it was.
            let change = players.scoreWithoutRemoval.map { old -> String in
                Ranking.same(old, players.score) ? "stays at \(shown(old))"
                    : "\(players.score > old ? "rises" : "falls") from \(shown(old)) to \(shown(players.score))"
            } ?? "is \(shown(players.score))"
            sentences.append("Taking away \(names(players.set)) fragments the map most: \(scoreName) \(change) among the actors that remain (1 when no one reaches anyone).")
        case .reach:
            sentences.append("\(names(players.set)) \(verb) the set of \(options.size) that reaches the rest of the map best: \(scoreName) \(shown(players.score)) (1 when every other actor is \(options.steps.map { "within \($0) step\($0 == 1 ? "" : "s") of" } ?? "one step from") the set).")
        }
        for (label, baseline) in [("degree", players.byDegree), ("betweenness", players.byBetweenness)] {
            let same = baseline.set == players.set
            let subject = "The \(options.size == 1 ? "actor" : "\(options.size) actors") of highest \(label) (\(names(baseline.set)))"
            sentences.append(same
                ? "\(subject) \(options.size == 1 ? "is" : "are") the same set."
                : "\(subject) score \(shown(baseline.score)).")
        }
        let random = options.restarts - 1
        sentences.append("Best of \(options.restarts) start\(options.restarts == 1 ? "" : "s") (a greedy one\(random > 0 ? " and \(random) random, seed \(options.seed)" : ""), each improved by swaps until none helps), \(players.evaluations) sets scored; like Borgatti's KeyPlayer, a search, not a proof that no better set exists.")
        return sentences
    }

    // MARK: JSON

    /// The report as JSON: the goal, the set and its score, the baseline scores and their
    /// sets, the search's parameters, the sentences and notes, with the schema version and
    /// `provenance`. Its schema is `docs/schemas/keyplayers.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: O(*k*) for a set of *k* actors.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(Document(self), provenance: provenance)
    }

    private struct Member: Encodable {
        var id: String
        var name: String
        var group: String
    }

    private struct Document: Encodable {
        var title: String
        var time: String
        var goal: String
        var size: Int
        var steps: Int?
        var restarts: Int
        var seed: UInt64
        var actorCount: Int
        var set: [Member]
        var score: Double
        var scoreWithoutRemoval: Double?
        var baseline: [String: Double]
        var baselineSets: [String: [String]]
        var evaluations: Int
        var summary: [String]
        var notes: [String]

        enum CodingKeys: String, CodingKey {
            case title, time, goal, size, steps, restarts, seed, set, score, baseline, evaluations, summary, notes
            case actorCount = "actor_count", scoreWithoutRemoval = "score_without_removal", baselineSets = "baseline_sets"
        }

        init(_ report: KeyPlayersReport) {
            let players = report.players, snapshot = report.snapshot, dataset = snapshot.dataset
            func id(_ node: Int) -> String { dataset.actors[snapshot.actorIndices[node]].id }
            title = dataset.title
            time = snapshot.time.description
            goal = players.options.goal.rawValue
            size = players.options.size
            steps = players.options.steps
            restarts = players.options.restarts
            seed = players.options.seed
            actorCount = snapshot.actorIndices.count
            set = players.set.map { node in
                let index = snapshot.actorIndices[node]
                return Member(id: dataset.actors[index].id, name: dataset.actors[index].name, group: dataset.group(ofActorAt: index).id)
            }
            score = players.score
            scoreWithoutRemoval = players.scoreWithoutRemoval
            baseline = ["degree": players.byDegree.score, "betweenness": players.byBetweenness.score]
            baselineSets = ["degree": players.byDegree.set.map(id), "betweenness": players.byBetweenness.set.map(id)]
            evaluations = players.evaluations
            summary = report.summary()
            notes = []
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(time, forKey: .time)
            try container.encode(goal, forKey: .goal)
            try container.encode(size, forKey: .size)
            // Written as null rather than left out, so every document has the same keys.
            try container.encode(steps, forKey: .steps)
            try container.encode(restarts, forKey: .restarts)
            try container.encode(seed, forKey: .seed)
            try container.encode(actorCount, forKey: .actorCount)
            try container.encode(set, forKey: .set)
            try container.encode(score, forKey: .score)
            try container.encode(scoreWithoutRemoval, forKey: .scoreWithoutRemoval)
            try container.encode(baseline, forKey: .baseline)
            try container.encode(baselineSets, forKey: .baselineSets)
            try container.encode(evaluations, forKey: .evaluations)
            try container.encode(summary, forKey: .summary)
            try container.encode(notes, forKey: .notes)
        }
    }

    // MARK: Text and Markdown

    /// The report for a terminal: the sentences, the set, and the sets compared. Every
    /// name is escaped for a terminal.
    ///
    /// - Returns: The lines of the report, without a final line break.
    /// - Complexity: O(*k*) for a set of *k* actors.
    public func text() -> String { sections(markdown: false) }

    /// The report as Markdown, with the same sections as ``text()`` and every name escaped
    /// for Markdown.
    ///
    /// - Returns: The Markdown, without a final line break.
    /// - Complexity: O(*k*) for a set of *k* actors.
    public func markdown() -> String { sections(markdown: true) }

    private func sections(markdown: Bool) -> String {
        let dataset = snapshot.dataset
        let goal = players.options.goal == .fragment ? "who holds the map together" : "who reaches the rest best"
        func heading(_ text: String) -> String { markdown ? "## \(text)" : text.uppercased() }
        func line(_ text: String) -> String { markdown ? MarkupText.markdown(text) : TerminalText.escaped(text) }
        func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
            if markdown {
                let align = headers.indices.map { numeric.contains($0) ? "--:" : "---" }
                return ([headers, align] + rows.map { $0.map(MarkupText.markdown) })
                    .map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
            }
            var text = TextTable(headers.indices.map { (headers[$0], numeric.contains($0) ? .right : .left) })
            rows.forEach { text.append($0) }
            // The sets compared are read whole, their names side by side.
            return text.render(maximumWidth: 120)
        }
        var out: [String] = []
        out.append(markdown
            ? "# \(MarkupText.markdown(dataset.title)): key players, \(snapshot.time)"
            : "\(TerminalText.escaped(dataset.title))\nKey players in \(snapshot.time): \(goal), \(players.options.size) of \(snapshot.actorIndices.count) actors")
        out += ["", heading("Summary")]
        out += summary().map { markdown ? "- \(line($0))" : "• \(line($0))" }
        out += ["", heading("Key players")]
        out.append(table(["actor", "group"], players.set.map { node in
            let index = snapshot.actorIndices[node]
            return [dataset.actors[index].name, dataset.group(ofActorAt: index).label]
        }, numeric: []))
        out += ["", heading("Sets compared")]
        out.append(table(["chosen by", "score", "actors"], [
            ["this search", shown(players.score), names(players.set)],
            ["highest degree", shown(players.byDegree.score), names(players.byDegree.set)],
            ["highest betweenness", shown(players.byBetweenness.score), names(players.byBetweenness.set)],
        ], numeric: [1]))
        return out.joined(separator: "\n")
    }
}
