extension Projection {
    /// Communities found by the Louvain method: groups of actors more tied among themselves
    /// than their degrees would lead one to expect.
    ///
    /// Louvain climbs the modularity of ``modularity(of:resolution:)`` greedily (Blondel,
    /// Guillaume, Lambiotte & Lefebvre 2008). Each level visits the nodes in a random order
    /// and moves each into the neighbouring community that raises modularity most, until no
    /// node can gain by moving (after a move only the mover's neighbours are visited again,
    /// Traag's fast local moving); then each community becomes a single node and the next
    /// level starts. It stops when a level moves nothing or gains no more than 10⁻⁷,
    /// networkx's `louvain_communities` threshold.
    ///
    /// A directed projection is divided by directed modularity (Leicht & Newman 2008), with
    /// the gain networkx's `louvain_communities` uses for a `DiGraph`: moving node *u* into
    /// community *c* gains k_{u,c}/m − γ (k⁺ᵤ Σ⁻_c + k⁻ᵤ Σ⁺_c)/m², where k_{u,c} adds the arcs
    /// both ways between *u* and *c*. Weights count as they are.
    ///
    /// The node order comes from a SplitMix64 generator seeded with `seed`, so a seed always
    /// gives the same communities; networkx draws its order from Python's generator, so its
    /// partition can differ even where both reach the same modularity. Isolates stay alone.
    ///
    /// Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). "Fast unfolding
    /// of communities in large networks". *J. Stat. Mech.* P10008. Traag, V. A. (2015).
    /// "Faster unfolding of communities: speeding up the Louvain algorithm". *Physical
    /// Review E* 92: 032801.
    ///
    /// - Parameters:
    ///   - seed: Seeds the order in which nodes are visited.
    ///   - resolution: The resolution γ of modularity; above 1 favours smaller communities.
    /// - Returns: A community label for each node, indexed by node: 0 for the community of
    ///   node 0, then 1, 2… in order of each community's smallest node.
    /// - Complexity: O(*m*) for each round of visits to every node; in practice near-linear
    ///   in *n* + *m*.
    public func louvainCommunities(seed: UInt64 = 0, resolution: Double = 1) -> [Int] {
        var level = LouvainLevel(self)
        var membership = Array(0..<nodeCount)
        guard level.totalWeight > 0 else { return membership }
        var generator = SplitMix64(seed: seed)
        var modularity = level.modularity(of: Array(0..<level.nodeCount), resolution: resolution)
        while true {
            guard let communities = level.moveNodes(resolution: resolution, using: &generator) else { break }
            for node in 0..<nodeCount { membership[node] = communities[membership[node]] }
            let improved = level.modularity(of: communities, resolution: resolution)
            if improved - modularity <= LouvainLevel.threshold { break }
            modularity = improved
            level = level.aggregated(by: communities)
        }
        return Self.denseLabels(membership)
    }
}

/// The graph one level of Louvain works on: nodes are the communities of the level below.
/// Its ``modularity(of:resolution:)`` is also ``Projection/modularity(of:resolution:)``'s.
struct LouvainLevel {
    /// The least modularity gain worth another level, networkx's default.
    static let threshold = 1e-7

    /// Symmetric ties between distinct nodes; a directed projection's arcs both ways add up.
    var offsets: [Int]
    var neighbours: [Int]
    var weights: [Double]
    /// Out- and in-strength of each node, halved for an undirected projection so that
    /// both kinds of modularity share the form L/m − γ K⁺K⁻/m².
    var outStrength: [Double]
    var inStrength: [Double]
    /// Tie weight inside each node: the ties within the community it stands for.
    var innerWeight: [Double]
    /// *m*: the total edge weight (undirected) or arc weight (directed).
    let totalWeight: Double

    var nodeCount: Int { outStrength.count }

    init(_ projection: Projection) {
        let ties = UndirectedTies(projection)
        offsets = ties.offsets
        neighbours = ties.neighbours
        weights = ties.weights
        let n = projection.nodeCount
        let strength = { (offsets: [Int], weights: [Double]) in
            (0..<n).map { weights[offsets[$0]..<offsets[$0 + 1]].reduce(0, +) }
        }
        outStrength = strength(projection.outOffsets, projection.outWeights)
        inStrength = strength(projection.inOffsets, projection.inWeights)
        if !projection.isDirected {
            for node in 0..<n {
                outStrength[node] /= 2
                inStrength[node] /= 2
            }
        }
        innerWeight = [Double](repeating: 0, count: n)
        totalWeight = outStrength.reduce(0, +)
    }

    /// The weight inside each community and its out- and in-strength.
    private func totals(of communities: [Int], count: Int) -> (inner: [Double], out: [Double], in: [Double]) {
        var inner = [Double](repeating: 0, count: count)
        var out = [Double](repeating: 0, count: count)
        var into = [Double](repeating: 0, count: count)
        for node in 0..<nodeCount {
            let community = communities[node]
            inner[community] += innerWeight[node]
            out[community] += outStrength[node]
            into[community] += inStrength[node]
            for position in offsets[node]..<offsets[node + 1] where communities[neighbours[position]] == community {
                // Each tie sits in both of its nodes' rows.
                inner[community] += weights[position] / 2
            }
        }
        return (inner, out, into)
    }

    /// Modularity of a division of this level's nodes into communities `0..<count`.
    func modularity(of communities: [Int], resolution: Double) -> Double {
        let count = (communities.max() ?? -1) + 1
        let (inner, out, into) = totals(of: communities, count: count)
        var q = 0.0
        for community in 0..<count {
            q += inner[community] / totalWeight
                - resolution * out[community] * into[community] / (totalWeight * totalWeight)
        }
        return q
    }

    /// One level of Louvain: moves nodes between communities until no node can raise
    /// modularity by moving. Returns each node's community, numbered 0, 1…, or `nil` when no
    /// node moved.
    ///
    /// Nodes wait in a queue, first in a random order; when a node moves, those of its
    /// neighbours outside its new community that are not already waiting join the queue, as
    /// their best choice may have changed (Traag 2015; Ozaki, Tezuka & Inaba 2016). This
    /// reaches the same kind of local optimum as sweeping over every node until a sweep
    /// moves nothing, without revisiting the many nodes a late sweep leaves where they are.
    func moveNodes(resolution: Double, using generator: inout SplitMix64) -> [Int]? {
        let n = nodeCount
        var community = Array(0..<n)
        // A ring buffer holds each node at most once, so n places suffice.
        var queue = generator.permutation(of: n)
        let moved = community.withUnsafeMutableBufferPointer { community in
            queue.withUnsafeMutableBufferPointer { queue in
                withUnsafeRows { offsets, neighbours, weights, outStrength, inStrength in
                    LocalMoving(
                        community: community, queue: queue, offsets: offsets, neighbours: neighbours, weights: weights,
                        outStrength: outStrength, inStrength: inStrength,
                        resolution: resolution, totalWeight: totalWeight
                    ).run()
                }
            }
        }
        return moved ? Projection.denseLabels(community) : nil
    }

    /// Lends `body` this level's arrays as buffer pointers, for the inner loops.
    private func withUnsafeRows<Result>(
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Double>,
                 UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) -> Result
    ) -> Result {
        offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
                weights.withUnsafeBufferPointer { weights in
                    outStrength.withUnsafeBufferPointer { outStrength in
                        inStrength.withUnsafeBufferPointer { inStrength in
                            body(offsets, neighbours, weights, outStrength, inStrength)
                        }
                    }
                }
            }
        }
    }

    /// The next level: one node per community, with the ties between communities summed
    /// and the ties inside each kept as its inner weight.
    func aggregated(by communities: [Int]) -> LouvainLevel {
        let count = (communities.max() ?? -1) + 1
        let (inner, out, into) = totals(of: communities, count: count)
        // Members of each community, by counting sort.
        var memberOffsets = [Int](repeating: 0, count: count + 1)
        for community in communities { memberOffsets[community + 1] += 1 }
        for community in 0..<count { memberOffsets[community + 1] += memberOffsets[community] }
        var members = [Int](repeating: 0, count: nodeCount)
        var fill = memberOffsets
        for node in 0..<nodeCount {
            members[fill[communities[node]]] = node
            fill[communities[node]] += 1
        }
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newNeighbours: [Int] = []
        var newWeights: [Double] = []
        var weightTo = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for community in 0..<count {
            for member in members[memberOffsets[community]..<memberOffsets[community + 1]] {
                for position in offsets[member]..<offsets[member + 1] {
                    let other = communities[neighbours[position]]
                    guard other != community else { continue }
                    if weightTo[other] == 0 { touched.append(other) }
                    weightTo[other] += weights[position]
                }
            }
            for other in touched {
                newNeighbours.append(other)
                newWeights.append(weightTo[other])
                weightTo[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
            newOffsets[community + 1] = newNeighbours.count
        }
        return LouvainLevel(
            offsets: newOffsets, neighbours: newNeighbours, weights: newWeights,
            outStrength: out, inStrength: into, innerWeight: inner, totalWeight: totalWeight)
    }

    private init(
        offsets: [Int], neighbours: [Int], weights: [Double], outStrength: [Double], inStrength: [Double],
        innerWeight: [Double], totalWeight: Double
    ) {
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.outStrength = outStrength
        self.inStrength = inStrength
        self.innerWeight = innerWeight
        self.totalWeight = totalWeight
    }
}

/// The local moving phase of one Louvain level, on buffer pointers: the inner loop runs
/// once per tie per visit, without bounds checks or reference counting.
private struct LocalMoving: ~Copyable {
    /// Each node's community, updated in place; starts with every node alone.
    let community: UnsafeMutableBufferPointer<Int>
    /// The nodes waiting for a visit, as a ring buffer; starts as a random order of all.
    let queue: UnsafeMutableBufferPointer<Int>
    let offsets: UnsafeBufferPointer<Int>
    let neighbours: UnsafeBufferPointer<Int>
    let weights: UnsafeBufferPointer<Double>
    let outStrength: UnsafeBufferPointer<Double>
    let inStrength: UnsafeBufferPointer<Double>
    /// γ and *m*.
    let resolution: Double
    let totalWeight: Double

    /// Σ⁺_c and Σ⁻_c: the out- and in-strength of each community.
    private let communityOut: UnsafeMutableBufferPointer<Double>
    private let communityIn: UnsafeMutableBufferPointer<Double>
    private let isWaiting: UnsafeMutableBufferPointer<Bool>
    /// weightTo[c] is the tie weight from the node being visited to community c; `touched`
    /// lists the communities it reaches, in the order first met, for ties and resets.
    private let weightTo: UnsafeMutableBufferPointer<Double>
    private let touched: UnsafeMutableBufferPointer<Int>

    init(
        community: UnsafeMutableBufferPointer<Int>, queue: UnsafeMutableBufferPointer<Int>,
        offsets: UnsafeBufferPointer<Int>, neighbours: UnsafeBufferPointer<Int>, weights: UnsafeBufferPointer<Double>,
        outStrength: UnsafeBufferPointer<Double>, inStrength: UnsafeBufferPointer<Double>,
        resolution: Double, totalWeight: Double
    ) {
        let n = community.count
        self.community = community
        self.queue = queue
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.outStrength = outStrength
        self.inStrength = inStrength
        self.resolution = resolution
        self.totalWeight = totalWeight
        communityOut = .allocate(capacity: n)
        _ = communityOut.initialize(from: outStrength)
        communityIn = .allocate(capacity: n)
        _ = communityIn.initialize(from: inStrength)
        isWaiting = .filled(n, with: true)
        weightTo = .filled(n, with: 0)
        touched = .filled(n, with: 0)
    }

    deinit {
        communityOut.deallocate()
        communityIn.deallocate()
        isWaiting.deallocate()
        weightTo.deallocate()
        touched.deallocate()
    }

    /// Visits nodes until none is waiting. Returns whether any node moved.
    func run() -> Bool {
        let n = community.count
        var head = 0, waiting = n
        var moved = false
        while waiting > 0 {
            let node = queue[head]
            head = head + 1 == n ? 0 : head + 1
            waiting -= 1
            isWaiting[node] = false
            let own = community[node]
            let row = offsets[node]..<offsets[node + 1]
            var touchedCount = 0
            for position in row {
                let other = community[neighbours[position]]
                if weightTo[other] == 0 {
                    touched[touchedCount] = other
                    touchedCount += 1
                }
                weightTo[other] += weights[position]
            }
            let out = outStrength[node], into = inStrength[node]
            communityOut[own] -= out
            communityIn[own] -= into
            // The gain of joining c, times m: k_{u,c} − γ (k⁺ᵤ Σ⁻_c + k⁻ᵤ Σ⁺_c) / m.
            var best = own
            var bestGain = weightTo[own] - resolution * (out * communityIn[own] + into * communityOut[own]) / totalWeight
            for candidate in touched[..<touchedCount] where candidate != own {
                let gain = weightTo[candidate]
                    - resolution * (out * communityIn[candidate] + into * communityOut[candidate]) / totalWeight
                if gain > bestGain {
                    best = candidate
                    bestGain = gain
                }
            }
            communityOut[best] += out
            communityIn[best] += into
            for c in touched[..<touchedCount] { weightTo[c] = 0 }
            guard best != own else { continue }
            community[node] = best
            moved = true
            for position in row {
                let neighbour = neighbours[position]
                guard !isWaiting[neighbour], community[neighbour] != best else { continue }
                isWaiting[neighbour] = true
                let tail = head + waiting
                queue[tail < n ? tail : tail - n] = neighbour
                waiting += 1
            }
        }
        return moved
    }
}
