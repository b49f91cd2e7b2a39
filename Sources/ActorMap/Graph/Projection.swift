/// A snapshot reduced to the compact graph the measures run on: actors numbered `0..<n`,
/// ties in compressed sparse row arrays.
///
/// The arcs leaving node `v` are `outTargets[outOffsets[v] ..< outOffsets[v + 1]]`, with their
/// weights at the same positions of `outWeights`; each row is sorted by target. The arcs
/// entering `v` are laid out the same way in `inOffsets`, `inSources` and `inWeights`. In an
/// undirected projection every edge is stored as an arc each way, so the two layouts are
/// the same arrays.
///
/// Relationships that land on the same arc (two MoUs between the same pair, an MoU and a
/// collaboration, or in an undirected projection funding each way) merge into one tie whose
/// weight is the sum of theirs. An unweighted projection gives every merged tie weight 1.
///
/// Node numbers are this projection's own numbering. For a projection of a snapshot, node
/// *v* is the actor at position *v* of the snapshot (``Snapshot/actorIndices``), and
/// `actorIndices[v]` is its index in the dataset's actors; ``MetricsTable`` reads the
/// measures by actor id instead.
public struct Projection: Sendable {
    /// The number of actors, isolates included.
    public let nodeCount: Int
    /// Whether ties keep their direction (arcs) or join their two actors alike (edges).
    public let isDirected: Bool
    /// Whether ties carry the sum of their relationships' weights; otherwise every tie
    /// weighs 1.
    public let isWeighted: Bool
    /// For each node, the index of its actor in the dataset's actors (a dataset actor
    /// index, not a node); empty for a projection built straight from arcs.
    public let actorIndices: [Int]
    /// For each node, the index of its actor's group in the dataset vocabulary's groups (or
    /// of its kind, after ``regrouped(by:)``); all 0 for a projection built straight from
    /// arcs unless given.
    public private(set) var groupIndices: [Int]

    /// Where each node's row of outgoing arcs starts in ``outTargets``: node *v*'s arcs are
    /// at `outOffsets[v] ..< outOffsets[v + 1]`; `nodeCount + 1` entries.
    public let outOffsets: [Int]
    /// The node each outgoing arc leads to, row by row, each row sorted.
    public let outTargets: [Int]
    /// The weight of each outgoing arc, at the same positions as ``outTargets``.
    public let outWeights: [Double]
    /// Where each node's row of incoming arcs starts in ``inSources``; `nodeCount + 1`
    /// entries.
    public let inOffsets: [Int]
    /// The node each incoming arc comes from, row by row, each row sorted.
    public let inSources: [Int]
    /// The weight of each incoming arc, at the same positions as ``inSources``.
    public let inWeights: [Double]

    /// Builds the projection of a snapshot: node *v* is the actor at the snapshot's position
    /// *v*.
    ///
    /// - Parameters:
    ///   - snapshot: The map at one moment.
    ///   - options: Which relationship types count as ties, their direction and weighting.
    /// - Complexity: O(*n* + *r* log *d*) for *r* relationships and largest degree *d*.
    public init(_ snapshot: Snapshot, options: ProjectionOptions) {
        let dataset = snapshot.dataset
        let types = dataset.vocabulary.relationshipTypes
        let keepType = types.map(options.types.includes)
        let filtersEvidence = options.evidence.isActive
        var arcs: [Arc] = []
        arcs.reserveCapacity(snapshot.relationshipIndices.count * 2)
        for index in snapshot.relationshipIndices {
            let ends = dataset.relationshipEnds[index]
            guard keepType[ends.type] else { continue }
            if filtersEvidence, !options.evidence.admits(dataset.relationships[index], at: index) { continue }
            let from = snapshot.position(ofActorAt: ends.from)!
            let to = snapshot.position(ofActorAt: ends.to)!
            let weight = dataset.relationships[index].weight
            arcs.append(Arc(from: from, to: to, weight: weight))
            if options.direction == .undirected || !types[ends.type].directed {
                arcs.append(Arc(from: to, to: from, weight: weight))
            }
        }
        self.init(
            nodeCount: snapshot.actorIndices.count, arcs: arcs, directed: options.direction == .directed,
            weighted: options.weighted, actorIndices: snapshot.actorIndices,
            groupIndices: snapshot.actorIndices.map { dataset.actorGroupIndices[$0] })
    }

    /// One tie from `from` to `to`, by node number.
    public struct Arc: Hashable, Sendable {
        /// The node the tie leaves.
        public var from: Int
        /// The node the tie reaches.
        public var to: Int
        /// The tie's weight; ignored by an unweighted projection.
        public var weight: Double

        /// A tie between two nodes.
        ///
        /// - Parameters:
        ///   - from: The node the tie leaves.
        ///   - to: The node the tie reaches.
        ///   - weight: The tie's weight.
        public init(from: Int, to: Int, weight: Double = 1) {
            self.from = from
            self.to = to
            self.weight = weight
        }
    }

    /// Builds a projection straight from arcs, for graphs that do not come from a dataset.
    ///
    /// For an undirected graph, `arcs` must hold each edge once in each direction; parallel
    /// arcs merge with their weights summed. Self-loops are dropped.
    ///
    /// - Parameters:
    ///   - nodeCount: The number of nodes, numbered `0..<nodeCount`.
    ///   - arcs: The ties, by node number.
    ///   - directed: Whether the graph is directed.
    ///   - weighted: Whether to keep the arcs' weights; otherwise every tie weighs 1.
    ///   - actorIndices: For each node, its actor's index in a dataset, if it has one.
    ///   - groupIndices: For each node, its group's index; all 0 when `nil`.
    /// - Precondition: every node number lies in `0..<nodeCount`.
    /// - Complexity: O(*n* + *m* log *d*) for *m* arcs and largest degree *d*.
    public init(
        nodeCount: Int, arcs: [Arc], directed: Bool, weighted: Bool,
        actorIndices: [Int] = [], groupIndices: [Int]? = nil
    ) {
        precondition(arcs.allSatisfy { (0..<nodeCount).contains($0.from) && (0..<nodeCount).contains($0.to) },
                     "an arc names a node outside 0..<\(nodeCount)")
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.isWeighted = weighted
        self.actorIndices = actorIndices
        self.groupIndices = groupIndices ?? [Int](repeating: 0, count: nodeCount)
        (outOffsets, outTargets, outWeights) = Self.compressedRows(
            nodeCount: nodeCount, arcs: arcs, byTarget: false, weighted: weighted)
        if directed {
            (inOffsets, inSources, inWeights) = Self.compressedRows(
                nodeCount: nodeCount, arcs: arcs, byTarget: true, weighted: weighted)
        } else {
            (inOffsets, inSources, inWeights) = (outOffsets, outTargets, outWeights)
        }
    }

    /// Two counting sorts, by column and then by row, so that every row comes out in column
    /// order with parallel arcs in the order given (as a stable sort by column would leave
    /// them, which fixes the order their weights are summed in); then each row's parallel
    /// arcs merged. Linear in nodes and arcs: no row is sorted by comparison.
    private static func compressedRows(
        nodeCount: Int, arcs: [Arc], byTarget: Bool, weighted: Bool
    ) -> (offsets: [Int], columns: [Int], weights: [Double]) {
        @inline(__always) func row(_ arc: Arc) -> Int { byTarget ? arc.to : arc.from }
        @inline(__always) func column(_ arc: Arc) -> Int { byTarget ? arc.from : arc.to }
        var columnStarts = [Int](repeating: 0, count: nodeCount + 1)
        var rowStarts = [Int](repeating: 0, count: nodeCount + 1)
        for arc in arcs where arc.from != arc.to {
            columnStarts[column(arc) + 1] += 1
            rowStarts[row(arc) + 1] += 1
        }
        for node in 0..<nodeCount {
            columnStarts[node + 1] += columnStarts[node]
            rowStarts[node + 1] += rowStarts[node]
        }
        let count = rowStarts[nodeCount]
        // By column: each arc's row and weight, columns ascending, arcs in their given order.
        var rowsByColumn = [Int](repeating: 0, count: count)
        var weightsByColumn = [Double](repeating: 0, count: weighted ? count : 0)
        var fill = columnStarts
        for arc in arcs where arc.from != arc.to {
            let slot = fill[column(arc)]
            rowsByColumn[slot] = row(arc)
            if weighted { weightsByColumn[slot] = arc.weight }
            fill[column(arc)] = slot + 1
        }
        // By row: walking the columns in order fills every row in column order.
        var entryColumns = [Int](repeating: 0, count: count)
        var entryWeights = [Double](repeating: 0, count: weighted ? count : 0)
        fill = rowStarts
        for column in 0..<nodeCount {
            for slot in columnStarts[column]..<columnStarts[column + 1] {
                let row = rowsByColumn[slot]
                entryColumns[fill[row]] = column
                if weighted { entryWeights[fill[row]] = weightsByColumn[slot] }
                fill[row] += 1
            }
        }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var columns: [Int] = []
        var weights: [Double] = []
        columns.reserveCapacity(count)
        weights.reserveCapacity(weighted ? count : 0)
        for node in 0..<nodeCount {
            let end = rowStarts[node + 1]
            var position = rowStarts[node]
            while position < end {
                let target = entryColumns[position]
                var weight = 0.0
                while position < end, entryColumns[position] == target {
                    if weighted { weight += entryWeights[position] }
                    position += 1
                }
                columns.append(target)
                if weighted { weights.append(weight) }
            }
            offsets[node + 1] = columns.count
        }
        if !weighted { weights = [Double](repeating: 1, count: columns.count) }
        return (offsets, columns, weights)
    }

    /// The number of arcs; in an undirected projection, twice the number of edges.
    public var arcCount: Int { outTargets.count }

    /// The number of ties: arcs when directed, edges when undirected.
    public var tieCount: Int { isDirected ? arcCount : arcCount / 2 }

    /// The nodes `node` has an arc to, ascending.
    ///
    /// - Parameter node: A node number.
    /// - Returns: The successors, a slice of ``outTargets``.
    /// - Complexity: O(1).
    @inlinable public func successors(of node: Int) -> ArraySlice<Int> {
        outTargets[outOffsets[node]..<outOffsets[node + 1]]
    }

    /// The nodes that have an arc to `node`, ascending.
    ///
    /// - Parameter node: A node number.
    /// - Returns: The predecessors, a slice of ``inSources``.
    /// - Complexity: O(1).
    @inlinable public func predecessors(of node: Int) -> ArraySlice<Int> {
        inSources[inOffsets[node]..<inOffsets[node + 1]]
    }

    /// How many arcs leave `node`; its degree when undirected.
    ///
    /// - Parameter node: A node number.
    /// - Returns: The number of arcs.
    /// - Complexity: O(1).
    public func outDegree(of node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }
    /// How many arcs reach `node`; its degree when undirected.
    ///
    /// - Parameter node: A node number.
    /// - Returns: The number of arcs.
    /// - Complexity: O(1).
    public func inDegree(of node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

    /// The weight of the arc from `from` to `to`, or `nil` when there is none.
    ///
    /// - Parameters:
    ///   - from: The node the arc leaves.
    ///   - to: The node the arc reaches.
    /// - Returns: The weight, or `nil`.
    /// - Complexity: O(log *d*) by binary search in the sorted row.
    public func weight(from: Int, to: Int) -> Double? {
        var low = outOffsets[from], high = outOffsets[from + 1]
        while low < high {
            let middle = (low + high) / 2
            if outTargets[middle] < to { low = middle + 1 } else { high = middle }
        }
        return low < outOffsets[from + 1] && outTargets[low] == to ? outWeights[low] : nil
    }
}

extension Projection {
    /// The same graph with other sides: for brokerage and the E-I index by kind, say,
    /// instead of by group.
    ///
    /// - Parameter groupIndices: A side for each node, by node.
    /// - Returns: The same projection with these sides as its ``groupIndices``.
    /// - Precondition: `groupIndices.count == nodeCount`.
    /// - Complexity: O(*n*).
    public func regrouped(by groupIndices: [Int]) -> Projection {
        precondition(groupIndices.count == nodeCount, "one group per node")
        var copy = self
        copy.groupIndices = groupIndices
        return copy
    }
}

extension Projection {
    /// Lends `body` the compressed rows of outgoing and incoming arcs as buffer pointers,
    /// for inner loops without bounds checks: offsets, targets, incoming offsets, sources.
    func withArcs<Result>(
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>) throws -> Result
    ) rethrows -> Result {
        try outOffsets.withUnsafeBufferPointer { offsets in
            try outTargets.withUnsafeBufferPointer { targets in
                try inOffsets.withUnsafeBufferPointer { inOffsets in
                    try inSources.withUnsafeBufferPointer { sources in
                        try body(offsets, targets, inOffsets, sources)
                    }
                }
            }
        }
    }
}
