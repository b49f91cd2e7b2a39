/// How often each actor brokers between two others, by Gould and Fernandez's five roles.
///
/// An actor *b* brokers whenever *a → b → c* with no tie *a → c* (and *a* ≠ *c*). The role
/// depends on the groups of the three:
///
/// | role | groups | sna column |
/// |---|---|---|
/// | coordinator | *a*, *b*, *c* all in one group | `w_I` |
/// | itinerant | *a* and *c* in one group, *b* in another | `w_O` |
/// | representative | *a* and *b* in one group, *c* in another | `b_IO` |
/// | gatekeeper | *b* and *c* in one group, *a* in another | `b_OI` |
/// | liaison | all three in different groups | `b_O` |
///
/// The representative carries its own group's business out; the gatekeeper decides what
/// comes into its group.
public struct BrokerageRoles: Hashable, Sendable {
    /// Brokerage within the broker's own group (sna `w_I`).
    public var coordinator: [Int]
    /// Brokerage between two members of another group (sna `w_O`).
    public var itinerant: [Int]
    /// Brokerage from the broker's group out to another (sna `b_IO`).
    public var representative: [Int]
    /// Brokerage from another group into the broker's (sna `b_OI`).
    public var gatekeeper: [Int]
    /// Brokerage between two other groups, neither the broker's (sna `b_O`).
    public var liaison: [Int]

    /// All brokerage by each actor, whatever the role (sna `t`).
    public var total: [Int] {
        coordinator.indices.map {
            coordinator[$0] + itinerant[$0] + representative[$0] + gatekeeper[$0] + liaison[$0]
        }
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
    /// Gould, R. V. & Fernandez, R. M. (1989). "Structures of mediation: a formal approach
    /// to brokerage in transaction networks". *Sociological Methodology* 19: 89–126.
    ///
    /// - Returns: The count of each role for each node, indexed by node.
    /// - Complexity: O(*n* + Σᵥ in-degree(*v*) · out-degree(*v*)) time, O(*n* + *m*) memory:
    ///   each source marks its successors once, and each two-path is checked in O(1).
    public func brokerage() -> BrokerageRoles {
        let n = nodeCount
        var roles = BrokerageRoles(
            coordinator: [Int](repeating: 0, count: n), itinerant: [Int](repeating: 0, count: n),
            representative: [Int](repeating: 0, count: n), gatekeeper: [Int](repeating: 0, count: n),
            liaison: [Int](repeating: 0, count: n))
        // reachedFrom[c] == a while the successors of source a are marked.
        var reachedFrom = [Int](repeating: -1, count: n)
        for source in 0..<n {
            for target in successors(of: source) { reachedFrom[target] = source }
            let sourceGroup = groupIndices[source]
            for broker in successors(of: source) {
                let brokerGroup = groupIndices[broker]
                for target in successors(of: broker) where target != source && reachedFrom[target] != source {
                    let targetGroup = groupIndices[target]
                    switch (sourceGroup == brokerGroup, brokerGroup == targetGroup, sourceGroup == targetGroup) {
                    case (true, true, _): roles.coordinator[broker] += 1
                    case (true, false, _): roles.representative[broker] += 1
                    case (false, true, _): roles.gatekeeper[broker] += 1
                    case (false, false, true): roles.itinerant[broker] += 1
                    case (false, false, false): roles.liaison[broker] += 1
                    }
                }
            }
        }
        return roles
    }
}
