import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw what changed between two years on one map: ties formed, dissolved and retyped, actors who rose, fell, entered or left.",
        discussion: "Actors sit where the timeline and report put them. See docs/timeline-and-report.md."
    )

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: ArgumentHelp("The earlier year.", valueName: "year"))
    var from: String

    @Option(help: ArgumentHelp("The later year.", valueName: "year"))
    var to: String

    @Option(help: "The measure whose change fills the actors.")
    var metric: Measure = .pagerank

    @OptionGroup var measuring: MetricArguments

    @OptionGroup var layoutTime: LayoutTimeout

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write: .svg, .png, .pdf or .dot.", valueName: "path"))
    var output: String

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        let from = try parsedYear(self.from, option: "--from"), to = try parsedYear(self.to, option: "--to")
        guard from < to else { throw ValidationError("--from \(from) must come before --to \(to).") }
        _ = try drawingFormat(ofOutput: output)
    }

    func run() throws {
        try checkWritable(output)
        let dataset = try loadDataset(file, input: input)
        let from = try parsedYear(self.from, option: "--from"), to = try parsedYear(self.to, option: "--to")
        try span.check(year: from, option: "--from", in: dataset)
        try span.check(year: to, option: "--to", in: dataset)
        let format = try drawingFormat(ofOutput: output)
        let shift = PowerShift(dataset, from: .year(from), to: .year(to), measure: metric, options: try measuring.options(for: dataset), measures: PowerShift.measures(for: metric),
                               mapFigures: PowerShift.mapFigures(for: metric))
        let bytes: Data
        do {
            bytes = try Graphviz.drawChange(dataset, shift: shift, years: from...to, format: format.image, budget: layoutTime.budget)
        } catch {
            LayoutTimeout.report(error, engineOption: false)
            throw ExitCode(1)
        }
        try writeFile(bytes, to: output)
    }
}
