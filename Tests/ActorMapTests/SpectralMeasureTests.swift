import Foundation
import Testing
@testable import ActorMap

/// Eigenvector, PageRank, Katz, HITS and Bonacich power against networkx / sna reference
/// values, hand-worked small maps, and the maps where each is undefined.
@Suite struct SpectralMeasureTests {
    // MARK: Reference values

    static let referenceCases = ReferenceCases.all

    @Test(arguments: referenceCases)
    func eigenvectorMatchesNetworkx(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("eigenvector"))
        try expectMatches(expected, "eigenvector") { try reference.projected().eigenvectorCentrality() }
    }

    @Test(arguments: referenceCases)
    func pageRankMatchesNetworkx(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("pagerank"))
        try expectMatches(expected, "pagerank") { try reference.projected().pageRank() }
    }

    @Test(arguments: referenceCases)
    func katzMatchesNetworkx(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("katz"))
        try expectMatches(expected, "katz") { try reference.projected().katzCentrality() }
    }

    @Test(arguments: referenceCases)
    func hubsAndAuthoritiesMatchTheirDefinition(_ reference: ReferenceCase) throws {
        let hubs = try #require(reference.expectedActorValues("hub"))
        let authorities = try #require(reference.expectedActorValues("authority"))
        try expectMatches(hubs, "hub") { try reference.projected().hits().hubs }
        try expectMatches(authorities, "authority") { try reference.projected().hits().authorities }
    }

    @Test(arguments: referenceCases)
    func bonacichMatchesSna(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("bonacich"))
        let beta = try #require(reference.beta)
        try expectMatches(expected, "bonacich") { try reference.projected().bonacichPower(beta: beta) }
    }

    /// The sparse solver that large maps use gives sna's figures too, and fails where sna does.
    @Test(arguments: referenceCases)
    func bonacichBySparseSolverMatchesSna(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("bonacich"))
        let beta = try #require(reference.beta)
        try expectMatches(expected, "bonacich (GMRES)") {
            try reference.projected().bonacichPower(beta: beta, solver: .gmres)
        }
    }

    @Test func referenceCasesArePresent() {
        #expect(Self.referenceCases.count >= 10, "metrics-reference.json is missing from Fixtures/reference")
    }

    /// A reference with every value `nil` means networkx or sna found the measure undefined,
    /// which ActorMap reports by throwing. The iterations follow networkx's step for step, and
    /// HITS and Bonacich are solved tightly, so the figures agree far within the 1e-6 asked.
    private func expectMatches(
        _ expected: [Double?], _ label: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ measure: () throws -> [Double]
    ) throws {
        if expected.allSatisfy({ $0 == nil }) {
            #expect(throws: UndefinedMeasure.self, "\(label) should be undefined", sourceLocation: sourceLocation) {
                try measure()
            }
        } else {
            expectClose(try measure(), expected, tolerance: 1e-9, label, sourceLocation: sourceLocation)
        }
    }

    // MARK: Hand-worked maps

    @Test func starCentresOnItsHub() throws {
        let star = undirected(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
        // λmax = 2 with eigenvector (2, 1, 1, 1, 1) / √8.
        expectClose(try star.eigenvectorCentrality(), [0.5, 0.25, 0.25, 0.25, 0.25].map { $0 * 2.squareRoot() },
                    tolerance: 1e-5, "eigenvector")
        // h = 0.03 + 0.85·4ℓ and ℓ = 0.03 + 0.85·h/4 give h = 0.132/0.2775.
        let hub = 0.132 / 0.2775, leaf = 0.03 + 0.2125 * hub
        expectClose(try star.pageRank(), [hub, leaf, leaf, leaf, leaf], tolerance: 1e-5, "pagerank")
        // h = 4·0.1·ℓ + 1 and ℓ = 0.1·h + 1 give h = 1.4/0.96, ℓ = 1.1/0.96, then unit length.
        let katz = [1.4, 1.1, 1.1, 1.1, 1.1]
        let length = katz.reduce(0) { $0 + $1 * $1 }.squareRoot()
        expectClose(try star.katzCentrality(), katz.map { $0 / length }, "katz")
    }

    @Test func pathOfThree() throws {
        let path = undirected(nodeCount: 3, edges: [(0, 1), (1, 2)])
        // λmax = √2 with eigenvector (1, √2, 1) / 2.
        expectClose(try path.eigenvectorCentrality(), [0.5, 0.5.squareRoot(), 0.5], tolerance: 1e-5, "eigenvector")
        // Bonacich with β = 0.5: c₁ = 1 + β c₂ and c₂ = 2 + 2β c₁ give c = (4, 6, 4), scaled
        // so that Σc² = 3.
        let scale = (3.0 / 68).squareRoot()
        expectClose(try path.bonacichPower(beta: 0.5), [4 * scale, 6 * scale, 4 * scale], tolerance: 1e-12, "bonacich")
        // β = −0.25: c₂ = 2(1 + β)/(1 − 2β²) = 1.5/0.875 and c₁ = 1 + β c₂.
        let middle = 1.5 / 0.875, end = 1 - 0.25 * middle
        let negativeScale = (3 / (2 * end * end + middle * middle)).squareRoot()
        expectClose(try path.bonacichPower(beta: -0.25), [end, middle, end].map { $0 * negativeScale },
                    tolerance: 1e-12, "bonacich, negative β")
    }

    @Test func directedCycleTreatsEveryoneAlike() throws {
        let cycle = directed(nodeCount: 3, arcs: [(0, 1), (1, 2), (2, 0)])
        let third = 1.0 / 3, unit = third.squareRoot()
        expectClose(try cycle.eigenvectorCentrality(), [unit, unit, unit], "eigenvector")
        expectClose(try cycle.pageRank(), [third, third, third], "pagerank")
        expectClose(try cycle.katzCentrality(), [unit, unit, unit], "katz")
        // AᵀA = I: every singular value is 1, so no hub or authority stands out.
        #expect(throws: UndefinedMeasure.self) { try cycle.hits() }
        // c = A·1 / (1 − β) for everyone: all 1 after scaling.
        expectClose(try cycle.bonacichPower(beta: 0.3), [1, 1, 1], tolerance: 1e-12, "bonacich")
    }

    @Test func danglingActorSharesItsRankWithEveryone() throws {
        // 0 → 1, 0 → 2, 1 → 2; actor 2 has no out-ties. With d = 0.85 and n = 3:
        // a = 0.05 + 0.85·c/3, b = 0.05 + 0.85·(a/2 + c/3), c = 0.05 + 0.85·(a/2 + b + c/3),
        // so (a, b, c) = (800, 1140, 2109) / 4049.
        let graph = directed(nodeCount: 3, arcs: [(0, 1), (0, 2), (1, 2)])
        expectClose(try graph.pageRank(), [800.0 / 4049, 1140.0 / 4049, 2109.0 / 4049], "pagerank")
    }

    @Test func weightsSplitTheWalkInProportion() throws {
        // 0 → 1 weight 3, 0 → 2 weight 1, and both back to 0: a walker at 0 goes to 1 three
        // times as often, so PR(1) − 0.05 = 3 (PR(2) − 0.05).
        let arcs = [Projection.Arc(from: 0, to: 1, weight: 3), .init(from: 0, to: 2, weight: 1),
                    .init(from: 1, to: 0), .init(from: 2, to: 0)]
        let rank = try Projection(nodeCount: 3, arcs: arcs, directed: true, weighted: true).pageRank()
        #expect(abs((rank[1] - 0.05) - 3 * (rank[2] - 0.05)) < 1e-6)
        let unweighted = try Projection(nodeCount: 3, arcs: arcs, directed: true, weighted: false).pageRank()
        #expect(abs(unweighted[1] - unweighted[2]) < 1e-12)
    }

    @Test func hubsPointAtAuthorities() throws {
        // Two donors both fund recipients 2 and 3; donor 1 also funds 4.
        let funding = directed(nodeCount: 5, arcs: [(0, 2), (0, 3), (1, 2), (1, 3), (1, 4)])
        let (hubs, authorities) = try funding.hits()
        #expect(hubs[1] > hubs[0] && hubs[0] > 0)
        #expect(hubs[2] == 0 && hubs[3] == 0 && hubs[4] == 0)
        #expect(authorities[2] == authorities[3] && authorities[2] > authorities[4])
        #expect(authorities[0] == 0 && authorities[1] == 0)
        #expect(abs(hubs.reduce(0, +) - 1) < 1e-12 && abs(authorities.reduce(0, +) - 1) < 1e-12)
        // AᵀA on {2, 3, 4} is [[2, 2, 1], [2, 2, 1], [1, 1, 1]]: authorities ∝ (2, 2, √17 − 3)
        // from its leading eigenvalue (5 + √17)/2.
        let third = 17.0.squareRoot() - 3, total = 4 + third
        expectClose(authorities, [0, 0, 2 / total, 2 / total, third / total], tolerance: 1e-8, "authority")
    }

    // MARK: Undefined and degenerate maps

    @Test func katzDivergenceQuotesTheLargestEigenvalue() throws {
        let karate = try #require(ReferenceCases.named("karate_weighted")).projected()
        let error = try #require(throws: UndefinedMeasure.self) { try karate.katzCentrality() }
        #expect(error.measure == .katz)
        #expect(error.reason.contains("λmax = 21.7"), "\(error.reason)")
        #expect(error.reason.contains("choose α below 0.0461"), "\(error.reason)")
        // Just below 1/λmax it converges, slowly.
        let λ = 21.68756590395421
        #expect(throws: Never.self) { try karate.katzCentrality(alpha: 0.9 / λ) }
        let slow = try #require(throws: UndefinedMeasure.self) {
            try karate.katzCentrality(alpha: 0.999 / λ, maxIterations: 50)
        }
        #expect(slow.reason.contains("did not converge in 50 iterations"), "\(slow.reason)")
    }

    @Test func spectralRadiusOfClassicMaps() throws {
        let karate = try #require(ReferenceCases.named("karate_weighted")).projected()
        let radius = karate.spectralRadiusBounds()
        #expect(radius.lowerBound <= 21.68756590395421 + 1e-9 && 21.68756590395421 - 1e-9 <= radius.upperBound)
        #expect(radius.upperBound - radius.lowerBound < 1e-9)
        let chain = directed(nodeCount: 4, arcs: [(0, 1), (1, 2), (2, 3)])
        #expect(chain.spectralRadiusBounds() == 0...0)
        // A 2-cycle (λ = 1) feeding a triangle (λ = 2) and an isolate: the triangle wins.
        let mixed = Projection(nodeCount: 6, arcs: [
            .init(from: 0, to: 1), .init(from: 1, to: 0), .init(from: 1, to: 2),
            .init(from: 2, to: 3), .init(from: 3, to: 2), .init(from: 3, to: 4), .init(from: 4, to: 3),
            .init(from: 2, to: 4), .init(from: 4, to: 2),
        ], directed: true, weighted: false)
        let mixedRadius = mixed.spectralRadiusBounds()
        #expect(abs(mixedRadius.lowerBound - 2) < 1e-9 && abs(mixedRadius.upperBound - 2) < 1e-9)
    }

    @Test func singularBonacichNamesTheEigenvalue() throws {
        let path = undirected(nodeCount: 3, edges: [(0, 1), (1, 2)])
        for solver in [Projection.BonacichSolver.denseLU, .gmres] {
            // 1/β = √2 is the largest eigenvalue of the path's adjacency matrix.
            let error = try #require(throws: UndefinedMeasure.self) {
                try path.bonacichPower(beta: 0.5.squareRoot(), solver: solver)
            }
            #expect(error.measure == .bonacich)
            #expect(error.reason.contains("1/β = 1.41"), "\(error.reason)")
            #expect(error.reason.contains(solver == .gmres ? "did not converge" : "singular"), "\(error.reason)")
            #expect(error.reason.contains("1/λmax = 0.707"), "\(error.reason)")
        }
    }

    @Test func iterationsThatDoNotSettleAreReported() throws {
        // A chain without cycles has no dominant eigenvector.
        let chain = directed(nodeCount: 5, arcs: [(0, 1), (1, 2), (2, 3), (3, 4)])
        let error = try #require(throws: UndefinedMeasure.self) { try chain.eigenvectorCentrality() }
        #expect(error.reason.contains("did not converge in 100 iterations"), "\(error.reason)")
        #expect(throws: UndefinedMeasure.self) { try chain.pageRank(maxIterations: 2) }
        // Florentine families: σ₂/σ₁ ≈ 0.83, too close for 20 steps to reach 10⁻¹⁰.
        let florentine = try #require(ReferenceCases.named("florentine_families")).projected()
        let hits = try #require(throws: UndefinedMeasure.self) { try florentine.hits(maxIterations: 1) }
        #expect(hits.reason.contains("did not converge in 20 steps"), "\(hits.reason)")
        // A chain's Katz series is finite: λmax = 0.
        #expect(try chain.katzCentrality().count == 5)
    }

    @Test func emptyMap() throws {
        let empty = Projection(nodeCount: 0, arcs: [], directed: true, weighted: false)
        #expect(throws: UndefinedMeasure.self) { try empty.eigenvectorCentrality() }
        #expect(try empty.pageRank() == [])
        #expect(try empty.katzCentrality() == [])
        let (hubs, authorities) = try empty.hits()
        #expect(hubs == [] && authorities == [])
        #expect(try empty.bonacichPower(beta: 0.1) == [])
    }

    @Test func singleActor() throws {
        let single = Projection(nodeCount: 1, arcs: [], directed: false, weighted: false)
        #expect(try single.eigenvectorCentrality() == [1])
        #expect(try single.pageRank() == [1])
        #expect(try single.katzCentrality() == [1])
        #expect(throws: UndefinedMeasure.self) { try single.hits() }
        #expect(throws: UndefinedMeasure.self) { try single.bonacichPower(beta: 0.1) }
    }

    @Test func isolatesKeepTheirShare() throws {
        // A triangle and two isolates.
        let graph = undirected(nodeCount: 5, edges: [(0, 1), (1, 2), (0, 2)])
        let rank = try graph.pageRank()
        #expect(rank[3] == rank[4] && rank[3] < rank[0])
        #expect(abs(rank.reduce(0, +) - 1) < 1e-9)
        let katz = try graph.katzCentrality()
        #expect(katz[3] == katz[4] && katz[3] < katz[0])
        let power = try graph.bonacichPower(beta: 0.1)
        #expect(power[3] == 0 && power[4] == 0)
    }

    // MARK: Large maps

    /// The sparse and dense Bonacich solvers agree on a map of a few hundred actors, for β of
    /// either sign, below 1/λmax (about 9 directed, 22 undirected) and somewhat beyond.
    @Test(arguments: [(true, 0.05), (true, -0.1), (false, 0.05), (false, -0.05)])
    func sparseAndDenseBonacichAgree(directed: Bool, beta: Double) throws {
        let graph = randomGraph(nodeCount: 300, arcCount: 900, directed: directed, seed: 7)
        let dense = try graph.bonacichPower(beta: beta, solver: .denseLU)
        let sparse = try graph.bonacichPower(beta: beta, solver: .gmres)
        expectClose(sparse, dense, tolerance: 1e-9, "GMRES against LU")
    }

    @Test func largeMapsConverge() throws {
        let graph = randomGraph(nodeCount: 5000, arcCount: 25000, directed: true, seed: 11)
        let rank = try graph.pageRank()
        #expect(abs(rank.reduce(0, +) - 1) < 1e-6)
        #expect(try graph.eigenvectorCentrality().allSatisfy { $0 >= 0 })
        #expect(try graph.bonacichPower(beta: 0.05).count == 5000)
        let (hubs, _) = try graph.hits()
        #expect(abs(hubs.reduce(0, +) - 1) < 1e-9)
    }

    // MARK: Building maps

    private func undirected(nodeCount: Int, edges: [(Int, Int)]) -> Projection {
        let arcs = edges.flatMap { [Projection.Arc(from: $0.0, to: $0.1), Projection.Arc(from: $0.1, to: $0.0)] }
        return Projection(nodeCount: nodeCount, arcs: arcs, directed: false, weighted: false)
    }

    private func directed(nodeCount: Int, arcs: [(Int, Int)]) -> Projection {
        Projection(nodeCount: nodeCount, arcs: arcs.map { Projection.Arc(from: $0.0, to: $0.1) },
                   directed: true, weighted: false)
    }

    /// A weighted random map with weights 1…5, the same for the same seed.
    private func randomGraph(nodeCount: Int, arcCount: Int, directed: Bool, seed: UInt64) -> Projection {
        var generator = SplitMix64(seed: seed)
        var arcs: [Projection.Arc] = []
        for _ in 0..<arcCount {
            let from = Int.random(in: 0..<nodeCount, using: &generator)
            let to = Int.random(in: 0..<nodeCount, using: &generator)
            let weight = Double(Int.random(in: 1...5, using: &generator))
            arcs.append(.init(from: from, to: to, weight: weight))
            if !directed { arcs.append(.init(from: to, to: from, weight: weight)) }
        }
        return Projection(nodeCount: nodeCount, arcs: arcs, directed: directed, weighted: true)
    }
}

