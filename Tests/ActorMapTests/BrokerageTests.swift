import Testing
@testable import ActorMap

@Suite struct BrokerageTests {
    @Test(arguments: ReferenceCases.all)
    func rolesMatchSna(_ reference: ReferenceCase) throws {
        let roles = try reference.projected().brokerage()
        let columns: [(String, [Int])] = [
            ("coordinator", roles.coordinator), ("itinerant", roles.itinerant),
            ("representative", roles.representative), ("gatekeeper", roles.gatekeeper),
            ("liaison", roles.liaison),
        ]
        for (name, counts) in columns {
            let expected = try #require(reference.expectedActorValues(name))
            expectClose(counts.map(Double.init), expected, name)
        }
    }

    /// One two-path a → b → c for each combination of groups.
    @Test(arguments: [
        ([0, 0, 0], "coordinator"), ([1, 0, 1], "itinerant"), ([0, 0, 1], "representative"),
        ([1, 0, 0], "gatekeeper"), ([1, 0, 2], "liaison"),
    ])
    func eachRole(groups: [Int], role: String) {
        let roles = directedGraph(3, [(0, 1), (1, 2)], groups: groups).brokerage()
        let byName = [
            "coordinator": roles.coordinator, "itinerant": roles.itinerant,
            "representative": roles.representative, "gatekeeper": roles.gatekeeper, "liaison": roles.liaison,
        ]
        for (name, counts) in byName {
            #expect(counts == [0, name == role ? 1 : 0, 0], "\(name)")
        }
        #expect(roles.total == [0, 1, 0])
    }

    @Test func closedTriadsAndUndirectedMaps() {
        // The arc a → c closes the two-path: no brokerage.
        #expect(directedGraph(3, [(0, 1), (1, 2), (0, 2)]).brokerage().total == [0, 0, 0])
        // Undirected: the centre of a path brokers both ways, once as representative
        // and once as gatekeeper.
        let path = undirectedGraph(3, [(0, 1), (1, 2)], groups: [0, 0, 1]).brokerage()
        #expect(path.representative == [0, 1, 0])
        #expect(path.gatekeeper == [0, 1, 0])
        // A star's hub brokers each ordered pair of leaves: 4 · 3.
        let star = undirectedGraph(5, [(0, 1), (0, 2), (0, 3), (0, 4)]).brokerage()
        #expect(star.coordinator == [12, 0, 0, 0, 0])
        #expect(undirectedGraph(0, []).brokerage().total == [])
        #expect(undirectedGraph(2, []).brokerage().total == [0, 0])
    }
}
