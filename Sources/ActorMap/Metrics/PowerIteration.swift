extension Projection {
    /// The power iteration that eigenvector centrality, Katz centrality and HITS
    /// share: from `start`, each step computes the next vector from the previous one, until
    /// the change between them, Σᵥ |xᵥ − previousᵥ| summed in node order as networkx sums
    /// it, is small enough.
    ///
    /// - Parameters:
    ///   - start: The first vector.
    ///   - maxSteps: The most steps before giving up.
    ///   - step: Fills `next` (which holds the vector before `previous`) from `previous`,
    ///     normalised as the measure wants; returns `false` to give up, as when the vector
    ///     vanishes.
    ///   - hasConverged: Whether a step that changed the vector this much ends the iteration.
    /// - Returns: The last vector, or `nil` when a step gave up or `maxSteps` steps did not
    ///   converge.
    /// - Complexity: `maxSteps` times that of `step`, plus O(*n*) per step.
    func powerIteration(
        from start: [Double], maxSteps: Int,
        step: (_ previous: UnsafeBufferPointer<Double>, _ next: inout [Double]) -> Bool,
        until hasConverged: (_ change: Double) -> Bool
    ) -> [Double]? {
        var x = start
        var previous = start
        for _ in 0..<maxSteps {
            swap(&x, &previous)
            guard previous.withUnsafeBufferPointer({ step($0, &x) }) else { return nil }
            var change = 0.0
            for v in x.indices { change += abs(x[v] - previous[v]) }
            if hasConverged(change) { return x }
        }
        return nil
    }
}
