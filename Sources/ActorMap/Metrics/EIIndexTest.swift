/// Whether ties run across sides more (or less) than chance would have them: the E-I index
/// of a map against the E-I indices of the same map with its actors' sides shuffled.
///
/// As UCINET's E-I index permutation test: the sides (group or kind) are permuted among the
/// actors, keeping how many actors each side has, the index is computed for each
/// permutation, and the observed index is compared with that distribution. `expected` is
/// the mean of the permuted indices; `p_greater_or_equal` the share of permutations whose
/// index is at least the observed one, `p_less_or_equal` the share at most it. A positive
/// index with a small `p_greater_or_equal` says ties cross sides more than the sides' sizes
/// alone would give.
///
/// Krackhardt, D. & Stern, R. N. (1988). "Informal networks and organizational crises: an
/// experimental simulation". *Social Psychology Quarterly* 51(2): 123–140. Borgatti, S. P.,
/// Everett, M. G. & Freeman, L. C. (2002). *UCINET for Windows*, Network > Cohesion > E-I Index.
public struct EIIndexTest: Sendable, Hashable, Encodable {
    /// The map's E-I index (``Projection/eiIndex()``).
    public let observed: Double
    /// The mean E-I index over the permutations.
    public let expected: Double
    /// The share of permutations whose index is at least the observed one.
    public let pGreaterOrEqual: Double
    /// The share of permutations whose index is at most the observed one.
    public let pLessOrEqual: Double
    /// The number of permutations drawn.
    public let permutations: Int
    /// The seed of the permutations (SplitMix64), so that the p-values repeat.
    public let seed: UInt64

    enum CodingKeys: String, CodingKey {
        case observed, expected, permutations, seed
        case pGreaterOrEqual = "p_greater_or_equal", pLessOrEqual = "p_less_or_equal"
    }

    /// Tests the E-I index of a projection over its ``Projection/groupIndices``.
    ///
    /// - Parameters:
    ///   - projection: The map, with the sides to test as its groups.
    ///   - permutations: How many permutations of the sides to draw; at least 1.
    ///   - seed: The seed of the permutations.
    /// - Returns: The test, or `nil` when the map has no ties, so no index.
    /// - Complexity: O((*n* + *m*) · *p*) for *p* permutations.
    public init?(_ projection: Projection, permutations: Int, seed: UInt64) {
        guard permutations > 0, let observed = projection.eiIndex() else { return nil }
        self.observed = observed
        self.permutations = permutations
        self.seed = seed
        var generator = SplitMix64(seed: seed)
        let sides = projection.groupIndices
        let tolerance = 1e-12
        var total = 0.0, atLeast = 0, atMost = 0
        for _ in 0..<permutations {
            let order = generator.permutation(of: sides.count)
            let value = projection.regrouped(by: order.map { sides[$0] }).eiIndex()!
            total += value
            if value >= observed - tolerance { atLeast += 1 }
            if value <= observed + tolerance { atMost += 1 }
        }
        expected = total / Double(permutations)
        pGreaterOrEqual = Double(atLeast) / Double(permutations)
        pLessOrEqual = Double(atMost) / Double(permutations)
    }

    /// Tests the E-I index of a measured moment over the sides its options name (group or kind).
    ///
    /// - Parameters:
    ///   - table: The moment, measured.
    ///   - permutations: How many permutations of the sides to draw; at least 1.
    ///   - seed: The seed of the permutations.
    /// - Returns: The test, or `nil` when the map has no ties.
    /// - Complexity: O((*n* + *m*) · *p*) for *p* permutations.
    public init?(_ table: MetricsTable, permutations: Int, seed: UInt64) {
        let projection = table.options.sides == .group
            ? table.projection
            : table.projection.regrouped(by: table.projection.actorIndices.map { table.snapshot.dataset.actorKindIndices[$0] })
        self.init(projection, permutations: permutations, seed: seed)
    }

    /// The result in a sentence: "The E-I index is 0.40 against 0.12 expected with sides
    /// shuffled; 3 of 5000 permutations were as high (p = 0.0006)."
    public var sentence: String {
        let direction = observed >= expected ? "high" : "low"
        let p = observed >= expected ? pGreaterOrEqual : pLessOrEqual
        let chance = p == 0
            ? "none of \(permutations) shufflings of the sides among the actors gave one as \(direction)"
            : "p = \(String(format: "%.3f", p)) that shuffling the sides among the actors gives one as \(direction) (\(permutations) permutations)"
        return "The E-I index is \(twoDecimals(observed)), against \(twoDecimals(expected)) expected; \(chance)."
    }
}
