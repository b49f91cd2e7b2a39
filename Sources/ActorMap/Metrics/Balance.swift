extension Snapshot {
    /// The share of balanced triangles in the signed map: how far "the friend of my friend
    /// is my friend, the enemy of my enemy is my friend" holds.
    ///
    /// Every relationship active in the snapshot counts, of every type and in either
    /// direction, whatever a projection would keep. A pair of actors is positive when all its
    /// ties are of positive sign (cooperation, an MoU, funding), negative when all are of
    /// negative sign (contention), and left out when its ties are mixed or include a type
    /// of sign 0. A triangle of three signed pairs is balanced when the product of its signs
    /// is positive: all three positive, or one positive and two negative.
    ///
    ///     balance = balanced triangles / triangles
    ///
    /// This is the triangle index of Cartwright & Harary (1956), as R's
    /// `signnet::balance_score(g, method = "triangles")` computes it.
    ///
    /// Cartwright, D. & Harary, F. (1956). "Structural balance: a generalization of Heider's
    /// theory". *Psychological Review* 63(5): 277–293.
    ///
    /// - Returns: The share of balanced triangles, or `nil` when the signed map has no
    ///   triangle.
    /// - Complexity: O(*r* log *r* + *p*^1.5) for *r* relationships and *p* signed pairs.
    public func structuralBalance() -> Double? {
        var arcs: [Projection.Arc] = []
        for pair in signedPairs() {
            guard let sign = pair.sign else { continue }
            arcs.append(Projection.Arc(from: pair.low, to: pair.high, weight: Double(sign)))
            arcs.append(Projection.Arc(from: pair.high, to: pair.low, weight: Double(sign)))
        }
        let signedMap = Projection(nodeCount: actorIndices.count, arcs: arcs, directed: false, weighted: true)
        var triangles = 0, balanced = 0
        UndirectedTies(signedMap).forEachTriangle { _, _, _, uv, uw, vw in
            triangles += 1
            if uv * uw * vw > 0 { balanced += 1 }
        }
        guard triangles > 0 else { return nil }
        return Double(balanced) / Double(triangles)
    }

    /// The unordered pairs of actors tied in the snapshot, each with the signs its ties
    /// carry, sorted by the pair's positions.
    ///
    /// - Complexity: O(*r* log *r*) for *r* relationships.
    func signedPairs() -> [SignedPair] {
        let types = dataset.vocabulary.relationshipTypes
        var ties: [(pair: UInt64, sign: Int)] = []
        ties.reserveCapacity(relationshipIndices.count)
        for index in relationshipIndices {
            let ends = dataset.relationshipEnds[index]
            let from = position(ofActorAt: ends.from)!, to = position(ofActorAt: ends.to)!
            guard from != to else { continue }
            ties.append((UInt64(min(from, to)) << 32 | UInt64(max(from, to)), types[ends.type].sign))
        }
        ties.sort { $0.pair < $1.pair }
        var pairs: [SignedPair] = []
        for tie in ties {
            if pairs.last?.key != tie.pair {
                pairs.append(SignedPair(key: tie.pair))
            }
            pairs[pairs.count - 1].include(sign: tie.sign)
        }
        return pairs
    }
}

/// A pair of actors and the signs of the ties between them.
struct SignedPair {
    fileprivate let key: UInt64
    private(set) var hasPositive = false
    private(set) var hasNegative = false
    private(set) var hasNeutral = false

    fileprivate init(key: UInt64) { self.key = key }

    /// The actor with the lower position.
    var low: Int { Int(key >> 32) }
    /// The actor with the higher position.
    var high: Int { Int(key & 0xFFFF_FFFF) }

    /// +1 when every tie is positive, −1 when every tie is negative, `nil` when mixed or
    /// when a tie has sign 0.
    var sign: Int? {
        switch (hasPositive, hasNegative, hasNeutral) {
        case (true, false, false): 1
        case (false, true, false): -1
        default: nil
        }
    }

    fileprivate mutating func include(sign: Int) {
        if sign > 0 { hasPositive = true } else if sign < 0 { hasNegative = true } else { hasNeutral = true }
    }
}
