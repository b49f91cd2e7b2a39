import Foundation

/// One side of a projection's adjacency matrix, borrowed without copying for the length of a
/// computation, so that the spectral measures' matrix–vector products run straight over the
/// CSR arrays.
struct AdjacencyRows {
    let offsets: UnsafeBufferPointer<Int>
    let columns: UnsafeBufferPointer<Int>
    let weights: UnsafeBufferPointer<Double>

    /// `initial` plus the sum of `weight × x[column]` over the entries of `row`.
    ///
    /// The terms are added in column order, which is the order networkx adds them in (nodes
    /// in insertion order), so that sums agree with networkx to the last bit.
    @inline(__always)
    func sum(_ row: Int, of x: UnsafeBufferPointer<Double>, startingAt initial: Double = 0) -> Double {
        var total = initial
        for entry in offsets[row]..<offsets[row + 1] {
            total += x[columns[entry]] * weights[entry]
        }
        return total
    }
}

extension Projection {
    /// Calls `body` with the rows of the adjacency matrix A, row *i* holding the arcs that
    /// leave actor *i*: `sum(i, of: x)` is (A·x)ᵢ.
    func withOutgoingRows<Result>(_ body: (AdjacencyRows) -> Result) -> Result {
        outOffsets.withUnsafeBufferPointer { offsets in
            outTargets.withUnsafeBufferPointer { columns in
                outWeights.withUnsafeBufferPointer { weights in
                    body(AdjacencyRows(offsets: offsets, columns: columns, weights: weights))
                }
            }
        }
    }

    /// Calls `body` with the rows of Aᵀ, row *i* holding the arcs that enter actor *i*:
    /// `sum(i, of: x)` is (Aᵀ·x)ᵢ.
    func withIncomingRows<Result>(_ body: (AdjacencyRows) -> Result) -> Result {
        inOffsets.withUnsafeBufferPointer { offsets in
            inSources.withUnsafeBufferPointer { columns in
                inWeights.withUnsafeBufferPointer { weights in
                    body(AdjacencyRows(offsets: offsets, columns: columns, weights: weights))
                }
            }
        }
    }

    /// Bounds on λmax, the largest eigenvalue (the spectral radius) of the weighted adjacency
    /// matrix: Katz centrality's series converges only for α < 1/λmax, and I − βA is safely
    /// invertible for Bonacich power when |β| < 1/λmax, so their errors quote it.
    ///
    /// The eigenvalues of A are those of its strongly connected components' diagonal blocks
    /// (connected components when undirected), so λmax is the largest of the components' own.
    /// Each block is irreducible, and with the identity added it is primitive, bipartite or
    /// not, so power iteration on Aᶜ + I converges to its Perron vector *x* > 0
    /// (Perron–Frobenius). Throughout, the Collatz–Wielandt bounds
    /// minᵢ ((Aᶜ + I)x)ᵢ / xᵢ − 1 ≤ λmaxᶜ ≤ maxᵢ ((Aᶜ + I)x)ᵢ / xᵢ − 1 hold and close in on
    /// λmaxᶜ from both sides (C. D. Meyer, *Matrix Analysis and Applied Linear Algebra*,
    /// SIAM 2000, §8.3). A directed graph without cycles has λmax = 0.
    ///
    /// The bounds are those of |A|, which is A for the positive weights datasets carry.
    ///
    /// - Parameters:
    ///   - maxIterations: The most power-iteration steps; slow only when a component's second
    ///     eigenvalue is close to its first, as on a long directed cycle.
    ///   - isSettled: Called with the bounds after each step; returning `true` stops early,
    ///     for callers that need only to compare λmax with a threshold.
    /// - Returns: The bounds, within 10⁻¹² (1 + λmax) of each other once converged.
    /// - Complexity: O(*n* + *m*) per step.
    func spectralRadiusBounds(
        maxIterations: Int = 1000, isSettled: (ClosedRange<Double>) -> Bool = { _ in false }
    ) -> ClosedRange<Double> {
        let n = nodeCount
        guard n > 0 else { return 0...0 }
        let (component, componentCount) = strongComponents()
        var x = [Double](repeating: 1, count: n)
        var next = [Double](repeating: 0, count: n)
        // Per component: the least and greatest ratio ((Aᶜ + I)x)ᵢ / xᵢ, and the largest entry,
        // by which the component's part of x is rescaled so that none under- or overflows.
        var least = [Double](repeating: 0, count: componentCount)
        var greatest = [Double](repeating: 0, count: componentCount)
        var largest = [Double](repeating: 0, count: componentCount)
        var bounds: ClosedRange<Double> = 0...0
        withOutgoingRows { rows in
            for _ in 0..<maxIterations {
                for c in 0..<componentCount {
                    (least[c], greatest[c], largest[c]) = (.infinity, 0, 0)
                }
                for i in 0..<n {
                    let c = component[i]
                    var total = x[i]
                    for entry in rows.offsets[i]..<rows.offsets[i + 1] where component[rows.columns[entry]] == c {
                        total += rows.weights[entry].magnitude * x[rows.columns[entry]]
                    }
                    next[i] = total
                    let ratio = total / x[i]
                    least[c] = min(least[c], ratio)
                    greatest[c] = max(greatest[c], ratio)
                    largest[c] = max(largest[c], total)
                }
                for i in 0..<n { x[i] = next[i] / largest[component[i]] }
                let lower = least.max()!, upper = max(greatest.max()!, lower)
                bounds = (lower - 1)...(upper - 1)
                if upper - lower <= 1e-12 * upper || isSettled(bounds) { break }
            }
        }
        return bounds
    }

    /// Tarjan's strongly connected components, numbered in the order they complete.
    ///
    /// The depth-first search keeps its own stack of (node, next arc), since recursion would
    /// overflow the call stack on a long chain of actors.
    /// - Complexity: O(*n* + *m*).
    func strongComponents() -> (component: [Int], count: Int) {
        let n = nodeCount
        var order = [Int](repeating: -1, count: n)
        var lowLink = [Int](repeating: 0, count: n)
        var component = [Int](repeating: -1, count: n)
        var unassigned: [Int] = []
        var search: [(node: Int, nextArc: Int)] = []
        var visited = 0, count = 0
        for root in 0..<n where order[root] < 0 {
            order[root] = visited
            lowLink[root] = visited
            visited += 1
            unassigned.append(root)
            search.append((root, outOffsets[root]))
            while let (node, arc) = search.last {
                if arc < outOffsets[node + 1] {
                    search[search.count - 1].nextArc += 1
                    let target = outTargets[arc]
                    if order[target] < 0 {
                        order[target] = visited
                        lowLink[target] = visited
                        visited += 1
                        unassigned.append(target)
                        search.append((target, outOffsets[target]))
                    } else if component[target] < 0 {
                        // Visited but not yet in a component: still on Tarjan's stack.
                        lowLink[node] = min(lowLink[node], order[target])
                    }
                } else {
                    search.removeLast()
                    if let parent = search.last?.node {
                        lowLink[parent] = min(lowLink[parent], lowLink[node])
                    }
                    if lowLink[node] == order[node] {
                        while let member = unassigned.popLast() {
                            component[member] = count
                            if member == node { break }
                        }
                        count += 1
                    }
                }
            }
        }
        return (component, count)
    }
}

extension Double {
    /// The number to three significant digits, for the figures quoted in reasons.
    var threeSignificantDigits: String { String(format: "%.3g", self) }
}
