import Foundation
import Testing
@testable import ActorMap

private typealias Graphs = StructureTestGraphs

@Suite struct CohesionTests {
    @Test(arguments: ReferenceCases.all)
    func coreNumbersMatchNetworkx(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("core"))
        expectClose(try reference.projected().coreNumbers().map(Double.init), expected, "core number")
    }

    @Test(arguments: ReferenceCases.all)
    func clusteringMatchesNetworkx(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("clustering"))
        expectClose(try reference.projected().clustering(), expected, tolerance: 1e-9, "clustering")
    }

    @Test func coreNumbersOfSmallGraphs() {
        // A triangle with a pendant: the triangle is the 2-core.
        #expect(Graphs.undirected(4, [(0, 1), (1, 2), (0, 2), (2, 3)]).coreNumbers() == [2, 2, 2, 1])
        #expect(Graphs.undirected(5, [(0, 1), (1, 2), (2, 3), (3, 4)]).coreNumbers() == [1, 1, 1, 1, 1])
        // Directed degree is in + out: a reciprocated pair is a 2-core.
        #expect(Graphs.directed(3, [(0, 1), (1, 0), (1, 2)]).coreNumbers() == [2, 2, 1])
        #expect(Graphs.undirected(3, []).coreNumbers() == [0, 0, 0])
        #expect(Graphs.undirected(0, []).coreNumbers() == [])
    }

    @Test func clusteringOfSmallGraphs() {
        // Triangle with a pendant at node 2: node 2 has one tie among its three contacts.
        expectClose(Graphs.undirected(4, [(0, 1), (1, 2), (0, 2), (2, 3)]).clustering(), [1, 1, 1.0 / 3, 0], "clustering")
        // Weighted triangle: geometric mean of the weights over the largest (2).
        let weighted = Graphs.undirected(3, [(0, 1), (1, 2), (0, 2)], weights: [1, 2, 2])
        expectClose(weighted.clustering(), Array(repeating: cbrt(0.5), count: 3), "weighted clustering")
        // A directed 3-cycle: each node has 2 of the 8 possible directed triangles.
        expectClose(Graphs.directed(3, [(0, 1), (1, 2), (2, 0)]).clustering(), [0.5, 0.5, 0.5], "cycle")
        // Every arc reciprocated: Fagiolo's coefficient is 1.
        let complete = Graphs.directed(3, [(0, 1), (1, 0), (1, 2), (2, 1), (0, 2), (2, 0)])
        expectClose(complete.clustering(), [1, 1, 1], "complete digraph")
        #expect(Graphs.undirected(0, []).clustering().isEmpty)
        #expect(Graphs.undirected(2, []).clustering() == [0, 0])
    }
}
