/// One actor and everyone within a number of steps of it: an ego network.
public struct Focus: Hashable, Sendable {
    /// The dataset id of the actor at the centre.
    public var actorID: String
    /// How many steps out to go: 1 for direct partners, 2 for their partners too.
    public var radius: Int

    /// The ego network of the actor `actorID`, `radius` steps out.
    ///
    /// - Parameters:
    ///   - actorID: The dataset id of the actor at the centre.
    ///   - radius: How many steps out to go; 0 is the actor alone.
    public init(actorID: String, radius: Int = 1) {
        self.actorID = actorID
        self.radius = radius
    }

    /// For each actor of `snapshot` (by position), whether it lies within `radius` steps of
    /// the centre, following every tie of the snapshot in either direction, whatever its type.
    ///
    /// - Parameter snapshot: The moment whose ties are followed.
    /// - Returns: One flag per actor of the snapshot, in snapshot order.
    /// - Throws: ``DiagramError`` when the centre is not in the dataset or not on the map
    ///   at the snapshot's time.
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in the snapshot.
    public func members(in snapshot: Snapshot) throws(DiagramError) -> [Bool] {
        let dataset = snapshot.dataset
        guard dataset.actorIndex(of: actorID) != nil else {
            let near = Suggestion.nearest(to: actorID, in: dataset.actors.map(\.id))
            throw DiagramError("no actor has the id '\(actorID)'\(near.map { "; did you mean '\($0)'?" } ?? ".")")
        }
        guard let centre = snapshot.position(of: actorID) else {
            throw DiagramError("'\(actorID)' is not on the map at \(snapshot.time) (active \(dataset.actor(actorID)!.period)); choose a time when it is.")
        }
        let count = snapshot.actorIndices.count
        var partners = [[Int]](repeating: [], count: count)
        for index in snapshot.relationshipIndices {
            let ends = dataset.relationshipEnds[index]
            let from = snapshot.position(ofActorAt: ends.from)!, to = snapshot.position(ofActorAt: ends.to)!
            partners[from].append(to)
            partners[to].append(from)
        }
        var distance = [Int](repeating: -1, count: count)
        distance[centre] = 0
        var frontier = [centre]
        var head = 0
        while head < frontier.count {
            let actor = frontier[head]
            head += 1
            guard distance[actor] < radius else { continue }
            for partner in partners[actor] where distance[partner] < 0 {
                distance[partner] = distance[actor] + 1
                frontier.append(partner)
            }
        }
        return distance.map { $0 >= 0 }
    }
}

/// Why a diagram cannot be drawn as asked, in a sentence for the analyst.
public struct DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The sentence, which names what is wrong and how to put it right.
    public var description: String

    /// An error saying `description`.
    ///
    /// - Parameter description: A sentence for the analyst.
    public init(_ description: String) { self.description = description }
}
