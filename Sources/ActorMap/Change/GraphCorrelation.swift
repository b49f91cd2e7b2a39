import Foundation

/// The correlation of two networks on the same actors, and how often networks of the same
/// shape with the actors shuffled correlate as much: the quadratic assignment procedure
/// (QAP), which asks whether two years' networks (or MoUs and funding in one year) are
/// alike beyond what their densities alone would give.
///
/// The correlation is Pearson's over the cells of the two adjacency matrices, the diagonal
/// excluded, as R's `sna::gcor(…, diag = FALSE)`: over every ordered pair of actors for a
/// directed projection, over every pair once for an undirected one (the two give the same
/// figure on a symmetric matrix). Cells hold the tie's weight in a weighted projection, 1
/// in an unweighted one, and 0 where there is no tie.
///
/// The test relabels the actors of the second network by a random permutation as many
/// times as asked and counts the correlations at least as high, and at most as high, as the
/// observed one, as `sna::qaptest(…, gcor, g1 = 1, g2 = 2)` does: `p_greater_or_equal` is
/// the share of permutations whose correlation is ≥ the observed one (equal up to a
/// relative 10⁻¹² of rounding counts as equal), `p_less_or_equal` the share ≤ it.
///
/// Krackhardt, D. (1987). "QAP partialling as a test of spuriousness". *Social Networks*
/// 9: 171–186. Butts, C. T. (2008). "Social network analysis with sna". *Journal of
/// Statistical Software* 24(6).
public struct GraphCorrelation: Sendable, Hashable {
    /// The number of actors both networks are compared over.
    public let actors: Int
    /// Pearson's correlation of the two adjacency matrices off the diagonal; `nil` when
    /// either matrix is constant (no ties, or every pair tied), where it is undefined.
    public let correlation: Double?
    /// The number of random relabellings drawn.
    public let permutations: Int
    /// The seed of the relabellings (SplitMix64), so that the p-values repeat.
    public let seed: UInt64
    /// The share of relabellings whose correlation is at least the observed one; `nil`
    /// with the correlation or without permutations.
    public let pGreaterOrEqual: Double?
    /// The share of relabellings whose correlation is at most the observed one.
    public let pLessOrEqual: Double?

    /// Correlates two projections of the same actors, node *v* of one being node *v* of the other.
    ///
    /// - Parameters:
    ///   - first: One network.
    ///   - second: The other, with as many nodes; its actors are the ones relabelled.
    ///   - permutations: How many random relabellings to draw; 0 for the correlation alone.
    ///   - seed: The seed of the relabellings.
    /// - Precondition: the two projections have the same number of nodes.
    /// - Complexity: O((*m*₁ log *d*₂) · (*p* + 1) + *n*·*p*) for *m*₁ ties of the first
    ///   network, largest degree *d*₂ of the second and *p* permutations.
    public init(_ first: Projection, _ second: Projection, permutations: Int, seed: UInt64) {
        precondition(first.nodeCount == second.nodeCount, "the two networks are on the same actors")
        let n = first.nodeCount
        actors = n
        self.permutations = permutations
        self.seed = seed
        let cells = Double(n) * Double(n - 1)
        func sums(_ graph: Projection) -> (sum: Double, squares: Double) {
            var sum = 0.0, squares = 0.0
            for weight in graph.outWeights {
                sum += weight
                squares += weight * weight
            }
            return (sum, squares)
        }
        let x = sums(first), y = sums(second)
        let spreadX = cells * x.squares - x.sum * x.sum, spreadY = cells * y.squares - y.sum * y.sum
        // Σ x_ij · y_{p(i) p(j)} over the ties of the first network.
        func products(_ relabel: [Int]?) -> Double {
            var total = 0.0
            for node in 0..<n {
                let mapped = relabel?[node] ?? node
                for arc in first.outOffsets[node]..<first.outOffsets[node + 1] {
                    let target = first.outTargets[arc]
                    if let weight = second.weight(from: mapped, to: relabel?[target] ?? target) {
                        total += first.outWeights[arc] * weight
                    }
                }
            }
            return total
        }
        guard n >= 2, spreadX > 0, spreadY > 0 else {
            correlation = nil
            pGreaterOrEqual = nil
            pLessOrEqual = nil
            return
        }
        let observed = products(nil)
        correlation = (cells * observed - x.sum * y.sum) / (spreadX.squareRoot() * spreadY.squareRoot())
        guard permutations > 0 else {
            pGreaterOrEqual = nil
            pLessOrEqual = nil
            return
        }
        // With the margins fixed, the correlation rises with Σxy alone, so the counts compare that.
        let tolerance = 1e-12 * max(1, abs(observed))
        var generator = SplitMix64(seed: seed)
        var atLeast = 0, atMost = 0
        for _ in 0..<permutations {
            let value = products(generator.permutation(of: n))
            if value >= observed - tolerance { atLeast += 1 }
            if value <= observed + tolerance { atMost += 1 }
        }
        pGreaterOrEqual = Double(atLeast) / Double(permutations)
        pLessOrEqual = Double(atMost) / Double(permutations)
    }

    /// Correlates the networks of two moments over the actors on the map at both.
    ///
    /// - Parameters:
    ///   - before: The earlier moment.
    ///   - after: The later moment, of the same dataset.
    ///   - options: The relationship types, direction and weighting of both networks.
    ///   - permutations: How many random relabellings to draw.
    ///   - seed: The seed of the relabellings.
    /// - Complexity: as ``init(_:_:permutations:seed:)``, plus O(*r*) to project.
    public init(from before: Snapshot, to after: Snapshot, options: ProjectionOptions, permutations: Int, seed: UInt64) {
        let common = Set(before.actorIndices).intersection(after.actorIndices).sorted()
        self.init(
            Self.restricted(before.projection(options), to: common, of: before),
            Self.restricted(after.projection(options), to: common, of: after),
            permutations: permutations, seed: seed)
    }

    /// Correlates two kinds of tie in one moment: do MoUs follow the money?
    ///
    /// - Parameters:
    ///   - snapshot: The moment.
    ///   - first: The first network's relationship types, direction and weighting.
    ///   - second: The second network's.
    ///   - permutations: How many random relabellings to draw.
    ///   - seed: The seed of the relabellings.
    /// - Complexity: as ``init(_:_:permutations:seed:)``, plus O(*r*) to project.
    public init(_ snapshot: Snapshot, _ first: ProjectionOptions, _ second: ProjectionOptions, permutations: Int, seed: UInt64) {
        self.init(snapshot.projection(first), snapshot.projection(second), permutations: permutations, seed: seed)
    }

    /// The projection on `actors` (dataset indices, ascending), numbered in that order.
    private static func restricted(_ projection: Projection, to actors: [Int], of snapshot: Snapshot) -> Projection {
        var node = [Int](repeating: -1, count: projection.nodeCount)
        for (index, actor) in actors.enumerated() { node[snapshot.position(ofActorAt: actor)!] = index }
        var arcs: [Projection.Arc] = []
        for from in 0..<projection.nodeCount where node[from] >= 0 {
            for arc in projection.outOffsets[from]..<projection.outOffsets[from + 1] where node[projection.outTargets[arc]] >= 0 {
                arcs.append(Projection.Arc(from: node[from], to: node[projection.outTargets[arc]], weight: projection.outWeights[arc]))
            }
        }
        return Projection(nodeCount: actors.count, arcs: arcs, directed: projection.isDirected, weighted: projection.isWeighted,
                          actorIndices: actors)
    }

    /// The result in a sentence: "The two networks correlate at 0.65 over 17 actors; of 5000
    /// random relabellings of the actors, none correlated as highly (p < 0.0002) and 87.9%
    /// correlated as low or lower (QAP)."
    public var sentence: String {
        guard let correlation else {
            return "The correlation of the two networks over \(actors) actors is undefined: one of them has no ties, or every pair is tied."
        }
        var text = "The two networks correlate at \(String(format: "%.2f", correlation)) over \(actors) actors"
        if let greater = pGreaterOrEqual, let less = pLessOrEqual {
            func share(_ p: Double) -> String {
                p == 0 ? "none" : p == 1 ? "all" : String(format: "%.1f%%", p * 100)
            }
            let bound = greater == 0 ? " (p < \(Self.decimal(1 / Double(permutations))))" : " (p = \(Self.decimal(greater)))"
            text += "; of \(permutations) random relabellings of the actors, \(share(greater)) correlated at least as highly\(bound)"
                + " and \(share(less)) at most as highly (QAP)"
        }
        return text + "."
    }

    private static func decimal(_ value: Double) -> String {
        value >= 0.001 ? String(format: "%.3f", value) : String(format: "%.1g", value)
    }
}
