import Testing
@testable import ActorMap

@Suite struct ProjectionTests {
    /// a–b MoU twice (weights 1 and 2), a→b funding (3), b→a funding (4), c–a contention,
    /// d→a membership; e isolated.
    let snapshot: Snapshot

    init() throws {
        let dataset = try #require(check("""
            title: Projections
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
              - {id: c, name: C, kind: national-agency}
              - {id: d, name: D, kind: community-group}
              - {id: e, name: E, kind: donor}
            relationships:
              - {from: a, to: b, type: mou, weight: 1}
              - {from: b, to: a, type: mou, weight: 2, since: 2001}
              - {from: a, to: b, type: funding, weight: 3}
              - {from: b, to: a, type: funding, weight: 4}
              - {from: c, to: a, type: contention, weight: 5}
              - {from: d, to: a, type: membership, weight: 6}
            """).dataset)
        snapshot = Snapshot(dataset)
    }

    private func arcs(_ projection: Projection) -> [String] {
        (0..<projection.nodeCount).flatMap { from in
            projection.successors(of: from).map { to in
                "\(from)→\(to):\(projection.weight(from: from, to: to)!.formatted())"
            }
        }
    }

    @Test func undirectedMergesParallelTiesAndSumsWeights() {
        let projection = snapshot.projection(ProjectionOptions(direction: .undirected, weighted: true))
        #expect(!projection.isDirected)
        #expect(projection.nodeCount == 5)
        // a–b: 1 + 2 + 3 + 4; contention is left out by default; d–a membership.
        #expect(arcs(projection) == ["0→1:10", "0→3:6", "1→0:10", "3→0:6"])
        #expect(projection.tieCount == 2)
        #expect(projection.predecessors(of: 0).elementsEqual([1, 3]))
    }

    @Test func directedKeepsDirectedTypesOneWayAndUndirectedBothWays() {
        let projection = snapshot.projection(ProjectionOptions(direction: .directed, weighted: true))
        #expect(projection.isDirected)
        // a→b: MoU 1 + MoU 2 + funding 3; b→a: MoU 1 + MoU 2 + funding 4; d→a only.
        #expect(arcs(projection) == ["0→1:6", "1→0:7", "3→0:6"])
        #expect(projection.tieCount == 3)
        #expect(projection.predecessors(of: 0).elementsEqual([1, 3]))
        #expect(projection.inWeights[projection.inOffsets[0]..<projection.inOffsets[1]].elementsEqual([7, 6]))
        #expect(projection.outDegree(of: 3) == 1)
        #expect(projection.inDegree(of: 3) == 0)
    }

    @Test func unweightedTiesCountOnceHoweverManyRelationshipsTheyMerge() {
        let projection = snapshot.projection(ProjectionOptions(direction: .directed, weighted: false))
        #expect(arcs(projection) == ["0→1:1", "1→0:1", "3→0:1"])
    }

    @Test func typeFilters() {
        let funding = snapshot.projection(ProjectionOptions(types: .only(["funding"]), direction: .directed, weighted: true))
        #expect(arcs(funding) == ["0→1:3", "1→0:4"])
        let conflict = snapshot.projection(ProjectionOptions(types: .negative, direction: .undirected, weighted: true))
        #expect(arcs(conflict) == ["0→2:5", "2→0:5"])
        let everything = snapshot.projection(ProjectionOptions(types: .all, direction: .undirected, weighted: true))
        #expect(arcs(everything) == ["0→1:10", "0→2:5", "0→3:6", "1→0:10", "2→0:5", "3→0:6"])
        let none = snapshot.projection(ProjectionOptions(types: .only([]), direction: .undirected))
        #expect(none.tieCount == 0)
        #expect(none.nodeCount == 5)
    }

    @Test func keepsIsolatesAndGroups() {
        let projection = snapshot.projection()
        #expect(projection.outDegree(of: 4) == 0)
        let groups = projection.groupIndices.map { snapshot.dataset.vocabulary.groups[$0].id }
        #expect(groups == ["community", "state", "state", "community", "funder"])
        #expect(projection.actorIndices == [0, 1, 2, 3, 4])
    }

    @Test func followsTheSnapshot() {
        let early = Snapshot(snapshot.dataset, at: .year(2000)).projection(ProjectionOptions(weighted: true))
        #expect(arcs(early) == ["0→1:8", "0→3:6", "1→0:8", "3→0:6"])
    }

    @Test func rowsAreSortedWhateverTheInputOrder() {
        let projection = Projection(
            nodeCount: 4,
            arcs: [.init(from: 0, to: 3), .init(from: 0, to: 1), .init(from: 0, to: 2), .init(from: 0, to: 1, weight: 2), .init(from: 2, to: 2)],
            directed: true, weighted: true)
        #expect(Array(projection.successors(of: 0)) == [1, 2, 3])
        #expect(projection.weight(from: 0, to: 1) == 3)
        #expect(projection.weight(from: 1, to: 0) == nil)
        #expect(projection.weight(from: 2, to: 2) == nil, "self-loops are dropped")
        #expect(projection.arcCount == 3)
    }

    @Test func parallelWeightsAddUpInTheOrderGiven() {
        // 10¹⁶ is where a double's step is 2: 10¹⁶ + 1 rounds back to 10¹⁶, while 1 + 1 + 10¹⁶
        // keeps the 2. The order the weights are summed in shows in the merged weight.
        let big = 1e16
        let largeFirst = Projection(
            nodeCount: 3,
            arcs: [.init(from: 0, to: 2), .init(from: 0, to: 1, weight: big), .init(from: 2, to: 1),
                   .init(from: 0, to: 1, weight: 1), .init(from: 0, to: 1, weight: 1)],
            directed: true, weighted: true)
        #expect(largeFirst.weight(from: 0, to: 1) == big)
        #expect(largeFirst.inWeights[largeFirst.inOffsets[1]..<largeFirst.inOffsets[2]].elementsEqual([big, 1]))
        let largeLast = Projection(
            nodeCount: 3,
            arcs: [.init(from: 0, to: 1, weight: 1), .init(from: 0, to: 1, weight: 1), .init(from: 0, to: 1, weight: big)],
            directed: true, weighted: true)
        #expect(largeLast.weight(from: 0, to: 1) == big + 2)
    }

    @Test func anEmptyGraph() {
        let projection = Projection(nodeCount: 0, arcs: [], directed: false, weighted: false)
        #expect(projection.outOffsets == [0])
        #expect(projection.tieCount == 0)
    }
}
