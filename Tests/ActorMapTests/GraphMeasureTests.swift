import Testing
@testable import ActorMap

@Suite struct GraphMeasureTests {
    @Test(arguments: ReferenceCases.all)
    func graphMeasuresMatchReference(_ reference: ReferenceCase) throws {
        let graph = try reference.projected()
        let density = try #require(reference.expectedGraphValue("density") ?? nil)
        #expect(abs(graph.density - density) <= 1e-12, "density")
        let components = try #require(reference.expectedGraphValue("components") ?? nil)
        #expect(Double(graph.componentCount) == components, "components")
        expectOptional(graph.reciprocity, try #require(reference.expectedGraphValue("reciprocity")), "reciprocity")
        expectOptional(graph.eiIndex(), try #require(reference.expectedGraphValue("ei_index")), "E-I index")
    }

    @Test(arguments: ReferenceCases.all)
    func signedMeasuresMatchReference(_ reference: ReferenceCase) throws {
        let snapshot = try reference.snapshot()
        expectOptional(snapshot.structuralBalance(), try #require(reference.expectedGraphValue("balance")), "balance")
        let degrees = snapshot.signedDegrees()
        expectClose(degrees.positive.map(Double.init), try #require(reference.expectedActorValues("positive_degree")), "positive degree")
        expectClose(degrees.negative.map(Double.init), try #require(reference.expectedActorValues("negative_degree")), "negative degree")
    }

    /// The fixture's PageRank values give its Gini coefficient.
    @Test(arguments: ReferenceCases.all)
    func giniOfReferencePageRank(_ reference: ReferenceCase) throws {
        let pagerank = try #require(reference.expectedActorValues("pagerank")).map { try #require($0) }
        let expected = try #require(reference.expectedGraphValue("pagerank_gini") ?? nil)
        let gini = try #require(giniCoefficient(pagerank))
        #expect(abs(gini - expected) <= 1e-12, "\(gini), expected \(expected)")
    }

    @Test func smallGraphs() {
        let path = undirectedGraph(4, [(0, 1), (1, 2), (2, 3)], groups: [0, 0, 1, 1])
        #expect(path.density == 0.5)
        #expect(path.componentCount == 1)
        #expect(path.reciprocity == nil)
        #expect(path.eiIndex() == -1.0 / 3)
        let arcs = directedGraph(4, [(0, 1), (1, 0), (2, 3)], groups: [0, 1, 0, 0])
        #expect(arcs.density == 0.25)
        #expect(arcs.componentCount == 2)
        #expect(arcs.reciprocity == 2.0 / 3)
        #expect(arcs.eiIndex() == 1.0 / 3)
        // Weak components ignore direction: 0 → 1 ← 2 is one component.
        #expect(directedGraph(3, [(0, 1), (2, 1)]).componentCount == 1)
    }

    @Test func emptyAndTinyGraphs() {
        let empty = undirectedGraph(0, [])
        #expect(empty.density == 0)
        #expect(empty.componentCount == 0)
        #expect(empty.eiIndex() == nil)
        let isolates = directedGraph(3, [])
        #expect(isolates.density == 0)
        #expect(isolates.componentCount == 3)
        #expect(isolates.reciprocity == nil)
        #expect(isolates.eiIndex() == nil)
        #expect(undirectedGraph(1, []).density == 0)
    }

    @Test func gini() {
        #expect(giniCoefficient([1, 1, 1, 1]) == 0)
        // One of four holds everything: Σ|xi − xj| = 2·3·4 over 2·16·1.
        #expect(giniCoefficient([0, 0, 4, 0]) == 0.75)
        #expect(abs(giniCoefficient([1, 2, 3])! - 2.0 / 9) < 1e-15)
        #expect(giniCoefficient([]) == nil)
        #expect(giniCoefficient([0, 0]) == nil)
        #expect(giniCoefficient([1, .nan]) == nil)
    }
}

private func expectOptional(
    _ actual: Double?, _ expected: Double?, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    switch (actual, expected) {
    case (nil, nil): break
    case let (actual?, expected?):
        #expect(abs(actual - expected) <= 1e-9 * max(1, abs(expected)), "\(label): \(actual), expected \(expected)",
                sourceLocation: sourceLocation)
    default:
        Issue.record("\(label): \(String(describing: actual)), expected \(String(describing: expected))",
                     sourceLocation: sourceLocation)
    }
}
