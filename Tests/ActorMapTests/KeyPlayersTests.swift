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

/// One round of the search (the map without each further actor, all at once from the
/// dominators of shortest paths) against a plain count written out here: a breadth-first
/// search from every actor of the smaller map, Σ 1/d over the pairs it reaches, Borgatti's
/// DF from that. And the search that scores a round at a time against the search that
/// scores each set alone, also written out here: the same sets, scores and counts.
@Suite struct KeyPlayerRoundTests {
    struct Shape: CustomTestStringConvertible {
        var name: String
        var n: Int
        var edges: [(Int, Int)]
        var testDescription: String { name }

        var projection: Projection {
            Projection(nodeCount: n, arcs: edges.flatMap { [Projection.Arc(from: $0.0, to: $0.1), Projection.Arc(from: $0.1, to: $0.0)] },
                       directed: false, weighted: false)
        }

        var neighbours: [[Int]] {
            var lists = [[Int]](repeating: [], count: n)
            for (a, b) in edges where a != b {
                if !lists[a].contains(b) { lists[a].append(b) }
                if !lists[b].contains(a) { lists[b].append(a) }
            }
            return lists
        }
    }

    /// A hub tied to every actor of a ring of 60: taken away, the ring's pairs lie up to 30
    /// steps apart where they were 2, past any margin kept for lengthened paths.
    static func wheel() -> Shape {
        Shape(name: "wheel of 60", n: 61, edges: (1...60).flatMap { [(0, $0), ($0, $0 % 60 + 1)] })
    }

    /// `n` actors and `m` ties drawn at random: leaves, cut points, several components.
    static func random(n: Int, m: Int, seed: UInt64) -> Shape {
        var random = SplitMix64(seed: seed)
        let edges = (0..<m).map { _ in (Int(random.next() % UInt64(n)), Int(random.next() % UInt64(n))) }
        return Shape(name: "random \(n)/\(m) seed \(seed)", n: n, edges: edges.filter { $0.0 != $0.1 })
    }

    /// A grid of 7 by 7: many shortest paths of equal length, few that one actor holds alone.
    static func grid() -> Shape {
        var edges: [(Int, Int)] = []
        for row in 0..<7 { for column in 0..<7 {
            let node = row * 7 + column
            if column < 6 { edges.append((node, node + 1)) }
            if row < 6 { edges.append((node, node + 7)) }
        } }
        return Shape(name: "grid 7×7", n: 49, edges: edges)
    }

    /// A tree: every actor inside it cuts the map.
    static func tree(n: Int, seed: UInt64) -> Shape {
        var random = SplitMix64(seed: seed)
        return Shape(name: "tree of \(n)", n: n, edges: (1..<n).map { ($0, Int(random.next() % UInt64($0))) })
    }

    static let shapes = [wheel(), random(n: 70, m: 100, seed: 1), random(n: 60, m: 150, seed: 2), grid(), tree(n: 50, seed: 3)]

    /// DF of `shape` without `removed`, counted plainly, or `nil` when fewer than two remain.
    static func plainFragmentation(_ shape: Shape, removing removed: Set<Int>, neighbours: [[Int]]) -> Double? {
        let remaining = shape.n - removed.count
        guard remaining >= 2 else { return nil }
        var inverse = 0.0
        for source in 0..<shape.n where !removed.contains(source) {
            var distance = [Int](repeating: -1, count: shape.n)
            distance[source] = 0
            var queue = [source], head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for other in neighbours[node] where !removed.contains(other) && distance[other] < 0 {
                    distance[other] = distance[node] + 1
                    inverse += 1 / Double(distance[other])
                    queue.append(other)
                }
            }
        }
        return max(0, 1 - inverse / (Double(remaining) * Double(remaining - 1)))
    }

    @Test(arguments: shapes)
    func aRoundScoresEachFurtherActorAsAPlainCountDoes(_ shape: Shape) throws {
        let projection = shape.projection, neighbours = shape.neighbours
        for removed in [Set<Int>(), [0], [1, 2], [0, 5, 9]] as [Set<Int>] {
            let round = KeyPlayers.fragmentationWithoutEach(of: projection, removing: removed)
            #expect(round.count == shape.n)
            for node in 0..<shape.n {
                if removed.contains(node) {
                    #expect(round[node] == nil)
                    continue
                }
                let score = try #require(round[node], "\(shape.name) without \(removed.sorted()) and \(node)")
                let plain = try #require(Self.plainFragmentation(shape, removing: removed.union([node]), neighbours: neighbours))
                #expect(abs(score - plain) < 1e-12, "\(shape.name) without \(removed.sorted()) and \(node): \(score) vs \(plain)")
                // Counted in whole numbers either way: the very same double as a direct count.
                #expect(score == KeyPlayers.fragmentation(of: projection, removing: removed.union([node])),
                        "\(shape.name) without \(removed.sorted()) and \(node)")
            }
        }
    }

    @Test func theWheelWithoutItsHubIsARing() throws {
        let shape = Self.wheel()
        let round = KeyPlayers.fragmentationWithoutEach(of: shape.projection, removing: [])
        // A ring of 60: each actor has two others at each distance 1…29 and one at 30, so
        // Σ 1/d over ordered pairs = 60 · (2 · H₂₉ + 1/30).
        let harmonic = (1...29).reduce(0.0) { $0 + 1 / Double($1) }
        let expected = 1 - 60 * (2 * harmonic + 1.0 / 30) / (60 * 59)
        #expect(abs(try #require(round[0]) - expected) < 1e-12)
    }

    @Test func refusesARoundThatLeavesNoPair() {
        let shape = Self.random(n: 4, m: 6, seed: 9)
        #expect(KeyPlayers.fragmentationWithoutEach(of: shape.projection, removing: [0, 1]).isEmpty)
        #expect(KeyPlayers.fragmentationWithoutEach(of: shape.projection, removing: [0]).count == 4)
    }

    /// Borgatti's search as it ran before rounds: every set scored alone, plainly; a greedy
    /// start, then random starts from the seed, each improved by first-improving swaps.
    static func searchSetBySet(_ shape: Shape, size: Int, restarts: Int, seed: UInt64) -> (set: [Int], score: Double, evaluations: Int) {
        let neighbours = shape.neighbours
        var evaluations = 0
        func score(_ set: [Int]) -> Double {
            evaluations += 1
            return plainFragmentation(shape, removing: Set(set), neighbours: neighbours)!
        }
        let tolerance = 1e-12
        var random = SplitMix64(seed: seed)
        var best: (set: [Int], score: Double)?
        for start in 0..<restarts {
            var set: [Int]
            if start == 0 {
                set = []
                for _ in 0..<size {
                    var pick: (node: Int, score: Double)?
                    for node in 0..<shape.n where !set.contains(node) {
                        let value = score(set + [node])
                        if pick == nil || value > pick!.score + tolerance { pick = (node, value) }
                    }
                    set.append(pick!.node)
                }
            } else {
                set = Array(random.permutation(of: shape.n).prefix(size))
            }
            var current = score(set)
            var improving = true
            while improving {
                improving = false
                for slot in set.indices {
                    for candidate in 0..<shape.n where !set.contains(candidate) {
                        let old = set[slot]
                        set[slot] = candidate
                        let value = score(set)
                        if value > current + tolerance {
                            current = value
                            improving = true
                        } else {
                            set[slot] = old
                        }
                    }
                }
            }
            if best == nil || current > best!.score + tolerance { best = (set, current) }
        }
        return (best!.set.sorted(), best!.score, evaluations)
    }

    @Test(arguments: [random(n: 40, m: 60, seed: 4), random(n: 45, m: 90, seed: 5), tree(n: 40, seed: 6), grid()])
    func theSearchTakesTheSameSwapsAsScoringEachSetAlone(_ shape: Shape) throws {
        for (size, restarts, seed) in [(1, 2, 1), (2, 3, 7), (3, 3, 11)] as [(Int, Int, UInt64)] {
            let found = try KeyPlayers(shape.projection, options: KeyPlayers.Options(size: size, goal: .fragment, restarts: restarts, seed: seed))
            let alone = Self.searchSetBySet(shape, size: size, restarts: restarts, seed: seed)
            let label = "\(shape.name) k=\(size) seed \(seed)"
            #expect(found.set == alone.set, "\(label)")
            #expect(abs(found.score - alone.score) < 1e-12, "\(label): \(found.score) vs \(alone.score)")
            // The whole map's score and the two baselines are 3 more sets scored.
            #expect(found.evaluations == alone.evaluations + 3, "\(label)")
        }
    }
}
