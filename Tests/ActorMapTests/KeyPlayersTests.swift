import Foundation
import Testing
@testable import ActorMap

/// `KeyPlayers` against `Fixtures/keyplayers/keyplayers-reference.py`: Borgatti's (2006)
/// fragmentation and reach written out in Python over networkx's shortest paths, the
/// optimum of every case found by trying every set, and the baselines' scores.
@Suite struct KeyPlayersTests {
    struct Case: Decodable {
        var size: Int
        var goal: String
        var steps: Int?
        var optimum: Double
        var optimal_sets: [[Int]]
        var degree_set: [Int]
        var degree_score: Double
        var betweenness_set: [Int]
        var betweenness_score: Double
    }

    struct Graph: Decodable, CustomTestStringConvertible {
        var name: String
        var nodes: [String]
        var edges: [[Int]]
        var fragmentation: Double
        var global_efficiency: Double
        var cases: [Case]
        var testDescription: String { name }

        var projection: Projection {
            Projection(
                nodeCount: nodes.count, arcs: edges.flatMap { [Projection.Arc(from: $0[0], to: $0[1]), Projection.Arc(from: $0[1], to: $0[0])] },
                directed: false, weighted: false)
        }
    }

    static let graphs: [Graph] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/keyplayers/keyplayers-reference", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return [] }
        struct File: Decodable { var graphs: [Graph] }
        return (try? JSONDecoder().decode(File.self, from: data).graphs) ?? []
    }()

    @Test func referenceLoads() { #expect(Self.graphs.map(\.name) == ["krackhardt-kite", "florentine-families", "karate-club", "broken"]) }

    @Test(arguments: graphs)
    func fragmentationOfTheWholeMap(_ graph: Graph) throws {
        let projection = graph.projection
        #expect(abs(try #require(KeyPlayers.fragmentation(of: projection, removing: [])) - graph.fragmentation) < 1e-12)
        // Borgatti's DF is 1 minus networkx's global efficiency, and what `whatif` reports.
        #expect(abs(try #require(projection.fragmentation()).distanceWeighted - (1 - graph.global_efficiency)) < 1e-12)
    }

    @Test(arguments: graphs)
    func findsTheExhaustiveOptimumAndScoresTheBaselines(_ graph: Graph) throws {
        let projection = graph.projection
        for reference in graph.cases {
            let goal = try #require(KeyPlayers.Goal(rawValue: reference.goal))
            let label = "\(graph.name) k=\(reference.size) \(reference.goal) steps \(reference.steps.map(String.init) ?? "–")"
            let found = try KeyPlayers(projection, options: KeyPlayers.Options(size: reference.size, goal: goal, steps: reference.steps, restarts: 10, seed: 1))
            #expect(abs(found.score - reference.optimum) < 1e-12, "\(label): \(found.score) vs the optimum \(reference.optimum)")
            #expect(reference.optimal_sets.contains(found.set), "\(label): \(found.set) is not among \(reference.optimal_sets)")
            #expect(found.byDegree.set == reference.degree_set, "\(label)")
            #expect(abs(found.byDegree.score - reference.degree_score) < 1e-12, "\(label)")
            #expect(found.byBetweenness.set == reference.betweenness_set, "\(label)")
            #expect(abs(found.byBetweenness.score - reference.betweenness_score) < 1e-12, "\(label)")
            // The score of a set is the same whichever way it is asked for.
            let again = goal == .fragment
                ? KeyPlayers.fragmentation(of: projection, removing: Set(found.set))
                : KeyPlayers.reach(of: projection, from: Set(found.set), steps: reference.steps)
            #expect(abs(try #require(again) - found.score) < 1e-12, "\(label)")
        }
    }

    @Test func theSameSeedFindsTheSameSet() throws {
        let graph = try #require(Self.graphs.first { $0.name == "karate-club" })
        let options = KeyPlayers.Options(size: 4, goal: .fragment, restarts: 4, seed: 42)
        let first = try KeyPlayers(graph.projection, options: options)
        let second = try KeyPlayers(graph.projection, options: options)
        #expect(first.set == second.set && first.score == second.score && first.evaluations == second.evaluations)
        var starts: [Int] = []
        _ = try KeyPlayers(graph.projection, options: options) { starts.append($0) }
        #expect(starts == [1, 2, 3, 4])
    }

    @Test func refusesSetsThatLeaveNothingToMeasure() throws {
        let projection = try #require(Self.graphs.first { $0.name == "krackhardt-kite" }).projection
        for (size, goal, steps) in [(9, KeyPlayers.Goal.fragment, nil), (10, .reach, nil), (0, .reach, nil), (2, .fragment, 2), (2, .reach, 0)] as [(Int, KeyPlayers.Goal, Int?)] {
            #expect(throws: KeyPlayersError.self, "size \(size) \(goal)") {
                try KeyPlayers(projection, options: KeyPlayers.Options(size: size, goal: goal, steps: steps))
            }
        }
        // Eight of ten leave a pair to fragment; nine of ten leave one actor to reach.
        #expect(try KeyPlayers(projection, options: KeyPlayers.Options(size: 8, goal: .fragment, restarts: 1)).set.count == 8)
        #expect(try KeyPlayers(projection, options: KeyPlayers.Options(size: 9, goal: .reach, restarts: 1)).score == 1)
    }

    @Test func readsADirectedProjectionWithoutDirection() throws {
        // A directed path a → b → c: as Borgatti's measures see it, b is between a and c.
        let path = Projection(nodeCount: 3, arcs: [Projection.Arc(from: 0, to: 1), Projection.Arc(from: 1, to: 2)], directed: true, weighted: false)
        let found = try KeyPlayers(path, options: KeyPlayers.Options(size: 1, goal: .fragment))
        #expect(found.set == [1])
        #expect(found.score == 1)
        // Unweighted distances: a, c at 1 step from b: DR = (1 + 1) / 2.
        #expect(KeyPlayers.reach(of: path, from: [1]) == 1)
        // From a: b at 1, c at 2: (1 + 1/2) / 2.
        #expect(KeyPlayers.reach(of: path, from: [0]) == 0.75)
        #expect(KeyPlayers.reach(of: path, from: [0], steps: 1) == 0.5)
    }
}
