extension Projection {
    /// The eigenvector centrality of every actor: an actor is central when central actors
    /// tie to it.
    ///
    /// The scores *x* are the leading eigenvector of Aᵀ, so that λ·xᵥ = Σᵤ A[u][v]·xᵤ over
    /// the ties *u* → *v* entering *v* (in-ties for a directed map, all ties for an undirected
    /// one), scaled to unit Euclidean length. With weights, A[u][v] is the tie's weight as it
    /// is; without, 1.
    ///
    /// This is networkx's `eigenvector_centrality` step for step, so its figures agree with
    /// networkx's to rounding: power iteration on Aᵀ + I (the shift keeps the iteration from
    /// oscillating on bipartite maps without changing the eigenvector) from the uniform vector
    /// 1/*n*, normalised to unit length after every step, until the entries change by less
    /// than *n* × `tolerance` in total. On a map where the leading eigenvector is not
    /// dominant — a directed map without cycles, or separate parts of nearly equal strength —
    /// the iteration does not settle, and the measure is reported as undefined.
    ///
    /// P. Bonacich, "Factoring and weighting approaches to status scores and clique
    /// identification", *Journal of Mathematical Sociology* 2(1), 113–120, 1972.
    ///
    /// - Parameters:
    ///   - maxIterations: The most power-iteration steps before giving up.
    ///   - tolerance: The convergence threshold per actor, as in networkx.
    /// - Returns: The scores in node order, each in [0, 1], with Σ x² = 1.
    /// - Throws: `UndefinedMeasure` for a map without actors, or when the iteration does not
    ///   converge within `maxIterations` steps.
    /// - Complexity: O(*n* + *m*) per step, at most `maxIterations` steps; O(*n*) extra memory.
    public func eigenvectorCentrality(
        maxIterations: Int = 100, tolerance: Double = 1e-6
    ) throws(UndefinedMeasure) -> [Double] {
        let n = nodeCount
        guard n > 0 else {
            throw UndefinedMeasure(.eigenvector, reason: "the map has no actors.")
        }
        let start = [Double](repeating: 1 / Double(n), count: n)
        let scores = withIncomingRows { rows in
            powerIteration(from: start, maxSteps: maxIterations, step: { previous, x in
                for v in 0..<n { x[v] = rows.sum(v, of: previous, startingAt: previous[v]) }
                var squares = 0.0
                for value in x { squares += value * value }
                // Perron–Frobenius rules out a zero vector; networkx divides by 1 if rounding
                // ever produced one.
                let norm = squares > 0 ? squares.squareRoot() : 1
                for v in 0..<n { x[v] /= norm }
                return true
            }, until: { $0 < Double(n) * tolerance })
        }
        guard let scores else {
            throw UndefinedMeasure(.eigenvector, reason: """
                the power iteration did not converge in \(maxIterations) iterations (tolerance \
                \(tolerance) per actor). The leading eigenvector is not dominant on this map, as \
                happens on a directed map without cycles or one whose separate parts are nearly \
                equally strong; PageRank and Katz centrality are defined there.
                """)
        }
        return scores
    }
}
