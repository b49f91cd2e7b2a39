import Foundation

/// How structural power moved between two moments of a map: who rose and who fell in one
/// measure, which ties formed, dissolved or changed type, how each side's share of power
/// and its concentration changed, and who took up or gave up brokerage roles.
public struct PowerShift: Sendable {
    /// One actor's measure at both moments.
    public struct ActorShift: Sendable, Hashable {
        /// Index into the dataset's actors.
        public var actor: Int
        /// The measure at the first moment; `nil` when the actor is not on the map then or
        /// the measure is undefined for it.
        public var before: Double?
        /// The measure at the second moment; `nil` when the actor is not on the map then or
        /// the measure is undefined for it.
        public var after: Double?
        /// Rank among the actors on the map, 1 for the highest; tied actors share the best rank.
        public var rankBefore: Int?
        /// Rank at the second moment, as ``rankBefore``.
        public var rankAfter: Int?
        /// Whether another actor shares the rank, at each moment.
        public var isTiedBefore = false
        /// Whether another actor shares ``rankAfter``.
        public var isTiedAfter = false

        /// `after − before`, for actors on the map at both moments with both values defined.
        public var change: Double? {
            guard let before, let after else { return nil }
            return after - before
        }

        /// How many places the actor climbed (positive) or dropped (negative). Others moving
        /// change it too: whether the actor itself moved is ``hasMoved``.
        public var rankChange: Int? {
            guard let rankBefore, let rankAfter else { return nil }
            return rankBefore - rankAfter
        }

        /// Whether the actor's own value changed, beyond rounding (``Ranking/same(_:_:)``).
        /// An actor whose value stayed put has not moved, whatever its rank did as others
        /// moved around it; zero to zero is no movement.
        public var hasMoved: Bool {
            guard let before, let after else { return false }
            return !Ranking.same(before, after)
        }
    }

    /// One group's share of the measure at both moments.
    public struct GroupShare: Sendable, Hashable {
        /// Index into the vocabulary's groups.
        public var group: Int
        /// The group's share of the measure's total at the first moment, from 0 to 1; `nil`
        /// where shares mean nothing (a measure with negative values, a total of zero).
        public var before: Double?
        /// The group's share at the second moment, as ``before``.
        public var after: Double?
        /// `after − before`: the share the group gained (positive) or lost (negative).
        public var shift: Double? {
            guard let before, let after else { return nil }
            return after - before
        }
    }

    /// How concentrated the measure is at one moment.
    public struct Concentration: Sendable, Hashable {
        /// Freeman centralisation: igraph's for degree, betweenness and closeness; for other
        /// measures Σ(max − cᵢ) / ((n − 1)·max), 0 when every actor has the same value and 1
        /// when one actor holds it all.
        public var centralization: Double?
        /// The Gini coefficient of the measure's values (``giniCoefficient(_:)``): 0 when
        /// every actor has the same, near 1 when one holds it all.
        public var gini: Double?
    }

    /// An actor whose Gould–Fernandez brokerage counts changed.
    public struct BrokerageChange: Sendable, Hashable {
        /// The actor's index in the dataset's actors.
        public var actor: Int
        /// The actor's roles at the first moment; all zero when it was not on the map.
        public var before: BrokerageCounts
        /// The actor's roles at the second moment; all zero when it is not on the map.
        public var after: BrokerageCounts
    }

    /// The measure of power compared.
    public let measure: Measure
    /// The first moment, measured.
    public let before: MetricsTable
    /// The second moment, measured on the same projection.
    public let after: MetricsTable
    /// Every actor on the map at either moment, in dataset order.
    public let actors: [ActorShift]
    /// Actors on the map at the second moment only, and at the first only.
    public let entered: [Int]
    /// Actors on the map at the first moment only, as indices into the dataset's actors.
    public let exited: [Int]
    /// The ties formed, dissolved and persisted, of every type.
    public let ties: TieChange
    /// The tie change for each relationship type present at either moment.
    public let tiesByType: [(type: Int, change: TieChange)]
    /// Kendall's τ-b between the two moments' values of the actors present at both with
    /// both defined; `nil` for fewer than two such actors or a constant ranking.
    public let kendallTau: Double?
    /// Spearman's ρ over the same actors as ``kendallTau``.
    public let spearmanRho: Double?
    /// Each group on the map at either moment, with its share of the measure at both.
    public let groupShares: [GroupShare]
    /// How concentrated the measure is at the first moment.
    public let concentrationBefore: Concentration
    /// How concentrated the measure is at the second moment.
    public let concentrationAfter: Concentration
    /// Pairs tied at both moments whose ties changed type, such as contention to an MoU.
    public let transitions: [TieTransition]
    /// Actors whose brokerage role counts differ between the moments, in dataset order.
    public let brokerageChanges: [BrokerageChange]

    /// Where each actor's and group's change came from, when asked for
    /// (``ShiftDecomposition``); `nil` otherwise.
    public var decomposition: ShiftDecomposition?
    /// The QAP correlation of the two moments' networks over the actors at both, when asked
    /// for (``GraphCorrelation``); `nil` otherwise.
    public var correlation: GraphCorrelation?
    /// The permutation test of the E-I index at each moment, when asked for; `nil`
    /// otherwise, or at a moment without ties.
    public var eiTests: (before: EIIndexTest?, after: EIIndexTest?)?

    /// Below this Jaccard index between the two moments, the maps are too unlike for
    /// models of network change that assume stability (Snijders et al. 2010).
    public static let stableJaccard = 0.3

    /// Compares two moments of a dataset.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - from: The earlier moment.
    ///   - to: The later moment.
    ///   - measure: The measure of power to compare; PageRank by default.
    ///   - options: The projection and parameters both moments are measured with.
    ///   - measures: The measures both tables compute; every one by default, and
    ///     ``measures(for:)`` for only what the shift reads.
    ///   - mapFigures: The figures of the whole map both tables compute; every one by
    ///     default, and ``mapFigures(for:)`` for only what the shift reads.
    /// - Complexity: that of two ``MetricsTable``s of `measures` and `mapFigures`, and
    ///   O(*r* log *r*) to compare their ties.
    public init(
        _ dataset: Dataset, from: TimeSelection, to: TimeSelection,
        measure: Measure = .pagerank, options: MetricOptions = MetricOptions(),
        measures: Set<Measure> = Set(Measure.allCases), mapFigures: Set<MapFigure> = GraphMetrics.allFigures
    ) {
        self.init(
            before: MetricsTable(Snapshot(dataset, at: from), options: options, measures: measures, mapFigures: mapFigures),
            after: MetricsTable(Snapshot(dataset, at: to), options: options, measures: measures, mapFigures: mapFigures),
            measure: measure)
    }

    /// The measures a shift in `measure` reads from its two tables: the measure itself and
    /// the five brokerage roles.
    ///
    /// - Parameter measure: The measure of power to compare.
    /// - Returns: The measures to ask each ``MetricsTable`` for.
    public static func measures(for measure: Measure) -> Set<Measure> {
        Set([measure] + BrokerageRole.allCases.map(\.measure))
    }

    /// The map figures a shift in `measure` reads from its two tables: the Freeman
    /// centralisation of degree, betweenness or closeness when `measure` is one of them,
    /// else none (the concentration of other measures is computed from their values).
    ///
    /// - Parameter measure: The measure of power compared.
    /// - Returns: The figures to ask both tables for, with ``measures(for:)``.
    /// - Complexity: O(1).
    public static func mapFigures(for measure: Measure) -> Set<MapFigure> {
        centralizationFigure(of: measure).map { [$0] } ?? []
    }

    /// The map figure that holds igraph's centralisation of `measure`, for the measures
    /// igraph has one of.
    private static func centralizationFigure(of measure: Measure) -> MapFigure? {
        switch measure {
        case .degree, .degreeCentrality: .degreeCentralization
        case .betweenness: .betweennessCentralization
        case .closeness: .closenessCentralization
        default: nil
        }
    }

    /// Compares two tables already measured, such as two years of a series; each needs at
    /// least ``measures(for:)`` of `measure`.
    ///
    /// - Parameters:
    ///   - before: The first moment, measured.
    ///   - after: The second moment, measured on the same projection and dataset.
    ///   - measure: The measure of power to compare.
    public init(before: MetricsTable, after: MetricsTable, measure: Measure) {
        self.measure = measure
        self.before = before
        self.after = after
        let dataset = before.snapshot.dataset
        let valuesBefore = Self.valuesByActor(before, measure), valuesAfter = Self.valuesByActor(after, measure)
        let ranksBefore = Self.ranks(valuesBefore), ranksAfter = Self.ranks(valuesAfter)
        let tiedBefore = Self.tiedRanks(ranksBefore), tiedAfter = Self.tiedRanks(ranksAfter)
        let present = Set(before.projection.actorIndices).union(after.projection.actorIndices).sorted()
        actors = present.map { actor in
            ActorShift(actor: actor, before: valuesBefore[actor], after: valuesAfter[actor],
                       rankBefore: ranksBefore[actor], rankAfter: ranksAfter[actor],
                       isTiedBefore: ranksBefore[actor].map(tiedBefore.contains) ?? false,
                       isTiedAfter: ranksAfter[actor].map(tiedAfter.contains) ?? false)
        }
        let onBefore = Set(before.projection.actorIndices), onAfter = Set(after.projection.actorIndices)
        entered = present.filter { !onBefore.contains($0) }
        exited = present.filter { !onAfter.contains($0) }

        // Ties the measures leave out for want of evidence are not formed or dissolved either.
        let evidence = before.options.projection.evidence
        let ties = TieChange(from: before.snapshot, to: after.snapshot, admitting: evidence)
        self.ties = ties
        let typesPresent = Set((ties.added + ties.removed + ties.persisted).map(\.type)).sorted()
        tiesByType = typesPresent.map { ($0, ties.restricted(toType: $0)) }

        let both = present.filter { valuesBefore[$0] != nil && valuesAfter[$0] != nil }
        let x = both.map { valuesBefore[$0]! }, y = both.map { valuesAfter[$0]! }
        kendallTau = RankCorrelation.kendallTau(x, y)
        spearmanRho = RankCorrelation.spearmanRho(x, y)

        let sharesBefore = before.groupShares(of: measure), sharesAfter = after.groupShares(of: measure)
        groupShares = dataset.vocabulary.groups.indices.compactMap { group in
            let share = GroupShare(group: group, before: sharesBefore.map { $0[group] ?? 0 }, after: sharesAfter.map { $0[group] ?? 0 })
            let onMap = [before, after].contains { $0.projection.groupIndices.contains(group) }
            return onMap ? share : nil
        }
        concentrationBefore = Self.concentration(before, measure)
        concentrationAfter = Self.concentration(after, measure)
        transitions = TieTransition.between(before.snapshot, after.snapshot, admitting: evidence)

        let rolesBefore = Self.roles(before), rolesAfter = Self.roles(after)
        brokerageChanges = present.compactMap { actor in
            let old = rolesBefore[actor] ?? .zero, new = rolesAfter[actor] ?? .zero
            return old == new ? nil : BrokerageChange(actor: actor, before: old, after: new)
        }
    }

    /// Whether the two maps are too unlike for their change to be read as gradual.
    public var isUnstable: Bool { (ties.jaccard ?? 1) < Self.stableJaccard }

    /// Cautions about the two moments, such as a year with almost no ties, to be shown
    /// before any finding.
    public var notes: [String] {
        [before.fewTiesNote, after.fewTiesNote, before.filterNote, after.filterNote].compactMap { $0 }
    }

    private static func valuesByActor(_ table: MetricsTable, _ measure: Measure) -> [Int: Double] {
        var values: [Int: Double] = [:]
        for node in 0..<table.projection.nodeCount {
            if let value = table.value(measure, node: node) { values[table.projection.actorIndices[node]] = value }
        }
        return values
    }

    private static func ranks(_ values: [Int: Double]) -> [Int: Int] {
        let actors = Array(values.keys)
        let ranks = Ranking.competition(actors.map { values[$0] })
        return Dictionary(uniqueKeysWithValues: zip(actors, ranks).map { ($0, $1!) })
    }

    /// The ranks more than one actor holds.
    private static func tiedRanks(_ ranks: [Int: Int]) -> Set<Int> {
        var counts: [Int: Int] = [:]
        for rank in ranks.values { counts[rank, default: 0] += 1 }
        return Set(counts.filter { $0.value > 1 }.keys)
    }

    private static func concentration(_ table: MetricsTable, _ measure: Measure) -> Concentration {
        let values = (table.columns[measure] ?? []).filter { !$0.isNaN }
        let centralization = if let figure = centralizationFigure(of: measure) {
            table.graph[figure]
        } else {
            Centralization.againstHighest(values)?.centralization
        }
        return Concentration(centralization: centralization, gini: giniCoefficient(values))
    }

    private static func roles(_ table: MetricsTable) -> [Int: BrokerageCounts] {
        var roles: [Int: BrokerageCounts] = [:]
        for row in table.rows { roles[row.datasetIndex] = row.brokerage ?? .zero }
        return roles
    }
}
