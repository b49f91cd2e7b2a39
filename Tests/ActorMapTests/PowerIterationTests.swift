import Testing
@testable import ActorMap

/// The loop eigenvector centrality, Katz centrality and HITS share.
@Suite struct PowerIterationTests {
    let graph = Projection(nodeCount: 2, arcs: [], directed: false, weighted: false)

    /// Halving (1, 3) changes it by 2, 1, 0.5, 0.25: the fourth step is the first below 0.3.
    @Test func stopsAtTheFirstSmallEnoughChange() {
        var changes: [Double] = []
        let result = graph.powerIteration(from: [1, 3], maxSteps: 10, step: { previous, next in
            for v in 0..<2 { next[v] = previous[v] / 2 }
            return true
        }, until: { change in
            changes.append(change)
            return change < 0.3
        })
        #expect(result == [1.0 / 16, 3.0 / 16])
        #expect(changes == [2, 1, 0.5, 0.25])
    }

    @Test func givesUpAfterMaxStepsOrWhenAStepDoes() {
        let halving = { (previous: UnsafeBufferPointer<Double>, next: inout [Double]) -> Bool in
            for v in 0..<2 { next[v] = previous[v] / 2 }
            return true
        }
        #expect(graph.powerIteration(from: [1, 3], maxSteps: 3, step: halving, until: { $0 < 0.3 }) == nil)
        var steps = 0
        let vanished = graph.powerIteration(from: [1, 3], maxSteps: 10, step: { _, _ in
            steps += 1
            return false
        }, until: { _ in true })
        #expect(vanished == nil && steps == 1)
    }
}
