import Testing
@testable import ActorMap

/// The multi-source breadth-first search must find what one breadth-first search per
/// source finds: the same number of actors reaching each actor, the same whole-number
/// distance sums, and harmonic sums equal but for rounding.
@Suite struct BreadthFirstDistancesTests {
    static func expectSameDistances(_ graph: Projection, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let together = graph.breadthFirstDistanceTotals()
        let oneByOne = graph.shortestPathTotals(usingWeights: false, countingPaths: false)
        #expect(together.reachCount == oneByOne.reachCount, "\(label) reach", sourceLocation: sourceLocation)
        #expect(together.distanceSum == oneByOne.distanceSum, "\(label) distance sums", sourceLocation: sourceLocation)
        expectClose(together.inverseDistanceSum, oneByOne.inverseDistanceSum, tolerance: 1e-12,
                    "\(label) harmonic", sourceLocation: sourceLocation)
        #expect(together.dependency.allSatisfy { $0 == 0 }, sourceLocation: sourceLocation)
    }

    /// 700 actors make two full batches of 256 sources and a partial third; 500 ties leave
    /// many of them in separate pieces or alone.
    @Test(arguments: [(false, 700, 500), (true, 700, 500), (false, 700, 3_000), (true, 700, 3_000), (true, 257, 900)])
    func matchesOneSearchPerSource(directed: Bool, nodeCount: Int, edgeCount: Int) {
        let graph = PathTestGraphs.random(nodeCount: nodeCount, edgeCount: edgeCount, directed: directed, weighted: false,
                                          seed: UInt64(nodeCount + edgeCount))
        Self.expectSameDistances(graph, "random \(directed ? "directed" : "undirected") \(nodeCount)/\(edgeCount)")
    }

    /// A path of 600 actors is 599 levels deep: every level has only a few frontier actors,
    /// and the sums are known. Actor i is reached from the i actors before it and the
    /// 599 − i after it, so its distance sum is i(i + 1)/2 + (599 − i)(600 − i)/2.
    @Test func longPath() {
        let n = 600
        let graph = PathTestGraphs.path(n)
        let totals = graph.breadthFirstDistanceTotals()
        #expect(totals.reachCount == Array(repeating: n - 1, count: n))
        let expected = (0..<n).map { i in Double(i * (i + 1) / 2 + (n - 1 - i) * (n - i) / 2) }
        #expect(totals.distanceSum == expected)
        Self.expectSameDistances(graph, "path")
    }

    /// Only the arcs' direction decides who reaches whom: in a directed cycle of 300 actors
    /// every actor is reached by all others, at distances 1 to 299.
    @Test func directedCycle() {
        let n = 300
        let graph = PathTestGraphs.directed(n, (0..<n).map { ($0, ($0 + 1) % n) })
        let totals = graph.breadthFirstDistanceTotals()
        #expect(totals.reachCount == Array(repeating: n - 1, count: n))
        #expect(totals.distanceSum == Array(repeating: Double(n * (n - 1) / 2), count: n))
        Self.expectSameDistances(graph, "cycle")
    }

    @Test func emptyAndIsolated() {
        let empty = Projection(nodeCount: 0, arcs: [], directed: false, weighted: false).breadthFirstDistanceTotals()
        #expect(empty.reachCount.isEmpty)
        let isolates = Projection(nodeCount: 5, arcs: [], directed: true, weighted: false).breadthFirstDistanceTotals()
        #expect(isolates.reachCount == [0, 0, 0, 0, 0])
        #expect(isolates.distanceSum == [0, 0, 0, 0, 0])
    }

    @Test(arguments: [false, true])
    func identicalBitsWhetherOrNotBatchesRunConcurrently(directed: Bool) {
        let graph = PathTestGraphs.random(nodeCount: 1_100, edgeCount: 3_000, directed: directed, weighted: false, seed: 99)
        let concurrent = graph.breadthFirstDistanceTotals()
        let sequential = graph.breadthFirstDistanceTotals(concurrently: false)
        #expect(concurrent.inverseDistanceSum.map(\.bitPattern) == sequential.inverseDistanceSum.map(\.bitPattern))
        #expect(concurrent.distanceSum == sequential.distanceSum)
        #expect(concurrent.reachCount == sequential.reachCount)
    }
}
