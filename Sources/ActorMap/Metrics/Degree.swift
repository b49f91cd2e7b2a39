/// How many actors each actor is tied to, and how strongly.
public struct DegreeMeasures: Hashable, Sendable {
    /// The number of distinct actors tied to each actor in either direction, |in ∪ out|:
    /// a funder and its grantee that also fund each other count once.
    public let degree: [Int]
    /// The number of distinct actors with a tie to each actor; the degree when undirected.
    public let inDegree: [Int]
    /// The number of distinct actors each actor has a tie to; the degree when undirected.
    public let outDegree: [Int]
    /// The sum of the weights of each actor's ties; when directed, incoming plus outgoing.
    public let strength: [Double]
    /// Ties per possible partner, as networkx's `degree_centrality` computes it.
    public let degreeCentrality: [Double]
}

extension Projection {
    /// Counts each actor's ties: distinct partners, in and out, total weight, and degree
    /// centrality.
    ///
    /// `degreeCentrality` matches networkx's `degree_centrality`: the number of ties at an
    /// actor divided by *n* − 1, the most an actor can have in a simple undirected graph.
    /// When the graph is directed, networkx counts arcs in plus arcs out, so an actor in a
    /// reciprocated pair counts it twice and values can exceed 1. A graph of one actor gives
    /// it 1, as networkx does.
    ///
    /// `strength` uses the weights as they are (networkx's `G.degree(weight="weight")`); in an
    /// unweighted projection every tie weighs 1, so strength counts ties (arcs in plus arcs
    /// out when directed).
    ///
    /// - Returns: Degree, in- and out-degree, strength and degree centrality, in node order.
    /// - Complexity: O(*n* + *m*) for *n* actors and *m* ties.
    public func degrees() -> DegreeMeasures {
        let n = nodeCount
        var outDegree = [Int](repeating: 0, count: n)
        var inDegree = [Int](repeating: 0, count: n)
        var strength = [Double](repeating: 0, count: n)
        for node in 0..<n {
            let outgoing = outOffsets[node]..<outOffsets[node + 1]
            let incoming = inOffsets[node]..<inOffsets[node + 1]
            outDegree[node] = outgoing.count
            inDegree[node] = incoming.count
            var total = 0.0
            for arc in outgoing { total += outWeights[arc] }
            if isDirected {
                for arc in incoming { total += inWeights[arc] }
            }
            strength[node] = total
        }
        let degree = isDirected ? distinctNeighbourCounts() : outDegree
        let perPartner = 1 / (Double(n) - 1)
        let degreeCentrality = n > 1
            ? (0..<n).map { Double(isDirected ? inDegree[$0] + outDegree[$0] : outDegree[$0]) * perPartner }
            : [Double](repeating: 1, count: n)
        return DegreeMeasures(
            degree: degree, inDegree: inDegree, outDegree: outDegree, strength: strength,
            degreeCentrality: degreeCentrality)
    }

    /// The size of the union of each node's successors and predecessors, both sorted, by
    /// merging them.
    private func distinctNeighbourCounts() -> [Int] {
        withArcs { offsets, targets, inOffsets, sources in
            (0..<nodeCount).map { node in
                var s = offsets[node], p = inOffsets[node]
                let sEnd = offsets[node + 1], pEnd = inOffsets[node + 1]
                var count = 0
                while s < sEnd, p < pEnd {
                    let successor = targets[s], predecessor = sources[p]
                    if successor <= predecessor { s += 1 }
                    if predecessor <= successor { p += 1 }
                    count += 1
                }
                return count + (sEnd - s) + (pEnd - p)
            }
        }
    }
}
