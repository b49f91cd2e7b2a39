import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "The map at one year without some actors or ties: who loses their way to whom, and how power moves.",
        discussion: """
            Both maps are measured the same way, so every figure without them is the figure of the \
            reduced map. See docs/what-if-and-key-players.md; the JSON schema is docs/schemas/whatif.schema.json.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, markdown }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: ArgumentHelp("The year to look at, such as 2017.", valueName: "year"))
    var year: String

    @Option(help: ArgumentHelp("Actors to take away, by id, comma-separated.", valueName: "ids"))
    var remove: String?

    @Option(name: .customLong("remove-tie"), help: ArgumentHelp(
        "A tie to take away, as from:to:type (either way round for a type without direction); repeat for more.",
        valueName: "from:to:type"))
    var removeTie: [String] = []

    @Option(help: "The measure of power to compare.")
    var metric: Measure = .pagerank

    @OptionGroup var measuring: MetricArguments

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Also draw the map with what is taken away shown as gone and the actors filled by their change: .svg, .png, .pdf or .dot.",
        valueName: "path"))
    var output: String?

    @OptionGroup var layoutTime: LayoutTimeout

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        _ = try parsedYear(year, option: "--year")
        guard !removedIDs.isEmpty || !removeTie.isEmpty else {
            throw ValidationError("Give --remove with actor ids, or --remove-tie from:to:type, or both: say what to take away.")
        }
        _ = try tieSpecifications()
        if let output { _ = try drawingFormat(ofOutput: output) }
    }

    private var removedIDs: [String] {
        (remove ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func tieSpecifications() throws -> [(from: String, to: String, type: String)] {
        try removeTie.map { text in
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, !parts.contains(where: \.isEmpty) else {
                throw ValidationError("--remove-tie takes from:to:type, such as muungano:nairobi-county:mou; '\(text)' is not one.")
            }
            return (parts[0], parts[1], parts[2])
        }
    }

    func run() throws {
        if let output { try checkWritable(output) }
        let dataset = try loadDataset(file, input: input)
        let year = try parsedYear(self.year, option: "--year")
        try span.check(year: year, option: "--year", in: dataset)
        let options = try measuring.options(for: dataset)
        let snapshot = Snapshot(dataset, at: .year(year))
        let actors: [Int]
        var ties: [Int] = []
        do {
            actors = try WhatIf.actors(removedIDs, in: snapshot)
        } catch {
            printError("error: --remove: \(error)")
            throw ExitCode(1)
        }
        for tie in try tieSpecifications() {
            do {
                ties += try WhatIf.relationships(from: tie.from, to: tie.to, type: tie.type, in: snapshot, counted: options.projection.types)
            } catch {
                printError("error: --remove-tie \(tie.from):\(tie.to):\(tie.type): \(error)")
                throw ExitCode(1)
            }
        }
        let left = snapshot.actorIndices.count - Set(actors).count
        guard left >= 2 else {
            printError("error: --remove: taking away \(Set(actors).count) of the \(snapshot.actorIndices.count) actors on the map in \(year) leaves \(left); leave at least two to compare.")
            throw ExitCode(1)
        }
        let whatIf = WhatIf(snapshot, removingActors: Set(actors), relationships: Set(ties), measure: metric, options: options)
        let report = WhatIfReport(whatIf)
        switch format {
        case .json: try printResult(try report.json(provenance: .ofThisRun(inputs: [file], seed: measuring.seed)), as: .data)
        case .markdown: try printResult(report.markdown())
        case .table: try printResult(report.text())
        }
        guard let output else { return }
        let drawing = try drawingFormat(ofOutput: output)
        let bytes: Data
        do {
            bytes = try Graphviz.drawChange(
                dataset, shift: whatIf.shift, years: year...year, format: drawing.image, budget: layoutTime.budget, wording: whatIf.wording)
        } catch {
            LayoutTimeout.report(error, engineOption: false)
            throw ExitCode(1)
        }
        try writeFile(bytes, to: output)
    }
}
