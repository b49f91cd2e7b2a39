/// Borgatti's key players: the set of *k* actors that holds the map together (whose removal
/// fragments it most, KPP-Neg) or that reaches the rest of it best (KPP-Pos).
///
/// The map is taken without direction or weights: two actors are adjacent when a tie of a
/// counted type joins them either way, and a distance is a number of steps.
///
/// - **fragment** maximises the distance-weighted fragmentation of the *n* − *k* actors
///   that remain once the set is taken away,
///   DF = 1 − Σ_{i≠j} (1/d_ij) / ((n−k)(n−k−1)), with 1/d = 0 between actors who cannot
///   reach each other (Borgatti 2006, eq. 9).
/// - **reach** maximises the distance-weighted reach of the set,
///   DR = Σ_{j∉K} (1/d_Kj) / (n − k), where d_Kj is the distance from the nearest member of
///   the set (eq. 14); with a number of steps *M*, the share of the actors outside the set
///   within *M* steps of it.
///
/// The search is Borgatti's: a start, then swaps of a member for a non-member while one
/// improves the score (the first improving swap is taken, sweeping members in order and
/// non-members in node order), until a whole sweep finds none. The first start is greedy
/// (the actor that raises the score most, *k* times); each further restart starts from *k*
/// actors drawn by SplitMix64 from the seed, so a run repeats exactly. The best set over
/// all restarts is kept, the earlier on a tie. It is a heuristic: with few restarts it can
/// stop at a set that no single swap improves but another set beats.
///
/// Every set one member's sweep tries (or one greedy step) is the same other members and
/// one more actor, so for fragmentation one round of searches scores them all at once: the
/// map without the other members is searched breadth first from each actor, and taking
/// each further actor away changes only the pairs whose shortest paths all pass through it,
/// found from the dominators of the shortest paths (`RemovalFragmentation`). Pairs are
/// counted by distance in whole numbers, so a score is exactly the score of the smaller map
/// counted directly, and the search takes the same swaps as one that scores each set alone.
///
/// Borgatti, S. P. (2006). Identifying sets of key players in a social network.
/// *Computational and Mathematical Organization Theory* 12(1), 21–34.
public struct KeyPlayers: Sendable {
    /// What the set is for.
    public enum Goal: String, CaseIterable, Sendable, Hashable {
        /// KPP-Neg: the set whose removal fragments the map most.
        case fragment
        /// KPP-Pos: the set that reaches the rest of the map best.
        case reach
    }

    /// What to search for, and how hard.
    public struct Options: Sendable, Hashable {
        /// How many actors the set holds (*k*).
        public var size: Int
        /// What the set is for.
        public var goal: Goal
        /// For ``Goal/reach``: count the share of actors within this many steps instead of
        /// weighting each by 1/distance; `nil` for the distance-weighted reach.
        public var steps: Int?
        /// How many starts the search makes: the greedy one, then random ones.
        public var restarts: Int
        /// The seed of the random starts.
        public var seed: UInt64

        /// Options for a search.
        ///
        /// - Parameters:
        ///   - size: How many actors the set holds.
        ///   - goal: What the set is for.
        ///   - steps: For reach, the most steps that count; `nil` for distance-weighted reach.
        ///   - restarts: How many starts the search makes; 10 by default.
        ///   - seed: The seed of the random starts.
        public init(size: Int, goal: Goal, steps: Int? = nil, restarts: Int = 10, seed: UInt64 = 0) {
            self.size = size
            self.goal = goal
            self.steps = steps
            self.restarts = restarts
            self.seed = seed
        }
    }

    /// A set chosen another way, with its score, to compare the search with.
    public struct Baseline: Sendable, Hashable {
        /// The nodes of the set, ascending.
        public var set: [Int]
        /// Its score for the goal searched for.
        public var score: Double
    }

    /// What was searched for.
    public let options: Options
    /// The nodes of the set found, ascending.
    public let set: [Int]
    /// Its score: DF for ``Goal/fragment``, DR (or the share within the steps) for
    /// ``Goal/reach``.
    public let score: Double
    /// The score of the map before anything is taken away (DF of the whole map) for
    /// ``Goal/fragment``; `nil` for ``Goal/reach``.
    public let scoreWithoutRemoval: Double?
    /// The *k* actors of highest degree, ties broken by node order, and their score.
    public let byDegree: Baseline
    /// The *k* actors of highest betweenness (networkx's, to nine decimals), ties broken by
    /// node order, and their score.
    public let byBetweenness: Baseline
    /// How many sets were scored.
    public let evaluations: Int

    /// Searches `projection` for the key players.
    ///
    /// - Parameters:
    ///   - projection: The map; taken without direction or weights.
    ///   - options: The size of the set, the goal and the search's restarts and seed.
    ///   - progress: Called after each start's search ends, with the number of starts done.
    /// - Throws: ``KeyPlayersError`` when the set is too large or too small for the map, or
    ///   an option is out of range.
    /// - Complexity: for ``Goal/fragment``, a start takes *k* rounds of searches to build a
    ///   greedy set and *k* per sweep of swaps, each round O(*n* · (*n* + *m*)) plus the
    ///   regions searched again; for ``Goal/reach`` each set scored is O(*n* + *m*), about
    ///   *k*·*n* sets for the greedy start and *k*·(*n* − *k*) per sweep.
    public init(_ projection: Projection, options: Options, progress: ((Int) -> Void)? = nil) throws(KeyPlayersError) {
        let n = projection.nodeCount
        try Self.check(options, actors: n)
        let graph = KeyPlayerGraph(projection)
        self.options = options
        var scorer = KeyPlayerScorer(graph: graph, goal: options.goal, steps: options.steps)
        var random = SplitMix64(seed: options.seed)
        var best: (set: [Int], score: Double)?
        for start in 0..<options.restarts {
            let first = start == 0 ? scorer.greedy(size: options.size) : Array(random.permutation(of: n).prefix(options.size))
            let found = scorer.improved(first)
            if best == nil || found.score > best!.score + KeyPlayerScorer.tolerance { best = found }
            progress?(start + 1)
        }
        set = best!.set.sorted()
        score = best!.score
        scoreWithoutRemoval = options.goal == .fragment ? scorer.score([]) : nil

        let degrees = (0..<n).map(graph.degree(of:)).map(Double.init)
        let betweenness = graph.projection.betweenness()
        func top(_ values: [Double]) -> Baseline {
            let chosen = (0..<n).sorted { (values[$0], -$0) > (values[$1], -$1) }.prefix(options.size).sorted()
            return Baseline(set: chosen, score: scorer.score(chosen))
        }
        byDegree = top(degrees)
        // Compared to nine decimals, so that actors placed alike (two ends of a symmetric map)
        // tie whatever the last bits of their sums, and the earlier node comes first.
        byBetweenness = top(betweenness.map { ($0 * 1e9).rounded() })
        evaluations = scorer.evaluations
    }

    /// Borgatti's distance-weighted fragmentation of `projection` once `removed` are taken
    /// away, over the actors that remain; taken without direction or weights.
    ///
    /// - Parameters:
    ///   - projection: The map.
    ///   - removed: Nodes to take away.
    /// - Returns: DF of the remaining actors, or `nil` when fewer than two remain.
    /// - Complexity: O((*n*/64) · *D* · (*n* + *m*)) for a longest shortest path of *D* ties.
    public static func fragmentation(of projection: Projection, removing removed: Set<Int>) -> Double? {
        guard projection.nodeCount - removed.count >= 2 else { return nil }
        var scorer = KeyPlayerScorer(graph: KeyPlayerGraph(projection), goal: .fragment, steps: nil)
        return scorer.score(removed.sorted())
    }

    /// Borgatti's distance-weighted fragmentation of `projection` once `removed` and one
    /// more actor are taken away, for each other actor in turn: which single actor's
    /// departure would fragment what remains most. One round of the search for key players.
    ///
    /// - Parameters:
    ///   - projection: The map; taken without direction or weights.
    ///   - removed: Nodes taken away from every map scored.
    /// - Returns: For each node, DF of the actors that remain without `removed` and that node;
    ///   `nil` for the nodes of `removed`. Empty when fewer than three nodes are left out of
    ///   `removed`, so that taking one more leaves no pair.
    /// - Complexity: O(*n* · (*n* + *m*)) plus, for each actor and each actor that all its
    ///   shortest paths to some others pass through, a search of those others again.
    public static func fragmentationWithoutEach(of projection: Projection, removing removed: Set<Int>) -> [Double?] {
        let n = projection.nodeCount
        guard n - removed.filter({ (0..<n).contains($0) }).count >= 3 else { return [] }
        var flags = [Bool](repeating: false, count: n)
        for node in removed where (0..<n).contains(node) { flags[node] = true }
        return RemovalFragmentation.fragmentationWithoutEach(KeyPlayerGraph(projection), removing: flags)
    }

    /// Borgatti's distance-weighted reach of `set` over the rest of `projection` (or, with
    /// `steps`, the share of the rest within that many steps); taken without direction or
    /// weights.
    ///
    /// - Parameters:
    ///   - projection: The map.
    ///   - set: The nodes of the set, at least one.
    ///   - steps: The most steps that count, or `nil` for the distance-weighted reach.
    /// - Returns: The reach, or `nil` when the set is empty or holds every actor.
    /// - Complexity: O(*n* + *m*).
    public static func reach(of projection: Projection, from set: Set<Int>, steps: Int? = nil) -> Double? {
        guard !set.isEmpty, set.count < projection.nodeCount else { return nil }
        var scorer = KeyPlayerScorer(graph: KeyPlayerGraph(projection), goal: .reach, steps: steps)
        return scorer.score(set.sorted())
    }

    /// How many sets one start of the search scores at least: the greedy start and one
    /// sweep of swaps (a random start skips the greedy part). What an estimate of the
    /// search's time multiplies the time of one score by.
    ///
    /// - Parameters:
    ///   - actors: The number of actors, *n*.
    ///   - size: The size of the set, *k*.
    /// - Returns: *k*·*n* + *k*·(*n* − *k*).
    public static func scoresPerStart(actors: Int, size: Int) -> Int {
        size * actors + size * (actors - size)
    }

    private static func check(_ options: Options, actors n: Int) throws(KeyPlayersError) {
        let most = options.goal == .fragment ? n - 2 : n - 1
        guard options.size >= 1 else { throw KeyPlayersError(message: "the set must hold at least 1 actor; \(options.size) is too few.") }
        guard options.size <= most else {
            let why = options.goal == .fragment
                ? "taking away \(options.size) of \(n) actors leaves fewer than two, with no pair left to fragment"
                : "a set of \(options.size) of \(n) actors leaves no one outside it to reach"
            throw KeyPlayersError(message: "\(why); choose a size of at most \(max(most, 0)).")
        }
        guard options.restarts >= 1 else { throw KeyPlayersError(message: "the search needs at least 1 start; \(options.restarts) is too few.") }
        if let steps = options.steps {
            guard options.goal == .reach else { throw KeyPlayersError(message: "a number of steps applies only to the reach goal.") }
            guard steps >= 1 else { throw KeyPlayersError(message: "the number of steps must be at least 1; \(steps) is too few.") }
        }
    }
}

/// Why a key-player search cannot run.
public struct KeyPlayersError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var message: String

    /// What is wrong and how to fix it.
    public var description: String { message }
}

/// The map as the key-player search sees it: each pair tied either way once, no weights.
struct KeyPlayerGraph {
    let offsets: [Int]
    let neighbours: [Int]

    init(_ projection: Projection) {
        let ties = UndirectedTies(projection)
        offsets = ties.offsets
        neighbours = ties.neighbours
    }

    var nodeCount: Int { offsets.count - 1 }

    func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }

    /// The same map as an undirected, unweighted projection, for betweenness.
    var projection: Projection {
        var arcs: [Projection.Arc] = []
        arcs.reserveCapacity(neighbours.count)
        for node in 0..<nodeCount {
            for position in offsets[node]..<offsets[node + 1] { arcs.append(Projection.Arc(from: node, to: neighbours[position])) }
        }
        return Projection(nodeCount: nodeCount, arcs: arcs, directed: false, weighted: false)
    }
}

/// Scores sets of actors for one goal, counting how many it scored, and searches.
struct KeyPlayerScorer {
    /// How much a score must rise for a swap to count as an improvement: more than the
    /// rounding of a sum of fractions, so that the search cannot cycle between equals.
    static let tolerance = 1e-12

    let graph: KeyPlayerGraph
    let goal: KeyPlayers.Goal
    let steps: Int?
    private(set) var evaluations = 0
    private var distance: [Int]
    private var queue: [Int]
    /// For fragmentation, the scores of every set of one more actor than a set of others
    /// already asked for, keyed by those others (sorted); the most recent few.
    private var rounds: [[Int]: [Double?]] = [:]
    private var roundOrder: [[Int]] = []

    init(graph: KeyPlayerGraph, goal: KeyPlayers.Goal, steps: Int?) {
        self.graph = graph
        self.goal = goal
        self.steps = steps
        distance = [Int](repeating: -1, count: graph.nodeCount)
        queue = []
        queue.reserveCapacity(graph.nodeCount)
    }

    /// The score of `set` for the goal.
    mutating func score(_ set: [Int]) -> Double {
        evaluations += 1
        return value(of: set)
    }

    /// The score of `set`, not counted.
    private mutating func value(of set: [Int]) -> Double {
        switch goal {
        case .fragment:
            var removed = [Bool](repeating: false, count: graph.nodeCount)
            for node in set { removed[node] = true }
            return DistanceCounts(graph, removing: removed).fragmentation(remaining: graph.nodeCount - set.count)
        case .reach: return reach(from: set)
        }
    }

    /// The most rounds of fragmentation kept for a later sweep.
    private static let keptRounds = 32

    /// For each node not in `others`, the score of `others` and that node; `nil` for the
    /// members of `others`. For fragmentation, all of them from one round of searches
    /// (`RemovalFragmentation`), remembered for a later sweep that asks again.
    private mutating func round(adding others: [Int]) -> [Double?] {
        switch goal {
        case .fragment:
            let key = others.sorted()
            if let known = rounds[key] { return known }
            var removed = [Bool](repeating: false, count: graph.nodeCount)
            for node in others { removed[node] = true }
            let scores = RemovalFragmentation.fragmentationWithoutEach(graph, removing: removed)
            if roundOrder.count >= Self.keptRounds { rounds[roundOrder.removeFirst()] = nil }
            rounds[key] = scores
            roundOrder.append(key)
            return scores
        case .reach:
            // Cheap enough one set at a time; asked for lazily by `candidate`.
            return []
        }
    }

    /// The score of the set `trial`, `node` with others, from `round` when it holds it.
    private mutating func candidate(_ node: Int, in trial: [Int], round: [Double?]) -> Double {
        evaluations += 1
        if let known = round.isEmpty ? nil : round[node] { return known }
        return value(of: trial)
    }

    private mutating func reach(from set: [Int]) -> Double {
        queue.removeAll(keepingCapacity: true)
        for node in set where distance[node] < 0 {
            distance[node] = 0
            queue.append(node)
        }
        var head = 0, total = 0.0
        let limit = steps ?? .max
        while head < queue.count {
            let node = queue[head]
            head += 1
            let next = distance[node] + 1
            guard next <= limit else { continue }
            for position in graph.offsets[node]..<graph.offsets[node + 1] {
                let other = graph.neighbours[position]
                guard distance[other] < 0 else { continue }
                distance[other] = next
                queue.append(other)
                total += steps == nil ? 1 / Double(next) : 1
            }
        }
        for node in queue { distance[node] = -1 }
        return total / Double(graph.nodeCount - set.count)
    }

    /// Builds a set of `size` one actor at a time, each time the one that raises the score
    /// most (the first in node order on a tie).
    mutating func greedy(size: Int) -> [Int] {
        var set: [Int] = []
        var chosen = [Bool](repeating: false, count: graph.nodeCount)
        for _ in 0..<size {
            let scores = round(adding: set)
            var best: (node: Int, score: Double)?
            for node in 0..<graph.nodeCount where !chosen[node] {
                let value = candidate(node, in: set + [node], round: scores)
                if best == nil || value > best!.score + Self.tolerance { best = (node, value) }
            }
            set.append(best!.node)
            chosen[best!.node] = true
        }
        return set
    }

    /// Swaps members of `start` for non-members while a swap improves the score, taking
    /// the first improving swap of each member's sweep, until a sweep of every member finds
    /// none.
    ///
    /// Every set a member's sweep tries is the other members and one more actor, so for
    /// fragmentation one round of searches scores them all before the sweep.
    mutating func improved(_ start: [Int]) -> (set: [Int], score: Double) {
        var set = start
        var member = [Bool](repeating: false, count: graph.nodeCount)
        for node in set { member[node] = true }
        evaluations += 1
        var current: Double?
        var improving = true
        while improving {
            improving = false
            for slot in set.indices {
                var others = set
                others.remove(at: slot)
                let scores = round(adding: others)
                if current == nil { current = scores.isEmpty ? value(of: set) : scores[set[slot]]! }
                for candidate in 0..<graph.nodeCount where !member[candidate] {
                    var trial = set
                    trial[slot] = candidate
                    let value = self.candidate(candidate, in: trial, round: scores)
                    if value > current! + Self.tolerance {
                        member[set[slot]] = false
                        member[candidate] = true
                        set[slot] = candidate
                        current = value
                        improving = true
                    }
                }
            }
        }
        return (set, current ?? value(of: set))
    }
}
