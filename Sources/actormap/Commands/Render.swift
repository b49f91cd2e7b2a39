import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a map with Graphviz, in process: SVG, PNG or PDF, or the DOT text.",
        discussion: """
            Actors are filled by group, shaped by kind and, with --size-by, sized by a measure; \
            relationships are coloured and dashed by type, with arrowheads only for directed types. \
            Every relationship active at the time is drawn unless --types names ids, negative or all; \
            the measures (--size-by, --color-by community, the figures in tooltips) count the ties --types, \
            --direction and --weighted choose, positive ones by default. \
            Without --layout the engine follows the map's size (dot, neato, then sfdp; twopi for --focus), \
            and the command says which it chose. The file is written only once the drawing is complete: \
            a failed render leaves any existing file as it was. See docs/rendering.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case svg, png, pdf, dot
    }

    enum ColorBy: String, ExpressibleByArgument, CaseIterable {
        case group, kind, community
    }

    @Argument(help: "A dataset file (.yaml, .yml or .json).")
    var file: String

    @OptionGroup var time: TimeOptions

    @OptionGroup var measuring: MetricArguments

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")); chosen by the map's size when absent.")
    var layout: LayoutEngine?

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")); taken from the output's extension when absent.")
    var format: Format?

    @Option(name: .customLong("size-by"), help: ArgumentHelp("Make each actor's area proportional to this measure, such as betweenness.", valueName: "measure"))
    var sizeBy: String?

    @Option(name: .customLong("color-by"), help: "Fill actors by \(ColorBy.allCases.map(\.rawValue).joined(separator: ", ")).")
    var colorBy: ColorBy = .group

    @Option(help: ArgumentHelp("Which actors carry their name: all, none, or top:N (the N largest by --size-by, else by ties).", valueName: "all|none|top:N"))
    var labels: LabelChoice = LabelChoice(.all)

    @Option(help: ArgumentHelp("Draw only the ego network of the actor with this id.", valueName: "id"))
    var focus: String?

    @Option(help: "With --focus, how many steps out to go.")
    var radius: Int?

    @Flag(inversion: .prefixedNo, help: "Draw the legend of colours, shapes and relationship types.")
    var legend = true

    @Option(help: "The title; the dataset's title and the time when absent.")
    var title: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "path"))
    var output: String

    @Flag(help: "Print how long reading, styling, layout and writing took.")
    var timings = false

    func validate() throws {
        if let radius {
            guard focus != nil else { throw ValidationError("--radius needs --focus ID.") }
            guard radius >= 0 else { throw ValidationError("--radius must be 0 or more.") }
        }
        if let sizeBy, try measures(sizeBy, option: "--size-by").count != 1 {
            throw ValidationError("--size-by takes one measure.")
        }
        _ = try outputFormat()
    }

    /// The format asked for, or the one the output's extension names.
    func outputFormat() throws -> Format {
        if let format { return format }
        let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
        if let format = Format(rawValue: suffix == "gv" ? "dot" : suffix) { return format }
        throw ValidationError("cannot tell the format from '\(output)'; end it in .svg, .png, .pdf or .dot, or give --format.")
    }

    func run() throws {
        var clock = Stopwatch()
        let dataset = try loadDataset(file)
        let snapshot = Snapshot(dataset, at: try time.selection())
        clock.lap("read")

        let focused = focus.map { Focus(actorID: $0, radius: radius ?? 1) }
        let engine: LayoutEngine
        if let layout {
            engine = layout
            let actors = snapshot.actorIndices.count
            if let limit = layout.comfortableLimit, actors > limit {
                printError("layout: \(layout.rawValue), as asked; on \(actors) actors it can take minutes, where sfdp takes seconds")
            } else {
                printError("layout: \(layout.rawValue), as asked")
            }
        } else {
            let (chosen, reason) = LayoutEngine.recommended(actors: snapshot.actorIndices.count, focused: focused != nil)
            engine = chosen
            printError("layout: \(reason); --layout chooses another")
        }

        let metricOptions = try measuring.options(for: dataset)
        let sizeMeasure = try sizeBy.flatMap { try measures($0, option: "--size-by").first }
        let table = needsMeasures(snapshot, size: sizeMeasure) ? MetricsTable(snapshot, options: metricOptions) : nil
        clock.lap("measure")

        var options = DiagramOptions(
            layout: engine, labels: labels.choice, legend: legend, title: title, focus: focused,
            types: drawnTypes(metricOptions.projection.types))
        if let table {
            options.figures = Self.tooltipMeasures(adding: sizeMeasure).compactMap { figures(table, $0) }
            if colorBy == .community, let communities = table.columns[.community] {
                options.coloring = .community(communities.map { Int($0) })
            }
        }
        if colorBy == .kind { options.coloring = .kind }
        let diagram: Diagram
        do {
            if let sizeMeasure, let table {
                guard let size = figures(table, sizeMeasure) else {
                    throw DiagramError("--size-by \(sizeMeasure.name) is undefined for this map: \(table.undefined[sizeMeasure]?.reason ?? "no value").")
                }
                options.size = size
            }
            diagram = try Diagram(snapshot, options: options)
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        let format = try outputFormat()
        let bytes: Data
        if format == .dot {
            bytes = Data(diagram.text.utf8)
            clock.lap("style")
        } else {
            let text = diagram.text
            clock.lap("style")
            do {
                bytes = try Graphviz.render(text, layout: engine.rawValue, format: format.rawValue)
            } catch {
                printError("error: \(error)")
                throw ExitCode(1)
            }
            clock.lap("layout and render")
        }
        do {
            try writeAtomically(bytes, to: output)
        } catch {
            printError("error: could not write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        clock.lap("write")
        if timings { printError("timings: " + clock.report) }
    }

    /// The figures every tooltip gives, when the map is measured.
    static let tooltipMeasures: [Measure] = [.degree, .betweenness, .pagerank]

    static func tooltipMeasures(adding size: Measure?) -> [Measure] {
        tooltipMeasures + [size].compactMap { $0 }.filter { !tooltipMeasures.contains($0) }
    }

    /// The largest map whose tooltips get figures without being asked: measuring takes
    /// about as long as sfdp's layout beyond it.
    static let measuredTooltipLimit = 2000

    private func needsMeasures(_ snapshot: Snapshot, size: Measure?) -> Bool {
        size != nil || colorBy == .community || snapshot.actorIndices.count <= Self.measuredTooltipLimit
    }

    /// A measure's column as figures for the diagram, or `nil` when it is undefined for the map.
    private func figures(_ table: MetricsTable, _ measure: Measure) -> ActorFigures? {
        table.columns[measure].map { ActorFigures(name: measure.name, values: $0) }
    }

    /// The relationship types drawn: every type unless --types names ids, negative or all.
    private func drawnTypes(_ selection: ProjectionOptions.Types) -> ProjectionOptions.Types {
        if case .positive = selection { return .all }
        return selection
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

/// Writes `data` to `path` through a temporary file in the same folder, renamed into place
/// once complete: a reader never sees half a file, and a failure leaves what was there.
func writeAtomically(_ data: Data, to path: String) throws {
    let destination = URL(fileURLWithPath: path)
    let temporary = destination.deletingLastPathComponent()
        .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
    do {
        try data.write(to: temporary)
        guard rename(temporary.path, destination.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw error
    }
}

/// Wall-clock time of the stages of a command, for `--timings`.
struct Stopwatch {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var laps: [(String, Duration)] = []

    init() { last = clock.now }

    mutating func lap(_ stage: String) {
        let now = clock.now
        laps.append((stage, now - last))
        last = now
    }

    var report: String {
        let total = laps.reduce(Duration.zero) { $0 + $1.1 }
        return (laps + [("total", total)]).map { "\($0.0) \(Self.milliseconds($0.1)) ms" }.joined(separator: " · ")
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}

extension LayoutEngine: ExpressibleByArgument {}
