extension Snapshot {
    /// The number of distinct actors each actor has ties of positive sign with, and of
    /// negative sign with.
    ///
    /// Every relationship active in the snapshot counts, in either direction, whatever a
    /// projection would keep; a type of sign 0 counts in neither. A pair tied both ways (an
    /// MoU and a dispute) counts once in each. These are the positive and negative degrees
    /// of a signed graph, as R's `signnet::degree_signed(g, type = "pos")` and
    /// `type = "neg"` count them.
    ///
    /// - Returns: Two counts per actor, in the snapshot's actor order.
    /// - Complexity: O(*r* log *r*) for *r* relationships.
    public func signedDegrees() -> (positive: [Int], negative: [Int]) {
        var positive = [Int](repeating: 0, count: actorIndices.count)
        var negative = [Int](repeating: 0, count: actorIndices.count)
        for pair in signedPairs() {
            if pair.hasPositive {
                positive[pair.low] += 1
                positive[pair.high] += 1
            }
            if pair.hasNegative {
                negative[pair.low] += 1
                negative[pair.high] += 1
            }
        }
        return (positive, negative)
    }
}
