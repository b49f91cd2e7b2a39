import Foundation

/// Choices that shape the measures: the projection they run on, and the few parameters
/// some measures take.
public struct MetricOptions: Hashable, Sendable {
    /// What brokerage roles and the E-I index count as "the same side".
    public enum Sides: String, Hashable, Sendable, CaseIterable {
        /// Actors' groups (state, organised communities, funders…).
        case group
        /// Actors' kinds (federation, city government, donor…).
        case kind
    }

    public var projection: ProjectionOptions
    /// Bonacich's β; `nil` picks half the reciprocal of the largest eigenvalue, well inside
    /// the range where the measure is defined.
    public var bonacichBeta: Double?
    public var sides: Sides
    /// The seed of Louvain's node order, so that communities are the same on every run.
    public var communitySeed: UInt64

    public init(
        projection: ProjectionOptions = ProjectionOptions(), bonacichBeta: Double? = nil,
        sides: Sides = .group, communitySeed: UInt64 = 0
    ) {
        self.projection = projection
        self.bonacichBeta = bonacichBeta
        self.sides = sides
        self.communitySeed = communitySeed
    }
}

/// Every measure of every actor of one snapshot, and the measures of the map as a whole,
/// computed in one call that shares work between them (one shortest-path traversal serves
/// betweenness, closeness and harmonic centrality).
public struct MetricsTable: Sendable {
    public let snapshot: Snapshot
    public let options: MetricOptions
    /// The graph the measures ran on.
    public let projection: Projection
    /// Values per measure, indexed like `projection`'s nodes; `.nan` where a value is
    /// undefined for one actor.
    public let columns: [Measure: [Double]]
    /// Measures undefined for the whole map, and why.
    public let undefined: [Measure: UndefinedMeasure]
    public let graph: GraphMetrics

    /// Computes every measure.
    ///
    /// - Complexity: dominated by the shortest paths, O(*n*·*m*) unweighted and
    ///   O(*n*·*m* log *n*) weighted, split across all cores.
    public init(_ snapshot: Snapshot, options: MetricOptions = MetricOptions()) {
        self.snapshot = snapshot
        self.options = options
        let projection = snapshot.projection(options.projection)
        self.projection = projection
        let sides = options.sides == .group
            ? projection
            : projection.regrouped(by: projection.actorIndices.map { snapshot.dataset.actorKindIndices[$0] })

        var columns: [Measure: [Double]] = [:]
        var undefined: [Measure: UndefinedMeasure] = [:]
        func record(_ measure: Measure, _ compute: () throws(UndefinedMeasure) -> [Double]) {
            do {
                columns[measure] = try compute()
            } catch {
                undefined[measure] = error
            }
        }

        let degrees = projection.degrees()
        columns[.degree] = degrees.degree.map(Double.init)
        columns[.inDegree] = degrees.inDegree.map(Double.init)
        columns[.outDegree] = degrees.outDegree.map(Double.init)
        columns[.strength] = degrees.strength
        columns[.degreeCentrality] = degrees.degreeCentrality

        let paths = projection.pathMeasures()
        columns[.betweenness] = paths.betweenness
        columns[.closeness] = paths.closeness
        columns[.harmonic] = paths.harmonic

        record(.eigenvector) { () throws(UndefinedMeasure) in try projection.eigenvectorCentrality() }
        record(.pagerank) { () throws(UndefinedMeasure) in try projection.pageRank() }
        record(.katz) { () throws(UndefinedMeasure) in try projection.katzCentrality() }
        do {
            let hits = try projection.hits()
            columns[.hub] = hits.hubs
            columns[.authority] = hits.authorities
        } catch {
            undefined[.hub] = error
            undefined[.authority] = UndefinedMeasure(Measure.authority.name, reason: error.reason)
        }
        let beta = options.bonacichBeta ?? projection.defaultBonacichBeta
        record(.bonacich) { () throws(UndefinedMeasure) in try projection.bonacichPower(beta: beta) }

        columns[.constraint] = projection.constraint()
        columns[.effectiveSize] = projection.effectiveSize()
        columns[.core] = projection.coreNumbers().map(Double.init)
        columns[.clustering] = projection.clustering()
        let communities = projection.louvainCommunities(seed: options.communitySeed)
        columns[.community] = communities.map(Double.init)

        let roles = sides.brokerage()
        columns[.coordinator] = roles.coordinator.map(Double.init)
        columns[.itinerant] = roles.itinerant.map(Double.init)
        columns[.representative] = roles.representative.map(Double.init)
        columns[.gatekeeper] = roles.gatekeeper.map(Double.init)
        columns[.liaison] = roles.liaison.map(Double.init)

        let signed = snapshot.signedDegrees()
        columns[.positiveDegree] = signed.positive.map(Double.init)
        columns[.negativeDegree] = signed.negative.map(Double.init)

        self.columns = columns
        self.undefined = undefined
        graph = GraphMetrics(
            projection: projection, sides: sides, snapshot: snapshot, paths: paths,
            communities: communities, pageRank: columns[.pagerank], bonacichBeta: beta)
    }

    /// The value of `measure` for the node at `node`, or `nil` when undefined.
    public func value(_ measure: Measure, node: Int) -> Double? {
        guard let value = columns[measure]?[node], !value.isNaN else { return nil }
        return value
    }

    /// Each group's share of the measure's total over the map, by group index; `nil` when the
    /// measure is undefined, has negative values or sums to zero, where shares mean nothing.
    /// For PageRank the shares sum to 1 and read as each side's share of structural standing.
    public func groupShares(of measure: Measure) -> [Int: Double]? {
        guard let column = columns[measure] else { return nil }
        let defined = column.filter { !$0.isNaN }
        let total = defined.reduce(0, +)
        guard total > 0, defined.allSatisfy({ $0 >= 0 }) else { return nil }
        var shares: [Int: Double] = [:]
        for (node, value) in column.enumerated() {
            shares[projection.groupIndices[node], default: 0] += value.isNaN ? 0 : value / total
        }
        return shares
    }

    /// The actor at `node`.
    public func actor(at node: Int) -> Actor { snapshot.dataset.actors[projection.actorIndices[node]] }
}

/// Measures of the map as a whole.
public struct GraphMetrics: Sendable, Hashable, Codable {
    public var actors: Int
    public var ties: Int
    public var density: Double
    public var components: Int
    /// Share of arcs that are returned; `nil` for an undirected projection.
    public var reciprocity: Double?
    public var degreeCentralization: Double?
    public var betweennessCentralization: Double?
    public var closenessCentralization: Double?
    public var communities: Int
    public var modularity: Double?
    public var eiIndex: Double?
    public var balance: Double?
    public var pagerankGini: Double?
    public var bonacichBeta: Double

    enum CodingKeys: String, CodingKey {
        case actors, ties, density, components, reciprocity, communities, modularity, balance
        case degreeCentralization = "degree_centralization"
        case betweennessCentralization = "betweenness_centralization"
        case closenessCentralization = "closeness_centralization"
        case eiIndex = "ei_index"
        case pagerankGini = "pagerank_gini"
        case bonacichBeta = "bonacich_beta"
    }

    init(
        projection: Projection, sides: Projection, snapshot: Snapshot, paths: PathMeasures,
        communities: [Int], pageRank: [Double]?, bonacichBeta: Double
    ) {
        actors = projection.nodeCount
        ties = projection.tieCount
        density = projection.density
        components = projection.componentCount
        reciprocity = projection.reciprocity
        degreeCentralization = try? projection.degreeCentralization()
        betweennessCentralization = try? projection.betweennessCentralization(paths)
        closenessCentralization = try? projection.closenessCentralization(paths)
        self.communities = Set(communities).count
        modularity = try? projection.modularity(of: communities)
        eiIndex = sides.eiIndex()
        balance = snapshot.structuralBalance()
        pagerankGini = pageRank.flatMap(giniCoefficient)
        self.bonacichBeta = bonacichBeta
    }

    /// Every figure by its name, in a fixed order, for tables and CSV.
    public var figures: [(name: String, value: Double?)] {
        [
            ("actors", Double(actors)), ("ties", Double(ties)), ("density", density), ("components", Double(components)),
            ("reciprocity", reciprocity), ("degree_centralization", degreeCentralization),
            ("betweenness_centralization", betweennessCentralization), ("closeness_centralization", closenessCentralization),
            ("communities", Double(communities)), ("modularity", modularity), ("ei_index", eiIndex), ("balance", balance),
            ("pagerank_gini", pagerankGini), ("bonacich_beta", bonacichBeta),
        ]
    }
}

extension Projection {
    /// The Bonacich β used when none is given: half the reciprocal of the largest eigenvalue
    /// λmax, rounded to three significant digits so it can be quoted and given again with
    /// `--beta`; 1 when the map has no cycles (λmax = 0), where every β is defined.
    public var defaultBonacichBeta: Double {
        let radius = spectralRadiusBounds().upperBound
        return radius > 0 ? Double(String(format: "%.3g", 0.5 / radius))! : 1
    }
}
