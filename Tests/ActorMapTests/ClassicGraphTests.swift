import ActorMap
import Testing

/// Three classic small graphs with the values the reference tools give for them written out
/// here, as networkx's own tests keep theirs, beside the generated references of
/// `Fixtures/reference`: Zachary's karate club (unweighted), Krackhardt's kite and the
/// Florentine families' marriages, each an ActorMap map of undirected MoUs measured through
/// the public API.
///
/// Each measure is compared with the tool ActorMap follows for it:
/// - networkx (3.x, default arguments) for degree centrality, betweenness (normalised),
///   closeness, harmonic and eigenvector centrality, PageRank, clustering, core number, and
///   Burt's constraint and effective size;
/// - igraph, not networkx, for the map's Freeman centralisation of degree, betweenness and
///   closeness (`centr_degree`, `centr_betw`, `centr_clo`, normalised);
/// - sna, not networkx, for Bonacich power (`bonpow` with exponent β = 0.1).
///
/// The values at the foot of this file are printed by `Fixtures/classic-graphs.py`, which
/// says how to regenerate and check them; they are rounded to 6 decimal places and compared
/// within 1e-6 (relative, above 1).
@Suite struct ClassicGraphTests {
    static let tolerance = 1e-6

    @Test(arguments: ClassicGraph.all)
    func measuresMatchNetworkx(_ graph: ClassicGraph) throws {
        #expect(Set(graph.networkx.keys) == ClassicGraph.networkxMeasures, "every measure that follows networkx is checked")
        let table = try graph.table(measures: ClassicGraph.networkxMeasures)
        for (measure, expected) in graph.networkx {
            expectClose(graph.values(of: measure, in: table), graph.actors.map { expected[$0] }, tolerance: Self.tolerance,
                        "\(graph.name) \(measure.name) (actors in the order \(graph.actors.prefix(3).joined(separator: ", "))…)")
        }
    }

    /// The map's Freeman centralisation follows igraph, whose betweenness is over unordered
    /// pairs and whose closeness is not networkx's when the map falls apart (these three hold
    /// together).
    @Test(arguments: ClassicGraph.all)
    func centralisationMatchesIgraph(_ graph: ClassicGraph) throws {
        let figures = try graph.table(measures: [.betweenness, .closeness]).graph
        let expected = graph.igraphCentralization
        expectClose([figures.degreeCentralization, figures.betweennessCentralization, figures.closenessCentralization].map { $0 ?? .nan },
                    [expected.degree, expected.betweenness, expected.closeness], tolerance: Self.tolerance,
                    "\(graph.name) degree, betweenness, closeness centralisation")
    }

    /// Bonacich power follows sna's `bonpow`; networkx has no such measure.
    @Test(arguments: ClassicGraph.all)
    func bonacichPowerMatchesSna(_ graph: ClassicGraph) throws {
        let table = try graph.table(measures: [.bonacich], options: MetricOptions(bonacichBeta: graph.snaBonacichBeta))
        expectClose(graph.values(of: .bonacich, in: table), graph.actors.map { graph.snaBonacich[$0] }, tolerance: Self.tolerance,
                    "\(graph.name) Bonacich power, β = \(graph.snaBonacichBeta)")
    }
}

/// A classic graph as an ActorMap map of undirected MoUs between federations, with the
/// reference values for it.
struct ClassicGraph: Sendable, CustomTestStringConvertible {
    var name: String
    /// The actors' ids, in networkx's node order.
    var actors: [String]
    var ties: [(String, String)]
    /// networkx's value of each measure for each actor, by actor id.
    var networkx: [Measure: [String: Double]]
    /// igraph's normalised Freeman centralisation of the map.
    var igraphCentralization: (degree: Double, betweenness: Double, closeness: Double)
    var snaBonacichBeta: Double
    /// sna's Bonacich power of each actor, by actor id.
    var snaBonacich: [String: Double]

    var testDescription: String { name }

    static let all = [karate, kite, florentine]

    static let networkxMeasures: Set<Measure> = [
        .degreeCentrality, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank, .clustering, .core,
        .constraint, .effectiveSize,
    ]

    func dataset() throws -> Dataset {
        try Dataset(
            title: name, actors: actors.map { Actor(id: $0, name: $0, kind: "federation") },
            relationships: ties.map { Relationship(from: $0.0, to: $0.1, type: "mou") })
    }

    func table(measures: Set<Measure>, options: MetricOptions = MetricOptions()) throws -> MetricsTable {
        MetricsTable(Snapshot(try dataset()), options: options, measures: measures)
    }

    /// The measure's value for each actor in `actors`' order, `.nan` where undefined.
    func values(of measure: Measure, in table: MetricsTable) -> [Double] {
        actors.map { table.value(measure, of: $0) ?? .nan }
    }
}

// BEGIN classic-graphs.py output: do not edit; run Fixtures/classic-graphs.py
// networkx 3.6.1, R 4.2.2, igraph 1.3.5, sna 2.7.1
extension ClassicGraph {
    /// Zachary's karate club (networkx karate_club_graph, unweighted).
    static let karate = ClassicGraph(
        name: "karate",
        actors: [
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
            "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33"
        ],
        ties: [
            ("0", "1"), ("0", "2"), ("0", "3"), ("0", "4"), ("0", "5"), ("0", "6"), ("0", "7"), ("0", "8"),
            ("0", "10"), ("0", "11"), ("0", "12"), ("0", "13"), ("0", "17"), ("0", "19"), ("0", "21"),
            ("0", "31"), ("1", "2"), ("1", "3"), ("1", "7"), ("1", "13"), ("1", "17"), ("1", "19"),
            ("1", "21"), ("1", "30"), ("2", "3"), ("2", "7"), ("2", "8"), ("2", "9"), ("2", "13"),
            ("2", "27"), ("2", "28"), ("2", "32"), ("3", "7"), ("3", "12"), ("3", "13"), ("4", "6"),
            ("4", "10"), ("5", "6"), ("5", "10"), ("5", "16"), ("6", "16"), ("8", "30"), ("8", "32"),
            ("8", "33"), ("9", "33"), ("13", "33"), ("14", "32"), ("14", "33"), ("15", "32"), ("15", "33"),
            ("18", "32"), ("18", "33"), ("19", "33"), ("20", "32"), ("20", "33"), ("22", "32"), ("22", "33"),
            ("23", "25"), ("23", "27"), ("23", "29"), ("23", "32"), ("23", "33"), ("24", "25"), ("24", "27"),
            ("24", "31"), ("25", "31"), ("26", "29"), ("26", "33"), ("27", "33"), ("28", "31"), ("28", "33"),
            ("29", "32"), ("29", "33"), ("30", "32"), ("30", "33"), ("31", "32"), ("31", "33"), ("32", "33")
        ],
        networkx: [
            .degreeCentrality: [
                "0": 0.484848, "1": 0.272727, "2": 0.303030, "3": 0.181818, "4": 0.090909, "5": 0.121212,
                "6": 0.121212, "7": 0.121212, "8": 0.151515, "9": 0.060606, "10": 0.090909, "11": 0.030303,
                "12": 0.060606, "13": 0.151515, "14": 0.060606, "15": 0.060606, "16": 0.060606,
                "17": 0.060606, "18": 0.060606, "19": 0.090909, "20": 0.060606, "21": 0.060606,
                "22": 0.060606, "23": 0.151515, "24": 0.090909, "25": 0.090909, "26": 0.060606,
                "27": 0.121212, "28": 0.090909, "29": 0.121212, "30": 0.121212, "31": 0.181818,
                "32": 0.363636, "33": 0.515152
            ],
            .betweenness: [
                "0": 0.437635, "1": 0.053937, "2": 0.143657, "3": 0.011909, "4": 0.000631, "5": 0.029987,
                "6": 0.029987, "7": 0.000000, "8": 0.055927, "9": 0.000848, "10": 0.000631, "11": 0.000000,
                "12": 0.000000, "13": 0.045863, "14": 0.000000, "15": 0.000000, "16": 0.000000,
                "17": 0.000000, "18": 0.000000, "19": 0.032475, "20": 0.000000, "21": 0.000000,
                "22": 0.000000, "23": 0.017614, "24": 0.002210, "25": 0.003840, "26": 0.000000,
                "27": 0.022333, "28": 0.001795, "29": 0.002922, "30": 0.014412, "31": 0.138276,
                "32": 0.145247, "33": 0.304075
            ],
            .closeness: [
                "0": 0.568966, "1": 0.485294, "2": 0.559322, "3": 0.464789, "4": 0.379310, "5": 0.383721,
                "6": 0.383721, "7": 0.440000, "8": 0.515625, "9": 0.434211, "10": 0.379310, "11": 0.366667,
                "12": 0.370787, "13": 0.515625, "14": 0.370787, "15": 0.370787, "16": 0.284483,
                "17": 0.375000, "18": 0.370787, "19": 0.500000, "20": 0.370787, "21": 0.375000,
                "22": 0.370787, "23": 0.392857, "24": 0.375000, "25": 0.375000, "26": 0.362637,
                "27": 0.458333, "28": 0.452055, "29": 0.383721, "30": 0.458333, "31": 0.540984,
                "32": 0.515625, "33": 0.550000
            ],
            .harmonic: [
                "0": 23.166667, "1": 19.166667, "2": 21.000000, "3": 17.666667, "4": 14.666667,
                "5": 15.166667, "6": 15.166667, "7": 16.416667, "8": 18.500000, "9": 15.583333,
                "10": 14.666667, "11": 13.500000, "12": 14.000000, "13": 18.500000, "14": 14.200000,
                "15": 14.200000, "16": 11.100000, "17": 14.166667, "18": 14.200000, "19": 17.500000,
                "20": 14.200000, "21": 14.166667, "22": 14.200000, "23": 16.033333, "24": 13.916667,
                "25": 13.916667, "26": 13.950000, "27": 16.916667, "28": 16.416667, "29": 15.366667,
                "30": 16.916667, "31": 19.333333, "32": 20.916667, "33": 23.250000
            ],
            .eigenvector: [
                "0": 0.355483, "1": 0.265954, "2": 0.317189, "3": 0.211174, "4": 0.075966, "5": 0.079481,
                "6": 0.079481, "7": 0.170955, "8": 0.227405, "9": 0.102675, "10": 0.075966, "11": 0.052854,
                "12": 0.084252, "13": 0.226470, "14": 0.101406, "15": 0.101406, "16": 0.023635,
                "17": 0.092397, "18": 0.101406, "19": 0.147911, "20": 0.101406, "21": 0.092397,
                "22": 0.101406, "23": 0.150123, "24": 0.057054, "25": 0.059208, "26": 0.075582,
                "27": 0.133479, "28": 0.131079, "29": 0.134965, "30": 0.174760, "31": 0.191036,
                "32": 0.308651, "33": 0.373371
            ],
            .pagerank: [
                "0": 0.097002, "1": 0.052878, "2": 0.057078, "3": 0.035861, "4": 0.021979, "5": 0.029113,
                "6": 0.029113, "7": 0.024491, "8": 0.029765, "9": 0.014309, "10": 0.021979, "11": 0.009565,
                "12": 0.014645, "13": 0.029536, "14": 0.014535, "15": 0.014535, "16": 0.016785,
                "17": 0.014559, "18": 0.014535, "19": 0.019604, "20": 0.014535, "21": 0.014559,
                "22": 0.014535, "23": 0.031521, "24": 0.021075, "25": 0.021006, "26": 0.015043,
                "27": 0.025639, "28": 0.019573, "29": 0.026287, "30": 0.024589, "31": 0.037157,
                "32": 0.071692, "33": 0.100918
            ],
            .clustering: [
                "0": 0.150000, "1": 0.333333, "2": 0.244444, "3": 0.666667, "4": 0.666667, "5": 0.500000,
                "6": 0.500000, "7": 1.000000, "8": 0.500000, "9": 0.000000, "10": 0.666667, "11": 0.000000,
                "12": 1.000000, "13": 0.600000, "14": 1.000000, "15": 1.000000, "16": 1.000000,
                "17": 1.000000, "18": 1.000000, "19": 0.333333, "20": 1.000000, "21": 1.000000,
                "22": 1.000000, "23": 0.400000, "24": 0.333333, "25": 0.333333, "26": 1.000000,
                "27": 0.166667, "28": 0.333333, "29": 0.666667, "30": 0.500000, "31": 0.200000,
                "32": 0.196970, "33": 0.110294
            ],
            .core: [
                "0": 4, "1": 4, "2": 4, "3": 4, "4": 3, "5": 3, "6": 3, "7": 4, "8": 4, "9": 2, "10": 3,
                "11": 1, "12": 2, "13": 4, "14": 2, "15": 2, "16": 2, "17": 2, "18": 2, "19": 3, "20": 2,
                "21": 2, "22": 2, "23": 3, "24": 3, "25": 3, "26": 2, "27": 3, "28": 3, "29": 3, "30": 4,
                "31": 3, "32": 4, "33": 4
            ],
            .constraint: [
                "0": 0.155423, "1": 0.279535, "2": 0.185177, "3": 0.396660, "4": 0.529417, "5": 0.477485,
                "6": 0.477485, "7": 0.442712, "8": 0.303601, "9": 0.500000, "10": 0.529417, "11": 1.000000,
                "12": 0.622504, "13": 0.323335, "14": 0.573680, "15": 0.573680, "16": 0.781250,
                "17": 0.590869, "18": 0.573680, "19": 0.373719, "20": 0.573680, "21": 0.590869,
                "22": 0.573680, "23": 0.305824, "24": 0.459877, "25": 0.459877, "26": 0.670902,
                "27": 0.285069, "28": 0.386913, "29": 0.449409, "30": 0.346006, "31": 0.244575,
                "32": 0.249223, "33": 0.156419
            ],
            .effectiveSize: [
                "0": 13.750000, "1": 6.333333, "2": 7.800000, "3": 2.666667, "4": 1.666667, "5": 2.500000,
                "6": 2.500000, "7": 1.000000, "8": 3.000000, "9": 2.000000, "10": 1.666667, "11": 1.000000,
                "12": 1.000000, "13": 2.600000, "14": 1.000000, "15": 1.000000, "16": 1.000000,
                "17": 1.000000, "18": 1.000000, "19": 2.333333, "20": 1.000000, "21": 1.000000,
                "22": 1.000000, "23": 3.400000, "24": 2.333333, "25": 2.333333, "26": 1.000000,
                "27": 3.500000, "28": 2.333333, "29": 2.000000, "30": 2.500000, "31": 5.000000,
                "32": 9.833333, "33": 15.235294
            ],
        ],
        igraphCentralization: (degree: 0.399621, betweenness: 0.405557, closeness: 0.298195),
        snaBonacichBeta: 0.1,
        snaBonacich: [
            "0": 2.263477, "1": 1.506985, "2": 1.773851, "3": 1.149441, "4": 0.506031, "5": 0.585944,
            "6": 0.585944, "7": 0.896690, "8": 1.200596, "9": 0.526275, "10": 0.506031, "11": 0.283176,
            "12": 0.454949, "13": 1.188751, "14": 0.534488, "15": 0.534488, "16": 0.230846, "17": 0.490703,
            "18": 0.534488, "19": 0.782764, "20": 0.534488, "21": 0.490703, "22": 0.534488, "23": 0.901603,
            "24": 0.402980, "25": 0.414908, "26": 0.426990, "27": 0.770390, "28": 0.697068, "29": 0.781004,
            "30": 0.918903, "31": 1.139645, "32": 1.855979, "33": 2.352326
        ])
    /// Krackhardt's kite (networkx krackhardt_kite_graph).
    static let kite = ClassicGraph(
        name: "kite",
        actors: [
            "andre", "beverly", "carol", "diane", "ed", "fernando", "garth", "heather", "ike", "jane"
        ],
        ties: [
            ("andre", "beverly"), ("andre", "carol"), ("andre", "diane"), ("andre", "fernando"),
            ("beverly", "diane"), ("beverly", "ed"), ("beverly", "garth"), ("carol", "diane"),
            ("carol", "fernando"), ("diane", "ed"), ("diane", "fernando"), ("diane", "garth"),
            ("ed", "garth"), ("fernando", "garth"), ("fernando", "heather"), ("garth", "heather"),
            ("heather", "ike"), ("ike", "jane")
        ],
        networkx: [
            .degreeCentrality: [
                "andre": 0.444444, "beverly": 0.444444, "carol": 0.333333, "diane": 0.666667, "ed": 0.333333,
                "fernando": 0.555556, "garth": 0.555556, "heather": 0.333333, "ike": 0.222222,
                "jane": 0.111111
            ],
            .betweenness: [
                "andre": 0.023148, "beverly": 0.023148, "carol": 0.000000, "diane": 0.101852, "ed": 0.000000,
                "fernando": 0.231481, "garth": 0.231481, "heather": 0.388889, "ike": 0.222222,
                "jane": 0.000000
            ],
            .closeness: [
                "andre": 0.529412, "beverly": 0.529412, "carol": 0.500000, "diane": 0.600000, "ed": 0.500000,
                "fernando": 0.642857, "garth": 0.642857, "heather": 0.600000, "ike": 0.428571,
                "jane": 0.310345
            ],
            .harmonic: [
                "andre": 6.083333, "beverly": 6.083333, "carol": 5.583333, "diane": 7.083333, "ed": 5.583333,
                "fernando": 6.833333, "garth": 6.833333, "heather": 6.000000, "ike": 4.666667,
                "jane": 3.416667
            ],
            .eigenvector: [
                "andre": 0.352209, "beverly": 0.352209, "carol": 0.285835, "diane": 0.481020, "ed": 0.285835,
                "fernando": 0.397691, "garth": 0.397691, "heather": 0.195862, "ike": 0.048075,
                "jane": 0.011164
            ],
            .pagerank: [
                "andre": 0.101920, "beverly": 0.101920, "carol": 0.079418, "diane": 0.147148, "ed": 0.079418,
                "fernando": 0.128907, "garth": 0.128907, "heather": 0.095248, "ike": 0.085696,
                "jane": 0.051420
            ],
            .clustering: [
                "andre": 0.666667, "beverly": 0.666667, "carol": 1.000000, "diane": 0.533333, "ed": 1.000000,
                "fernando": 0.500000, "garth": 0.500000, "heather": 0.333333, "ike": 0.000000,
                "jane": 0.000000
            ],
            .core: [
                "andre": 3, "beverly": 3, "carol": 3, "diane": 3, "ed": 3, "fernando": 3, "garth": 3,
                "heather": 2, "ike": 1, "jane": 1
            ],
            .constraint: [
                "andre": 0.541198, "beverly": 0.541198, "carol": 0.664136, "diane": 0.470170, "ed": 0.664136,
                "fernando": 0.445089, "garth": 0.445089, "heather": 0.431111, "ike": 0.500000,
                "jane": 1.000000
            ],
            .effectiveSize: [
                "andre": 2.000000, "beverly": 2.000000, "carol": 1.000000, "diane": 3.333333, "ed": 1.000000,
                "fernando": 3.000000, "garth": 3.000000, "heather": 2.333333, "ike": 2.000000,
                "jane": 1.000000
            ],
        ],
        igraphCentralization: (degree: 0.333333, betweenness: 0.296296, closeness: 0.270375),
        snaBonacichBeta: 0.1,
        snaBonacich: [
            "andre": 1.062679, "beverly": 1.062679, "carol": 0.831446, "diane": 1.524317, "ed": 0.831446,
            "fernando": 1.284780, "garth": 1.284780, "heather": 0.740113, "ike": 0.388888, "jane": 0.186978
        ])
    /// The Florentine families' marriages (networkx florentine_families_graph).
    static let florentine = ClassicGraph(
        name: "florentine",
        actors: [
            "acciaiuoli", "medici", "castellani", "peruzzi", "strozzi", "barbadori", "ridolfi", "tornabuoni",
            "albizzi", "salviati", "pazzi", "bischeri", "guadagni", "ginori", "lamberteschi"
        ],
        ties: [
            ("acciaiuoli", "medici"), ("medici", "barbadori"), ("medici", "ridolfi"),
            ("medici", "tornabuoni"), ("medici", "albizzi"), ("medici", "salviati"),
            ("castellani", "peruzzi"), ("castellani", "strozzi"), ("castellani", "barbadori"),
            ("peruzzi", "strozzi"), ("peruzzi", "bischeri"), ("strozzi", "ridolfi"), ("strozzi", "bischeri"),
            ("ridolfi", "tornabuoni"), ("tornabuoni", "guadagni"), ("albizzi", "ginori"),
            ("albizzi", "guadagni"), ("salviati", "pazzi"), ("bischeri", "guadagni"),
            ("guadagni", "lamberteschi")
        ],
        networkx: [
            .degreeCentrality: [
                "acciaiuoli": 0.071429, "medici": 0.428571, "castellani": 0.214286, "peruzzi": 0.214286,
                "strozzi": 0.285714, "barbadori": 0.142857, "ridolfi": 0.214286, "tornabuoni": 0.214286,
                "albizzi": 0.214286, "salviati": 0.142857, "pazzi": 0.071429, "bischeri": 0.214286,
                "guadagni": 0.285714, "ginori": 0.071429, "lamberteschi": 0.071429
            ],
            .betweenness: [
                "acciaiuoli": 0.000000, "medici": 0.521978, "castellani": 0.054945, "peruzzi": 0.021978,
                "strozzi": 0.102564, "barbadori": 0.093407, "ridolfi": 0.113553, "tornabuoni": 0.091575,
                "albizzi": 0.212454, "salviati": 0.142857, "pazzi": 0.000000, "bischeri": 0.104396,
                "guadagni": 0.254579, "ginori": 0.000000, "lamberteschi": 0.000000
            ],
            .closeness: [
                "acciaiuoli": 0.368421, "medici": 0.560000, "castellani": 0.388889, "peruzzi": 0.368421,
                "strozzi": 0.437500, "barbadori": 0.437500, "ridolfi": 0.500000, "tornabuoni": 0.482759,
                "albizzi": 0.482759, "salviati": 0.388889, "pazzi": 0.285714, "bischeri": 0.400000,
                "guadagni": 0.466667, "ginori": 0.333333, "lamberteschi": 0.325581
            ],
            .harmonic: [
                "acciaiuoli": 5.916667, "medici": 9.500000, "castellani": 6.916667, "peruzzi": 6.783333,
                "strozzi": 7.833333, "barbadori": 7.083333, "ridolfi": 8.000000, "tornabuoni": 7.833333,
                "albizzi": 7.833333, "salviati": 6.583333, "pazzi": 4.766667, "bischeri": 7.200000,
                "guadagni": 8.083333, "ginori": 5.333333, "lamberteschi": 5.366667
            ],
            .eigenvector: [
                "acciaiuoli": 0.132157, "medici": 0.430315, "castellani": 0.259020, "peruzzi": 0.275722,
                "strozzi": 0.355973, "barbadori": 0.211706, "ridolfi": 0.341554, "tornabuoni": 0.325847,
                "albizzi": 0.243961, "salviati": 0.145921, "pazzi": 0.044815, "bischeri": 0.282794,
                "guadagni": 0.289117, "ginori": 0.074925, "lamberteschi": 0.088793
            ],
            .pagerank: [
                "acciaiuoli": 0.030657, "medici": 0.145818, "castellani": 0.069330, "peruzzi": 0.067875,
                "strozzi": 0.088098, "barbadori": 0.050301, "ridolfi": 0.069574, "tornabuoni": 0.071279,
                "albizzi": 0.079122, "salviati": 0.061303, "pazzi": 0.036054, "bischeri": 0.068862,
                "guadagni": 0.098399, "ginori": 0.032418, "lamberteschi": 0.030909
            ],
            .clustering: [
                "acciaiuoli": 0.000000, "medici": 0.066667, "castellani": 0.333333, "peruzzi": 0.666667,
                "strozzi": 0.333333, "barbadori": 0.000000, "ridolfi": 0.333333, "tornabuoni": 0.333333,
                "albizzi": 0.000000, "salviati": 0.000000, "pazzi": 0.000000, "bischeri": 0.333333,
                "guadagni": 0.000000, "ginori": 0.000000, "lamberteschi": 0.000000
            ],
            .core: [
                "acciaiuoli": 1, "medici": 2, "castellani": 2, "peruzzi": 2, "strozzi": 2, "barbadori": 2,
                "ridolfi": 2, "tornabuoni": 2, "albizzi": 2, "salviati": 1, "pazzi": 1, "bischeri": 2,
                "guadagni": 2, "ginori": 1, "lamberteschi": 1
            ],
            .constraint: [
                "acciaiuoli": 1.000000, "medici": 0.209877, "castellani": 0.482253, "peruzzi": 0.655864,
                "strozzi": 0.458333, "barbadori": 0.500000, "ridolfi": 0.459877, "tornabuoni": 0.459877,
                "albizzi": 0.333333, "salviati": 0.500000, "pazzi": 1.000000, "bischeri": 0.482253,
                "guadagni": 0.250000, "ginori": 1.000000, "lamberteschi": 1.000000
            ],
            .effectiveSize: [
                "acciaiuoli": 1.000000, "medici": 5.666667, "castellani": 2.333333, "peruzzi": 1.666667,
                "strozzi": 3.000000, "barbadori": 2.000000, "ridolfi": 2.333333, "tornabuoni": 2.333333,
                "albizzi": 3.000000, "salviati": 2.000000, "pazzi": 1.000000, "bischeri": 2.333333,
                "guadagni": 4.000000, "ginori": 1.000000, "lamberteschi": 1.000000
            ],
        ],
        igraphCentralization: (degree: 0.274725, betweenness: 0.436813, closeness: 0.322452),
        snaBonacichBeta: 0.1,
        snaBonacich: [
            "acciaiuoli": 0.414904, "medici": 1.873341, "castellani": 0.991467, "peruzzi": 1.018927,
            "strozzi": 1.327038, "barbadori": 0.741620, "ridolfi": 1.113524, "tornabuoni": 1.107772,
            "albizzi": 1.029471, "salviati": 0.671950, "pazzi": 0.294764, "bischeri": 1.043682,
            "guadagni": 1.263765, "ginori": 0.330517, "lamberteschi": 0.353946
        ])
}
// END classic-graphs.py output
