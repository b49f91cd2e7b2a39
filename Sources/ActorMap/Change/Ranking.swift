/// Ranks as analysts read them: 1 for the highest value, tied actors sharing the best
/// rank ("1, 2, 2, 4"), undefined values unranked.
///
/// Two values are the same figure when they differ by no more than a relative 10⁻⁹ (or
/// both lie within 10⁻¹² of zero): what floating-point rounding leaves between values that
/// are equal on paper. Ties in rank and "has not moved" both follow this one rule.
public enum Ranking {
    /// The largest difference, relative to the larger value, that is still no difference.
    public static let relativeTolerance = 1e-9
    /// Values this close to zero are zero.
    public static let zeroTolerance = 1e-12

    /// Whether `a` and `b` are the same figure, up to rounding.
    ///
    /// - Parameters:
    ///   - a: One value.
    ///   - b: Another.
    /// - Returns: `true` when they differ by at most ``relativeTolerance`` of the larger,
    ///   or both lie within ``zeroTolerance`` of zero.
    public static func same(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= max(relativeTolerance * max(abs(a), abs(b)), zeroTolerance)
    }

    /// Competition ranks: each value's rank is one more than the number of values clearly
    /// above it, so values that are the same figure share a rank.
    ///
    /// - Parameter values: One value per actor; `nil` where undefined.
    /// - Returns: Each value's rank in the order of `values`, 1 for the highest
    ///   (`[1, 2, 2, 4]`); `nil` for an undefined value.
    /// - Complexity: O(*n* log *n*).
    public static func competition(_ values: [Double?]) -> [Int?] {
        let order = values.indices
            .filter { values[$0].map { !$0.isNaN } ?? false }
            .sorted { values[$0]! > values[$1]! }
        var ranks = [Int?](repeating: nil, count: values.count)
        // Compared with the first of its group, not its neighbour, so that a run of values
        // each a hair apart cannot chain into one tie.
        var leader = Double.nan, rank = 0
        for (position, index) in order.enumerated() {
            let value = values[index]!
            if leader.isNaN || !same(leader, value) {
                leader = value
                rank = position + 1
            }
            ranks[index] = rank
        }
        return ranks
    }
}
