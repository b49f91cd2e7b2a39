import Foundation

extension Projection {
    /// The local clustering coefficient of each actor: how far its contacts are tied to
    /// one another.
    ///
    /// This is networkx's `clustering`, in each of its four variants.
    ///
    /// - Undirected, unweighted: cᵢ = 2Tᵢ / (dᵢ(dᵢ − 1)), with *Tᵢ* the triangles through *i*
    ///   and *dᵢ* its degree (Watts & Strogatz 1998).
    /// - Undirected, weighted: Tᵢ becomes Σ over triangles *ijk* of (ŵᵢⱼ ŵᵢₖ ŵⱼₖ)^(1/3), the
    ///   geometric mean of the weights, each divided by the largest weight in the graph
    ///   (Onnela, Saramäki, Kertész & Kaski 2005).
    /// - Directed: Fagiolo's coefficient cᵢ = (S³)ᵢᵢ / (2[dᵢ(dᵢ − 1) − 2d↔ᵢ]), where
    ///   S = A + Aᵀ, *dᵢ* is in-degree plus out-degree and *d↔ᵢ* the number of reciprocated
    ///   ties; it counts every directed triangle through *i* (Fagiolo 2007).
    /// - Directed, weighted: the same with A replaced by Ŵ^(1/3), the weights divided by the
    ///   largest weight and taken to the power 1/3 entry by entry.
    ///
    /// Actors with fewer than two contacts, or in no triangle, have coefficient 0, as in
    /// networkx.
    ///
    /// Watts, D. J. & Strogatz, S. H. (1998). *Nature* 393: 440–442. Onnela, J.-P. et al.
    /// (2005). *Physical Review E* 71: 065103. Fagiolo, G. (2007). "Clustering in complex
    /// directed networks". *Physical Review E* 76: 026107.
    ///
    /// - Returns: The clustering coefficient of each node, indexed by node.
    /// - Complexity: O(*n* + *m*^1.5) time, O(*n* + *m*) memory.
    public func clustering() -> [Double] {
        let largestWeight = outWeights.max() ?? 1
        // The symmetric strength of a pair is the sum, over its arcs, of the normalised
        // weight's cube root, so the product over a triangle's three pairs adds up the
        // geometric means of all its directed triangles, as (S³)ᵢᵢ does.
        // When every tie weighs 0, every triangle's geometric mean is 0.
        let ties = UndirectedTies(self, tieWeight: { isWeighted ? cbrt(weightShare($0, of: largestWeight)) : 1 })
        var triangles = [Double](repeating: 0, count: nodeCount)
        ties.forEachTriangle { u, v, w, uv, uw, vw in
            let strength = uv * uw * vw
            triangles[u] += strength
            triangles[v] += strength
            triangles[w] += strength
        }
        return (0..<nodeCount).map { node in
            guard triangles[node] > 0 else { return 0 }
            let degree = Double(ties.degree(of: node))
            guard isDirected else { return 2 * triangles[node] / (degree * (degree - 1)) }
            let arcs = Double(outDegree(of: node) + inDegree(of: node))
            let reciprocated = arcs - degree
            return triangles[node] / (arcs * (arcs - 1) - 2 * reciprocated)
        }
    }
}
