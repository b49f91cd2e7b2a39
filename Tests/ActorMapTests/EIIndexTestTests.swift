import Testing
@testable import ActorMap

/// The E-I permutation test against the exact distribution over every way of dealing the
/// sides, from `Fixtures/ei-permutation.py` (output in `Fixtures/ei-permutation.txt`).
@Suite struct EIIndexTestTests {
    /// Six actors, sides {0, 1, 2} and {3, 4, 5}; ties 0–1, 1–2, 0–3, 2–4, 4–5: two across,
    /// three within, E-I = −0.2.
    let projection = Projection(
        nodeCount: 6,
        arcs: [(0, 1), (1, 2), (0, 3), (2, 4), (4, 5)].flatMap { [Projection.Arc(from: $0, to: $1), Projection.Arc(from: $1, to: $0)] },
        directed: false, weighted: false, groupIndices: [0, 0, 0, 1, 1, 1])

    @Test func againstTheExactDistribution() throws {
        let count = 5000
        let test = try #require(EIIndexTest(projection, permutations: count, seed: 11))
        #expect(test.observed == -0.2)
        // Exact: expected 0.2 (also 2·P(a tie crosses) − 1 = 2·(1 − 12/30) − 1), P(≥) = 9/10,
        // P(≤) = 3/10. Four standard errors of 5000 draws.
        func tolerance(_ p: Double) -> Double { 4 * (p * (1 - p) / Double(count)).squareRoot() }
        #expect(abs(test.expected - 0.2) < 0.02)
        #expect(abs(test.pGreaterOrEqual - 0.9) < tolerance(0.9))
        #expect(abs(test.pLessOrEqual - 0.3) < tolerance(0.3))
        #expect(test.sentence.contains("−0.20") || test.sentence.contains("-0.20"))
    }

    @Test func aMapWithoutTiesHasNothingToTest() {
        let empty = Projection(nodeCount: 3, arcs: [], directed: false, weighted: false, groupIndices: [0, 1, 1])
        #expect(EIIndexTest(empty, permutations: 10, seed: 0) == nil)
    }

    @Test func theSameSeedRepeats() throws {
        #expect(EIIndexTest(projection, permutations: 200, seed: 5) == EIIndexTest(projection, permutations: 200, seed: 5))
    }
}
