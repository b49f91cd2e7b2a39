/// A per-actor measure ActorMap computes, named as its column in tables, CSV and JSON.
public enum Measure: String, CaseIterable, Sendable, Codable, Hashable {
    /// How many actors this one is tied to.
    case degree
    /// How many actors tie to this one.
    case inDegree = "in_degree"
    /// How many actors this one ties to.
    case outDegree = "out_degree"
    /// The sum of the weights of the actor's ties.
    case strength
    /// Degree over *n* − 1 (networkx `degree_centrality`).
    case degreeCentrality = "degree_centrality"
    /// Brandes betweenness, normalised (networkx `betweenness_centrality`).
    case betweenness
    /// Wasserman–Faust closeness (networkx `closeness_centrality`).
    case closeness
    /// The sum of reciprocal distances (networkx `harmonic_centrality`).
    case harmonic
    /// Eigenvector centrality (networkx `eigenvector_centrality`).
    case eigenvector
    /// PageRank with damping 0.85 (networkx `pagerank`).
    case pagerank
    /// Katz centrality, α = 0.1 (networkx `katz_centrality`).
    case katz
    /// HITS hub score (networkx `hits`).
    case hub
    /// HITS authority score (networkx `hits`).
    case authority
    /// Bonacich power (R `sna::bonpow`).
    case bonacich
    /// Burt's constraint (networkx `constraint`).
    case constraint
    /// Burt's effective size (networkx `effective_size`).
    case effectiveSize = "effective_size"
    /// The core number (networkx `core_number`).
    case core
    /// The local clustering coefficient (networkx `clustering`).
    case clustering
    /// The Louvain community label.
    case community
    /// Gould–Fernandez coordinator brokerage (sna `w_I`).
    case coordinator
    /// Gould–Fernandez itinerant brokerage (sna `w_O`).
    case itinerant
    /// Gould–Fernandez representative brokerage (sna `b_IO`).
    case representative
    /// Gould–Fernandez gatekeeper brokerage (sna `b_OI`).
    case gatekeeper
    /// Gould–Fernandez liaison brokerage (sna `b_O`).
    case liaison
    /// How many actors this one has cooperative ties with.
    case positiveDegree = "positive_degree"
    /// How many actors this one is in conflict with.
    case negativeDegree = "negative_degree"

    /// The column name, such as `in_degree`.
    public var name: String { rawValue }

    /// The measure's name in a sentence: "rose from 7th to 2nd in PageRank".
    public var title: String {
        switch self {
        case .pagerank: "PageRank"
        case .katz: "Katz centrality"
        case .bonacich: "Bonacich power"
        case .hub: "hub score"
        case .authority: "authority score"
        case .core: "core number"
        case .community: "community"
        case .constraint: "Burt's constraint"
        case .effectiveSize: "effective size"
        case .coordinator, .itinerant, .representative, .gatekeeper, .liaison: "\(rawValue) brokerage"
        case .degreeCentrality: "degree centrality"
        case .inDegree: "in-degree"
        case .outDegree: "out-degree"
        case .positiveDegree: "cooperative degree"
        case .negativeDegree: "conflict degree"
        case .degree, .strength, .clustering: rawValue
        case .betweenness, .closeness, .harmonic, .eigenvector: "\(rawValue) centrality"
        }
    }

    /// Whether the measure's values are amounts that an actor's size can stand for: a
    /// community's number is a label, and a larger one means nothing.
    public var isAmount: Bool { self != .community }

    /// The brokerage role this measure counts, or `nil` for a measure that is not one.
    public var brokerageRole: BrokerageRole? { BrokerageRole(rawValue: rawValue) }

    /// Whether every value of the measure is a whole number (a count of ties, partners,
    /// brokered pairs, or a label such as a core number or community), written without a
    /// decimal point in tables, CSV and JSON.
    public var isCount: Bool {
        switch self {
        case .degree, .inDegree, .outDegree, .core, .community, .coordinator, .itinerant,
             .representative, .gatekeeper, .liaison, .positiveDegree, .negativeDegree:
            true
        default:
            false
        }
    }

    /// What a reader of a picture sized by this measure must be told, when a larger actor
    /// does not mean more of what the word suggests; nil when it does.
    public var sizeNote: String? {
        switch self {
        case .constraint:
            "the larger an actor, the higher its constraint: its partners are tied to each other, so it has fewer brokerage opportunities, not more."
        default: nil
        }
    }

    /// What the measure says about an actor, in one plain sentence for analysts.
    public var explanation: String {
        switch self {
        case .degree:
            "How many other actors this one is tied to, whatever the direction."
        case .inDegree:
            "How many actors have a tie towards this one (funding received, members joining); equals degree when undirected."
        case .outDegree:
            "How many actors this one has a tie towards (funding given, memberships held); equals degree when undirected."
        case .strength:
            "The sum of the weights of this actor's ties: how much tie it has, not just how many partners."
        case .degreeCentrality:
            "Degree as a share of everyone else on the map (networkx degree_centrality): 1 means tied to every other actor."
        case .betweenness:
            "How often this actor lies on the shortest paths between two others: its power to broker or block between them (0 to 1)."
        case .closeness:
            "How near this actor is to everyone it can reach, scaled by how many it can reach: high means information gets to it fast."
        case .harmonic:
            "The sum of 1/distance from every other actor: like closeness, but well defined when the map falls apart into pieces."
        case .eigenvector:
            "Being tied to actors who are themselves well tied: influence through well-connected partners."
        case .pagerank:
            "The share of time a random walk along ties spends at this actor: a measure of standing that sums to 1 over the map."
        case .katz:
            "Influence through all paths, with longer paths counting less (α = 0.1); undefined when α is too large for the map, since the sum then grows without end."
        case .hub:
            "Whether this actor points to many good authorities (such as a donor funding the key recipients); sums to 1."
        case .authority:
            "Whether many good hubs point to this actor (such as a recipient funded by the main donors); sums to 1."
        case .bonacich:
            "Bonacich power: with β > 0, power from ties to well-connected actors; with β < 0, power from ties to actors who depend on you because they have few other options (negative scores mean ties to strong actors weaken you)."
        case .constraint:
            "Burt's constraint: how much this actor's partners are tied to each other, so that it has no alternatives (high) or bridges separate groups (low); undefined for an isolate."
        case .effectiveSize:
            "Burt's effective size: the number of partners minus their redundancy, i.e. how many separate parts of the map this actor reaches."
        case .core:
            "The k-core this actor belongs to: the largest k such that it sits in a part of the map where everyone has at least k ties."
        case .clustering:
            "The share of this actor's pairs of partners who are themselves tied: a closed circle (1) or a star of separate partners (0)."
        case .community:
            "The community (Louvain modularity) this actor falls in: actors more tied to one another than to the rest of the map."
        case .coordinator:
            "Brokerage (Gould and Fernandez): how many times this actor is the go-between for two actors of its own side who have no tie of their own, all three on one side (a federation linking two of its savings groups)."
        case .itinerant:
            "Brokerage (Gould and Fernandez): how many times this actor is the go-between for two actors of one other side who have no tie of their own (a consultant linking two government agencies)."
        case .representative:
            "Brokerage (Gould and Fernandez): how many times this actor carries a tie from its own side out to another side, as a spokesperson does (a federation taking its settlements' demands to the state)."
        case .gatekeeper:
            "Brokerage (Gould and Fernandez): how many times this actor brings a tie from another side in to its own, deciding what gets in (a city office receiving donor funding for its departments)."
        case .liaison:
            "Brokerage (Gould and Fernandez): how many times this actor is the go-between for two actors of two different sides, belonging to neither (an NGO linking a federation and a donor)."
        case .positiveDegree:
            "How many actors this one has cooperative ties with (types of positive sign), whatever the projection."
        case .negativeDegree:
            "How many actors this one is in conflict with (types of negative sign, such as contention)."
        }
    }
}
