import Testing
@testable import ActorMap

@Suite struct CentralizationTests {
    private typealias Index = (name: String, compute: @Sendable (Projection) throws(UndefinedMeasure) -> Double)

    private static let indices: [Index] = [
        ("degree_centralization", { graph throws(UndefinedMeasure) in try graph.degreeCentralization() }),
        ("betweenness_centralization", { graph throws(UndefinedMeasure) in try graph.betweennessCentralization() }),
        ("closeness_centralization", { graph throws(UndefinedMeasure) in try graph.closenessCentralization() }),
    ]

    @Test(arguments: ReferenceCases.all)
    func matchesIgraph(_ reference: ReferenceCase) throws {
        let graph = try reference.projected()
        for index in Self.indices {
            let expected = try #require(reference.expectedGraphValue(index.name), "\(index.name) missing")
            if let expected {
                let actual = try index.compute(graph)
                #expect(abs(actual - expected) <= 1e-6 * max(1, abs(expected)),
                        "\(reference.name) \(index.name): \(actual), expected \(expected)")
            } else {
                #expect(throws: UndefinedMeasure.self, "\(reference.name) \(index.name)") { try index.compute(graph) }
            }
        }
    }

    @Test func starIsFullyCentralised() throws {
        let star = PathTestGraphs.star(leaves: 5)
        #expect(try star.degreeCentralization() == 1)
        #expect(try star.betweennessCentralization() == 1)
        #expect(abs(try star.closenessCentralization() - 1) < 1e-12)
    }

    @Test func completeGraphIsNotCentralisedAtAll() throws {
        let pairs = (0..<5).flatMap { i in (i + 1..<5).map { (i, $0) } }
        let complete = PathTestGraphs.undirected(5, pairs)
        #expect(try complete.degreeCentralization() == 0)
        #expect(try complete.betweennessCentralization() == 0)
        #expect(try complete.closenessCentralization() == 0)
    }

    @Test func pathOfFiveByHand() throws {
        let path = PathTestGraphs.path(5)
        // Degrees 1, 2, 2, 2, 1: shortfall 2 of the star's 4 · 3.
        #expect(abs(try path.degreeCentralization() - 2.0 / 12) < 1e-15)
        // Unordered-pair betweenness 0, 3, 4, 3, 0: shortfall 10 of the star's 4² · 3 / 2.
        #expect(abs(try path.betweennessCentralization() - 10.0 / 24) < 1e-15)
        // Closeness 4/10, 4/7, 4/6, 4/7, 4/10 against the star's 4 · 3 / 7.
        let shortfall = 2 * (4.0 / 6 - 4.0 / 10) + 2 * (4.0 / 6 - 4.0 / 7)
        #expect(abs(try path.closenessCentralization() - shortfall / (12.0 / 7)) < 1e-15)
    }

    @Test func directedMapsUseArcsForDegreeAndBetweennessButNotForCloseness() throws {
        // 0 → 1 → 2 → 3: igraph degrees (in + out) 1, 2, 2, 1; ordered-pair betweenness
        // 0, 2, 2, 0; closeness as for the undirected path.
        let chain = PathTestGraphs.directed(4, [(0, 1), (1, 2), (2, 3)])
        #expect(abs(try chain.degreeCentralization() - 2.0 / (2 * 3 * 2)) < 1e-15)
        #expect(abs(try chain.betweennessCentralization() - 4.0 / (3 * 3 * 2)) < 1e-15)
        #expect(abs(try chain.closenessCentralization() - (try PathTestGraphs.path(4).closenessCentralization())) < 1e-15)
    }

    @Test func weightsAreIgnored() throws {
        let edges = [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2), (3, 4)]
        let weighted = PathTestGraphs.undirected(5, edges, weights: [1, 5, 2, 2, 0.5, 3])
        let unweighted = PathTestGraphs.undirected(5, edges)
        #expect(try weighted.degreeCentralization() == unweighted.degreeCentralization())
        #expect(try weighted.betweennessCentralization() == unweighted.betweennessCentralization())
        #expect(try weighted.betweennessCentralization(weighted.pathMeasures()) == unweighted.betweennessCentralization())
        #expect(try weighted.closenessCentralization() == unweighted.closenessCentralization())
    }

    @Test(arguments: [false, true])
    func reusingPathMeasuresGivesTheSameValue(directed: Bool) throws {
        let graph = PathTestGraphs.random(nodeCount: 50, edgeCount: 120, directed: directed, weighted: false, seed: 11)
        let paths = graph.pathMeasures()
        #expect(try graph.betweennessCentralization(paths) == graph.betweennessCentralization())
        #expect(try graph.closenessCentralization(paths) == graph.closenessCentralization())
    }

    @Test func undefinedBelowThreeActors() {
        for n in 0..<3 {
            let graph = PathTestGraphs.undirected(n, n == 2 ? [(0, 1)] : [])
            for index in Self.indices {
                #expect(throws: UndefinedMeasure.self, "\(n) actors: \(index.name)") { try index.compute(graph) }
            }
        }
    }

    @Test func closenessIsUndefinedWithAnIsolateButNotForSeparateComponents() throws {
        let withIsolate = PathTestGraphs.undirected(4, [(0, 1), (1, 2)])
        #expect(throws: UndefinedMeasure.self) { try withIsolate.closenessCentralization() }
        // Degrees 1, 2, 1, 0: shortfall 4 of the star's 3 · 2.
        #expect(try withIsolate.degreeCentralization() == 4.0 / 6)
        // Two pairs: each actor reaches its partner at distance 1, so igraph scores all 1.
        let twoPairs = PathTestGraphs.undirected(4, [(0, 1), (2, 3)])
        #expect(try twoPairs.closenessCentralization() == 0)
        // Paths 0–1–2 and 3–4–5: igraph closeness 2/3, 1, 2/3 in each, against the
        // star's 5 · 4 / 9: 0.6, as igraph 1.3.5 gives.
        let twoPaths = PathTestGraphs.undirected(6, [(0, 1), (1, 2), (3, 4), (4, 5)])
        #expect(abs(try twoPaths.closenessCentralization() - (4.0 / 3) / (20.0 / 9)) < 1e-15)
    }
}

/// ``Centralization`` holds what igraph's `centr_degree`, `centr_betw` and `centr_clo` return:
/// the scores, the theoretical maximum and the index. The literals are R igraph 1.3.5's
/// (Fixtures/centralization-igraph.R prints them).
@Suite struct CentralizationShapeTests {
    /// Krackhardt's kite, numbered as igraph's `make_graph("Krackhardt_Kite")`.
    static let kite = PathTestGraphs.undirected(10, [
        (0, 1), (0, 2), (0, 3), (0, 5), (1, 3), (1, 4), (1, 6), (2, 3), (2, 5), (3, 4), (3, 5), (3, 6), (4, 6),
        (5, 6), (5, 7), (6, 7), (7, 8), (8, 9),
    ])
    /// A directed triangle 0 → 1 → 2 → 0 with a tail 2 → 3.
    static let loop = PathTestGraphs.directed(4, [(0, 1), (1, 2), (2, 0), (2, 3)])

    private func expectClose(_ actual: [Double], _ expected: [Double], _ label: String) {
        #expect(actual.count == expected.count, "\(label)")
        for (a, e) in zip(actual, expected) { #expect(abs(a - e) <= 1e-12, "\(label): \(actual), expected \(expected)") }
    }

    @Test func kiteDegree() throws {
        let degree = try Self.kite.centralizationOfDegree()
        #expect(degree.scores == [4, 4, 3, 6, 3, 5, 5, 3, 2, 1])
        #expect(degree.theoreticalMax == 72)
        // Shortfalls from 6: 2 + 2 + 3 + 0 + 3 + 1 + 1 + 3 + 4 + 5 = 24 of 72.
        #expect(degree.total == 24)
        #expect(degree.centralization == 1.0 / 3)
    }

    @Test func kiteBetweenness() throws {
        let betweenness = try Self.kite.centralizationOfBetweenness()
        expectClose(betweenness.scores, [5.0 / 6, 5.0 / 6, 0, 11.0 / 3, 0, 25.0 / 3, 25.0 / 3, 14, 8, 0], "scores")
        #expect(betweenness.theoreticalMax == 324)
        // Shortfalls from 14 total 140 − 44 = 96; 96 / 324 = 8/27.
        #expect(abs(betweenness.total - 96) < 1e-12)
        #expect(abs(betweenness.centralization - 0.29629629629629628) < 1e-15)
    }

    @Test func kiteCloseness() throws {
        let closeness = try Self.kite.centralizationOfCloseness()
        expectClose(closeness.scores, [9.0 / 17, 9.0 / 17, 0.5, 0.6, 0.5, 9.0 / 14, 9.0 / 14, 0.6, 3.0 / 7, 9.0 / 29], "scores")
        // (n − 1)(n − 2) / (2n − 3) = 72 / 17.
        #expect(abs(closeness.theoreticalMax - 72.0 / 17) < 1e-15)
        // Shortfalls from 9/14 total 19759/17255, so the index is 19759/73080.
        #expect(abs(closeness.centralization - 19759.0 / 73080) < 1e-15)
    }

    @Test func directedDegreeAndBetweenness() throws {
        let degree = try Self.loop.centralizationOfDegree()
        #expect(degree.scores == [2, 2, 3, 1])
        #expect(degree.theoreticalMax == 12)
        #expect(degree.centralization == 1.0 / 3)
        let betweenness = try Self.loop.centralizationOfBetweenness()
        #expect(betweenness.scores == [1, 2, 3, 0])
        #expect(betweenness.theoreticalMax == 18)
        #expect(betweenness.centralization == 1.0 / 3)
    }

    @Test func theIndexIsTheOneFormula() {
        // (3 − 1) + (3 − 3) + (3 − 2) = 3, against a maximum of 4.
        let index = Centralization(scores: [1, 3, 2], theoreticalMax: 4)
        #expect(index.total == 3)
        #expect(index.centralization == 0.75)
        // Against the highest: one actor holds 0.5, two hold 0.25: shortfall 0.5 of 2 × 0.5.
        #expect(Centralization.againstHighest([0.5, 0.25, 0.25])?.theoreticalMax == 1)
        #expect(Centralization.againstHighest([0.5, 0.25, 0.25])?.centralization == 0.5)
        #expect(Centralization.againstHighest([1])?.centralization == nil)
        #expect(Centralization.againstHighest([0, 0])?.centralization == nil)
    }

    @Test func undefinedFiguresSayWhichFigure() {
        let pair = PathTestGraphs.undirected(2, [(0, 1)])
        #expect(throws: UndefinedMeasure(MapFigure.degreeCentralization, reason: """
            centralisation compares actors with a star of the same size, and a map of 2 actors cannot be more or less centralised than that.
            """)) { try pair.centralizationOfDegree() }
        let withIsolate = PathTestGraphs.undirected(4, [(0, 1), (1, 2)])
        let error = #expect(throws: UndefinedMeasure.self) { try withIsolate.centralizationOfCloseness() }
        #expect(error?.figure == .closenessCentralization && error?.measure == nil)
        #expect(error?.name == "closeness_centralization")
    }
}
