import Foundation
import Testing
@testable import ActorMap

private typealias Graphs = StructureTestGraphs

@Suite struct StructuralHoleTests {
    @Test(arguments: ReferenceCases.all)
    func constraintMatchesNetworkx(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("constraint"))
        expectClose(try reference.projected().constraint(), expected, "constraint")
    }

    @Test(arguments: ReferenceCases.all)
    func effectiveSizeMatchesBurt(_ reference: ReferenceCase) throws {
        let expected = try #require(reference.expectedActorValues("effective_size"))
        expectClose(try reference.projected().effectiveSize(), expected, "effective size")
    }

    @Test func referenceCasesArePresent() {
        #expect(ReferenceCases.all.count >= 17)
    }

    /// A star's hub has four contacts with no ties among them; each leaf has one contact.
    @Test func star() {
        let star = Graphs.undirected(5, [(0, 1), (0, 2), (0, 3), (0, 4)])
        // Hub: four contacts with p = 1/4 and no indirect paths: 4 · (1/4)².
        expectClose(star.constraint(), [0.25, 1, 1, 1, 1], "constraint")
        expectClose(star.effectiveSize(), [4, 1, 1, 1, 1], "effective size")
    }

    /// In a triangle each actor's two contacts know each other.
    @Test func triangle() {
        let triangle = Graphs.undirected(3, [(0, 1), (1, 2), (0, 2)])
        // (1/2 + 1/2 · 1/2)² per contact, two contacts.
        expectClose(triangle.constraint(), [1.125, 1.125, 1.125], "constraint")
        // Borgatti: n − 2t/n = 2 − 2·1/2.
        expectClose(triangle.effectiveSize(), [1, 1, 1], "effective size")
    }

    /// The weighted mutual-weight normalisation: a triangle 0–1 (3), 0–2 (1), 1–2 (1).
    @Test func weightedTriangle() {
        let triangle = Graphs.undirected(3, [(0, 1), (0, 2), (1, 2)], weights: [3, 1, 1])
        // Node 0: p01 = 3/4, p02 = 1/4; p12 = 1/4 (of node 1's 4), p21 = 1/2 (of node 2's 2).
        let c0 = pow(0.75 + 0.25 * 0.5, 2) + pow(0.25 + 0.75 * 0.25, 2)
        // Effective size of 0: contact 1 (strongest tie 3): 1 − p02·m12 = 1 − 1/4 · 1/3;
        // contact 2 (strongest tie 1): 1 − p01·m21 = 1 − 3/4 · 1.
        let e0 = (1 - 0.25 / 3) + (1 - 0.75)
        #expect(abs(triangle.constraint()[0] - c0) < 1e-12)
        #expect(abs(triangle.effectiveSize()[0] - e0) < 1e-12)
    }

    /// A reciprocated arc counts twice in the mutual weight.
    @Test func directedMutualWeight() {
        // 0 ⇄ 1, 0 → 2: node 0's mutual weights are 2 and 1.
        let graph = Graphs.directed(3, [(0, 1), (1, 0), (0, 2)])
        expectClose(graph.constraint(), [pow(2.0 / 3, 2) + pow(1.0 / 3, 2), 1, 1], "constraint")
        expectClose(graph.effectiveSize(), [2, 1, 1], "effective size")
    }

    @Test func isolatesAndEmptyGraphs() {
        let graph = Graphs.undirected(4, [(0, 1)])
        expectClose(graph.constraint(), [1, 1, nil, nil], "constraint")
        expectClose(graph.effectiveSize(), [1, 1, nil, nil], "effective size")
        #expect(Graphs.undirected(0, []).constraint().isEmpty)
        #expect(Graphs.undirected(0, []).effectiveSize().isEmpty)
        #expect(Graphs.undirected(1, []).constraint()[0].isNaN)
        // A sink with only incoming arcs still has a contact.
        expectClose(Graphs.directed(2, [(0, 1)]).constraint(), [1, 1], "constraint")
    }
}
