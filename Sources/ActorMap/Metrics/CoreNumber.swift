extension Projection {
    /// The core number of each actor: the largest *k* such that the actor belongs to a
    /// *k*-core, a maximal group in which everyone has at least *k* ties to the others.
    ///
    /// This is networkx's `core_number`. In an undirected projection the degree is the
    /// number of neighbours. In a directed projection it is in-degree plus out-degree, so a
    /// reciprocated tie counts twice, as networkx counts `G.degree` and `all_neighbors` on
    /// a `DiGraph`. Weights are ignored. Isolates have core number 0.
    ///
    /// Batagelj, V. & Zaversnik, M. (2003). "An O(m) algorithm for cores decomposition of
    /// networks". arXiv:cs/0310049. Seidman, S. B. (1983). "Network structure and minimum
    /// degree". *Social Networks* 5(3): 269–287.
    ///
    /// - Returns: The core number of each node, indexed by node.
    /// - Complexity: O(*n* + *m*).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        precondition(n <= Int(Int32.max) && arcCount <= Int(Int32.max), "core numbers count with 32 bits")
        // 32-bit entries keep the four arrays the peeling jumps around in within the first
        // cache level on maps of a few thousand actors.
        var core = (0..<n).map { Int32(truncatingIfNeeded: outDegree(of: $0) + (isDirected ? inDegree(of: $0) : 0)) }
        let maxDegree = Int(core.max() ?? 0)
        // Nodes sorted by current degree in `order`; binStart[d] is where degree d begins.
        var binStart = [Int32](repeating: 0, count: maxDegree + 2)
        for degree in core { binStart[Int(degree) + 1] += 1 }
        for degree in 0...maxDegree { binStart[degree + 1] += binStart[degree] }
        var order = [Int32](repeating: 0, count: n)
        var position = [Int32](repeating: 0, count: n)
        var fill = binStart
        for node in 0..<n {
            let degree = Int(core[node])
            position[node] = fill[degree]
            order[Int(fill[degree])] = Int32(truncatingIfNeeded: node)
            fill[degree] += 1
        }
        // The peeling loop runs on buffer pointers: every index in it comes from the
        // projection's arrays, and it touches each arc once.
        core.withUnsafeMutableBufferPointer { core in
            order.withUnsafeMutableBufferPointer { order in
                position.withUnsafeMutableBufferPointer { position in
                    binStart.withUnsafeMutableBufferPointer { binStart in
                        /// Lowers the degree of a neighbour still above `floor`, the core
                        /// number of the node being peeled.
                        func lower(_ neighbour: Int, above floor: Int32) {
                            let degree = core[neighbour]
                            guard degree > floor else { return }
                            // Swap the neighbour to the front of its bin, then shrink the bin
                            // past it.
                            let front = binStart[Int(degree)], first = order[Int(front)]
                            let place = position[neighbour]
                            order[Int(front)] = Int32(truncatingIfNeeded: neighbour)
                            order[Int(place)] = first
                            position[Int(first)] = place
                            position[neighbour] = front
                            binStart[Int(degree)] = front + 1
                            core[neighbour] = degree - 1
                        }
                        withArcs { offsets, targets, inOffsets, sources in
                            for index in 0..<n {
                                let node = Int(order[index])
                                // Final: only neighbours above it are lowered, never to below it.
                                let floor = core[node]
                                for arc in offsets[node]..<offsets[node + 1] { lower(targets[arc], above: floor) }
                                // In an undirected projection the incoming arcs mirror the
                                // outgoing ones, already counted.
                                guard isDirected else { continue }
                                for arc in inOffsets[node]..<inOffsets[node + 1] { lower(sources[arc], above: floor) }
                            }
                        }
                    }
                }
            }
        }
        return core.map(Int.init)
    }
}
