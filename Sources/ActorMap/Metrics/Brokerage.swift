/// One of Gould and Fernandez's five brokerage roles: what a broker *b* does for a two-path
/// *a → b → c* with no tie *a → c*, by the sides of the three.
///
/// | role | sides | sna column |
/// |---|---|---|
/// | coordinator | *a*, *b*, *c* all on one side | `w_I` |
/// | itinerant | *a* and *c* on one side, *b* on another | `w_O` |
/// | representative | *a* and *b* on one side, *c* on another | `b_IO` |
/// | gatekeeper | *b* and *c* on one side, *a* on another | `b_OI` |
/// | liaison | all three on different sides | `b_O` |
///
/// The representative carries its own side's business out; the gatekeeper decides what
/// comes into its side.
public enum BrokerageRole: String, CaseIterable, Hashable, Sendable, Codable {
    /// All three on one side.
    case coordinator
    /// The broker between two members of another side.
    case itinerant
    /// The broker carrying its side's tie out.
    case representative
    /// The broker bringing another side's tie in.
    case gatekeeper
    /// The broker between two other sides.
    case liaison

    /// The role's name, as its column in tables, CSV and JSON.
    public var name: String { rawValue }

    /// The per-actor measure that counts this role.
    public var measure: Measure { Measure(rawValue: rawValue)! }
}

/// How often one actor brokers in each of Gould and Fernandez's roles (see
/// ``BrokerageRole``).
public struct BrokerageCounts: Hashable, Sendable, Codable {
    /// Brokerage within the broker's own side (sna `w_I`).
    public var coordinator: Int
    /// Brokerage between two members of another side (sna `w_O`).
    public var itinerant: Int
    /// Brokerage from the broker's side out to another (sna `b_IO`).
    public var representative: Int
    /// Brokerage from another side into the broker's (sna `b_OI`).
    public var gatekeeper: Int
    /// Brokerage between two other sides, neither the broker's (sna `b_O`).
    public var liaison: Int

    /// Counts by role.
    ///
    /// - Parameters:
    ///   - coordinator: Two-paths within the broker's side.
    ///   - itinerant: Two-paths between two members of another side.
    ///   - representative: Two-paths from the broker's side out.
    ///   - gatekeeper: Two-paths from another side in.
    ///   - liaison: Two-paths between two other sides.
    public init(coordinator: Int = 0, itinerant: Int = 0, representative: Int = 0, gatekeeper: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }

    /// No brokerage in any role: an actor absent from the map, or one that brokers nothing.
    public static let zero = BrokerageCounts()

    /// The count of one role.
    ///
    /// - Parameter role: The role.
    /// - Complexity: O(1).
    public subscript(role: BrokerageRole) -> Int {
        get {
            switch role {
            case .coordinator: coordinator
            case .itinerant: itinerant
            case .representative: representative
            case .gatekeeper: gatekeeper
            case .liaison: liaison
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .itinerant: itinerant = newValue
            case .representative: representative = newValue
            case .gatekeeper: gatekeeper = newValue
            case .liaison: liaison = newValue
            }
        }
    }

    /// All brokerage, whatever the role (sna `t`).
    public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }
}

/// How often each actor brokers between two others, by Gould and Fernandez's five roles
/// (see ``BrokerageRole``): one column of counts per role, in node order.
public struct BrokerageRoles: Hashable, Sendable {
    /// Brokerage within the broker's own side (sna `w_I`), by node.
    public var coordinator: [Int]
    /// Brokerage between two members of another side (sna `w_O`), by node.
    public var itinerant: [Int]
    /// Brokerage from the broker's side out to another (sna `b_IO`), by node.
    public var representative: [Int]
    /// Brokerage from another side into the broker's (sna `b_OI`), by node.
    public var gatekeeper: [Int]
    /// Brokerage between two other sides, neither the broker's (sna `b_O`), by node.
    public var liaison: [Int]

    /// The counts of the actor at `node` (its node in the projection that was counted).
    ///
    /// - Parameter node: The actor's node.
    /// - Complexity: O(1).
    public subscript(node node: Int) -> BrokerageCounts {
        BrokerageCounts(
            coordinator: coordinator[node], itinerant: itinerant[node], representative: representative[node],
            gatekeeper: gatekeeper[node], liaison: liaison[node])
    }

    /// The counts of one role, by node.
    ///
    /// - Parameter role: The role.
    /// - Complexity: O(*n*).
    public subscript(role: BrokerageRole) -> [Int] {
        coordinator.indices.map { self[node: $0][role] }
    }

    /// All brokerage by each actor, whatever the role (sna `t`), by node.
    ///
    /// - Complexity: O(*n*).
    public var total: [Int] {
        coordinator.indices.map { self[node: $0].total }
    }
}

extension Projection {
    /// Counts the brokerage roles of every actor, with actors' groups as the groups.
    ///
    /// The counts are Gould and Fernandez's raw role counts, exactly as R's
    /// `sna::brokerage(g, cl)$raw.nli`: every two-path *a → b → c* with *a* ≠ *c* and no arc
    /// *a → c* credits *b* with one role (see ``BrokerageRoles``). An undirected projection
    /// counts each edge as an arc both ways, as sna does with a symmetric matrix, so each
    /// open two-path is counted in both directions: a broker between two members of
    /// different groups there is once a representative and once a gatekeeper. Weights are
    /// ignored. Groups are the actors' groups (`groupIndices`).
    ///
    /// Two-paths are not listed one by one. For each broker *b* and source *a*, every
    /// successor of *b* opens a two-path, counted by group from a tally of *b*'s successors'
    /// groups; then the two-path back to *a* and those that *a* closes with an arc of its own
    /// are taken off, found by scanning whichever of *a*'s and *b*'s rows is shorter. A hub
    /// with thousands of ties therefore costs little more than its ties.
    ///
    /// Gould, R. V. & Fernandez, R. M. (1989). "Structures of mediation: a formal approach
    /// to brokerage in transaction networks". *Sociological Methodology* 19: 89–126.
    ///
    /// - Returns: The count of each role for each node, indexed by node.
    /// - Complexity: O(*n* + *m* + Σ over arcs *a → b* of min(*d*⁺(*a*), *d*⁺(*b*) log *d*⁺(*a*)))
    ///   time with *d*⁺ the out-degree, at most O(*m*^1.5 log *n*); O(*n* + *m*) memory.
    public func brokerage() -> BrokerageRoles {
        let n = nodeCount
        var roles = BrokerageRoles(
            coordinator: [Int](repeating: 0, count: n), itinerant: [Int](repeating: 0, count: n),
            representative: [Int](repeating: 0, count: n), gatekeeper: [Int](repeating: 0, count: n),
            liaison: [Int](repeating: 0, count: n))
        // While broker b is counted: reachedBy[c] == b for its successors c, and
        // successorsInGroup[g] is how many of them belong to group g.
        var reachedBy = [Int](repeating: -1, count: n)
        let groupIndices = Self.denseLabels(groupIndices)
        var successorsInGroup = [Int](repeating: 0, count: (groupIndices.max() ?? -1) + 1)
        for broker in 0..<n {
            let targets = successors(of: broker)
            for target in targets {
                reachedBy[target] = broker
                successorsInGroup[groupIndices[target]] += 1
            }
            let brokerGroup = groupIndices[broker]
            for source in predecessors(of: broker) {
                let sourceGroup = groupIndices[source]
                // Open two-paths source → broker → target, by the target's group.
                var open = targets.count
                var intoBrokerGroup = successorsInGroup[brokerGroup]
                var backToSourceGroup = sourceGroup == brokerGroup ? 0 : successorsInGroup[sourceGroup]
                func close(_ target: Int) {
                    open -= 1
                    if groupIndices[target] == brokerGroup {
                        intoBrokerGroup -= 1
                    } else if groupIndices[target] == sourceGroup {
                        backToSourceGroup -= 1
                    }
                }
                if reachedBy[source] == broker { close(source) }
                let sourceTargets = successors(of: source)
                if sourceTargets.count <= targets.count {
                    for target in sourceTargets where reachedBy[target] == broker { close(target) }
                } else {
                    for target in targets where target != source && weight(from: source, to: target) != nil {
                        close(target)
                    }
                }
                if sourceGroup == brokerGroup {
                    roles.coordinator[broker] += intoBrokerGroup
                    roles.representative[broker] += open - intoBrokerGroup
                } else {
                    roles.gatekeeper[broker] += intoBrokerGroup
                    roles.itinerant[broker] += backToSourceGroup
                    roles.liaison[broker] += open - intoBrokerGroup - backToSourceGroup
                }
            }
            for target in targets { successorsInGroup[groupIndices[target]] = 0 }
        }
        return roles
    }
}
