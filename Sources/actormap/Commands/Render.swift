import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a map with Graphviz, in process: SVG, PNG or PDF, or the DOT text.",
        discussion: """
            Actors are filled by group, shaped by kind and, with --size-by, sized by a measure or an attribute; \
            relationships are coloured and dashed by type, with arrowheads only for directed types. \
            Every relationship active at the time is drawn unless --types names ids, negative or all; \
            the measures (--size-by, --color-by community, the figures in tooltips) count the ties --types, \
            --direction and --weighted choose, positive ones by default. \
            Without --layout the engine follows the map's actors, ties and loops (dot, neato, then sfdp; \
            twopi for --focus), and the command says which it chose and why. A layout is stopped after \
            --timeout seconds. The file is written only once the drawing is complete: a failed or stopped \
            render leaves any existing file as it was. See docs/rendering.md.
            """
    )

    @Argument(help: "A dataset file: .yaml, .yml, .json, .csv, .xlsx, .graphml or .gexf.")
    var file: String

    @OptionGroup var time: TimeOptions

    @OptionGroup var measuring: MetricArguments

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")); chosen by the map's actors, ties and loops when absent.")
    var layout: LayoutEngine?

    @OptionGroup var layoutTime: LayoutTimeout

    @Option(help: "Output format: \(DrawingFormat.allCases.map(\.rawValue).joined(separator: ", ")); taken from the output's extension when absent.")
    var format: DrawingFormat?

    @OptionGroup var encoding: EncodingArguments

    @Option(help: ArgumentHelp("Which actors carry their name: all, none, or top:N (the N largest by --size-by, else by ties).", valueName: "all|none|top:N"))
    var labels: LabelChoice = LabelChoice(.all)

    @Option(help: ArgumentHelp("Draw only the ego network of the actor with this id.", valueName: "id"))
    var focus: String?

    @Option(parsing: .unconditional, help: "With --focus, how many steps out to go.")
    var radius: Int?

    @Flag(inversion: .prefixedNo, help: "Draw the legend of colours, shapes and relationship types.")
    var legend = true

    @Option(help: "The title; the dataset's title and the time when absent.")
    var title: String?

    @Option(help: ArgumentHelp("Actors without a tie drawn: show, hide, or margin (a row at the foot, captioned as untied). The measures count them either way.", valueName: "show|hide|margin"))
    var isolates: DiagramOptions.Isolates = .margin

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, or - for standard output (with --format).", valueName: "path"))
    var output: String

    @Flag(help: "Print how long reading, measuring, styling, layout and writing took.")
    var timings = false

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        if let radius {
            guard focus != nil else { throw ValidationError("--radius needs --focus ID.") }
            guard radius >= 0 else { throw ValidationError("--radius takes a number of steps of 0 or more.") }
        }
        _ = try outputFormat()
    }

    /// The format asked for, or the one the output's extension names.
    func outputFormat() throws -> DrawingFormat {
        if let format { return format }
        let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
        if let format = DrawingFormat(rawValue: suffix == "gv" ? "dot" : suffix) { return format }
        throw ValidationError("cannot tell the format from '\(output)'; end it in .svg, .png, .pdf or .dot, or give --format.")
    }

    func run() throws {
        var clock = Stopwatch()
        try checkWritable(output)
        let dataset = try loadDataset(file, input: input)
        let metricOptions = try measuring.options(for: dataset)
        // The drawing shows the actors --where keeps, as the measures count them.
        let snapshot = Snapshot(dataset, at: try time.selection(in: dataset)).keeping(metricOptions.projection.actorFilter)
        if let filtering = snapshot.filtering { printError("note: \(filtering.sentence) at \(snapshot.time).") }
        clock.lap("read")

        let focused = focus.map { Focus(actorID: $0, radius: radius ?? 1) }
        let encoding = try self.encoding.encoding(for: dataset, measuring: metricOptions)
        for note in encoding.notes(at: snapshot) { printError("note: \(note)") }
        let plain = DiagramOptions(
            layout: layout ?? .dot, labels: labels.choice, legend: legend, title: title, focus: focused,
            types: DiagramOptions.drawnTypes(measuring: metricOptions.projection.types), isolates: isolates)
        let options = try orExit { () throws(DiagramError) in try encoding.applied(to: plain, at: snapshot) }
        clock.lap("measure")

        var diagram = try orExit { () throws(DiagramError) in try Diagram(snapshot, options: options) }
        // The ties and loops drawn decide the engine; styling again for another engine is
        // cheap beside any layout.
        let choice = LayoutChoice(asked: layout, for: LayoutWorkload(diagram.graph), focused: focused != nil)
        say(choice)
        diagram = try orExit { () throws(DiagramError) in try diagram.styled(for: choice.engine) }
        clock.lap("style")

        if let imageFormat = try outputFormat().image {
            let image: Data
            do {
                image = try Graphviz.render(diagram, format: imageFormat, budget: layoutTime.budget)
            } catch {
                LayoutTimeout.report(error, engineOption: true)
                throw ExitCode(1)
            }
            clock.lap("layout and render")
            try writeFile(image, to: output)
        } else {
            try writeFile(Data(diagram.text.utf8), to: output)
        }
        clock.lap("write")
        if timings { printError("timings: " + clock.report) }
    }

    /// Says on standard error which engine lays the map out, and why.
    private func say(_ choice: LayoutChoice) {
        switch choice {
        case .recommended(_, let reason):
            printError("layout: \(reason); --layout chooses another")
        case .asked(let engine):
            printError("layout: \(engine.rawValue), as asked")
        case .slow(let engine, let faster, let map):
            printError("layout: \(engine.rawValue), as asked; on \(map) it can take minutes, where \(faster.rawValue) takes seconds; it is stopped after \(LayoutBudget.formatted(seconds: layoutTime.timeout)) (--timeout)")
        }
    }

    /// Runs `body`, turning its error into a message and exit status 1.
    private func orExit<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
    }
}

/// `all`, `none` or `top:N`, for `--labels`.
struct LabelChoice: ExpressibleByArgument {
    var choice: DiagramOptions.Labels

    init(_ choice: DiagramOptions.Labels) { self.choice = choice }

    init?(argument: String) {
        switch argument {
        case "all": choice = .all
        case "none": choice = .none
        default:
            guard argument.hasPrefix("top:"), let n = Int(argument.dropFirst(4)), n >= 0 else { return nil }
            choice = .top(n)
        }
    }

    var defaultValueDescription: String {
        switch choice {
        case .all: "all"
        case .none: "none"
        case .top(let n): "top:\(n)"
        }
    }
}

/// Wall-clock and processor time of the stages of a command, for `--timings`. Processor
/// time is the whole process's, so a stage that runs on several cores can use more of it
/// than of the clock; on a busy machine it is the steadier of the two.
struct Stopwatch {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastProcessor: Double
    private var laps: [(stage: String, wall: Duration, processor: Double)] = []

    init() {
        last = clock.now
        lastProcessor = Self.processorMilliseconds()
    }

    mutating func lap(_ stage: String) {
        let now = clock.now, processor = Self.processorMilliseconds()
        laps.append((stage, now - last, processor - lastProcessor))
        (last, lastProcessor) = (now, processor)
    }

    var report: String {
        let total = (stage: "total", wall: laps.reduce(Duration.zero) { $0 + $1.wall }, processor: laps.reduce(0) { $0 + $1.processor })
        return (laps + [total]).map { lap in
            "\(lap.stage) \(Self.formatted(Self.milliseconds(lap.wall))) ms (cpu \(Self.formatted(lap.processor)) ms)"
        }.joined(separator: " · ")
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    private static func processorMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    private static func formatted(_ milliseconds: Double) -> String {
        String(format: "%.1f", milliseconds)
    }
}

extension LayoutEngine: ExpressibleByArgument {}
