extension Projection {
    /// Burt's constraint on each actor: how far its ties are invested in contacts who are
    /// themselves tied to one another, so that the actor has no structural hole to exploit.
    ///
    /// With *pᵢⱼ* the share of *i*'s tie strength that goes to contact *j*,
    ///
    ///     c(i) = Σ_{j ∈ N(i)} ( pᵢⱼ + Σ_{q ∈ N(i)} p_iq · p_qj )²,
    ///     pᵢⱼ = aᵢⱼ / Σ_{k ∈ N(i)} aᵢₖ,    aᵢⱼ = wᵢⱼ + wⱼᵢ (the mutual weight).
    ///
    /// This is networkx's `constraint`. *N(i)* holds the contacts of *i* in either direction
    /// (predecessors and successors of a directed projection), and the mutual weight adds
    /// the arcs both ways, so a reciprocated tie of a directed projection counts twice. In
    /// an undirected projection aᵢⱼ is the edge weight, 1 when the projection is unweighted.
    /// Weights are used as they are (a flow-like measure); a contact by a tie of weight 0 is
    /// a contact with a share of 0, and an actor whose ties all weigh 0 has constraint 0, as
    /// networkx computes it node by node (`constraint(G, nodes=G)`; its vectorised default
    /// leaves such contacts out). Values run from about 1/|N(i)|
    /// (contacts with no ties among themselves) up to 1 and above (a single contact, or
    /// contacts all tied to each other); lower means more brokerage opportunity.
    ///
    /// Constraint is undefined for an isolate, which has no contacts: its value is `.nan`.
    ///
    /// Burt, R. S. (2004). "Structural holes and good ideas". *American Journal of
    /// Sociology* 110(2): 349–399.
    ///
    /// - Returns: The constraint on each node, indexed by node.
    /// - Complexity: O(*n* + Σᵥ deg(*v*)²) time, O(*n* + *m*) memory.
    public func constraint() -> [Double] {
        let ties = UndirectedTies(self)
        let strengths = ties.strengths
        return ties.sumOverContacts(
            strengths: strengths,
            link: { _, position in weightShare(ties.weights[position], of: strengths[ties.neighbours[position]]) },
            term: { share, indirect in (share + indirect) * (share + indirect) })
    }

    /// Burt's effective size of each actor's network: its number of contacts less their
    /// redundancy, the extent to which they are tied to one another.
    ///
    /// With *pᵢⱼ* as for ``constraint()`` and *mⱼq* = aⱼq / maxₖ aⱼₖ, the mutual weight of
    /// *j* and *q* relative to *j*'s strongest tie,
    ///
    ///     e(i) = Σ_{j ∈ N(i)} ( 1 − Σ_{q ∈ N(i)} p_iq · m_jq ).
    ///
    /// This is networkx's `effective_size` as computed node by node
    /// (`effective_size(G, nodes=G)`): contacts are taken in either direction and the
    /// mutual weight adds the arcs both ways. networkx's sparse-matrix shortcut, which it
    /// takes when called without `nodes`, divides *aⱼq* by *q*'s strongest tie instead
    /// of *j*'s, and so departs from Burt for weighted or directed graphs; ActorMap
    /// follows Burt. For an undirected unweighted projection the formula reduces to
    /// Borgatti's *n − 2t/n* (*n* contacts, *t* ties among them), which networkx uses there.
    /// Weights are used as they are.
    ///
    /// Effective size is undefined for an isolate: its value is `.nan`.
    ///
    /// Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition*. Harvard
    /// University Press. Borgatti, S. P. (1997). "Structural holes: unpacking Burt's
    /// redundancy measures". *Connections* 20(1): 35–38.
    ///
    /// - Returns: The effective size of each node's network, indexed by node.
    /// - Complexity: O(*n* + Σᵥ deg(*v*)²) time, O(*n* + *m*) memory.
    public func effectiveSize() -> [Double] {
        let ties = UndirectedTies(self)
        let strongest = (0..<nodeCount).map { node in
            ties.weights[ties.offsets[node]..<ties.offsets[node + 1]].max() ?? 0
        }
        return ties.sumOverContacts(
            strengths: ties.strengths,
            link: { contact, position in weightShare(ties.weights[position], of: strongest[contact]) },
            term: { _, indirect in 1 - indirect })
    }
}

extension UndirectedTies {
    /// The total tie weight of each node.
    var strengths: [Double] {
        (0..<nodeCount).map { node in weights[offsets[node]..<offsets[node + 1]].reduce(0, +) }
    }

    /// For every actor *i*, Σ_{j ∈ N(i)} term(pᵢⱼ, Σ_{q ∈ N(i) ∩ N(j)} p_iq · link(j, q)),
    /// `.nan` for an isolate: the shape shared by Burt's constraint and effective size.
    ///
    /// `strengths` are this graph's ``strengths``, which give pᵢⱼ; `link` receives the
    /// contact *j* and the position of the tie *j*–*q* in *j*'s row.
    fileprivate func sumOverContacts(
        strengths: [Double],
        link: (_ contact: Int, _ position: Int) -> Double,
        term: (_ share: Double, _ indirect: Double) -> Double
    ) -> [Double] {
        var result = [Double](repeating: .nan, count: nodeCount)
        // share[q] = p_iq while i is being measured, 0 elsewhere.
        var share = [Double](repeating: 0, count: nodeCount)
        for i in 0..<nodeCount where offsets[i] < offsets[i + 1] {
            let contacts = offsets[i]..<offsets[i + 1]
            for position in contacts { share[neighbours[position]] = weightShare(weights[position], of: strengths[i]) }
            var total = 0.0
            for position in contacts {
                let j = neighbours[position]
                var indirect = 0.0
                for next in offsets[j]..<offsets[j + 1] {
                    indirect += share[neighbours[next]] * link(j, next)
                }
                total += term(share[j], indirect)
            }
            result[i] = total
            for position in contacts { share[neighbours[position]] = 0 }
        }
        return result
    }
}

/// `part / whole`, and 0 when the whole is 0: the share of an actor's tie weight that goes to
/// a contact when all its ties weigh 0, as networkx's `normalized_mutual_weight` takes it.
/// A contact by a tie of weight 0 is still a contact, with a share of 0.
func weightShare(_ part: Double, of whole: Double) -> Double {
    whole == 0 ? 0 : part / whole
}
