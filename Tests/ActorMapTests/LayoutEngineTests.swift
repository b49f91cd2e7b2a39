import Testing
@testable import ActorMap

/// The engine chosen for a map, and what the choice reads from it: actors, ties, density
/// and loops. Maps are generated with a seeded generator, the way Benchmarks/make_map.py
/// makes the maps the figures in ``LayoutEngine/expectedSeconds(for:)`` were measured on.
@Suite struct LayoutEngineTests {
    /// `actors` organisations joined by `ties` funding ties between random pairs (loops
    /// form by chance), or, with `loopFree`, each from a lower-numbered actor to a higher one.
    static func generatedMap(actors: Int, ties: Int, loopFree: Bool = false, seed: UInt64 = 1) throws -> Dataset {
        var random = SplitMix64(seed: seed)
        func below(_ bound: Int) -> Int { Int(random.next().multipliedFullWidth(by: UInt64(bound)).high) }
        let people = (0..<actors).map { Actor(id: "a\($0)", name: "Organisation \($0)", kind: "support-ngo") }
        var seen: [Int: Int] = [:]
        let relationships = (0..<ties).map { _ -> Relationship in
            var from = below(actors), to = below(actors - 1)
            if loopFree {
                (from, to) = (below(actors - 1), 0)
                to = from + 1 + below(actors - 1 - from)
            } else if to >= from {
                to += 1
            }
            // A repeated pair starts a year later, so that no two ties are the same tie.
            let repeats = seen[from * actors + to, default: 0]
            seen[from * actors + to] = repeats + 1
            return Relationship(
                from: "a\(from)", to: "a\(to)", type: "funding", period: repeats == 0 ? .always : Period(since: CalendarDate(year: 1900 + repeats), until: nil))
        }
        return try Dataset(title: "Generated", actors: people, relationships: relationships)
    }

    /// The workload of `dataset` as render draws it: every tie, all time.
    static func workload(_ dataset: Dataset) throws -> LayoutWorkload {
        LayoutWorkload(try Diagram(Snapshot(dataset)).graph)
    }

    // MARK: The workload

    @Test func loopsAreCountedByTheActorsOnThem() {
        // a0 → a1 → a2 → a0 is a loop; a2 → a3 → a4 and a4 → a4 (to itself) are not.
        let workload = LayoutWorkload(actors: 6, ties: [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 4)])
        #expect(workload.actors == 6)
        #expect(workload.ties == 6)
        #expect(workload.actorsOnLoops == 3)
        // 6 ties over 6 × 5 ordered pairs.
        #expect(workload.density == 0.2)
        #expect(workload.tiesPerActor == 1)
    }

    @Test func twoLoopsJoinedOneWayAreBothCounted() {
        // Two 2-actor loops (MoUs each way) and a tie from one to the other: 4 on loops.
        let workload = LayoutWorkload(actors: 5, ties: [(0, 1), (1, 0), (2, 3), (3, 2), (1, 2)])
        #expect(workload.actorsOnLoops == 4)
    }

    @Test func aDOTGraphIsReadAsGraphvizReadsIt() {
        // An edge to a node the graph does not list makes that node, as in Graphviz.
        let graph = DOTGraph(name: "g", isDirected: true, nodes: [.init("x"), .init("y")], edges: [
            .init(from: "x", to: "y"), .init(from: "y", to: "x"), .init(from: "y", to: "z"),
        ])
        let workload = LayoutWorkload(graph)
        #expect(workload.actors == 3)
        #expect(workload.ties == 3)
        #expect(workload.actorsOnLoops == 2)
    }

    @Test func undirectedTiesFormLoopsForDot() throws {
        // dot ranks every edge of a digraph from its first actor to its second, arrowheads
        // or not: a collaboration a → b and one b → a form a loop for it.
        let dataset = try Dataset(
            title: "Two collaborations",
            actors: [Actor(id: "a", name: "A", kind: "federation"), Actor(id: "b", name: "B", kind: "support-ngo")],
            relationships: [Relationship(from: "a", to: "b", type: "collaboration"), Relationship(from: "b", to: "a", type: "mou")])
        #expect(try Self.workload(dataset).actorsOnLoops == 2)
    }

    // MARK: The choice

    @Test func aSmallMapIsLayered() throws {
        let workload = try Self.workload(Self.generatedMap(actors: 30, ties: 45))
        let (engine, reason) = LayoutEngine.recommended(for: workload)
        #expect(engine == .dot)
        #expect(reason == "dot: 30 actors and 45 relationships are few enough for a layered drawing (up to 50 actors)")
    }

    /// The reason counts what is drawn, as the title does: relationships, one by one, and
    /// "1 relationship" for one.
    @Test func theReasonCountsDrawnRelationshipsInWords() {
        let one = LayoutWorkload(actors: 2, ties: [(0, 1)])
        #expect(one.described == "2 actors and 1 relationship")
        #expect(LayoutEngine.recommended(for: one).reason == "dot: 2 actors and 1 relationship are few enough for a layered drawing (up to 50 actors)")
        // Two relationships between the same pair are one tie to the measures, two drawn.
        let parallel = LayoutWorkload(actors: 2, ties: [(0, 1), (0, 1)])
        #expect(parallel.described == "2 actors and 2 relationships")
    }

    @Test func fiftyActorsWithEveryPossibleTieAreNotGivenToDot() throws {
        // Every ordered pair of 50 actors: 2,450 ties, density 1. By actors alone this was
        // dot, which routes every tie across its layers and runs for minutes.
        var ties: [(from: Int, to: Int)] = []
        for from in 0..<50 { for to in 0..<50 where to != from { ties.append((from, to)) } }
        let workload = LayoutWorkload(actors: 50, ties: ties)
        #expect(workload.density == 1)
        let (engine, reason) = LayoutEngine.recommended(for: workload)
        #expect(engine == .neato)
        #expect(reason == "neato: 50 actors and 2,450 relationships are too many relationships on loops for dot (50 actors on loops), which must break every loop across its layers; neato lays them out quickly (up to 400 actors)")
    }

    @Test func fiftyActorsWith9800FundingTiesAreNotGivenToDot() throws {
        // The map of the report: 50 actors and 9,800 funding ties, many between the same pair.
        let workload = try Self.workload(Self.generatedMap(actors: 50, ties: 9800))
        #expect(workload.ties == 9800)
        #expect(LayoutEngine.recommended(for: workload).engine == .neato)
        #expect(LayoutEngine.dot.expectedSeconds(for: workload) > 60)
        #expect(LayoutEngine.neato.expectedSeconds(for: workload) < 1)
    }

    @Test func aMapWithoutLoopsIsLayeredUpTo100Actors() throws {
        let loopFree = try Self.workload(Self.generatedMap(actors: 100, ties: 150, loopFree: true))
        #expect(loopFree.actorsOnLoops == 0)
        #expect(LayoutEngine.recommended(for: loopFree).engine == .dot)
        // The same number of ties drawn at random closes loops: dot would tangle them.
        let looped = try Self.workload(Self.generatedMap(actors: 100, ties: 150))
        #expect(looped.actorsOnLoops > 0)
        let (engine, reason) = LayoutEngine.recommended(for: looped)
        #expect(engine == .neato)
        #expect(reason == "neato: 100 actors and 150 relationships with \(looped.actorsOnLoops) actors on loops are too many for a readable layered drawing (up to 50 actors, or 100 without loops); neato lays them out quickly (up to 400 actors)")
        let beyond = try Self.workload(Self.generatedMap(actors: 101, ties: 150, loopFree: true))
        #expect(LayoutEngine.recommended(for: beyond).engine == .neato)
    }

    @Test func aMidSizedMapIsNeatosAndALargeOneSfdps() throws {
        let mid = try Self.workload(Self.generatedMap(actors: 300, ties: 600))
        #expect(LayoutEngine.recommended(for: mid) == (
            .neato, "neato: 300 actors and 600 relationships are too many for a readable layered drawing; neato lays them out quickly (up to 400 actors)"))
        let large = LayoutWorkload(actors: 2000, ties: (0..<4000).map { ($0 % 2000, ($0 * 7 + 1) % 2000) })
        let (engine, reason) = LayoutEngine.recommended(for: large)
        #expect(engine == .sfdp)
        #expect(reason == "sfdp: 2,000 actors and 4,000 relationships are more than neato lays out quickly (up to 400 actors); sfdp stays fast")
    }

    @Test func tiesCountForNeatoToo() {
        // 400 actors is neato's size, but 60,000 ties among them make it slow.
        let dense = LayoutWorkload(actors: 400, ties: (0..<60_000).map { ($0 % 400, ($0 / 400 + $0 + 1) % 400) })
        #expect(LayoutEngine.neato.expectedSeconds(for: dense) > LayoutEngine.quickLayout)
        #expect(LayoutEngine.recommended(for: dense) == (
            .sfdp, "sfdp: 400 actors and 60,000 relationships are too many for a readable layered drawing, and too many relationships for neato to be quick; sfdp stays fast"))
    }

    @Test func anEgoNetworkIsDrawnInRings() throws {
        let workload = try Self.workload(Self.generatedMap(actors: 30, ties: 45))
        #expect(LayoutEngine.recommended(for: workload, focused: true).engine == .twopi)
    }

    @Test func aPinnedLayoutIsNeverLayered() throws {
        let workload = try Self.workload(Self.generatedMap(actors: 30, ties: 45))
        #expect(LayoutEngine.recommended(for: workload, layered: false) == (
            .neato, "neato: a layout of 30 actors and 45 relationships kept for several drawings is not layered; neato lays them out quickly (up to 400 actors)"))
    }

    // MARK: Expected time

    @Test func loopsMakeDotSlowAndNotTheOthers() throws {
        // 300 actors and 600 funding ties: Graphviz 2.42 took 2.5 s with loops, 0.16 s without.
        let looped = try Self.workload(Self.generatedMap(actors: 300, ties: 600))
        let loopFree = try Self.workload(Self.generatedMap(actors: 300, ties: 600, loopFree: true))
        #expect(LayoutEngine.dot.expectedSeconds(for: looped) > 5 * LayoutEngine.dot.expectedSeconds(for: loopFree))
        for engine in LayoutEngine.allCases where engine != .dot {
            #expect(engine.expectedSeconds(for: looped) == engine.expectedSeconds(for: loopFree))
        }
    }

    @Test func everyEngineTakesLongerOnMoreActorsAndTies() {
        let small = LayoutWorkload(actors: 100, ties: (0..<200).map { ($0 % 100, ($0 + 1) % 100) })
        let large = LayoutWorkload(actors: 1000, ties: (0..<2000).map { ($0 % 1000, ($0 + 1) % 1000) })
        for engine in LayoutEngine.allCases {
            #expect(engine.expectedSeconds(for: large) > engine.expectedSeconds(for: small))
        }
    }

    // MARK: Bounds

    @Test func dotAndNeatoAlwaysRunWithBoundedSearches() {
        let dot = LayoutEngine.dot.graphAttributes
        #expect(dot[.nslimit] != nil && dot[.nslimit1] != nil && dot[.mclimit] != nil)
        #expect(LayoutEngine.neato.graphAttributes["maxiter"] == .number(100))
    }
}
