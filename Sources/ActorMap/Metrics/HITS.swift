extension Projection {
    /// The hub and authority scores of every actor: a good hub ties to good authorities, and
    /// a good authority is tied to by good hubs.
    ///
    /// The authority scores *a* are the principal right singular vector of the adjacency
    /// matrix A (the leading eigenvector of AᵀA) and the hub scores are *h* = A·*a*; each is
    /// scaled to sum to 1. So a donor funding the main recipients is a hub, and a recipient
    /// funded by the main donors an authority. On an undirected map hubs and authorities are
    /// the same. With weights, A[u][v] is the tie's weight as it is; without, 1.
    ///
    /// This is the definition networkx's `hits` computes, but not its method: networkx 3.6
    /// takes the singular vector from scipy's ARPACK `svds(A, k=1, maxiter=maxIterations,
    /// tol=tolerance)`, whose random start makes the last digits vary from run to run.
    /// ActorMap instead runs power iteration on AᵀA from the uniform vector until the
    /// estimated distance to the exact authority scores is below `tolerance`/100 in total
    /// (the contraction per step, measured as the iteration goes, turns the last change into
    /// a bound on the distance still to go). So the figures are deterministic and agree with
    /// the exact singular vector, and with networkx's, to about 10⁻¹⁰ with the defaults.
    ///
    /// The scores are unique only when the largest singular value σ₁ of A is simple. On an
    /// undirected bipartite map — a star, a path, any tree — σ₂ = σ₁, and the answer networkx
    /// gives there depends on ARPACK's random start. ActorMap detects this by running the
    /// iteration from a second, scrambled start: the two agree when σ₁ is simple and differ
    /// otherwise, and then the scores are reported as undefined.
    ///
    /// J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", *Journal of the
    /// ACM* 46(5), 604–632, 1999.
    ///
    /// - Parameters:
    ///   - maxIterations: As in networkx, the most ARPACK restarts; since each restart takes up
    ///     to 20 products (its default of 20 Lanczos vectors), the power iteration may take
    ///     20 × `maxIterations` steps from each start.
    ///   - tolerance: As in networkx; the authority scores are computed 100 times tighter.
    /// - Returns: The hub and authority scores in node order; both empty for a map without
    ///   actors.
    /// - Throws: ``UndefinedMeasure`` of ``Measure/hub`` (the authority scores are undefined
    ///   with it, for the same reason) when the map has no ties, when σ₁ is not simple, or
    ///   when the iteration does not converge (σ₂ very close to σ₁).
    /// - Complexity: O(*n* + *m*) per step, at most 40 × `maxIterations` steps; O(*n*) extra
    ///   memory.
    public func hits(
        maxIterations: Int = 100, tolerance: Double = 1e-8
    ) throws(UndefinedMeasure) -> (hubs: [Double], authorities: [Double]) {
        let n = nodeCount
        guard n > 0 else { return ([], []) }
        guard arcCount > 0 else {
            throw UndefinedMeasure(.hub, reason: "the map has no ties, so no actor is a hub or an authority.")
        }
        let uniform = [Double](repeating: 1 / Double(n), count: n)
        // A fixed, irregular positive start (golden-ratio steps) that shares no symmetry with
        // the map, so that where σ₁ is not simple it leads somewhere other than the uniform one.
        let scrambled = (0..<n).map { 1 + (Double($0 + 1) * 0.618_033_988_749_895).truncatingRemainder(dividingBy: 1) }
        // Two runs that end further apart than this did not find the same vector; the second
        // run only needs to get well within it.
        let agreement = tolerance.squareRoot()
        let steps = 20 * maxIterations, precision = tolerance / 100
        guard let authorities = principalAuthorities(from: uniform, maxSteps: steps, tolerance: precision),
              let check = principalAuthorities(from: scrambled, maxSteps: steps, tolerance: agreement / 100)
        else {
            throw UndefinedMeasure(.hub, reason: """
                the power iteration did not converge in \(steps) steps (tolerance \(precision)): \
                the two largest singular values of the adjacency matrix are too close to \
                separate; allow more iterations.
                """)
        }
        var disagreement = 0.0
        for v in 0..<n { disagreement += abs(authorities[v] - check[v]) }
        guard disagreement <= agreement else {
            throw UndefinedMeasure(.hub, reason: """
                the hub and authority scores are not unique on this map: the largest singular \
                value of its adjacency matrix is repeated, as on an undirected map without odd \
                cycles (a star, a path, a tree) or one with two equally strong separate parts.
                """)
        }
        var hubs = [Double](repeating: 0, count: n)
        authorities.withUnsafeBufferPointer { authorities in
            withOutgoingRows { rows in
                for u in 0..<n { hubs[u] = rows.sum(u, of: authorities) }
            }
        }
        let hubTotal = hubs.reduce(0, +)
        for u in 0..<n { hubs[u] /= hubTotal }
        return (hubs, authorities)
    }

    /// The leading eigenvector of AᵀA by power iteration from `start`, scaled to sum 1, or
    /// `nil` if it does not converge.
    ///
    /// With change δₖ = ‖xₖ − xₖ₋₁‖₁ and contraction r = δₖ/δₖ₋₁, the distance still to go
    /// from xₖ is about δₖ·r/(1 − r), the tail of a geometric series; the iteration stops when
    /// that and δₖ itself are within `tolerance`.
    private func principalAuthorities(from start: [Double], maxSteps: Int, tolerance: Double) -> [Double]? {
        let n = nodeCount
        let startTotal = start.reduce(0, +)
        var hubs = [Double](repeating: 0, count: n)
        var previousChange = Double.infinity
        return withOutgoingRows { outgoing in
            withIncomingRows { incoming in
                powerIteration(from: start.map { $0 / startTotal }, maxSteps: maxSteps, step: { previous, x in
                    for u in 0..<n { hubs[u] = outgoing.sum(u, of: previous) }
                    hubs.withUnsafeBufferPointer { hubs in
                        for v in 0..<n { x[v] = incoming.sum(v, of: hubs) }
                    }
                    let total = x.reduce(0, +)
                    guard total > 0 else { return false }
                    for v in 0..<n { x[v] /= total }
                    return true
                }, until: { change in
                    let contraction = change / previousChange
                    let remaining = contraction < 1 ? change * contraction / (1 - contraction) : .infinity
                    previousChange = change
                    return change == 0 || (change <= tolerance && remaining <= tolerance)
                })
            }
        }
    }
}
