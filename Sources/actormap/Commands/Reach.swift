import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct Reach: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which actors one actor could reach through ties as they happened, and the earliest year each is reached (tsna's tPath).",
        discussion: """
            A tie active over [since, until], while both its actors are on the map, can be taken \
            in any year within it at or after the year the path reached the actor it leaves from; \
            several ties can be taken in one year. The JSON schema is documented in docs/change-over-time.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: ArgumentHelp("The id of the actor the paths start from.", valueName: "id"))
    var fromActor: String

    @Option(help: ArgumentHelp("The first year a tie can be taken in.", valueName: "year"))
    var start: String

    @Option(help: ArgumentHelp("The last year a tie can be taken in; by default the end of the map's span.", valueName: "year"))
    var end: String?

    @OptionGroup var projection: ProjectionArguments

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Also draw the map of the years searched with the actors reached outlined, the year each was reached, and the ties that reached them: .svg, .png, .pdf or .dot.",
        valueName: "path"))
    var output: String?

    @OptionGroup var layoutTime: LayoutTimeout

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        let first = try parsedYear(start, option: "--start")
        if let end, try parsedYear(end, option: "--end") < first {
            throw ValidationError("--end \(end) comes before --start \(start).")
        }
        if let output { _ = try drawingFormat(ofOutput: output) }
    }

    func run() throws {
        if let output { try checkWritable(output) }
        let dataset = try loadDataset(file, input: input)
        guard let source = dataset.actorIndex(of: fromActor) else {
            let near = Suggestion.nearest(to: fromActor, in: dataset.actors.map(\.id))
            throw ValidationError("--from-actor: \(file) has no actor '\(fromActor)'.\(near.map { " Did you mean '\($0)'?" } ?? "") Give the id of an actor of the map.")
        }
        let first = try parsedYear(start, option: "--start")
        try span.check(year: first, option: "--start", in: dataset)
        let last: Int
        if let end {
            last = try parsedYear(end, option: "--end")
            try span.check(year: last, option: "--end", in: dataset)
        } else if let mapSpan = MapSpan(dataset) {
            last = max(first, mapSpan.years.upperBound)
        } else {
            last = first
        }
        if Snapshot(dataset, at: .year(first)).position(ofActorAt: source) == nil {
            printError("note: \(dataset.actors[source].name) is not on the map in \(first); its paths start once it is.")
        }
        let options = try projection.options(for: dataset)
        let reach = TimeRespectingReach(dataset, from: source, start: first, through: last, options: options)
        let report = ReachReport(reach, in: dataset, options: options)
        switch format {
        case .json: try printResult(try report.json(provenance: .ofThisRun(inputs: [file])), as: .data)
        case .table: try printResult(report.text())
        }
        if let output { try draw(report, to: output) }
    }

    private func draw(_ report: ReachReport, to output: String) throws {
        let format = try drawingFormat(ofOutput: output)
        do {
            var diagram = try report.diagram()
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
