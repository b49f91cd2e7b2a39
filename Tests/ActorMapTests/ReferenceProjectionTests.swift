import Testing
@testable import ActorMap

/// The projections ActorMap builds must be the graphs networkx measured: same actors, same
/// number of ties, same weights summed.
@Suite struct ReferenceProjectionTests {
    @Test func everyReferenceCaseLoads() {
        #expect(ReferenceCases.all.count >= 17)
    }

    @Test(arguments: ReferenceCases.all)
    func projectionMatchesTheReferenceGraph(_ reference: ReferenceCase) throws {
        let projection = try reference.projected()
        #expect(projection.nodeCount == reference.actors.count)
        if case let actors?? = reference.expectedGraphValue("actors") {
            #expect(Double(projection.nodeCount) == actors)
        }
        if case let ties?? = reference.expectedGraphValue("ties") {
            #expect(Double(projection.tieCount) == ties)
        }
        #expect(projection.isDirected == (reference.projection.direction == "directed"))
        if let strength = reference.expectedActorValues("strength") {
            let measured = (0..<projection.nodeCount).map { node in
                projection.outWeights[projection.outOffsets[node]..<projection.outOffsets[node + 1]].reduce(0, +)
                    + (projection.isDirected ? projection.inWeights[projection.inOffsets[node]..<projection.inOffsets[node + 1]].reduce(0, +) : 0)
            }
            expectClose(measured, strength, "\(reference.name) strength")
        }
    }
}
