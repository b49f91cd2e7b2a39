/// What a drawing asks of Graphviz's layout engines: how many actors and ties it has, how
/// dense they are, and how many of its actors lie on loops of ties.
///
/// A layout's time follows these more than the number of actors alone. dot puts actors in
/// layers and routes every tie between them: a loop (funding that flows round, two MoUs
/// each way) must be broken and its ties run back up across the layers, so 50 actors with
/// 9,800 ties or 300 actors in funding loops stall it for minutes. neato's time follows the
/// square of the actors, sfdp's the actors and ties together.
public struct LayoutWorkload: Hashable, Sendable {
    /// The actors drawn.
    public let actors: Int
    /// The ties drawn, parallel ties counted one by one.
    public let ties: Int
    /// The actors on some loop of ties followed from each tie's first actor to its second,
    /// the way dot reads every edge of a directed graph, with arrowheads or without.
    public let actorsOnLoops: Int

    /// Ties per ordered pair of actors: 1 when every actor has a tie to every other, above
    /// 1 only with parallel ties.
    public var density: Double {
        actors > 1 ? Double(ties) / (Double(actors) * Double(actors - 1)) : 0
    }

    /// Ties per actor.
    public var tiesPerActor: Double { actors > 0 ? Double(ties) / Double(actors) : 0 }

    /// The size in words, counting drawn relationships as the map's title does (not the
    /// merged ties the measures count): "30 actors and 45 relationships", "2 actors and
    /// 1 relationship".
    public var described: String {
        "\(LayoutEngine.counted(actors, "actor")) and \(LayoutEngine.counted(ties, "relationship"))"
    }

    /// The workload of `actors` actors joined by `ties`, given by actor number.
    ///
    /// - Parameters:
    ///   - actors: How many actors there are.
    ///   - ties: Each tie's two ends, by actor number.
    /// - Precondition: every number lies in `0..<actors`.
    /// - Complexity: O(*a* + *t* log *t*) for *a* actors and *t* ties.
    public init(actors: Int, ties: [(from: Int, to: Int)]) {
        self.actors = actors
        self.ties = ties.count
        let graph = Projection(
            nodeCount: actors, arcs: ties.map { Projection.Arc(from: $0.from, to: $0.to) }, directed: true, weighted: false)
        let (component, count) = graph.strongComponents()
        var members = [Int](repeating: 0, count: count)
        for number in component { members[number] += 1 }
        actorsOnLoops = component.reduce(0) { $0 + (members[$1] > 1 ? 1 : 0) }
    }

    /// The workload of a DOT graph: its nodes and edges.
    ///
    /// Edges naming a node the graph does not list count as ties to a node of their own, as
    /// Graphviz makes one.
    /// - Parameter graph: The graph Graphviz is to lay out.
    /// - Complexity: O(*a* + *t* log *t*).
    public init(_ graph: DOTGraph) {
        var numbers: [String: Int] = [:]
        func number(_ id: String) -> Int {
            if let known = numbers[id] { return known }
            numbers[id] = numbers.count
            return numbers.count - 1
        }
        for node in graph.nodes { _ = number(node.id) }
        let ties = graph.edges.map { (from: number($0.from), to: number($0.to)) }
        self.init(actors: numbers.count, ties: ties)
    }
}
