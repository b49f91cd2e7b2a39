extension Projection {
    /// The Katz centrality of every actor: influence through every chain of ties that reaches
    /// the actor, longer chains counting less.
    ///
    /// The scores solve xᵥ = α Σᵤ A[u][v]·xᵤ + β over the ties *u* → *v* entering *v* (in-ties
    /// for a directed map, all ties for an undirected one), that is
    /// x = β Σₖ αᵏ (Aᵀ)ᵏ 1: each chain of *k* ties into *v* adds αᵏβ. They are then scaled to
    /// unit Euclidean length. With weights, A[u][v] is the tie's weight as it is; without, 1.
    ///
    /// The series converges only when |α| < 1/λmax, λmax being the largest eigenvalue of A;
    /// weights make λmax large quickly (Zachary's weighted karate club has λmax ≈ 21.7, so
    /// networkx's default α = 0.1 diverges there). That is checked first, from bounds on λmax,
    /// and reported as undefined with the largest α that works. Otherwise this is networkx's
    /// `katz_centrality` with `normalized=True` step for step, so its figures agree with
    /// networkx's to rounding: xₖ₊₁ = α Aᵀxₖ + β from x₀ = 0 until the entries change by
    /// less than *n* × `tolerance` in total.
    ///
    /// L. Katz, "A new status index derived from sociometric analysis", *Psychometrika*
    /// 18(1), 39–43, 1953.
    ///
    /// - Parameters:
    ///   - alpha: The attenuation α per tie in a chain.
    ///   - beta: The score β every actor has of its own.
    ///   - maxIterations: The most iteration steps before giving up.
    ///   - tolerance: The convergence threshold per actor, as in networkx.
    /// - Returns: The scores in node order; empty for a map without actors.
    /// - Throws: `UndefinedMeasure` when |α| ≥ 1/λmax, or when the iteration does not converge
    ///   within `maxIterations` steps (α just below 1/λmax).
    /// - Complexity: O(*n* + *m*) per step: up to 1,000 steps to bound λmax, then at most
    ///   `maxIterations`; O(*n*) extra memory.
    public func katzCentrality(
        alpha: Double = 0.1, beta: Double = 1, maxIterations: Int = 1000, tolerance: Double = 1e-6
    ) throws(UndefinedMeasure) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        // Stops as soon as convergence is certain; runs to full precision when it is not.
        let radius = spectralRadiusBounds { alpha.magnitude * $0.upperBound < 1 }
        if alpha.magnitude * radius.lowerBound >= 1 {
            // Quoting the upper bound makes the advice safe: any α below 1/upper converges.
            let λ = radius.upperBound.threeSignificantDigits
            let largestAlpha = (1 / radius.upperBound).threeSignificantDigits
            throw UndefinedMeasure(.katz, reason: """
                α = \(alpha.threeSignificantDigits) is at or above 1/λmax = \(largestAlpha) \
                (λmax = \(λ), the largest eigenvalue of the adjacency matrix), so the Katz series \
                diverges; choose α below \(largestAlpha).
                """)
        }
        let start = [Double](repeating: 0, count: n)
        let scores = withIncomingRows { rows in
            powerIteration(from: start, maxSteps: maxIterations, step: { previous, x in
                for v in 0..<n { x[v] = alpha * rows.sum(v, of: previous) + beta }
                return true
            }, until: { $0 < Double(n) * tolerance })
        }
        guard var x = scores else {
            throw UndefinedMeasure(.katz, reason: """
                the iteration did not converge in \(maxIterations) iterations (tolerance \
                \(tolerance) per actor): α = \(alpha.threeSignificantDigits) is close to 1/λmax ≈ \
                \((1 / radius.upperBound).threeSignificantDigits); choose a smaller α or allow more iterations.
                """)
        }
        var squares = 0.0
        for value in x { squares += value * value }
        let scale = squares > 0 ? 1 / squares.squareRoot() : 1
        for v in 0..<n { x[v] *= scale }
        return x
    }
}
