@testable import ActorMap

/// Small graphs built straight from arcs for the structure tests.
enum StructureTestGraphs {
    /// An undirected projection from edges given once each.
    static func undirected(_ nodeCount: Int, _ edges: [(Int, Int)], weights: [Double]? = nil, groups: [Int]? = nil) -> Projection {
        let arcs = edges.enumerated().flatMap { index, edge in
            let weight = weights?[index] ?? 1
            return [Projection.Arc(from: edge.0, to: edge.1, weight: weight), Projection.Arc(from: edge.1, to: edge.0, weight: weight)]
        }
        return Projection(nodeCount: nodeCount, arcs: arcs, directed: false, weighted: weights != nil, groupIndices: groups)
    }

    /// A directed projection from arcs.
    static func directed(_ nodeCount: Int, _ arcs: [(Int, Int)], weights: [Double]? = nil, groups: [Int]? = nil) -> Projection {
        let arcs = arcs.enumerated().map { index, arc in Projection.Arc(from: arc.0, to: arc.1, weight: weights?[index] ?? 1) }
        return Projection(nodeCount: nodeCount, arcs: arcs, directed: true, weighted: weights != nil, groupIndices: groups)
    }

    /// `groupCount` groups of `groupSize` consecutive nodes, each pair tied with probability
    /// `inside` within a group and `across` between groups.
    static func plantedPartition(groupCount: Int, groupSize: Int, inside: Double, across: Double, seed: UInt64) -> Projection {
        var generator = Generator(seed: seed)
        let n = groupCount * groupSize
        var edges: [(Int, Int)] = []
        for u in 0..<n {
            for v in (u + 1)..<max(u + 1, n) {
                let p = u / groupSize == v / groupSize ? inside : across
                if Double(generator.next() >> 11) / Double(1 << 53) < p { edges.append((u, v)) }
            }
        }
        return undirected(n, edges)
    }

    /// SplitMix64, so that a test graph is the same on every run and platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
