import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct KeyPlayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keyplayers",
        abstract: "The set of actors that holds the map together, or that reaches the rest of it best (Borgatti's key players).",
        discussion: """
            --goal fragment finds the K actors whose removal leaves the rest most fragmented \
            (distance-weighted, KPP-Neg); --goal reach the K actors closest to everyone else \
            (KPP-Pos). Ties count without direction or weights. The search starts greedy, then \
            from random sets (--restarts, --seed), swapping members while a swap helps. The JSON \
            schema is docs/schemas/keyplayers.schema.json.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, markdown }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: ArgumentHelp("The year to look at, such as 2017.", valueName: "year"))
    var year: String

    @Option(parsing: .unconditional, help: ArgumentHelp("How many actors the set holds.", valueName: "k"))
    var size: Int

    @Option(help: "fragment: the set whose removal fragments the map most; reach: the set that reaches the others best.")
    var goal: KeyPlayers.Goal

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "With --goal reach, count the share of the others within this many steps instead of weighting each by 1/distance.",
        valueName: "m"))
    var steps: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("How many starts the search makes: a greedy one, then random ones.", valueName: "n"))
    var restarts: Int = 10

    // Unconditional and signed, so that `--seed -1` is read and refused in the option's terms.
    @Option(parsing: .unconditional, help: "Seed of the random starts, so that a search repeats from run to run.")
    var seed: Int = 0

    @OptionGroup var projection: ProjectionArguments

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Also draw the map with the key players outlined: .svg, .png, .pdf or .dot.", valueName: "path"))
    var output: String?

    @OptionGroup var layoutTime: LayoutTimeout

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        _ = try parsedYear(year, option: "--year")
        guard size >= 1 else { throw ValidationError("--size takes a number of actors of at least 1; \(size) is not one.") }
        guard (1...10_000).contains(restarts) else { throw ValidationError("--restarts takes a number from 1 to 10000; \(restarts) is not one.") }
        guard seed >= 0 else { throw ValidationError("--seed takes a whole number of 0 or more; \(seed) is not one.") }
        if let steps {
            guard goal == .reach else { throw ValidationError("--steps applies only to --goal reach: fragmentation weighs every distance.") }
            guard steps >= 1 else { throw ValidationError("--steps takes a number of steps of at least 1; \(steps) is not one.") }
        }
        guard projection.direction == .undirected, !projection.weighted else {
            throw ValidationError("keyplayers counts ties without direction or weights, as Borgatti's distances count steps; drop --direction directed and --weighted.")
        }
        if let output { _ = try drawingFormat(ofOutput: output) }
    }

    func run() throws {
        if let output { try checkWritable(output) }
        let dataset = try loadDataset(file, input: input)
        let year = try parsedYear(self.year, option: "--year")
        try span.check(year: year, option: "--year", in: dataset)
        let projectionOptions = try projection.options(for: dataset)
        let snapshot = Snapshot(dataset, at: .year(year))
        let graph = snapshot.projection(projectionOptions)
        let options = KeyPlayers.Options(size: size, goal: goal, steps: steps, restarts: restarts, seed: UInt64(seed))
        let n = graph.nodeCount
        let most = goal == .fragment ? n - 2 : n - 1
        guard size <= most else {
            let why = goal == .fragment ? "at least two must remain to be fragmented" : "at least one must remain outside the set to be reached"
            printError("error: --size \(size): the map has \(n) actor\(n == 1 ? "" : "s") in \(year) and \(why); choose --size \(most >= 1 ? "from 1 to \(most)" : "on a year with more actors").")
            throw ExitCode(1)
        }
        estimate(graph, options: options)

        let progress = Progress("searching for key players: starts", total: restarts)
        let players: KeyPlayers
        do {
            players = try KeyPlayers(graph, options: options) { _ in progress.advance() }
        } catch {
            progress.finish()
            printError("error: \(error)")
            throw ExitCode(1)
        }
        progress.finish()
        let report = KeyPlayersReport(players, snapshot: snapshot)
        switch format {
        case .json: try printResult(try report.json(provenance: .ofThisRun(inputs: [file], seed: seed)), as: .data)
        case .markdown: try printResult(report.markdown())
        case .table: try printResult(report.text())
        }
        if let output { try draw(snapshot, players: report.actors, to: output, types: projectionOptions.types) }
    }

    /// Says on standard error how long the search will take, from the time of one round of
    /// scores (fragmentation) or one score (reach), when that is more than a moment.
    private func estimate(_ graph: Projection, options: KeyPlayers.Options) {
        let clock = ContinuousClock()
        let k = options.size
        func seconds(_ work: () -> Void) -> Double {
            let elapsed = clock.measure(work)
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        let unit: Double, perStart: Double, what: String
        switch options.goal {
        case .fragment:
            // One round scores every set of k − 1 members and one more actor; a start takes k
            // rounds to build the greedy set and k per sweep of swaps, two sweeps at least
            // when the first finds a better set.
            unit = seconds { _ = KeyPlayers.fragmentationWithoutEach(of: graph, removing: Set(0..<(k - 1))) }
            perStart = unit * Double(3 * k)
            what = "one round of scores (the map without each actor in turn) takes about \(Self.duration(unit)), and a start \(k) such rounds to build a set plus \(k) per sweep of swaps"
        case .reach:
            let trial = Set(0..<k)
            // The fastest of three, so that the first call's start-up does not count.
            unit = (0..<3).map { _ in seconds { _ = KeyPlayers.reach(of: graph, from: trial, steps: options.steps) } }.min()!
            perStart = unit * Double(KeyPlayers.scoresPerStart(actors: graph.nodeCount, size: k))
            what = "one score takes about \(Self.duration(unit)), and a start about \(KeyPlayers.scoresPerStart(actors: graph.nodeCount, size: k)) scores"
        }
        let total = perStart * Double(options.restarts)
        guard total >= 2 else { return }
        printError("keyplayers: \(graph.nodeCount) actors; \(what), so each start about \(Self.duration(perStart)) and the search about \(Self.duration(total)) (more for each further sweep that finds a better set). Fewer --restarts or a smaller --size answer sooner.")
    }

    private static func duration(_ seconds: Double) -> String {
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1000) }
        if seconds < 120 { return String(format: "%.0f s", seconds) }
        return String(format: "%.0f min", seconds / 60)
    }

    private func draw(_ snapshot: Snapshot, players: [Actor], to output: String, types: ProjectionOptions.Types) throws {
        let format = try drawingFormat(ofOutput: output)
        let purpose = goal == .fragment ? "whose removal fragments the map most" : "who reach the others best"
        var options = DiagramOptions(
            title: "\(snapshot.dataset.title), \(snapshot.time): key players \(purpose), outlined in red",
            types: DiagramOptions.drawnTypes(measuring: types), isolates: .margin)
        options.highlighted = Set(players.map(\.id))
        options.highlightedActorsMeaning = goal == .fragment ? "key player: taken away, the rest fragments most" : "key player: reaches the others best"
        do {
            var diagram = try Diagram(snapshot, options: options)
            let choice = LayoutChoice(asked: nil, for: LayoutWorkload(diagram.graph), focused: false)
            diagram = try diagram.styled(for: choice.engine)
            guard let image = format.image else { return try writeFile(Data(diagram.text.utf8), to: output) }
            try writeFile(try Graphviz.render(diagram, format: image, budget: layoutTime.budget), to: output)
        } catch let error as DiagramError {
            printError("error: \(error)")
            throw ExitCode(1)
        } catch let error as GraphvizError {
            LayoutTimeout.report(error, engineOption: false)
            throw ExitCode(1)
        }
    }
}

extension KeyPlayers.Goal: ExpressibleByArgument {}
