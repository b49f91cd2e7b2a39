/// The sources each tie of one moment cites: what a formed, dissolved or retyped tie rests on.
///
/// A tie (``TieKey``) can merge several relationships, such as two MoUs between the same
/// pair in the same year; its sources are theirs together, each once, in the order the map
/// lists them.
public struct TieSources: Sendable {
    private struct Pair: Hashable {
        var first: Int
        var second: Int
    }

    private var byTie: [TieKey: [String]] = [:]
    private var byPair: [Pair: [String]] = [:]

    /// The sources of every tie on the map at one moment.
    ///
    /// - Parameters:
    ///   - snapshot: The map at one moment.
    ///   - evidence: Which relationships count by their evidence; every one by default.
    /// - Complexity: O(*r* · *k*) for *r* relationships on the map citing up to *k* sources.
    public init(_ snapshot: Snapshot, admitting evidence: EvidenceFilter = EvidenceFilter()) {
        let dataset = snapshot.dataset
        for index in snapshot.relationshipIndices(admitting: evidence) {
            let sources = dataset.relationships[index].sources
            guard !sources.isEmpty else { continue }
            let ends = dataset.relationshipEnds[index]
            let directed = dataset.vocabulary.relationshipTypes[ends.type].directed
            let low = min(ends.from, ends.to), high = max(ends.from, ends.to)
            let key = directed ? TieKey(type: ends.type, from: ends.from, to: ends.to) : TieKey(type: ends.type, from: low, to: high)
            Self.add(sources, to: &byTie[key, default: []])
            Self.add(sources, to: &byPair[Pair(first: low, second: high), default: []])
        }
    }

    private static func add(_ sources: [String], to list: inout [String]) {
        for source in sources where !list.contains(source) { list.append(source) }
    }

    /// The sources of one tie.
    ///
    /// - Parameter tie: A tie on the map at this moment.
    /// - Returns: The ids of its sources, each once; empty when it cites none or is not on the map.
    /// - Complexity: O(1) on average.
    public func sources(of tie: TieKey) -> [String] { byTie[tie] ?? [] }

    /// The sources of every tie between two actors, whatever its type.
    ///
    /// - Parameters:
    ///   - actor: One actor, by index into the dataset's actors.
    ///   - other: The other.
    /// - Returns: The ids of the sources, each once.
    /// - Complexity: O(1) on average.
    public func sources(between actor: Int, and other: Int) -> [String] {
        byPair[Pair(first: min(actor, other), second: max(actor, other))] ?? []
    }
}
