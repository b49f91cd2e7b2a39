import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw what changed between two years on one map: ties formed, dissolved and retyped, actors who rose, fell, entered or left.",
        discussion: "Actors sit where the timeline and report put them. See docs/timeline-and-report.md."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: "The earlier year.")
    var from: Int

    @Option(help: "The later year.")
    var to: Int

    @Option(help: "The measure whose change fills the actors.")
    var metric: Measure = .pagerank

    @OptionGroup var measuring: MetricArguments

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write: .svg, .png, .pdf or .dot.", valueName: "path"))
    var output: String

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        guard from < to else { throw ValidationError("--from \(from) must come before --to \(to).") }
        guard Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) != nil else {
            throw ValidationError("end '\(output)' in .svg, .png, .pdf or .dot.")
        }
    }

    func run() throws {
        let dataset = try loadDataset(file, input: input)
        let format = Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())!
        let shift = PowerShift(dataset, from: .year(from), to: .year(to), measure: metric, options: try measuring.options(for: dataset))
        let bytes: Data
        do {
            let (layout, _) = try Graphviz.stableLayout(dataset, years: from...to, options: DiagramOptions(isolates: .show))
            let text = DiffDiagram(shift, layout: layout).text
            bytes = format == .dot ? Data(text.utf8) : try Graphviz.render(text, layout: PinnedLayout.engine, format: format.rawValue)
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        do {
            try writeAtomically(bytes, to: output)
        } catch {
            printError("error: could not write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
