/// A tie as change over time counts it: a relationship type between two actors, the two in
/// sorted order when the type is undirected.
public struct TieKey: Hashable, Sendable, Comparable {
    /// Index into the vocabulary's relationship types.
    public var type: Int
    /// Index into the dataset's actors.
    public var from: Int
    /// Index into the dataset's actors.
    public var to: Int

    public static func < (lhs: TieKey, rhs: TieKey) -> Bool {
        (lhs.type, lhs.from, lhs.to) < (rhs.type, rhs.from, rhs.to)
    }
}

/// Which ties formed, dissolved and persisted between two snapshots.
///
/// Every relationship active in a snapshot counts, whatever its sign (contention included)
/// and whatever projection the measures use. Relationships with the same type and actors
/// are one tie.
public struct TieChange: Sendable, Hashable {
    /// Ties present at the second moment only: formed.
    public var added: [TieKey]
    /// Ties present at the first moment only: dissolved.
    public var removed: [TieKey]
    /// Ties present at both moments.
    public var persisted: [TieKey]

    /// Compares the ties of `before` and `after`, two snapshots of the same dataset.
    ///
    /// - Parameters:
    ///   - before: The first moment.
    ///   - after: The second moment.
    ///   - evidence: Which relationships count by their evidence; every one by default.
    /// - Complexity: O(*r* log *r*) for *r* relationships in the two snapshots.
    public init(from before: Snapshot, to after: Snapshot, admitting evidence: EvidenceFilter = EvidenceFilter()) {
        let old = Self.ties(of: before, admitting: evidence), new = Self.ties(of: after, admitting: evidence)
        added = new.subtracting(old).sorted()
        removed = old.subtracting(new).sorted()
        persisted = old.intersection(new).sorted()
    }

    init(added: [TieKey], removed: [TieKey], persisted: [TieKey]) {
        self.added = added
        self.removed = removed
        self.persisted = persisted
    }

    /// The ties of a snapshot as a set of keys.
    ///
    /// - Parameters:
    ///   - snapshot: The map at one moment.
    ///   - evidence: Which relationships count by their evidence; every one by default.
    /// - Returns: One key per type and pair of actors with a relationship active then.
    /// - Complexity: O(*r*) on average for *r* relationships in the snapshot.
    public static func ties(of snapshot: Snapshot, admitting evidence: EvidenceFilter = EvidenceFilter()) -> Set<TieKey> {
        let dataset = snapshot.dataset
        var ties = Set<TieKey>(minimumCapacity: snapshot.relationshipIndices.count)
        for index in snapshot.relationshipIndices(admitting: evidence) {
            let ends = dataset.relationshipEnds[index]
            if dataset.vocabulary.relationshipTypes[ends.type].directed {
                ties.insert(TieKey(type: ends.type, from: ends.from, to: ends.to))
            } else {
                ties.insert(TieKey(type: ends.type, from: min(ends.from, ends.to), to: max(ends.from, ends.to)))
            }
        }
        return ties
    }

    /// Ties present at either moment.
    public var unionCount: Int { added.count + removed.count + persisted.count }

    /// The share of all ties present at either moment that are present at both:
    /// |before ∩ after| / |before ∪ after|; `nil` when neither has a tie.
    public var jaccard: Double? {
        unionCount > 0 ? Double(persisted.count) / Double(unionCount) : nil
    }

    /// The number of ties that changed: formed or dissolved.
    public var hamming: Int { added.count + removed.count }

    /// The same comparison restricted to one relationship type.
    ///
    /// - Parameter type: An index into the vocabulary's relationship types.
    /// - Returns: The ties of that type formed, dissolved and persisted.
    public func restricted(toType type: Int) -> TieChange {
        TieChange(
            added: added.filter { $0.type == type }, removed: removed.filter { $0.type == type },
            persisted: persisted.filter { $0.type == type })
    }
}

/// A pair of actors tied at both moments whose ties changed type: contention that became
/// an MoU, funding that ended while collaboration went on.
public struct TieTransition: Sendable, Hashable {
    /// Indices into the dataset's actors, the smaller first.
    public var actors: (Int, Int)
    /// The relationship types between them before and after, as vocabulary indices, sorted.
    public var before: [Int]
    /// The relationship types between them at the second moment, as ``before``.
    public var after: [Int]

    public static func == (lhs: TieTransition, rhs: TieTransition) -> Bool {
        lhs.actors == rhs.actors && lhs.before == rhs.before && lhs.after == rhs.after
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(actors.0)
        hasher.combine(actors.1)
        hasher.combine(before)
        hasher.combine(after)
    }

    /// The pairs tied at both moments whose set of relationship types differs.
    ///
    /// - Parameters:
    ///   - before: The first moment.
    ///   - after: The second moment, of the same dataset.
    ///   - evidence: Which relationships count by their evidence; every one by default.
    /// - Returns: The transitions, ordered by the pair of actors.
    /// - Complexity: O(*r* log *r*).
    public static func between(_ before: Snapshot, _ after: Snapshot, admitting evidence: EvidenceFilter = EvidenceFilter()) -> [TieTransition] {
        let old = typesByPair(before, evidence), new = typesByPair(after, evidence)
        return old.compactMap { pair, types -> TieTransition? in
            guard let later = new[pair], later != types else { return nil }
            return TieTransition(actors: (pair.first, pair.second), before: types, after: later)
        }
        .sorted { ($0.actors.0, $0.actors.1) < ($1.actors.0, $1.actors.1) }
    }

    private struct Pair: Hashable {
        var first: Int
        var second: Int
    }

    private static func typesByPair(_ snapshot: Snapshot, _ evidence: EvidenceFilter) -> [Pair: [Int]] {
        var types: [Pair: Set<Int>] = [:]
        for index in snapshot.relationshipIndices(admitting: evidence) {
            let ends = snapshot.dataset.relationshipEnds[index]
            types[Pair(first: min(ends.from, ends.to), second: max(ends.from, ends.to)), default: []].insert(ends.type)
        }
        return types.mapValues { $0.sorted() }
    }
}
