extension Projection {
    /// The PageRank of every actor: the share of its time a random walk along the ties spends
    /// at the actor, when at each step it jumps to a random actor with probability 1 − *d*.
    ///
    /// PR(*v*) = (1 − *d*)/*n* + *d* · (Σᵤ PR(*u*) · A[u][v] / sᵤ + Σ_{*u* dangling} PR(*u*)/*n*),
    /// where sᵤ is *u*'s out-strength (its out-degree without weights) and a dangling actor,
    /// one without out-ties, passes its share to every actor alike. An undirected map counts
    /// each tie as an arc both ways. With weights, a walker leaves *u* along each tie in
    /// proportion to the tie's weight. The scores sum to 1.
    ///
    /// This is networkx's `pagerank` with its defaults (uniform personalisation, dangling
    /// actors redistributed uniformly) step for step, so its figures agree with networkx's to
    /// rounding: power iteration from the uniform vector 1/*n* until the scores change by
    /// less than *n* × `tolerance` in total.
    ///
    /// S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine",
    /// *Computer Networks and ISDN Systems* 30(1–7), 107–117, 1998.
    ///
    /// - Parameters:
    ///   - damping: The probability *d* that the walk follows a tie rather than jumping.
    ///   - maxIterations: The most power-iteration steps before giving up.
    ///   - tolerance: The convergence threshold per actor, as in networkx.
    /// - Returns: The scores in node order; empty for a map without actors.
    /// - Throws: `UndefinedMeasure` when the iteration does not converge within
    ///   `maxIterations` steps, which with `damping` below 1 takes a very tight tolerance.
    /// - Complexity: O(*n* + *m*) per step, at most `maxIterations` steps; O(*n*) extra memory.
    public func pageRank(
        damping: Double = 0.85, maxIterations: Int = 100, tolerance: Double = 1e-6
    ) throws(UndefinedMeasure) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let uniform = 1 / Double(n)
        let teleport = (1 - damping) * uniform
        // 1/sᵤ, or 0 for a dangling actor; the walker's share leaving u along a tie of weight w
        // is then x[u] · (1/sᵤ) · w.
        var reciprocalStrength = [Double](repeating: 0, count: n)
        var isDangling = [Bool](repeating: false, count: n)
        for u in 0..<n {
            var strength = 0.0
            for entry in outOffsets[u]..<outOffsets[u + 1] { strength += outWeights[entry] }
            if strength != 0 { reciprocalStrength[u] = 1 / strength } else { isDangling[u] = true }
        }
        // One pass over the actors per step computes the new scores, their change, the
        // dangling actors' share and what leaves each actor along a tie for the next step:
        // the same sums, in the same order, as a step of the shared power iteration.
        var previous = [Double](repeating: uniform, count: n)
        var x = [Double](repeating: 0, count: n)
        var leaving = (0..<n).map { previous[$0] * reciprocalStrength[$0] }
        var nextLeaving = [Double](repeating: 0, count: n)
        var danglingShare = 0.0
        for u in 0..<n where isDangling[u] { danglingShare += previous[u] }
        var scores: [Double]?
        withIncomingRows { rows in
            reciprocalStrength.withUnsafeBufferPointer { reciprocalStrength in
                isDangling.withUnsafeBufferPointer { isDangling in
                    for _ in 0..<maxIterations {
                        let spread = danglingShare * uniform
                        var change = 0.0, nextDanglingShare = 0.0
                        previous.withUnsafeBufferPointer { previous in
                            leaving.withUnsafeBufferPointer { leaving in
                                x.withUnsafeMutableBufferPointer { x in
                                    nextLeaving.withUnsafeMutableBufferPointer { nextLeaving in
                                        for v in 0..<n {
                                            let arriving = rows.sum(v, of: leaving)
                                            let score = damping * (arriving + spread) + teleport
                                            x[v] = score
                                            change += abs(score - previous[v])
                                            nextLeaving[v] = score * reciprocalStrength[v]
                                            if isDangling[v] { nextDanglingShare += score }
                                        }
                                    }
                                }
                            }
                        }
                        if change < Double(n) * tolerance {
                            scores = x
                            return
                        }
                        swap(&x, &previous)
                        swap(&leaving, &nextLeaving)
                        danglingShare = nextDanglingShare
                    }
                }
            }
        }
        guard let scores else {
            throw UndefinedMeasure(.pagerank, reason: """
                the power iteration did not converge in \(maxIterations) iterations (tolerance \
                \(tolerance) per actor, damping \(damping)); allow more iterations or a looser \
                tolerance.
                """)
        }
        return scores
    }
}
