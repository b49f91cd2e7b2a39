import Testing
@testable import ActorMap

private typealias Graphs = StructureTestGraphs

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
        let roles = Graphs.directed(3, [(0, 1), (1, 2)], groups: groups).brokerage()
        let byName = [
            "coordinator": roles.coordinator, "itinerant": roles.itinerant,
            "representative": roles.representative, "gatekeeper": roles.gatekeeper, "liaison": roles.liaison,
        ]
        for (name, counts) in byName {
            #expect(counts == [0, name == role ? 1 : 0, 0], "\(name)")
        }
        #expect(roles.total == [0, 1, 0])
    }

    /// Every two-path checked one by one, as sna's C code does, on random maps with a hub
    /// so that both ways of finding closed two-paths are taken.
    @Test(arguments: [(false, UInt64(1)), (false, 2), (true, 3), (true, 4)])
    func agreesWithTwoPathEnumeration(directed: Bool, seed: UInt64) {
        var generator = Graphs.Generator(seed: seed)
        let n = 40
        var arcs: [(Int, Int)] = []
        for _ in 0..<160 {
            // Half the ties touch node 0, the hub.
            let u = generator.next() % 2 == 0 ? 0 : Int(generator.next() % UInt64(n))
            let v = Int(generator.next() % UInt64(n))
            if u != v { arcs.append(generator.next() % 2 == 0 ? (u, v) : (v, u)) }
        }
        let groups = (0..<n).map { _ in Int(generator.next() % 3) * 7 - 3 }
        let graph = directed ? Graphs.directed(n, arcs, groups: groups) : Graphs.undirected(n, arcs, groups: groups)
        var expected = [[Int]](repeating: [Int](repeating: 0, count: n), count: 5)
        for a in 0..<n {
            for b in graph.successors(of: a) {
                for c in graph.successors(of: b) where c != a && graph.weight(from: a, to: c) == nil {
                    let role = switch (groups[a] == groups[b], groups[b] == groups[c], groups[a] == groups[c]) {
                    case (true, true, _): 0
                    case (false, false, true): 1
                    case (true, false, _): 2
                    case (false, true, _): 3
                    case (false, false, false): 4
                    }
                    expected[role][b] += 1
                }
            }
        }
        let roles = graph.brokerage()
        #expect(roles.coordinator == expected[0])
        #expect(roles.itinerant == expected[1])
        #expect(roles.representative == expected[2])
        #expect(roles.gatekeeper == expected[3])
        #expect(roles.liaison == expected[4])
    }

    @Test func closedTriadsAndUndirectedMaps() {
        // The arc a → c closes the two-path: no brokerage.
        #expect(Graphs.directed(3, [(0, 1), (1, 2), (0, 2)]).brokerage().total == [0, 0, 0])
        // Undirected: the centre of a path brokers both ways, once as representative
        // and once as gatekeeper.
        let path = Graphs.undirected(3, [(0, 1), (1, 2)], groups: [0, 0, 1]).brokerage()
        #expect(path.representative == [0, 1, 0])
        #expect(path.gatekeeper == [0, 1, 0])
        // A star's hub brokers each ordered pair of leaves: 4 · 3.
        let star = Graphs.undirected(5, [(0, 1), (0, 2), (0, 3), (0, 4)]).brokerage()
        #expect(star.coordinator == [12, 0, 0, 0, 0])
        #expect(Graphs.undirected(0, []).brokerage().total == [])
        #expect(Graphs.undirected(2, []).brokerage().total == [0, 0])
    }
}
