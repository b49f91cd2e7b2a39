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
