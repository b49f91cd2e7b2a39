import Foundation

/// What the map at one moment would be without some actors or ties: "if the county leaves
/// the MoU, does the federation lose its way to the state?"
///
/// The map is measured twice, as it is and as it would be (``Snapshot/removing(actors:relationships:)``),
/// with the same projection and parameters, so every figure after is exactly the figure of
/// the reduced map, as networkx computes it on the graph with those nodes and edges taken
/// out. The comparison is a ``PowerShift`` between the two, which gives each actor's
/// measure and rank before and after, each group's share and the concentration; beside it
/// are the figures of the map as a whole (``MapFigures``) and the actors cut off from every
/// actor of a group (``cutOff``).
public struct WhatIf: Sendable {
    /// The figures of the whole map at one side of the comparison.
    public struct MapFigures: Sendable, Hashable {
        /// Actors on the map, isolates included.
        public var actors: Int
        /// Ties of the projection: arcs when directed, edges when undirected.
        public var ties: Int
        /// (Weakly) connected components, each isolate one of its own.
        public var components: Int
        /// Borgatti's distance-weighted fragmentation (``Fragmentation/distanceWeighted``);
        /// `nil` with fewer than two actors.
        public var fragmentation: Double?
        /// The share of ordered pairs of actors joined by a path (``Fragmentation/reach``);
        /// `nil` with fewer than two actors.
        public var reach: Double?
        /// The share of possible ties present (``Projection/density``).
        public var density: Double
        /// The centralisation of the measure compared (``PowerShift/Concentration``).
        public var centralization: Double?
        /// Each group's share of the measure, by group index; `nil` where shares mean
        /// nothing (negative values, a total of zero).
        public var groupShares: [Int: Double]?
        /// Gould–Fernandez brokerage summed over the actors: how many brokered pairs of each
        /// role the map holds. All but coordination broker between groups.
        public var brokerage: BrokerageCounts

        /// Brokered pairs whose ends or broker are of different groups: itinerant,
        /// representative, gatekeeper and liaison roles together.
        public var brokerageBetweenGroups: Int { brokerage.total - brokerage.coordinator }
    }

    /// Actors who could reach some actor of a group before and can reach none after.
    public struct CutOff: Sendable, Hashable {
        /// The group they lost every path to, as an index into the vocabulary's groups.
        public var group: Int
        /// The actors, as indices into the dataset's actors, in dataset order.
        public var actors: [Int]
    }

    /// The measure compared.
    public var measure: Measure { shift.measure }
    /// The actors taken away, as indices into the dataset's actors, in dataset order.
    public let removedActors: [Int]
    /// The relationships taken away by name (not those that went with their actors), as
    /// indices into the dataset's relationships, in dataset order.
    public let removedRelationships: [Int]
    /// The map as it is against the map without them: actors, ranks, ties, shares.
    public let shift: PowerShift
    /// The whole map as it is.
    public let before: MapFigures
    /// The whole map without them.
    public let after: MapFigures
    /// For each group, the remaining actors that could reach one of its remaining actors
    /// along the ties measured and now reach none; groups in vocabulary order.
    public let cutOff: [CutOff]

    /// Measures `snapshot` as it is and without `actors` and `relationships`.
    ///
    /// - Parameters:
    ///   - snapshot: The map at one moment.
    ///   - actors: Dataset indices of the actors to take away, each on the map.
    ///   - relationships: Indices into the dataset's relationships to take away.
    ///   - measure: The measure of power compared; PageRank by default.
    ///   - options: The projection and parameters both sides are measured with.
    /// - Complexity: two ``MetricsTable``s of `measure` and the brokerage roles, two
    ///   ``Projection/fragmentation()``, and a search from every actor for the groups it
    ///   reaches: O(*n* + *m*) undirected, O(*n*·(*n* + *m*)) directed.
    public init(
        _ snapshot: Snapshot, removingActors actors: Set<Int>, relationships: Set<Int> = [],
        measure: Measure = .pagerank, options: MetricOptions = MetricOptions()
    ) {
        let reduced = snapshot.removing(actors: actors, relationships: relationships)
        let measures = PowerShift.measures(for: measure), figures = PowerShift.mapFigures(for: measure)
        let shift = PowerShift(
            before: MetricsTable(snapshot, options: options, measures: measures, mapFigures: figures),
            after: MetricsTable(reduced, options: options, measures: measures, mapFigures: figures),
            measure: measure)
        self.shift = shift
        removedActors = actors.filter { snapshot.position(ofActorAt: $0) != nil }.sorted()
        removedRelationships = relationships.sorted()
        before = Self.mapFigures(of: shift.before, concentration: shift.concentrationBefore, measure: measure)
        after = Self.mapFigures(of: shift.after, concentration: shift.concentrationAfter, measure: measure)

        let remaining = Set(reduced.actorIndices)
        let reachedBefore = Self.groupsReached(in: shift.before, counting: remaining)
        let reachedAfter = Self.groupsReached(in: shift.after, counting: remaining)
        let groups = snapshot.dataset.vocabulary.groups.indices
        cutOff = groups.compactMap { group in
            let lost = reduced.actorIndices.filter { actor in
                reachedBefore[actor]?.contains(group) == true && reachedAfter[actor]?.contains(group) != true
            }
            return lost.isEmpty ? nil : CutOff(group: group, actors: lost)
        }
    }

    /// Every actor on the map without them, with its measure and rank on both maps.
    public var remaining: [PowerShift.ActorShift] {
        let removed = Set(removedActors)
        return shift.actors.filter { !removed.contains($0.actor) }
    }

    private static func mapFigures(of table: MetricsTable, concentration: PowerShift.Concentration, measure: Measure) -> MapFigures {
        let fragmentation = table.projection.fragmentation()
        var brokerage = BrokerageCounts.zero
        for row in table.rows {
            guard let counts = row.brokerage else { continue }
            for role in BrokerageRole.allCases { brokerage[role] += counts[role] }
        }
        return MapFigures(
            actors: table.graph.actors, ties: table.graph.ties, components: table.graph.components,
            fragmentation: fragmentation?.distanceWeighted, reach: fragmentation?.reach, density: table.graph.density,
            centralization: concentration.centralization, groupShares: table.groupShares(of: measure), brokerage: brokerage)
    }

    /// For each actor of the table (by dataset index), the groups of the actors in
    /// `counting` other than itself that it reaches along the projection's ties.
    private static func groupsReached(in table: MetricsTable, counting: Set<Int>) -> [Int: Set<Int>] {
        let projection = table.projection
        let n = projection.nodeCount
        let counted = projection.actorIndices.map(counting.contains)
        var reached: [Int: Set<Int>] = [:]
        if !projection.isDirected {
            // Who reaches whom is who shares a component: one search per component.
            var component = [Int](repeating: -1, count: n)
            var members: [[Int]] = []
            for start in 0..<n where component[start] < 0 {
                var queue = [start]
                component[start] = members.count
                var head = 0
                while head < queue.count {
                    for next in projection.successors(of: queue[head]) where component[next] < 0 {
                        component[next] = members.count
                        queue.append(next)
                    }
                    head += 1
                }
                members.append(queue)
            }
            for nodes in members {
                var counts: [Int: Int] = [:]
                for node in nodes where counted[node] { counts[projection.groupIndices[node], default: 0] += 1 }
                for node in nodes {
                    let own = projection.groupIndices[node]
                    reached[projection.actorIndices[node]] = Set(counts.filter { group, count in
                        count - (counted[node] && group == own ? 1 : 0) > 0
                    }.keys)
                }
            }
            return reached
        }
        var seen = [Int](repeating: -1, count: n)
        var queue: [Int] = []
        queue.reserveCapacity(n)
        for start in 0..<n {
            var groups = Set<Int>()
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            seen[start] = start
            var head = 0
            while head < queue.count {
                for next in projection.successors(of: queue[head]) where seen[next] != start {
                    seen[next] = start
                    queue.append(next)
                    if counted[next] { groups.insert(projection.groupIndices[next]) }
                }
                head += 1
            }
            reached[projection.actorIndices[start]] = groups
        }
        return reached
    }
}

/// Why a removal cannot be measured: an actor or a tie that is not on the map, or one that
/// would leave too little to measure.
public struct WhatIfError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var message: String

    /// What is wrong and how to fix it.
    public var description: String { message }
}

extension WhatIf {
    /// The dataset indices of the actors named by `ids`, each checked to be on the map.
    ///
    /// - Parameters:
    ///   - ids: Actor ids, as given.
    ///   - snapshot: The map at the moment compared.
    /// - Returns: The actors' indices into the dataset's actors.
    /// - Throws: ``WhatIfError`` for an id that names no actor (with the nearest id), or an
    ///   actor not on the map at the snapshot's moment.
    /// - Complexity: O(*k*) on average for *k* ids, O(*k*·*a*) when one is unknown.
    public static func actors(_ ids: [String], in snapshot: Snapshot) throws(WhatIfError) -> [Int] {
        let dataset = snapshot.dataset
        var indices: [Int] = []
        for id in ids {
            guard let index = dataset.actorIndex(of: id) else {
                let near = Suggestion.nearest(to: id, in: dataset.actors.map(\.id))
                throw WhatIfError(message: "'\(id)' is not an actor of this map\(near.map { "; did you mean '\($0)'?" } ?? ".")")
            }
            guard snapshot.position(ofActorAt: index) != nil else {
                let actor = dataset.actors[index]
                throw WhatIfError(message: "'\(id)' (\(actor.name)) is not on the map in \(snapshot.time), so there is nothing to take away; it is active \(actor.period). Choose another moment or actor.")
            }
            indices.append(index)
        }
        return indices
    }

    /// The relationships on the map of `type` from `from` to `to`: for a type without
    /// direction (an MoU), either way round.
    ///
    /// - Parameters:
    ///   - from: The id of the actor the tie leaves.
    ///   - to: The id of the actor the tie reaches.
    ///   - type: The id of the relationship type.
    ///   - snapshot: The map at the moment compared.
    ///   - counted: The types the measures count; a tie of another type changes nothing.
    /// - Returns: Indices into the dataset's relationships, at least one.
    /// - Throws: ``WhatIfError`` for an unknown actor or type (with the nearest id), a type
    ///   the measures do not count, or when no such tie is on the map then (with the ties
    ///   the pair has, if any).
    /// - Complexity: O(*r*) for *r* relationships on the map.
    public static func relationships(
        from: String, to: String, type: String, in snapshot: Snapshot, counted: ProjectionOptions.Types = .all
    ) throws(WhatIfError) -> [Int] {
        let dataset = snapshot.dataset
        let ends = try actors([from, to], in: snapshot)
        guard let typeIndex = dataset.vocabulary.typeIndex(of: type) else {
            let known = dataset.vocabulary.relationshipTypes.map(\.id)
            let near = Suggestion.nearest(to: type, in: known)
            throw WhatIfError(message: "'\(type)' is not a relationship type of this map\(near.map { "; did you mean '\($0)'?" } ?? ""). The types are \(known.joined(separator: ", ")).")
        }
        let directed = dataset.vocabulary.relationshipTypes[typeIndex].directed
        guard counted.includes(dataset.vocabulary.relationshipTypes[typeIndex]) else {
            throw WhatIfError(message: "\(type) ties are not among the types measured, so taking one away changes no figure. Fix: count them with --types (such as --types all), or take away another tie.")
        }
        func joins(_ index: Int) -> Bool {
            let tie = dataset.relationshipEnds[index]
            return (tie.from == ends[0] && tie.to == ends[1]) || (!directed && tie.from == ends[1] && tie.to == ends[0])
        }
        let found = snapshot.relationshipIndices.filter { joins($0) && dataset.relationshipEnds[$0].type == typeIndex }
        guard found.isEmpty else { return found }
        let pair = snapshot.relationshipIndices.filter { index in
            let tie = dataset.relationshipEnds[index]
            return Set([tie.from, tie.to]) == Set(ends)
        }
        let has = Set(pair.map { index -> String in
            let tie = dataset.relationshipEnds[index]
            return "\(dataset.actors[tie.from].id):\(dataset.actors[tie.to].id):\(dataset.vocabulary.relationshipTypes[tie.type].id)"
        }).sorted()
        let fix = has.isEmpty ? "they have no tie then." : "their ties then are \(has.joined(separator: ", "))."
        throw WhatIfError(message: "no \(type) tie from '\(from)' to '\(to)' is on the map in \(snapshot.time)\(directed ? " (\(type) ties have a direction)" : ""); \(fix)")
    }
}

extension WhatIf {
    /// "Nairobi City County and the MoU between Muungano wa Wanavijiji and Nairobi City County".
    public var removalPhrase: String {
        let dataset = shift.before.snapshot.dataset
        let types = dataset.vocabulary.relationshipTypes
        var seen = Set<TieKey>()
        let ties = removedRelationships.compactMap { index -> String? in
            let ends = dataset.relationshipEnds[index], type = types[ends.type]
            let key = TieKey(type: ends.type, from: type.directed ? ends.from : min(ends.from, ends.to), to: type.directed ? ends.to : max(ends.from, ends.to))
            guard seen.insert(key).inserted else { return nil }
            let from = dataset.actors[ends.from].name, to = dataset.actors[ends.to].name
            return "the \(lowercasedLabel(type.label)) tie \(type.directed ? "from \(from) to \(to)" : "between \(from) and \(to)")"
        }
        return list(removedActors.map { dataset.actors[$0].name } + ties)
    }

    /// What the removal does, in plain sentences, most telling first: actors cut off from a
    /// group ("Without Nairobi City County, Muungano wa Wanavijiji has no path to any actor
    /// in State"), the map falling apart, the largest changes in the measure and in each
    /// group's share.
    ///
    /// Only what changed is said: a figure that is the same on both maps, or an actor whose
    /// value stayed put, is never reported as rising or falling.
    ///
    /// - Parameter limit: The most sentences to give.
    /// - Returns: At most `limit` sentences.
    /// - Complexity: O(*n* log *n*) for *n* actors.
    public func summary(limit: Int = 10) -> [String] {
        let dataset = shift.before.snapshot.dataset
        let vocabulary = dataset.vocabulary
        let without = "Without \(removalPhrase)"
        let title = measure.title
        func name(_ actor: Int) -> String { dataset.actors[actor].name }
        var sentences: [String] = []

        // Who loses their way to another group first, the most actors first, then to the rest
        // of their own group; at most three, so that what happens to the whole map is said too.
        for own in [false, true] {
            let lost = cutOff.map { cut in
                // An actor of the group itself loses its way to the *other* actors of its group.
                (group: cut.group, actors: cut.actors.filter { (dataset.actorGroupIndices[$0] == cut.group) == own })
            }
            for (group, actors) in lost.filter({ !$0.actors.isEmpty }).sorted(by: { $0.actors.count > $1.actors.count }) where sentences.count < 3 {
                let verb = actors.count == 1 ? "has" : "have"
                sentences.append("\(without), \(list(actors.prefix(4).map(name), more: actors.count - 4)) \(verb) no path to any \(own ? "other " : "")actor in \(vocabulary.groups[group].label).")
            }
        }
        let remainingGroups = Set(shift.after.projection.groupIndices)
        for group in Set(shift.before.projection.groupIndices).subtracting(remainingGroups).sorted() {
            sentences.append("\(without), no actor in \(vocabulary.groups[group].label) remains on the map.")
        }
        if removedActors.isEmpty, after.ties == before.ties {
            sentences.append("\(without), every pair keeps a tie of the types measured, so the map measured is the same.")
        }
        if after.components != before.components {
            sentences.append("\(without), the map \(after.components > before.components ? "falls apart" : "goes") from \(counted(before.components, "component")) to \(after.components) (an actor with no tie is a component of its own).")
        }
        if let largest = shift.groupShares.filter({ $0.shift != nil }).max(by: { abs($0.shift!) < abs($1.shift!) }),
           let old = largest.before, let new = largest.after, abs(new - old) >= 0.0005, remainingGroups.contains(largest.group) {
            sentences.append("\(possessive(vocabulary.groups[largest.group].label)) share of \(title) \(new > old ? "rises" : "falls") from \(percent(old)) to \(percent(new)).")
        }
        if let old = before.reach, let new = after.reach, !Ranking.same(old, new) {
            sentences.append("The share of pairs of actors joined by a path \(new > old ? "rises" : "falls") from \(percent(old)) to \(percent(new)).")
        }
        if let old = before.fragmentation, let new = after.fragmentation, !Ranking.same(old, new) {
            let (a, b) = figures(old, new)
            sentences.append("Distance-weighted fragmentation \(new > old ? "rises" : "falls") from \(a) to \(b) (0 when every actor is tied to every other, 1 when none reaches another).")
        }

        let movers = remaining.filter(\.hasMoved).sorted { (abs($0.change!), $1.actor) > (abs($1.change!), $0.actor) }
        func place(_ rank: Int?, tied: Bool) -> String { rank.map { tied ? "joint \(ordinal($0))" : ordinal($0) } ?? "unranked" }
        for mover in [movers.first { $0.change! > 0 }, movers.first { $0.change! < 0 }].compactMap({ $0 }).sorted(by: { abs($0.change!) > abs($1.change!) }) {
            let (old, new) = figures(mover.before!, mover.after!)
            let places = mover.rankBefore == mover.rankAfter && mover.isTiedBefore == mover.isTiedAfter
                ? "still \(place(mover.rankAfter, tied: mover.isTiedAfter))"
                : "\(place(mover.rankBefore, tied: mover.isTiedBefore)) → \(place(mover.rankAfter, tied: mover.isTiedAfter))"
            sentences.append("\(possessive(name(mover.actor))) \(title) \(mover.change! > 0 ? "rises" : "falls") the most, from \(old) to \(new) (\(places)).")
        }
        if movers.isEmpty, !remaining.isEmpty {
            sentences.append("No remaining actor's \(title) changes.")
        }

        if after.brokerageBetweenGroups != before.brokerageBetweenGroups {
            sentences.append("Brokerage between groups \(after.brokerageBetweenGroups > before.brokerageBetweenGroups ? "rises" : "falls") from \(counted(before.brokerageBetweenGroups, "brokered pair")) to \(after.brokerageBetweenGroups).")
        }
        return Array(sentences.prefix(limit))
    }
}

extension WhatIf {
    /// The words a drawing of the removal uses (``DiffDiagram/Wording``): the map "as it
    /// is" and "without" the removed actors and ties, which are drawn dashed or faint as
    /// "removed".
    public var wording: DiffDiagram.Wording {
        let snapshot = shift.before.snapshot
        // Short enough for a title above the legend: the actors by name, the ties by count
        // (the drawing shows which, faint).
        let names = removedActors.count <= 2 ? removedActors.map { snapshot.dataset.actors[$0].name } : ["\(removedActors.count) actors"]
        let ties = removedRelationships.isEmpty ? [] : [counted(Set(removedRelationships.map { index in
            let ends = snapshot.dataset.relationshipEnds[index]
            return [min(ends.from, ends.to), max(ends.from, ends.to), ends.type]
        }).count, "tie")]
        let without = "without " + list(names + ties)
        return DiffDiagram.Wording(
            title: "\(snapshot.dataset.title): \(snapshot.time), \(without)", before: "as it is", after: without,
            entered: "entered", exited: "removed", enteredKey: "", exitedKey: "removed",
            // The legend says only what the drawing shows: a tie goes with an actor only
            // when an actor is taken away, and is taken away itself only when one is named.
            fates: [.kept: "kept", .formed: "formed", .retyped: "changed type",
                    .dissolved: removedActors.isEmpty ? "removed" : removedRelationships.isEmpty ? "gone with a removed actor" : "removed, or gone with a removed actor"])
    }
}
