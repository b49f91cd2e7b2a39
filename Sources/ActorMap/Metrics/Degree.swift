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
    /// - Complexity: O(*n* + *m*) for *n* actors and *m* ties.
    public func degrees() -> DegreeMeasures {
        let n = nodeCount
        let outDegree = (0..<n).map(outDegree(of:))
        let inDegree = (0..<n).map(inDegree(of:))
        let degree = isDirected ? (0..<n).map(distinctNeighbourCount(of:)) : outDegree
        let strength = (0..<n).map { node in
            let outgoing = outWeights[outOffsets[node]..<outOffsets[node + 1]].reduce(0, +)
            guard isDirected else { return outgoing }
            return outgoing + inWeights[inOffsets[node]..<inOffsets[node + 1]].reduce(0, +)
        }
        let tieCounts = isDirected ? zip(inDegree, outDegree).map(+) : outDegree
        let perPartner = 1 / (Double(n) - 1)
        return DegreeMeasures(
            degree: degree, inDegree: inDegree, outDegree: outDegree, strength: strength,
            degreeCentrality: n > 1 ? tieCounts.map { Double($0) * perPartner } : [Double](repeating: 1, count: n))
    }

    /// The size of the union of a node's successors and predecessors, both sorted, by merging.
    private func distinctNeighbourCount(of node: Int) -> Int {
        let successors = successors(of: node), predecessors = predecessors(of: node)
        var s = successors.startIndex, p = predecessors.startIndex
        var count = 0
        while s < successors.endIndex, p < predecessors.endIndex {
            let next = min(successors[s], predecessors[p])
            if successors[s] == next { s += 1 }
            if predecessors[p] == next { p += 1 }
            count += 1
        }
        return count + (successors.endIndex - s) + (predecessors.endIndex - p)
    }
}
