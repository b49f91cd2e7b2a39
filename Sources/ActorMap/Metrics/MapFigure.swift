/// A figure about the whole map, or about the change between two moments of it, named as
/// the tools print it, with what it means in plain words.
///
/// ``GraphMetrics/figures`` names its figures with these raw values; `shift` prints the
/// change figures (``jaccard``, ``hamming``, ``kendallTau``, ``spearmanRho``, ``share``,
/// ``centralization``, ``gini``).
public enum MapFigure: String, CaseIterable, Sendable, Hashable {
    /// How many actors are on the map.
    case actors
    /// How many ties.
    case ties
    /// The share of possible ties present.
    case density
    /// How many connected pieces.
    case components
    /// The share of arcs returned.
    case reciprocity
    /// Freeman centralisation of degree (igraph `centr_degree`).
    case degreeCentralization = "degree_centralization"
    /// Freeman centralisation of betweenness (igraph `centr_betw`).
    case betweennessCentralization = "betweenness_centralization"
    /// Freeman centralisation of closeness (igraph `centr_clo`).
    case closenessCentralization = "closeness_centralization"
    /// How many Louvain communities.
    case communities
    /// The modularity of the Louvain communities.
    case modularity
    /// Krackhardt's E-I index over the sides.
    case eiIndex = "ei_index"
    /// The share of balanced signed triangles.
    case balance
    /// The Gini coefficient of PageRank.
    case pagerankGini = "pagerank_gini"
    /// The β Bonacich power used.
    case bonacichBeta = "bonacich_beta"
    /// Ties at both moments over ties at either.
    case jaccard
    /// Ties formed plus ties dissolved.
    case hamming
    /// Kendall's τ-b between the two rankings.
    case kendallTau = "kendall_tau"
    /// Spearman's ρ between the two rankings.
    case spearmanRho = "spearman_rho"
    /// A side's share of the measure compared.
    case share
    /// The centralisation of the measure compared.
    case centralization
    /// The Gini coefficient of the measure compared.
    case gini

    /// The name the tools print.
    public var name: String { rawValue }

    /// Whether the figure counts things (actors, ties, components, communities), written
    /// as a whole number in tables and CSV, as ``Measure/isCount`` is for actors' measures.
    public var isCount: Bool {
        switch self {
        case .actors, .ties, .components, .communities: true
        default: false
        }
    }

    /// What the figure says about the map, in plain sentences for analysts.
    public var explanation: String {
        switch self {
        case .actors:
            "How many actors are on the map at this moment (active then), tied or not."
        case .ties:
            "How many pairs of actors are tied at this moment, counting only the relationship types measured (positive ones by default); several relationships between the same two actors count once, or once each way when directed."
        case .density:
            "The share of all possible ties that exist: 1 when every actor is tied to every other, near 0 when few are. Small maps are denser than large ones by nature, so compare maps of similar size."
        case .components:
            "How many separate pieces the map falls into: groups of actors with no tie, direct or indirect, between them. Each untied actor is a piece of its own."
        case .reciprocity:
            "On a directed map, the share of ties that are returned: funding one way and funding back, for instance. Not given for an undirected map, where every tie runs both ways."
        case .degreeCentralization:
            "Freeman's centralisation of degree: how far the map is organised around one actor with far more partners than the rest. 1 for a star (one hub tied to everyone, no one else tied), 0 when every actor has as many ties."
        case .betweennessCentralization:
            "Freeman's centralisation of betweenness: how far one actor alone stands between the others, so that they must go through it. 1 for a star, 0 when no actor brokers more than another."
        case .closenessCentralization:
            "Freeman's centralisation of closeness: how far one actor is much nearer to everyone than the rest are. Not given when an actor has no ties or the map has fewer than three actors."
        case .communities:
            "How many communities Louvain finds: groups of actors more tied among themselves than to the rest of the map."
        case .modularity:
            "How clearly the map divides into those communities: above about 0.3, the groups are distinct camps; near 0, the map is not divided into camps at all."
        case .eiIndex:
            "Krackhardt's E-I index: whether ties run across sides (group or kind, as --sides says) rather than within them. +1 when every tie joins actors of different sides (community with state, say), −1 when every tie stays within a side."
        case .balance:
            "Structural balance: of the triangles of actors tied by cooperation or contention, the share that are stable, where the friend of a friend is a friend and the enemy of an enemy a friend. 1 when every triangle is stable; lower values mean tension that tends to resolve."
        case .pagerankGini:
            "How unequally PageRank, a measure of standing, is spread over the actors: 0 when all stand equal, near 1 when one actor holds nearly all of it."
        case .bonacichBeta:
            "The β used for Bonacich power: how much a partner's own ties count. Positive, power comes from well-connected partners; negative, from partners who depend on you. Half the largest value that keeps it defined unless --beta sets it."
        case .jaccard:
            "Between two moments: the ties present at both, as a share of the ties present at either. 1 when nothing changed, 0 when no tie lasted; below \(PowerShift.stableJaccard) the two maps are a new arrangement of actors rather than a gradual change."
        case .hamming:
            "Between two moments: how many ties formed plus how many dissolved, the number of changes that turn one map into the other."
        case .kendallTau:
            "Kendall's τ-b between the rankings of the actors present at both moments: 1 when the order of who holds power is unchanged, 0 when it is unrelated, −1 when it is reversed."
        case .spearmanRho:
            "Spearman's ρ between the rankings of the actors present at both moments: like Kendall's τ, 1 for the same order and −1 for the reverse, but large moves count for more."
        case .share:
            "A side's share of power: the total of the measure (PageRank by default) held by the actors of one group or kind, as a percentage of the whole map's."
        case .centralization:
            "In a shift, the centralisation of the measure compared (PageRank by default; igraph's for degree, betweenness and closeness): 1 when one actor holds all of it and the others none, 0 when every actor holds the same."
        case .gini:
            "In a shift, how unequally the measure compared is spread over the actors: 0 when all hold the same, near 1 when one holds nearly all."
        }
    }
}
