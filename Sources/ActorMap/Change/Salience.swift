import Foundation

/// Perceived against structural power at one moment: each actor's rating (an attribute
/// such as Net-Map's `influence`) beside a measure of its position in the ties (such as
/// PageRank), both ranked, the gap between the ranks, and how well the two orders agree.
///
/// Ranks follow ``Ranking/competition(_:)``: 1 for the highest value, tied actors sharing
/// the best rank (1, 2, 2, 4). The gap is `ratingRank − measureRank`: positive when
/// informants rate an actor lower than its structural position (under-rated), negative
/// when they rate it higher (over-rated). Spearman's ρ and Kendall's τ-b are computed on
/// the values themselves as scipy's `spearmanr` and `kendalltau` compute them, ties given
/// their average rank (``RankCorrelation``).
///
/// Only actors on the map with both a rating and a value of the measure are ranked; the
/// others are listed in ``unrated`` and ``unmeasured``.
///
/// ```swift
/// let table = MetricsTable(Snapshot(dataset, at: .year(2019)), measures: [.pagerank], mapFigures: [])
/// let salience = try Salience(table, rating: "influence", measure: .pagerank)
/// salience.sentences.forEach { print($0) }
/// ```
public struct Salience: Sendable {
    /// One actor's rating and measure, and their ranks.
    public struct Row: Sendable, Hashable {
        /// The actor's id.
        public var id: String
        /// The actor's name.
        public var name: String
        /// The id of the actor's group.
        public var group: String
        /// The actor's rating.
        public var rating: Double
        /// Its rank by rating among the ranked actors, 1 for the highest.
        public var ratingRank: Int
        /// Its value of the measure.
        public var measure: Double
        /// Its rank by the measure among the ranked actors, 1 for the highest.
        public var measureRank: Int

        /// `ratingRank − measureRank`: positive when rated lower than its structural
        /// position, negative when rated higher.
        public var gap: Int { ratingRank - measureRank }
    }

    /// The attribute the ratings are, such as `influence`.
    public let rating: String
    /// The measure of structural position.
    public let measure: Measure
    /// The moment compared.
    public let time: TimeSelection
    /// The ranked actors, by rating rank, then measure rank, then name.
    public let rows: [Row]
    /// Actors on the map with no rating, by name: left out.
    public let unrated: [Actor]
    /// Rated actors on the map whose measure is undefined (constraint of an isolate), by
    /// name: left out.
    public let unmeasured: [Actor]
    /// Spearman's ρ between the ratings and the measure over ``rows``; `nil` when fewer
    /// than two actors are ranked or either side is the same for all.
    public let spearmanRho: Double?
    /// Kendall's τ-b between the ratings and the measure over ``rows``; `nil` as for ρ.
    public let kendallTau: Double?

    /// Compares the ratings `rating` with `measure` at the moment of `table`.
    ///
    /// - Parameters:
    ///   - table: The measured moment; it must hold `measure`.
    ///   - rating: A numeric attribute of the actors, read through
    ///     ``Snapshot/number(_:ofActorAt:)``.
    ///   - measure: The measure of structural position.
    /// - Throws: ``SalienceError`` when the attribute is recorded for no actor of the map or
    ///   is not a number, or when the measure is undefined at this moment.
    /// - Complexity: O(*n* log *n*) for *n* actors, beside the check of the attribute over
    ///   the whole map, O(*a*).
    public init(_ table: MetricsTable, rating: String, measure: Measure) throws(SalienceError) {
        let snapshot = table.snapshot
        try ActorScale.attribute(rating).check(in: snapshot.dataset)
        if let undefined = table.undefined[measure] { throw .undefinedMeasure(measure, reason: undefined.reason) }
        precondition(table.measures.contains(measure), "the table must hold \(measure.name)")
        self.rating = rating
        self.measure = measure
        time = snapshot.time

        let dataset = snapshot.dataset
        var ranked: [(index: Int, rating: Double, measure: Double)] = []
        var unrated: [Actor] = [], unmeasured: [Actor] = []
        for (position, index) in snapshot.actorIndices.enumerated() {
            guard let value = snapshot.number(rating, ofActorAt: index) else {
                unrated.append(dataset.actors[index])
                continue
            }
            guard let structural = table.value(measure, node: position), structural.isFinite else {
                unmeasured.append(dataset.actors[index])
                continue
            }
            ranked.append((index, value, structural))
        }
        let ratingRanks = Ranking.competition(ranked.map(\.rating))
        let measureRanks = Ranking.competition(ranked.map(\.measure))
        rows = ranked.indices.map { i in
            let actor = dataset.actors[ranked[i].index]
            return Row(id: actor.id, name: actor.name, group: dataset.group(ofActorAt: ranked[i].index).id,
                       rating: ranked[i].rating, ratingRank: ratingRanks[i]!,
                       measure: ranked[i].measure, measureRank: measureRanks[i]!)
        }
        .sorted { (a: Row, b: Row) -> Bool in
            if a.ratingRank != b.ratingRank { return a.ratingRank < b.ratingRank }
            if a.measureRank != b.measureRank { return a.measureRank < b.measureRank }
            return Self.byName(a.name, b.name)
        }
        self.unrated = unrated.sorted { Self.byName($0.name, $1.name) }
        self.unmeasured = unmeasured.sorted { Self.byName($0.name, $1.name) }
        spearmanRho = RankCorrelation.spearmanRho(ranked.map(\.rating), ranked.map(\.measure))
        kendallTau = RankCorrelation.kendallTau(ranked.map(\.rating), ranked.map(\.measure))
    }

    private static func byName(_ a: String, _ b: String) -> Bool {
        a.localizedStandardCompare(b) == .orderedAscending
    }

    /// The actors whose gap is the largest of its sign, or none when no gap has that sign.
    ///
    /// - Parameter underRated: `true` for the largest positive gap (rated lowest against
    ///   structure), `false` for the most negative.
    /// - Returns: Every actor with that gap, in the order of ``rows``.
    /// - Complexity: O(*n*).
    public func extremes(underRated: Bool) -> [Row] {
        let gaps = rows.map { underRated ? $0.gap : -$0.gap }
        guard let largest = gaps.max(), largest > 0 else { return [] }
        return rows.filter { (underRated ? $0.gap : -$0.gap) == largest }
    }

    /// What the comparison says, in sentences: how many actors are ranked, the two
    /// correlations, the most under- and over-rated actors (or that ranks agree), and who
    /// is left out. A sentence says "most" only of an actor that stands out from another.
    ///
    /// - Complexity: O(*n*).
    public var sentences: [String] {
        let ratingName = rating, measureName = measure.title
        var lines: [String] = []
        if rows.isEmpty {
            lines.append("No actor on the map at \(time) is both rated for \(ratingName) and measured by \(measureName), so nothing is compared.")
        } else {
            lines.append("\(count(rows.count, "actor")) at \(time) \(rows.count == 1 ? "is" : "are") rated for \(ratingName) and measured by \(measureName).")
            if let spearmanRho, let kendallTau {
                lines.append("Between \(ratingName) and \(measureName), Spearman's ρ is \(Self.figure(spearmanRho)) and Kendall's τ-b \(Self.figure(kendallTau)) (1: the same order; 0: unrelated; −1: the reverse).")
            } else {
                lines.append("Spearman's ρ and Kendall's τ-b are undefined: \(undefinedReason).")
            }
            if rows.count > 1 {
                if rows.allSatisfy({ $0.gap == 0 }) {
                    lines.append("Every actor holds the same rank by \(ratingName) as by \(measureName).")
                } else {
                    lines.append(extremeSentence(underRated: true))
                    lines.append(extremeSentence(underRated: false))
                }
            }
        }
        if !unrated.isEmpty {
            lines.append("\(count(unrated.count, "actor")) on the map \(unrated.count == 1 ? "has" : "have") no \(ratingName) rating and \(unrated.count == 1 ? "is" : "are") left out: \(Self.names(unrated.map(\.name))).")
        }
        if !unmeasured.isEmpty {
            lines.append("\(count(unmeasured.count, "rated actor")) \(unmeasured.count == 1 ? "has" : "have") no \(measureName) value at \(time) and \(unmeasured.count == 1 ? "is" : "are") left out: \(Self.names(unmeasured.map(\.name))).")
        }
        return lines
    }

    private var undefinedReason: String {
        if rows.count < 2 { return "they need at least two ranked actors" }
        if Set(rows.map(\.rating)).count == 1 { return "every ranked actor has the same \(rating)" }
        return "every ranked actor has the same \(measure.title)"
    }

    private func extremeSentence(underRated: Bool) -> String {
        let ratingName = rating, measureName = measure.title
        let found = extremes(underRated: underRated)
        let side = underRated ? "lower" : "higher"
        guard let first = found.first else {
            return "No actor is ranked \(side) by \(ratingName) than by \(measureName)."
        }
        let sameSign = rows.filter { underRated ? $0.gap > 0 : $0.gap < 0 }.count
        let places = abs(first.gap)
        func detail(_ row: Row) -> String {
            "\(row.name) (\(Self.ordinal(row.ratingRank, among: rows.map(\.ratingRank))) by \(ratingName), \(Self.ordinal(row.measureRank, among: rows.map(\.measureRank))) by \(measureName))"
        }
        let who = Self.names(found.map(detail))
        let word = underRated ? "under-rated" : "over-rated"
        let placesText = "\(places) place\(places == 1 ? "" : "s")"
        if sameSign == found.count {
            // Nobody else is ranked that way, so nobody is "most".
            return found.count == 1
                ? "Only one actor is ranked \(side) by \(ratingName) than by \(measureName), by \(placesText): \(who)."
                : "Only these actors are ranked \(side) by \(ratingName) than by \(measureName), each by \(placesText): \(who)."
        }
        let lead = found.count == 1 ? "Most \(word)" : "Most \(word), each by \(placesText)"
        return found.count == 1
            ? "\(lead), by \(placesText): \(who)."
            : "\(lead): \(who)."
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// `3rd`, or `joint 3rd` when another actor holds the same rank.
    static func ordinal(_ rank: Int, among ranks: [Int]) -> String {
        let suffix = switch (rank % 100, rank % 10) {
        case (11...13, _): "th"
        case (_, 1): "st"
        case (_, 2): "nd"
        case (_, 3): "rd"
        default: "th"
        }
        return (ranks.filter { $0 == rank }.count > 1 ? "joint " : "") + "\(rank)\(suffix)"
    }

    /// Names in a sentence: `A`, `A and B`, `A, B and C`, or the first five and how many more.
    static func names(_ names: [String]) -> String {
        let shown = names.count > 6 ? Array(names.prefix(5)) + ["\(names.count - 5) more"] : names
        guard shown.count > 1 else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " and " + shown.last!
    }

    /// A correlation to two decimals, with a true minus sign.
    static func figure(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        return text == "-0.00" ? "0.00" : text.replacingOccurrences(of: "-", with: "−")
    }
}
