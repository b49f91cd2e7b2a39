/// One of the six kinds of change that carry a map from one moment to the next.
public enum ShiftComponent: String, CaseIterable, Sendable, Hashable, Comparable {
    /// Actors on the map at the later moment only.
    case actorsEntered = "actors_entered"
    /// Actors on the map at the earlier moment only.
    case actorsLeft = "actors_left"
    /// Pairs of actors tied at the later moment only.
    case tiesFormed = "ties_formed"
    /// Pairs of actors tied at the earlier moment only.
    case tiesDissolved = "ties_dissolved"
    /// Pairs tied at both moments whose relationship types (or, for a directed type, its
    /// direction) changed: contention that became an MoU.
    case tiesRetyped = "ties_retyped"
    /// Ties of the same type between the same actors at both moments whose weight changed.
    case weightsChanged = "weights_changed"

    /// The component's name in JSON, such as `ties_formed`.
    public var name: String { rawValue }

    /// What the component is, as a sentence says where an amount came from: "from ties formed".
    public var phrase: String {
        switch self {
        case .actorsEntered: "actors that entered"
        case .actorsLeft: "actors that left"
        case .tiesFormed: "ties formed"
        case .tiesDissolved: "ties dissolved"
        case .tiesRetyped: "retyped ties"
        case .weightsChanged: "changed weights"
        }
    }

    /// A column heading for the component: "entered", "formed".
    public var shortLabel: String {
        switch self {
        case .actorsEntered: "entered"
        case .actorsLeft: "left"
        case .tiesFormed: "formed"
        case .tiesDissolved: "dissolved"
        case .tiesRetyped: "retyped"
        case .weightsChanged: "weights"
        }
    }

    public static func < (lhs: ShiftComponent, rhs: ShiftComponent) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Why power shifted: each actor's change in the measure, and each group's change in its
/// share of it, split between the six kinds of change that carry the map from one moment to
/// the other (``ShiftComponent``) by their Shapley values.
///
/// The maps in between are made by applying any subset of the components to the earlier
/// map: the actors that entered, or not; the ties formed, or not; and so on. A tie applies
/// only when both its actors are on the map: a tie formed with an actor that entered counts
/// in a map only when both the actors that entered and the ties formed are applied, so its
/// effect is shared between the two components. The measure is computed on every one of
/// the 2^*k* maps for the *k* components that changed anything, and each component's
/// contribution is its Shapley value (Shapley 1953): its marginal effect
/// v(S ∪ {i}) − v(S) averaged over every order in which the components could be applied,
///
///     φᵢ = Σ_{S ⊆ N∖{i}} |S|! (k − |S| − 1)! / k! · (v(S ∪ {i}) − v(S)).
///
/// The contributions of an actor add up to its change (to rounding), do not depend on an
/// order of application, and a component that changes nothing in the measure (weights in an
/// unweighted projection, a contention tie in a projection of cooperative ties) gets 0.
///
/// Shapley, L. S. (1953). "A value for n-person games". In *Contributions to the Theory of
/// Games II*, 307–317. Shorrocks, A. F. (2013). "Decomposition procedures for distributional
/// analysis: a unified framework based on the Shapley value". *Journal of Economic
/// Inequality* 11: 99–126.
public struct ShiftDecomposition: Sendable {
    /// The measure decomposed.
    public let measure: Measure
    /// How many actors or ties each component holds: the actors that entered and left, the
    /// pairs of actors whose ties formed, dissolved or changed type, the ties whose weight
    /// changed. A component that holds none is not applied and contributes 0.
    public let sizes: [ShiftComponent: Int]
    /// The actors that entered, as indices into the dataset's actors.
    public let entered: [Int]
    /// The actors that left, as indices into the dataset's actors.
    public let left: [Int]
    /// For each actor on the map at both moments whose measure is defined on every map in
    /// between, keyed by its index in the dataset's actors: each component's contribution to
    /// its change, every component present.
    public let actors: [Int: [ShiftComponent: Double]]
    /// For each group on the map at either moment whose share is defined on every map in
    /// between, keyed by its index in the vocabulary's groups: each component's
    /// contribution to the change in its share (a fraction, 0.01 is one point).
    public let groups: [Int: [ShiftComponent: Double]]
    /// The number of maps measured: 2^*k* for the *k* components that hold anything.
    public let mapsMeasured: Int

    /// Decomposes a shift.
    ///
    /// - Parameter shift: The change between two moments; its tables' options are used on
    ///   every map in between.
    /// - Complexity: 2^*k* ``MetricsTable``s of the one measure, *k* ≤ 6 the number of
    ///   components that hold anything, and O(*r* log *r*) to sort the ties.
    public init(_ shift: PowerShift) {
        let before = shift.before.snapshot, after = shift.after.snapshot
        let dataset = before.dataset
        let plan = Plan(before: before, after: after)
        measure = shift.measure
        sizes = plan.sizes
        entered = plan.entered
        left = plan.left
        let players = ShiftComponent.allCases.filter { (plan.sizes[$0] ?? 0) > 0 }
        let count = 1 << players.count
        mapsMeasured = count

        let stayers = Set(before.actorIndices).intersection(after.actorIndices).sorted()
        let groupIDs = shift.groupShares.map(\.group)
        var actorValues = [[Double]](repeating: [], count: stayers.count)
        var groupValues = [[Double]](repeating: [], count: groupIDs.count)
        for mask in 0..<count {
            let applied = Set(players.indices.filter { mask & (1 << $0) != 0 }.map { players[$0] })
            let table = MetricsTable(
                plan.snapshot(applying: applied, dataset: dataset, time: after.time),
                options: shift.before.options, measures: [shift.measure], mapFigures: [])
            for (slot, actor) in stayers.enumerated() {
                let node = table.snapshot.position(ofActorAt: actor)!
                actorValues[slot].append(table.value(shift.measure, node: node) ?? .nan)
            }
            let shares = table.groupShares(of: shift.measure)
            for (slot, group) in groupIDs.enumerated() {
                groupValues[slot].append(shares.map { $0[group] ?? 0 } ?? .nan)
            }
        }
        func contributions(_ values: [Double]) -> [ShiftComponent: Double]? {
            guard values.allSatisfy(\.isFinite) else { return nil }
            let shapley = Self.shapleyValues(values, players: players.count)
            var result = Dictionary(uniqueKeysWithValues: ShiftComponent.allCases.map { ($0, 0.0) })
            for (index, player) in players.enumerated() { result[player] = shapley[index] }
            return result
        }
        var actors: [Int: [ShiftComponent: Double]] = [:]
        for (slot, actor) in stayers.enumerated() { actors[actor] = contributions(actorValues[slot]) }
        self.actors = actors
        var groups: [Int: [ShiftComponent: Double]] = [:]
        for (slot, group) in groupIDs.enumerated() { groups[group] = contributions(groupValues[slot]) }
        self.groups = groups
    }

    /// The Shapley value of each of `players` players of a game given by its value on every
    /// coalition.
    ///
    /// - Parameters:
    ///   - values: The value of each coalition, indexed by the bit mask of its players
    ///     (bit *i* set when player *i* is in it); 2^`players` values.
    ///   - players: The number of players.
    /// - Returns: Each player's Shapley value; they add up to `values[all] − values[0]`,
    ///   to rounding.
    /// - Complexity: O(*k*·2^*k*) for *k* players.
    static func shapleyValues(_ values: [Double], players: Int) -> [Double] {
        precondition(values.count == 1 << players, "one value per coalition")
        // |S|! (k − |S| − 1)! / k!, by the size of S.
        func factorial(_ n: Int) -> Double { n < 2 ? 1 : (2...n).reduce(1.0) { $0 * Double($1) } }
        let weights = (0..<max(players, 1)).map { size in factorial(size) * factorial(players - size - 1) / factorial(players) }
        return (0..<players).map { player in
            let bit = 1 << player
            var total = 0.0
            for mask in 0..<values.count where mask & bit == 0 {
                total += weights[mask.nonzeroBitCount] * (values[mask | bit] - values[mask])
            }
            return total
        }
    }

    /// Which relationships make up the maps in between: each tie (type and pair of actors)
    /// with its relationships at each moment, sorted into the components it belongs to.
    private struct Plan {
        /// A tie's relationships at the earlier and the later moment; empty where absent.
        struct Tie {
            var before: [Int] = []
            var after: [Int] = []
            /// Whether the pair of actors is tied at both moments, in some type.
            var pairAtBoth = false
        }

        var actorsBefore: [Int]
        var entered: [Int]
        var left: [Int]
        var ties: [Tie]
        var sizes: [ShiftComponent: Int]

        init(before: Snapshot, after: Snapshot) {
            let dataset = before.dataset
            actorsBefore = before.actorIndices
            let onBefore = Set(before.actorIndices), onAfter = Set(after.actorIndices)
            entered = after.actorIndices.filter { !onBefore.contains($0) }
            left = before.actorIndices.filter { !onAfter.contains($0) }

            func key(_ index: Int) -> TieKey {
                let ends = dataset.relationshipEnds[index]
                return dataset.vocabulary.relationshipTypes[ends.type].directed
                    ? TieKey(type: ends.type, from: ends.from, to: ends.to)
                    : TieKey(type: ends.type, from: min(ends.from, ends.to), to: max(ends.from, ends.to))
            }
            var byKey: [TieKey: Tie] = [:]
            for index in before.relationshipIndices { byKey[key(index), default: Tie()].before.append(index) }
            for index in after.relationshipIndices { byKey[key(index), default: Tie()].after.append(index) }

            struct Pair: Hashable { var first: Int, second: Int }
            func pair(_ key: TieKey) -> Pair { Pair(first: min(key.from, key.to), second: max(key.from, key.to)) }
            var keysByPair: [Pair: (before: Set<TieKey>, after: Set<TieKey>)] = [:]
            for (key, tie) in byKey {
                if !tie.before.isEmpty { keysByPair[pair(key), default: ([], [])].before.insert(key) }
                if !tie.after.isEmpty { keysByPair[pair(key), default: ([], [])].after.insert(key) }
            }
            var sizes = Dictionary(uniqueKeysWithValues: ShiftComponent.allCases.map { ($0, 0) })
            sizes[.actorsEntered] = entered.count
            sizes[.actorsLeft] = left.count
            for keys in keysByPair.values {
                switch (keys.before.isEmpty, keys.after.isEmpty) {
                case (true, false): sizes[.tiesFormed]! += 1
                case (false, true): sizes[.tiesDissolved]! += 1
                default: if keys.before != keys.after { sizes[.tiesRetyped]! += 1 }
                }
            }
            ties = byKey.keys.sorted().map { key in
                var tie = byKey[key]!
                let keys = keysByPair[pair(key)]!
                tie.pairAtBoth = !keys.before.isEmpty && !keys.after.isEmpty
                if !tie.before.isEmpty, !tie.after.isEmpty, Self.weight(tie.before, dataset) != Self.weight(tie.after, dataset) {
                    sizes[.weightsChanged]! += 1
                }
                return tie
            }
            self.sizes = sizes
        }

        private static func weight(_ relationships: [Int], _ dataset: Dataset) -> Double {
            relationships.reduce(0) { $0 + dataset.relationships[$1].weight }
        }

        /// The earlier map with the `applied` components applied.
        func snapshot(applying applied: Set<ShiftComponent>, dataset: Dataset, time: TimeSelection) -> Snapshot {
            var actors = Set(actorsBefore)
            if applied.contains(.actorsEntered) { actors.formUnion(entered) }
            if applied.contains(.actorsLeft) { actors.subtract(left) }
            var relationships: [Int] = []
            for tie in ties {
                let chosen: [Int]
                switch (tie.before.isEmpty, tie.after.isEmpty) {
                case (false, false): chosen = applied.contains(.weightsChanged) ? tie.after : tie.before
                case (true, false):
                    chosen = applied.contains(tie.pairAtBoth ? .tiesRetyped : .tiesFormed) ? tie.after : []
                default:
                    chosen = applied.contains(tie.pairAtBoth ? .tiesRetyped : .tiesDissolved) ? [] : tie.before
                }
                // A tie applies only when both its actors are on the map.
                relationships += chosen.filter { index in
                    let ends = dataset.relationshipEnds[index]
                    return actors.contains(ends.from) && actors.contains(ends.to)
                }
            }
            return Snapshot(dataset, at: time, actorIndices: actors.sorted(), relationshipIndices: relationships.sorted())
        }
    }
}
