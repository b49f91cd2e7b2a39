import Testing
@testable import ActorMap

private typealias Graphs = StructureTestGraphs

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
        let path = Graphs.undirected(4, [(0, 1), (1, 2), (2, 3)], groups: [0, 0, 1, 1])
        #expect(path.density == 0.5)
        #expect(path.componentCount == 1)
        #expect(path.reciprocity == nil)
        #expect(path.eiIndex() == -1.0 / 3)
        let arcs = Graphs.directed(4, [(0, 1), (1, 0), (2, 3)], groups: [0, 1, 0, 0])
        #expect(arcs.density == 0.25)
        #expect(arcs.componentCount == 2)
        #expect(arcs.reciprocity == 2.0 / 3)
        #expect(arcs.eiIndex() == 1.0 / 3)
        // Weak components ignore direction: 0 → 1 ← 2 is one component.
        #expect(Graphs.directed(3, [(0, 1), (2, 1)]).componentCount == 1)
    }

    @Test func emptyAndTinyGraphs() {
        let empty = Graphs.undirected(0, [])
        #expect(empty.density == 0)
        #expect(empty.componentCount == 0)
        #expect(empty.eiIndex() == nil)
        let isolates = Graphs.directed(3, [])
        #expect(isolates.density == 0)
        #expect(isolates.componentCount == 3)
        #expect(isolates.reciprocity == nil)
        #expect(isolates.eiIndex() == nil)
        #expect(Graphs.undirected(1, []).density == 0)
    }

    @Test func balanceOfSmallSignedMaps() throws {
        // Friend of a friend is a friend: balanced.
        #expect(try signedSnapshot(3, [(0, 1, "ally"), (1, 2, "ally"), (0, 2, "ally")]).structuralBalance() == 1)
        // Two friends who fight: unbalanced.
        #expect(try signedSnapshot(3, [(0, 1, "ally"), (1, 2, "ally"), (0, 2, "rival")]).structuralBalance() == 0)
        // The enemy of my enemy is my friend: balanced; all three enemies: unbalanced.
        #expect(try signedSnapshot(3, [(0, 1, "rival"), (1, 2, "rival"), (0, 2, "ally")]).structuralBalance() == 1)
        #expect(try signedSnapshot(3, [(0, 1, "rival"), (1, 2, "rival"), (0, 2, "rival")]).structuralBalance() == 0)
        // Two triangles sharing 1–2, one balanced and one not; the direction of a tie
        // does not matter.
        let kite = try signedSnapshot(4, [(0, 1, "ally"), (1, 2, "ally"), (2, 0, "funds"), (1, 3, "rival"), (3, 2, "ally")])
        #expect(kite.structuralBalance() == 0.5)
        // A pair tied both ways, or by a tie of sign 0, drops out: no triangle remains.
        #expect(try signedSnapshot(3, [(0, 1, "ally"), (1, 2, "ally"), (0, 2, "ally"), (0, 2, "rival")]).structuralBalance() == nil)
        #expect(try signedSnapshot(3, [(0, 1, "ally"), (1, 2, "ally"), (0, 2, "ally"), (2, 0, "observes")]).structuralBalance() == nil)
        // Parallel ties of one sign keep the pair's sign.
        #expect(try signedSnapshot(3, [(0, 1, "ally"), (1, 2, "ally"), (0, 2, "ally"), (2, 0, "funds")]).structuralBalance() == 1)
        #expect(try signedSnapshot(0, []).structuralBalance() == nil)
    }

    @Test func signedDegreesCountDistinctActors() throws {
        let snapshot = try signedSnapshot(4, [
            (0, 1, "ally"), (1, 0, "funds"), (0, 2, "rival"), (0, 2, "ally"), (3, 0, "observes"),
        ])
        let degrees = snapshot.signedDegrees()
        #expect(degrees.positive == [2, 1, 1, 0])
        #expect(degrees.negative == [1, 0, 1, 0])
        #expect(try signedSnapshot(0, []).signedDegrees().positive == [])
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

/// A snapshot of `actorCount` actors tied by "ally" (+, undirected), "funds" (+, directed),
/// "rival" (−, undirected) and "observes" (sign 0) relationships.
private func signedSnapshot(_ actorCount: Int, _ ties: [(Int, Int, String)]) throws -> Snapshot {
    let dataset = try Dataset(
        title: "signed", groups: [ActorMap.Group(id: "g", label: "g")], kinds: [ActorKind(id: "k", label: "k", group: "g")],
        relationshipTypes: [
            RelationshipType(id: "ally", label: "ally", directed: false, sign: 1),
            RelationshipType(id: "funds", label: "funds", directed: true, sign: 1),
            RelationshipType(id: "rival", label: "rival", directed: false, sign: -1),
            RelationshipType(id: "observes", label: "observes", directed: false, sign: 0),
        ],
        actors: (0..<actorCount).map { Actor(id: "a\($0)", name: "a\($0)", kind: "k") },
        relationships: ties.map { Relationship(from: "a\($0.0)", to: "a\($0.1)", type: $0.2) })
    return Snapshot(dataset)
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
