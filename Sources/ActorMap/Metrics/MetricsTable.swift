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

/// The measures asked for of every actor of one snapshot, and the measures of the map as a
/// whole, computed in one call that shares work between them (one shortest-path traversal
/// serves betweenness, closeness and harmonic centrality).
public struct MetricsTable: Sendable {
    public let snapshot: Snapshot
    public let options: MetricOptions
    /// The measures the table was asked for: each has a column or a reason in `undefined`,
    /// and no other measure was computed.
    public let measures: Set<Measure>
    /// The graph the measures ran on.
    public let projection: Projection
    /// Values per measure, indexed like `projection`'s nodes; `.nan` where a value is
    /// undefined for one actor.
    public let columns: [Measure: [Double]]
    /// Measures undefined for the whole map, and why.
    public let undefined: [Measure: UndefinedMeasure]
    /// The map's own figures; those that rest on a measure not asked for are `nil`.
    public let graph: GraphMetrics

    /// Computes the measures asked for, and only the work they need.
    ///
    /// Measures computed together are asked for separately: the five brokerage roles come
    /// from one count, betweenness, closeness and harmonic centrality from one traversal, and
    /// asking for one of them computes that traversal once. The map's figures that rest on a
    /// measure (betweenness and closeness centralisation, communities and modularity, the
    /// Gini of PageRank, Bonacich's β unless given) are filled only when it is asked for; the
    /// others (actors, ties, density, components, reciprocity, degree centralisation, E-I
    /// index, balance) always are.
    ///
    /// - Parameters:
    ///   - snapshot: The map at one moment.
    ///   - options: The projection and the measures' parameters.
    ///   - measures: The measures to compute; every one by default.
    /// - Complexity: that of the measures asked for; with betweenness, closeness or harmonic
    ///   centrality, dominated by the shortest paths, O(*n*·*m*) unweighted and
    ///   O(*n*·*m* log *n*) weighted, split across all cores.
    public init(_ snapshot: Snapshot, options: MetricOptions = MetricOptions(), measures: Set<Measure> = Set(Measure.allCases)) {
        self.snapshot = snapshot
        self.options = options
        self.measures = measures
        let projection = snapshot.projection(options.projection)
        self.projection = projection
        let sides = options.sides == .group
            ? projection
            : projection.regrouped(by: projection.actorIndices.map { snapshot.dataset.actorKindIndices[$0] })

        var columns: [Measure: [Double]] = [:]
        var undefined: [Measure: UndefinedMeasure] = [:]
        func asked(_ any: Measure...) -> Bool { any.contains(where: measures.contains) }
        func keep(_ measure: Measure, _ column: @autoclosure () -> [Double]) {
            if measures.contains(measure) { columns[measure] = column() }
        }
        func record(_ measure: Measure, _ compute: () throws(UndefinedMeasure) -> [Double]) {
            guard measures.contains(measure) else { return }
            do {
                columns[measure] = try compute()
            } catch {
                undefined[measure] = error
            }
        }

        if asked(.degree, .inDegree, .outDegree, .strength, .degreeCentrality) {
            let degrees = projection.degrees()
            keep(.degree, degrees.degree.map(Double.init))
            keep(.inDegree, degrees.inDegree.map(Double.init))
            keep(.outDegree, degrees.outDegree.map(Double.init))
            keep(.strength, degrees.strength)
            keep(.degreeCentrality, degrees.degreeCentrality)
        }

        let paths = asked(.betweenness, .closeness, .harmonic) ? projection.pathMeasures() : nil
        if let paths {
            keep(.betweenness, paths.betweenness)
            keep(.closeness, paths.closeness)
            keep(.harmonic, paths.harmonic)
        }

        record(.eigenvector) { () throws(UndefinedMeasure) in try projection.eigenvectorCentrality() }
        record(.pagerank) { () throws(UndefinedMeasure) in try projection.pageRank() }
        record(.katz) { () throws(UndefinedMeasure) in try projection.katzCentrality() }
        if asked(.hub, .authority) {
            do {
                let hits = try projection.hits()
                keep(.hub, hits.hubs)
                keep(.authority, hits.authorities)
            } catch {
                for measure in [Measure.hub, .authority] where measures.contains(measure) {
                    undefined[measure] = UndefinedMeasure(measure.name, reason: error.reason)
                }
            }
        }
        let beta = options.bonacichBeta ?? (asked(.bonacich) ? projection.defaultBonacichBeta : nil)
        if let beta {
            record(.bonacich) { () throws(UndefinedMeasure) in try projection.bonacichPower(beta: beta) }
        }

        keep(.constraint, projection.constraint())
        keep(.effectiveSize, projection.effectiveSize())
        keep(.core, projection.coreNumbers().map(Double.init))
        keep(.clustering, projection.clustering())
        let communities = asked(.community) ? projection.louvainCommunities(seed: options.communitySeed) : nil
        if let communities { columns[.community] = communities.map(Double.init) }

        if asked(.coordinator, .itinerant, .representative, .gatekeeper, .liaison) {
            let roles = sides.brokerage()
            keep(.coordinator, roles.coordinator.map(Double.init))
            keep(.itinerant, roles.itinerant.map(Double.init))
            keep(.representative, roles.representative.map(Double.init))
            keep(.gatekeeper, roles.gatekeeper.map(Double.init))
            keep(.liaison, roles.liaison.map(Double.init))
        }

        if asked(.positiveDegree, .negativeDegree) {
            let signed = snapshot.signedDegrees()
            keep(.positiveDegree, signed.positive.map(Double.init))
            keep(.negativeDegree, signed.negative.map(Double.init))
        }

        self.columns = columns
        self.undefined = undefined
        graph = GraphMetrics(
            projection: projection, sides: sides, snapshot: snapshot, paths: paths,
            betweenness: asked(.betweenness), closeness: asked(.closeness),
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
    /// The number of Louvain communities; `nil` when `community` was not asked for.
    public var communities: Int?
    public var modularity: Double?
    public var eiIndex: Double?
    public var balance: Double?
    public var pagerankGini: Double?
    /// The β of Bonacich power: the one given, else the default when `bonacich` was asked
    /// for, else `nil`.
    public var bonacichBeta: Double?

    enum CodingKeys: String, CodingKey {
        case actors, ties, density, components, reciprocity, communities, modularity, balance
        case degreeCentralization = "degree_centralization"
        case betweennessCentralization = "betweenness_centralization"
        case closenessCentralization = "closeness_centralization"
        case eiIndex = "ei_index"
        case pagerankGini = "pagerank_gini"
        case bonacichBeta = "bonacich_beta"
    }

    /// The map's figures; those of a measure not computed (`paths`, `communities` or
    /// `pageRank` `nil`, `betweenness` or `closeness` false) are left `nil`.
    init(
        projection: Projection, sides: Projection, snapshot: Snapshot, paths: PathMeasures?,
        betweenness: Bool, closeness: Bool, communities: [Int]?, pageRank: [Double]?, bonacichBeta: Double?
    ) {
        actors = projection.nodeCount
        ties = projection.tieCount
        density = projection.density
        components = projection.componentCount
        reciprocity = projection.reciprocity
        degreeCentralization = try? projection.degreeCentralization()
        betweennessCentralization = if betweenness { try? projection.betweennessCentralization(paths) } else { nil }
        closenessCentralization = if closeness { try? projection.closenessCentralization(paths) } else { nil }
        self.communities = communities.map { Set($0).count }
        modularity = communities.flatMap { try? projection.modularity(of: $0) }
        eiIndex = sides.eiIndex()
        balance = snapshot.structuralBalance()
        pagerankGini = pageRank.flatMap(giniCoefficient)
        self.bonacichBeta = bonacichBeta
    }

    /// The measures the map's figures rest on: a ``MetricsTable`` asked for these (and
    /// whatever else) fills every figure.
    public static let measures: Set<Measure> = [.betweenness, .closeness, .community, .pagerank, .bonacich]

    /// Every figure by its name, in a fixed order, for tables and CSV.
    public var figures: [(name: String, value: Double?)] {
        [
            ("actors", Double(actors)), ("ties", Double(ties)), ("density", density), ("components", Double(components)),
            ("reciprocity", reciprocity), ("degree_centralization", degreeCentralization),
            ("betweenness_centralization", betweennessCentralization), ("closeness_centralization", closenessCentralization),
            ("communities", communities.map(Double.init)), ("modularity", modularity), ("ei_index", eiIndex), ("balance", balance),
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
