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

    /// The relationship types, direction and weighting of the graph the measures run on.
    public var projection: ProjectionOptions
    /// Bonacich's β; `nil` picks half the reciprocal of the largest eigenvalue, well inside
    /// the range where the measure is defined.
    public var bonacichBeta: Double?
    /// What brokerage roles and the E-I index count as sides.
    public var sides: Sides
    /// The seed of Louvain's node order, so that communities are the same on every run.
    public var communitySeed: UInt64

    /// Options for a ``MetricsTable``.
    ///
    /// - Parameters:
    ///   - projection: The graph the measures run on; cooperative ties, undirected,
    ///     unweighted by default.
    ///   - bonacichBeta: Bonacich's β, or `nil` for the default.
    ///   - sides: What brokerage roles and the E-I index count as sides.
    ///   - communitySeed: The seed of Louvain's node order.
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
///
/// Ask it by actor id, or walk its rows:
///
///     let table = MetricsTable(Snapshot(dataset, at: .year(2015)), measures: [.betweenness, .pagerank])
///     table.value(.betweenness, of: "muungano")
///     for row in table.ranked(by: .pagerank).prefix(3) { print(row.actor.name, row[.pagerank] ?? 0) }
///
/// Where a number still stands for an actor, its label says which numbering it is: `node`,
/// the actor's node in ``projection``, which is also its position in the snapshot
/// (``Snapshot/actorIndices``); `datasetIndex`, its index in the dataset's actors.
public struct MetricsTable: Sendable {
    /// The map the table measures.
    public let snapshot: Snapshot
    /// The projection and parameters the measures ran with.
    public let options: MetricOptions
    /// The measures the table was asked for: each has a column or a reason in `undefined`,
    /// and no other measure was computed.
    public let measures: Set<Measure>
    /// The graph the measures ran on.
    public let projection: Projection
    /// Values per measure, indexed by node (`projection`'s nodes, which are the snapshot's
    /// positions); `.nan` where a value is undefined for one actor. ``value(_:of:)`` and
    /// ``rows`` read them by actor.
    public let columns: [Measure: [Double]]
    /// Measures undefined for the whole map, and why.
    public let undefined: [Measure: UndefinedMeasure]
    /// The map-level figures the table was asked for: each is in ``graph``, or `nil` there
    /// with a reason in ``GraphMetrics/undefined``, unless it rests on a measure not asked
    /// for. No other figure was computed.
    public let mapFigures: Set<MapFigure>
    /// The map's own figures; those not asked for, or that rest on a measure not asked for,
    /// are `nil`.
    public let graph: GraphMetrics

    /// Computes the measures and map-level figures asked for, and only the work they need.
    ///
    /// Measures computed together are asked for separately: the five brokerage roles come
    /// from one count, betweenness, closeness and harmonic centrality from one traversal, and
    /// asking for one of them computes that traversal once. A map figure is computed only
    /// when it is in `mapFigures`, and one that rests on a measure (betweenness and
    /// closeness centralisation, communities and modularity, the Gini of PageRank,
    /// Bonacich's β unless given; ``GraphMetrics/measures(for:)``) only when that measure is
    /// asked for too. Actors, ties, density and components, which cost no more than the
    /// projection itself, are always filled.
    ///
    /// A series that prints one column a year asks for that measure and no figures:
    ///
    ///     MetricsTable(snapshot, measures: [.pagerank], mapFigures: [])
    ///
    /// - Parameters:
    ///   - snapshot: The map at one moment; the projection's actor filter, if any, is applied
    ///     to it first, and ``snapshot`` is the snapshot it leaves.
    ///   - options: The projection and the measures' parameters.
    ///   - measures: The measures to compute; every one by default.
    ///   - mapFigures: The figures of the whole map to compute; every one by default
    ///     (``GraphMetrics/allFigures``). Figures of change between two moments are ignored.
    /// - Complexity: that of the measures and figures asked for; with betweenness, closeness
    ///   or harmonic centrality, dominated by the shortest paths, O(*n*·*m*) unweighted and
    ///   O(*n*·*m* log *n*) weighted, split across all cores; structural balance adds
    ///   O(*r* log *r* + *p*^1.5) for *r* relationships and *p* signed pairs.
    public init(
        _ snapshot: Snapshot, options: MetricOptions = MetricOptions(), measures: Set<Measure> = Set(Measure.allCases),
        mapFigures: Set<MapFigure> = GraphMetrics.allFigures
    ) {
        let snapshot = snapshot.keeping(options.projection.actorFilter)
        self.snapshot = snapshot
        self.options = options
        self.measures = measures
        let mapFigures = mapFigures.intersection(GraphMetrics.allFigures)
        self.mapFigures = mapFigures
        let projection = snapshot.projection(options.projection)
        self.projection = projection
        let usesSides = mapFigures.contains(.eiIndex)
            || !measures.isDisjoint(with: BrokerageRole.allCases.map(\.measure))
        let sides = options.sides == .group || !usesSides
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
                    undefined[measure] = error.said(of: measure)
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
            for role in BrokerageRole.allCases { keep(role.measure, roles[role].map(Double.init)) }
        }

        if asked(.positiveDegree, .negativeDegree) {
            let signed = snapshot.signedDegrees()
            keep(.positiveDegree, signed.positive.map(Double.init))
            keep(.negativeDegree, signed.negative.map(Double.init))
        }

        self.columns = columns
        self.undefined = undefined
        graph = GraphMetrics(
            figures: mapFigures, projection: projection, sides: sides, snapshot: snapshot, paths: paths,
            betweenness: asked(.betweenness), closeness: asked(.closeness),
            communities: communities,
            pageRank: columns[.pagerank].map { .success($0) } ?? undefined[.pagerank].map { .failure($0) },
            bonacichBeta: beta)
    }

    /// The value of `measure` for the actor with this id.
    ///
    /// - Parameters:
    ///   - measure: A measure the table was asked for.
    ///   - actorID: The actor's id in the dataset, such as `"muungano"`.
    /// - Returns: The value, or `nil` when the actor is not on the map, the measure was not
    ///   asked for, or it is undefined (``undefined`` says why for the whole map).
    /// - Complexity: O(1) on average.
    public func value(_ measure: Measure, of actorID: String) -> Double? {
        node(of: actorID).flatMap { value(measure, node: $0) }
    }

    /// The value of `measure` for the actor at `node` (its node in ``projection``, which is
    /// also its position in the snapshot).
    ///
    /// - Parameters:
    ///   - measure: A measure the table was asked for.
    ///   - node: The actor's node.
    /// - Returns: The value, or `nil` when the measure was not asked for or is undefined.
    /// - Complexity: O(1).
    public func value(_ measure: Measure, node: Int) -> Double? {
        guard let value = columns[measure]?[node], !value.isNaN else { return nil }
        return value
    }

    /// The node of the actor with this id, which is also its position in the snapshot;
    /// `nil` when the actor is not on the map.
    ///
    /// - Parameter actorID: The actor's id in the dataset.
    /// - Returns: The node, or `nil`.
    /// - Complexity: O(1) on average.
    public func node(of actorID: String) -> Int? { snapshot.position(of: actorID) }

    /// The actor at `node` (its node in ``projection``, which is also its position in the
    /// snapshot).
    ///
    /// - Parameter node: The actor's node.
    /// - Returns: The actor, from the dataset.
    /// - Complexity: O(1).
    public func actor(node: Int) -> Actor { snapshot.dataset.actors[projection.actorIndices[node]] }

    /// The actor at `node`; ``actor(node:)`` says the same with the numbering in its label.
    ///
    /// - Parameter node: The actor's node in ``projection``.
    /// - Returns: The actor, from the dataset.
    /// - Complexity: O(1).
    @available(*, deprecated, renamed: "actor(node:)", message: "the label says which numbering the index is")
    public func actor(at node: Int) -> Actor { actor(node: node) }

    /// The brokerage roles of the actor at `node`, or `nil` when the table was not asked for
    /// all five roles.
    ///
    /// - Parameter node: The actor's node in ``projection``.
    /// - Returns: The five counts, or `nil`.
    /// - Complexity: O(1).
    public func brokerage(node: Int) -> BrokerageCounts? {
        var counts = BrokerageCounts.zero
        for role in BrokerageRole.allCases {
            guard let count = value(role.measure, node: node) else { return nil }
            counts[role] = Int(count)
        }
        return counts
    }

    /// One actor on the map with its values: what ``MetricsTable/rows`` lists.
    public struct Row: Sendable {
        /// The table the row reads from.
        public let table: MetricsTable
        /// The actor's node in the table's projection, which is also its position in the
        /// snapshot.
        public let node: Int

        /// The actor.
        public var actor: Actor { table.actor(node: node) }

        /// The actor's index in the dataset's actors.
        public var datasetIndex: Int { table.projection.actorIndices[node] }

        /// The actor's value of `measure`, or `nil` when undefined or not asked for.
        ///
        /// - Parameter measure: A measure the table was asked for.
        /// - Complexity: O(1).
        public subscript(measure: Measure) -> Double? { table.value(measure, node: node) }

        /// The actor's brokerage roles, or `nil` when the table was not asked for them.
        public var brokerage: BrokerageCounts? { table.brokerage(node: node) }
    }

    /// Every actor on the map with its values, in dataset order.
    ///
    /// - Complexity: O(*n*).
    public var rows: [Row] { (0..<projection.nodeCount).map { Row(table: self, node: $0) } }

    /// The row of the actor with this id, or `nil` when it is not on the map.
    ///
    /// - Parameter actorID: The actor's id in the dataset.
    /// - Returns: The row, or `nil`.
    /// - Complexity: O(1) on average.
    public func row(of actorID: String) -> Row? { node(of: actorID).map { Row(table: self, node: $0) } }

    /// Every actor on the map, highest value of `measure` first, actors without a value last,
    /// and actors with equal values by name.
    ///
    /// - Parameter measure: The measure to order by.
    /// - Returns: The rows in that order; take `prefix(3)` for the top three.
    /// - Complexity: O(*n* log *n*).
    public func ranked(by measure: Measure) -> [Row] {
        let names = (0..<projection.nodeCount).map { actor(node: $0).name }
        let order = (0..<projection.nodeCount).sorted { a, b in
            let x = value(measure, node: a) ?? -.infinity, y = value(measure, node: b) ?? -.infinity
            if x != y { return x > y }
            return names[a].localizedStandardCompare(names[b]) == .orderedAscending
        }
        return order.map { Row(table: self, node: $0) }
    }

    /// Each group's share of the measure's total over the map, keyed by group index (a
    /// position in the dataset vocabulary's groups); `nil` when the measure is undefined,
    /// has negative values or sums to zero, where shares mean nothing. For PageRank the
    /// shares sum to 1 and read as each side's share of structural standing.
    ///
    /// - Parameter measure: The measure to share out.
    /// - Returns: Each group's share, by group index, or `nil`.
    /// - Complexity: O(*n*).
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
}

/// Measures of the map as a whole.
///
/// A figure that has no value on this map is `nil`, and ``undefined`` says why; a figure
/// the table was not asked for, or that rests on a measure it was not asked for, is `nil`
/// with no reason.
public struct GraphMetrics: Sendable, Hashable, Codable {
    /// How many actors are on the map, isolates included.
    public var actors: Int
    /// How many ties: arcs when directed, edges when undirected.
    public var ties: Int
    /// The share of possible ties that are present (``Projection/density``).
    public var density: Double
    /// How many (weakly) connected components, isolates included.
    public var components: Int
    /// Share of arcs that are returned; `nil` for an undirected projection or one without
    /// ties.
    public var reciprocity: Double?
    /// Freeman's centralisation of degree (``Projection/centralizationOfDegree()``).
    public var degreeCentralization: Double?
    /// Freeman's centralisation of betweenness, when betweenness was asked for.
    public var betweennessCentralization: Double?
    /// Freeman's centralisation of closeness, when closeness was asked for.
    public var closenessCentralization: Double?
    /// The number of Louvain communities; `nil` when `community` was not asked for.
    public var communities: Int?
    /// The modularity of those communities (``Projection/modularity(of:resolution:)``).
    public var modularity: Double?
    /// Krackhardt's E-I index over the sides (``Projection/eiIndex()``).
    public var eiIndex: Double?
    /// The share of balanced signed triangles (``Snapshot/structuralBalance()``).
    public var balance: Double?
    /// The Gini coefficient of PageRank, when PageRank was asked for.
    public var pagerankGini: Double?
    /// The β of Bonacich power: the one given, else the default when `bonacich` was asked
    /// for, else `nil`.
    public var bonacichBeta: Double?
    /// Why each figure that is `nil` has no value on this map; figures not computed because
    /// no measure they rest on was asked for are not here. Not part of the JSON.
    public var undefined: [MapFigure: UndefinedMeasure] = [:]

    enum CodingKeys: String, CodingKey {
        case actors, ties, density, components, reciprocity, communities, modularity, balance
        case degreeCentralization = "degree_centralization"
        case betweennessCentralization = "betweenness_centralization"
        case closenessCentralization = "closeness_centralization"
        case eiIndex = "ei_index"
        case pagerankGini = "pagerank_gini"
        case bonacichBeta = "bonacich_beta"
    }

    /// The map's `figures`; those not in it, and those of a measure not computed (`paths`,
    /// `communities` or `pageRank` `nil`, `betweenness` or `closeness` false), are left `nil`.
    init(
        figures: Set<MapFigure>, projection: Projection, sides: Projection, snapshot: Snapshot, paths: PathMeasures?,
        betweenness: Bool, closeness: Bool, communities: [Int]?,
        pageRank: Result<[Double], UndefinedMeasure>?, bonacichBeta: Double?
    ) {
        var undefined: [MapFigure: UndefinedMeasure] = [:]
        func figure(_ figure: MapFigure, _ compute: () throws(UndefinedMeasure) -> Double) -> Double? {
            guard figures.contains(figure) else { return nil }
            do {
                return try compute()
            } catch {
                undefined[figure] = error
                return nil
            }
        }
        func figure(_ figure: MapFigure, _ value: @autoclosure () -> Double?, otherwise reason: @autoclosure () -> String) -> Double? {
            guard figures.contains(figure) else { return nil }
            let value = value()
            if value == nil { undefined[figure] = UndefinedMeasure(figure, reason: reason()) }
            return value
        }
        actors = projection.nodeCount
        ties = projection.tieCount
        density = projection.density
        components = projection.componentCount
        reciprocity = figure(.reciprocity, projection.reciprocity, otherwise: projection.isDirected
            ? "the map has no ties, so none can be returned."
            : "the projection is undirected, where every tie runs both ways.")
        degreeCentralization = figure(.degreeCentralization) { () throws(UndefinedMeasure) in try projection.degreeCentralization() }
        betweennessCentralization = !betweenness ? nil
            : figure(.betweennessCentralization) { () throws(UndefinedMeasure) in try projection.betweennessCentralization(paths) }
        closenessCentralization = !closeness ? nil
            : figure(.closenessCentralization) { () throws(UndefinedMeasure) in try projection.closenessCentralization(paths) }
        self.communities = figures.contains(.communities) ? communities.map { Set($0).count } : nil
        modularity = communities.flatMap { communities in
            figure(.modularity) { () throws(UndefinedMeasure) in try projection.modularity(of: communities) }
        }
        eiIndex = figure(.eiIndex, sides.eiIndex(), otherwise: "the map has no ties, so none runs within or across sides.")
        balance = figure(.balance, snapshot.structuralBalance(), otherwise: """
            no three actors are all tied to each other by cooperation or conflict alone, so there is no \
            triangle to be balanced or not.
            """)
        pagerankGini = switch pageRank {
        case nil: nil
        case .failure(let error): figure(.pagerankGini, nil, otherwise: "PageRank is undefined: \(error.reason)")
        case .success(let values):
            figure(.pagerankGini, giniCoefficient(values), otherwise: "the map has no actors to compare.")
        }
        self.bonacichBeta = figures.contains(.bonacichBeta) ? bonacichBeta : nil
        self.undefined = undefined
    }

    /// Every figure a ``GraphMetrics`` holds: the map-level ones of ``MapFigure``, not those
    /// of change between two moments.
    public static let allFigures: Set<MapFigure> = Set(figureOrder)

    /// The measures the map's figures rest on: a ``MetricsTable`` asked for these (and
    /// whatever else) fills every figure.
    public static let measures: Set<Measure> = measures(for: allFigures)

    /// The measures that `figures` rest on: a ``MetricsTable`` asked for these fills each of
    /// them, where it is defined.
    ///
    /// Bonacich's β rests on Bonacich power only when no β is given.
    ///
    /// - Parameter figures: Figures of the map.
    /// - Returns: The measures to ask for beside them; empty for figures that rest on none.
    /// - Complexity: O(*f*) for *f* figures.
    public static func measures(for figures: Set<MapFigure>) -> Set<Measure> {
        Set(figures.compactMap { figure -> Measure? in
            switch figure {
            case .betweennessCentralization: .betweenness
            case .closenessCentralization: .closeness
            case .communities, .modularity: .community
            case .pagerankGini: .pagerank
            case .bonacichBeta: .bonacich
            default: nil
            }
        })
    }

    /// The value of `figure`, or `nil` when it is undefined, was not computed, or is not a
    /// figure of one map (a figure of change such as ``MapFigure/jaccard``).
    ///
    /// - Parameter figure: A figure of the map.
    /// - Returns: Its value, counts as `Double`.
    /// - Complexity: O(1).
    public subscript(figure: MapFigure) -> Double? {
        switch figure {
        case .actors: Double(actors)
        case .ties: Double(ties)
        case .density: density
        case .components: Double(components)
        case .reciprocity: reciprocity
        case .degreeCentralization: degreeCentralization
        case .betweennessCentralization: betweennessCentralization
        case .closenessCentralization: closenessCentralization
        case .communities: communities.map(Double.init)
        case .modularity: modularity
        case .eiIndex: eiIndex
        case .balance: balance
        case .pagerankGini: pagerankGini
        case .bonacichBeta: bonacichBeta
        case .jaccard, .hamming, .kendallTau, .spearmanRho, .share, .centralization, .gini: nil
        }
    }

    /// Every figure by its name, in a fixed order, for tables and CSV; `nil` where a figure
    /// is undefined or was not computed.
    ///
    /// - Complexity: O(1).
    public var figures: [(name: String, value: Double?)] {
        Self.figureOrder.map { ($0.name, self[$0]) }
    }

    /// The figures in the order ``figures`` lists them.
    private static let figureOrder: [MapFigure] = [
        .actors, .ties, .density, .components, .reciprocity, .degreeCentralization, .betweennessCentralization,
        .closenessCentralization, .communities, .modularity, .eiIndex, .balance, .pagerankGini, .bonacichBeta,
    ]
}

extension Projection {
    /// The Bonacich β used when none is given: half the reciprocal of the largest eigenvalue
    /// λmax, rounded to three significant digits so it can be quoted and given again with
    /// `--beta`; 1 when the map has no cycles (λmax = 0), where every β is defined.
    ///
    /// - Complexity: O(*n* + *m*) per power-iteration step that bounds λmax.
    public var defaultBonacichBeta: Double {
        let radius = spectralRadiusBounds().upperBound
        return radius > 0 ? Double(String(format: "%.3g", 0.5 / radius))! : 1
    }
}
