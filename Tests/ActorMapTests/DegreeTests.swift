import Testing
@testable import ActorMap

@Suite struct DegreeTests {
    @Test(arguments: ReferenceCases.all)
    func matchesNetworkx(_ reference: ReferenceCase) throws {
        let degrees = try reference.projected().degrees()
        let counts = [("degree", degrees.degree), ("in_degree", degrees.inDegree), ("out_degree", degrees.outDegree)]
        for (measure, values) in counts {
            let expected = try #require(reference.expectedActorValues(measure), "\(measure) missing")
            expectClose(values.map(Double.init), expected, tolerance: 0, "\(reference.name) \(measure)")
        }
        for (measure, values) in [("strength", degrees.strength), ("degree_centrality", degrees.degreeCentrality)] {
            let expected = try #require(reference.expectedActorValues(measure), "\(measure) missing")
            expectClose(values, expected, "\(reference.name) \(measure)")
        }
    }

    @Test func reciprocatedArcsCountOnceAsPartnersAndTwiceAsTies() {
        // 0 ⇄ 1, 0 → 2.
        let degrees = PathTestGraphs.directed(3, [(0, 1), (1, 0), (0, 2)]).degrees()
        #expect(degrees.degree == [2, 1, 1])
        #expect(degrees.inDegree == [1, 1, 1])
        #expect(degrees.outDegree == [2, 1, 0])
        #expect(degrees.strength == [3, 2, 1])
        #expect(degrees.degreeCentrality == [1.5, 1, 0.5])
    }

    @Test func strengthSumsWeights() {
        let triangle = PathTestGraphs.undirected(4, [(0, 1), (1, 2), (2, 0)], weights: [1, 2.5, 4])
        let degrees = triangle.degrees()
        #expect(degrees.degree == [2, 2, 2, 0])
        #expect(degrees.inDegree == degrees.degree)
        #expect(degrees.outDegree == degrees.degree)
        #expect(degrees.strength == [5.0, 3.5, 6.5, 0.0])
        let twoOfThree = 2.0 / 3
        #expect(degrees.degreeCentrality == [twoOfThree, twoOfThree, twoOfThree, 0])

        let funding = Projection(
            nodeCount: 2, arcs: [.init(from: 0, to: 1, weight: 3), .init(from: 1, to: 0, weight: 0.5)],
            directed: true, weighted: true)
        #expect(funding.degrees().strength == [3.5, 3.5])
    }

    @Test func starCentreIsTiedToEveryone() {
        let degrees = PathTestGraphs.star(leaves: 4).degrees()
        #expect(degrees.degree == [4, 1, 1, 1, 1])
        #expect(degrees.degreeCentrality == [1, 0.25, 0.25, 0.25, 0.25])
    }

    @Test func emptyAndSingleActorMaps() {
        let empty = Projection(nodeCount: 0, arcs: [], directed: true, weighted: false).degrees()
        #expect(empty == DegreeMeasures(degree: [], inDegree: [], outDegree: [], strength: [], degreeCentrality: []))
        // networkx gives a lone actor degree centrality 1.
        let single = Projection(nodeCount: 1, arcs: [], directed: false, weighted: false).degrees()
        #expect(single == DegreeMeasures(degree: [0], inDegree: [0], outDegree: [0], strength: [0], degreeCentrality: [1]))
    }
}
