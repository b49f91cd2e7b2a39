/// Which actors one actor could reach through the ties as they happened, and the earliest
/// year each is reached: can money or information flow from a donor to a federation through
/// the sequence of ties in time?
///
/// A path respects time when each tie is taken in a year at or after the year the path
/// reached the actor it leaves from: a tie active over [since, until], while both its actors
/// are on the map, can be taken in any year within it. Several ties can be taken in the same
/// year. This is tsna's `tPath(…, direction = "fwd", graph.step.time = 0)` at a resolution
/// of years: the earliest year each actor is reached, and the actor it is reached from.
/// Within one year the paths are followed breadth first from the actors already reached,
/// in the order they were reached, so an actor is reached from the first of them to get there.
///
/// Bender-deMoll, S. & Morris, M. tsna: Tools for Temporal Social Network Analysis (R
/// package), `tPath`. Holme, P. & Saramäki, J. (2012). "Temporal networks". *Physics Reports*
/// 519(3): 97–125.
public struct TimeRespectingReach: Sendable {
    /// An actor reached, when, and from whom.
    public struct Reached: Sendable, Hashable {
        /// The actor's index in the dataset's actors.
        public var actor: Int
        /// The earliest year a time-respecting path reaches it.
        public var year: Int
        /// The actor it is reached from, as an index into the dataset's actors; `nil` for
        /// the actor the paths start from.
        public var via: Int?
        /// How many ties the path takes from the start.
        public var steps: Int
        /// The relationships that carry the path from ``via`` to the actor in ``year``, as
        /// indices into the dataset's relationships: every one of a counted type active
        /// that year between the two (from ``via`` when the paths follow direction); empty
        /// for the actor the paths start from.
        public var ties: [Int] = []
    }

    /// The actor the paths start from, as an index into the dataset's actors.
    public let source: Int
    /// The first year of the paths.
    public let start: Int
    /// The last year a tie can be taken in.
    public let end: Int
    /// The actors reached, in the order they are reached: the start first, then by year.
    public let reached: [Reached]

    /// Follows every time-respecting path from `source`.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - source: The index in the dataset's actors of the actor the paths start from.
    ///   - start: The first year a tie can be taken in.
    ///   - end: The last year a tie can be taken in.
    ///   - options: Which relationship types count as ties, and whether paths follow their
    ///     direction (funding from donor to recipient only) or not.
    /// - Complexity: O((*a* + *r*) · *y*) for *a* actors, *r* relationships and *y* years.
    public init(_ dataset: Dataset, from source: Int, start: Int, through end: Int, options: ProjectionOptions) {
        self.source = source
        self.start = start
        self.end = end
        var year = [Int?](repeating: nil, count: dataset.actors.count)
        var via = [Int?](repeating: nil, count: dataset.actors.count)
        var steps = [Int](repeating: 0, count: dataset.actors.count)
        year[source] = start
        var order = [source]
        guard start <= end else {
            reached = [Reached(actor: source, year: start, via: nil, steps: 0)]
            return
        }
        var ties = [Int: [Int]]()
        for moment in start...end {
            let snapshot = Snapshot(dataset, at: .year(moment))
            let projection = snapshot.projection(options)
            let before = order.count
            // Breadth first from every actor reached so far that is on the map this year.
            var queue = order.compactMap { snapshot.position(ofActorAt: $0) }
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                let actor = projection.actorIndices[node]
                for next in projection.successors(of: node) {
                    let reachedActor = projection.actorIndices[next]
                    guard year[reachedActor] == nil else { continue }
                    year[reachedActor] = moment
                    via[reachedActor] = actor
                    steps[reachedActor] = steps[actor] + 1
                    order.append(reachedActor)
                    queue.append(next)
                }
            }
            if order.count > before {
                Self.collectTies(into: &ties, reaching: Set(order[before...]), via: via, in: snapshot, options: options)
            }
        }
        reached = order.map { Reached(actor: $0, year: year[$0]!, via: via[$0], steps: steps[$0], ties: ties[$0] ?? []) }
    }

    /// For each actor of `reached`, the relationships of `snapshot`'s year the projection
    /// counts between it and the actor it was reached from, in dataset order.
    private static func collectTies(
        into ties: inout [Int: [Int]], reaching reached: Set<Int>, via: [Int?], in snapshot: Snapshot, options: ProjectionOptions
    ) {
        let dataset = snapshot.dataset
        let types = dataset.vocabulary.relationshipTypes
        for index in snapshot.relationshipIndices {
            let ends = dataset.relationshipEnds[index]
            guard options.types.includes(types[ends.type]) else { continue }
            let eitherWay = options.direction == .undirected || !types[ends.type].directed
            var reachedEnd: Int?
            if reached.contains(ends.to), via[ends.to] == ends.from {
                reachedEnd = ends.to
            } else if eitherWay, reached.contains(ends.from), via[ends.from] == ends.to {
                reachedEnd = ends.from
            }
            guard let reachedEnd, options.evidence.admits(dataset.relationships[index], at: index) else { continue }
            ties[reachedEnd, default: []].append(index)
        }
    }
}
