import Testing
@testable import ActorMap

/// Small graphs built straight from ties, shared by the degree, path and centralisation tests.
enum PathTestGraphs {
    /// An undirected graph from edges given once each, with optional weights.
    static func undirected(_ nodeCount: Int, _ edges: [(Int, Int)], weights: [Double]? = nil) -> Projection {
        let arcs = edges.enumerated().flatMap { index, edge in
            let weight = weights?[index] ?? 1
            return [Projection.Arc(from: edge.0, to: edge.1, weight: weight),
                    Projection.Arc(from: edge.1, to: edge.0, weight: weight)]
        }
        return Projection(nodeCount: nodeCount, arcs: arcs, directed: false, weighted: weights != nil)
    }

    static func directed(_ nodeCount: Int, _ arcs: [(Int, Int)]) -> Projection {
        Projection(nodeCount: nodeCount, arcs: arcs.map { Projection.Arc(from: $0.0, to: $0.1) },
                   directed: true, weighted: false)
    }

    static func path(_ nodeCount: Int) -> Projection {
        undirected(nodeCount, (1..<nodeCount).map { ($0 - 1, $0) })
    }

    static func star(leaves: Int) -> Projection {
        undirected(leaves + 1, (1...leaves).map { (0, $0) })
    }

    /// A seeded random graph with weights 1 to 5, so that weighted paths often tie.
    static func random(nodeCount: Int, edgeCount: Int, directed: Bool, weighted: Bool, seed: UInt64) -> Projection {
        var generator = SplitMix64(seed: seed)
        let arcs = (0..<edgeCount).flatMap { _ in
            let from = Int.random(in: 0..<nodeCount, using: &generator)
            let to = Int.random(in: 0..<nodeCount, using: &generator)
            let arc = Projection.Arc(from: from, to: to, weight: Double(Int.random(in: 1...5, using: &generator)))
            return directed ? [arc] : [arc, Projection.Arc(from: to, to: from, weight: arc.weight)]
        }
        return Projection(nodeCount: nodeCount, arcs: arcs, directed: directed, weighted: weighted)
    }
}


@Suite struct PathMeasureTests {
    @Test(arguments: ReferenceCases.all)
    func matchesNetworkx(_ reference: ReferenceCase) throws {
        let paths = try reference.projected().pathMeasures()
        for (measure, values) in [("betweenness", paths.betweenness), ("closeness", paths.closeness),
                                  ("harmonic", paths.harmonic)] {
            let expected = try #require(reference.expectedActorValues(measure), "\(measure) missing")
            expectClose(values, expected, "\(reference.name) \(measure)")
        }
    }

    @Test func referenceCasesAreThere() {
        #expect(ReferenceCases.all.count >= 10)
    }

    @Test func conveniencesAgreeWithTheCombinedTraversal() {
        let graph = PathTestGraphs.random(nodeCount: 40, edgeCount: 90, directed: true, weighted: true, seed: 7)
        let paths = graph.pathMeasures()
        #expect(graph.betweenness() == paths.betweenness)
        #expect(graph.closeness() == paths.closeness)
        #expect(graph.harmonic() == paths.harmonic)
    }

    @Test func pathOfFive() {
        let paths = PathTestGraphs.path(5).pathMeasures()
        // Actor 2 is on the paths 0–3, 0–4, 1–3 and 1–4, of the 4 · 3 / 2 = 6 pairs of others.
        expectClose(paths.betweenness, [0, 3.0 / 6, 4.0 / 6, 3.0 / 6, 0], "betweenness")
        expectClose(paths.closeness, [4.0 / 10, 4.0 / 7, 4.0 / 6, 4.0 / 7, 4.0 / 10], "closeness")
        expectClose(paths.harmonic, [25.0 / 12, 17.0 / 6, 3, 17.0 / 6, 25.0 / 12], "harmonic")
    }

    @Test func directedPathUsesDistancesToEachActor() {
        let paths = PathTestGraphs.directed(5, [(0, 1), (1, 2), (2, 3), (3, 4)]).pathMeasures()
        // Ordered pairs through actor 1: (0, 2), (0, 3), (0, 4), of 4 · 3.
        expectClose(paths.betweenness, [0, 3.0 / 12, 4.0 / 12, 3.0 / 12, 0], "betweenness")
        // Actor 3 is reached by 3 of 4 others, at distances 1, 2, 3.
        expectClose(paths.closeness, [0, 1.0 / 1 * (1.0 / 4), 2.0 / 3 * (2.0 / 4), 3.0 / 6 * (3.0 / 4), 4.0 / 10],
                    "closeness")
        expectClose(paths.harmonic, [0, 1, 1.5, 11.0 / 6, 25.0 / 12], "harmonic")
    }

    @Test func starCentreBrokersEveryPair() {
        let paths = PathTestGraphs.star(leaves: 4).pathMeasures()
        expectClose(paths.betweenness, [1, 0, 0, 0, 0], "betweenness")
        expectClose(paths.closeness, [1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7], "closeness")
        expectClose(paths.harmonic, [4, 2.5, 2.5, 2.5, 2.5], "harmonic")
    }

    @Test func triangleWithAnIsolate() {
        let paths = PathTestGraphs.undirected(4, [(0, 1), (1, 2), (2, 0)]).pathMeasures()
        #expect(paths.betweenness == [0, 0, 0, 0])
        // Each triangle actor reaches 2 of the 3 others at distance 1: (2 / 2) · (2 / 3).
        expectClose(paths.closeness, [2.0 / 3, 2.0 / 3, 2.0 / 3, 0], "closeness")
        #expect(paths.harmonic == [2, 2, 2, 0])
    }

    @Test func strongTiesAreShortOnes() {
        // A square 0–1–3–2–0 whose ties through 2 weigh 2: 0–2–3 has length 1, 0–1–3 length 2.
        let square = PathTestGraphs.undirected(4, [(0, 1), (0, 2), (1, 3), (2, 3)], weights: [1, 2, 1, 2])
        let paths = square.pathMeasures()
        #expect(paths.usesWeights)
        // 1 to 2 has two paths of length 1.5; 0 and 3 each carry half of them, both ways.
        expectClose(paths.betweenness, [1.0 / 6, 0, 2.0 / 6, 1.0 / 6], "betweenness")
        expectClose(paths.closeness, [3 / 2.5, 3 / 3.5, 3 / 2.5, 3 / 2.5], "closeness")
        expectClose(paths.harmonic, [4, 1 + 1 + 1 / 1.5, 2 + 2 + 1 / 1.5, 4], "harmonic")
    }

    @Test func pathsTieOnlyWhenTheirFloatingPointLengthsAreEqual() {
        // 0–1–2–3–5 has weights 3, 3, 2, 3 and 0–1–2–4–5 has 3, 3, 3, 2: both are 3/2 long,
        // but in floating point 1/3 + 1/3 + 1/2 + 1/3 = 1.4999999999999998 < 1.5, so networkx
        // sends the paths from 0 and 1 to 5 through 3 only. Values from networkx 3.6.1.
        let third = 1.0 / 3, half = 1.0 / 2
        #expect(third + third + half + third < third + third + third + half)
        let graph = PathTestGraphs.undirected(
            6, [(0, 1), (1, 2), (2, 3), (3, 5), (2, 4), (4, 5)], weights: [3, 3, 2, 3, 3, 2])
        expectClose(graph.pathMeasures().betweenness, [0, 0.4, 0.65, 0.175, 0.125, 0.05], tolerance: 1e-12,
                    "betweenness")
    }

    @Test func emptyAndTinyGraphs() {
        let empty = Projection(nodeCount: 0, arcs: [], directed: false, weighted: false).pathMeasures()
        #expect(empty.betweenness.isEmpty && empty.closeness.isEmpty && empty.harmonic.isEmpty)
        let single = Projection(nodeCount: 1, arcs: [], directed: true, weighted: true).pathMeasures()
        for values in [single.betweenness, single.closeness, single.harmonic] {
            #expect(values == [0])
        }
        let pair = PathTestGraphs.directed(2, [(0, 1)]).pathMeasures()
        #expect(pair.betweenness == [0, 0])
        #expect(pair.closeness == [0, 1])
        #expect(pair.harmonic == [0, 1])
        let isolates = Projection(nodeCount: 3, arcs: [], directed: false, weighted: false).pathMeasures()
        for values in [isolates.betweenness, isolates.closeness, isolates.harmonic] {
            #expect(values == [0, 0, 0])
        }
    }

    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func identicalBitsWhetherOrNotChunksRunConcurrently(directed: Bool, weighted: Bool) {
        let graph = PathTestGraphs.random(nodeCount: 300, edgeCount: 900, directed: directed, weighted: weighted, seed: 2024)
        let concurrent = graph.shortestPathTotals(usingWeights: weighted)
        let sequential = graph.shortestPathTotals(usingWeights: weighted, concurrently: false)
        #expect(concurrent.dependency == sequential.dependency)
        #expect(concurrent.distanceSum == sequential.distanceSum)
        #expect(concurrent.inverseDistanceSum == sequential.inverseDistanceSum)
        #expect(concurrent.reachCount == sequential.reachCount)
        #expect(graph.pathMeasures().betweenness == graph.pathMeasures().betweenness)
    }
}

@Suite struct DistanceOnlyTraversalTests {
    /// Closeness and harmonic centrality on their own skip counting paths. Closeness comes
    /// from whole-number sums when unweighted and from the same Dijkstra searches when
    /// weighted, so it must be the very number the shared traversal gives; so must weighted
    /// harmonic centrality. Unweighted harmonic centrality adds count / distance level by
    /// level rather than 1 / distance source by source, so only the last bits may differ.
    @Test(arguments: ReferenceCases.all)
    func closenessAndHarmonicAloneMatchTheSharedTraversal(_ reference: ReferenceCase) throws {
        let projection = try reference.projected()
        let shared = projection.pathMeasures()
        #expect(projection.closeness().map(\.bitPattern) == shared.closeness.map(\.bitPattern))
        if projection.isWeighted {
            #expect(projection.harmonic().map(\.bitPattern) == shared.harmonic.map(\.bitPattern))
        } else {
            expectClose(projection.harmonic(), shared.harmonic, tolerance: 1e-12, "\(reference.name) harmonic")
        }
    }
}
