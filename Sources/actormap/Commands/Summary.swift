import ActorMap
import ArgumentParser

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a map: its years, actors by group and kind, relationships by type, and a year-by-year count."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "A dataset file: .yaml, .yml, .json, .csv, .xlsx, .graphml or .gexf.")
    var file: String

    @OptionGroup var time: TimeOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func run() throws {
        let dataset = try loadDataset(file, input: input)
        let summary = DatasetSummary(Snapshot(dataset, at: try time.selection(in: dataset)))
        switch format {
        case .json: try printResult(try jsonText(summary), as: .data)
        case .table: try printResult(render(summary))
        }
    }

    private func render(_ summary: DatasetSummary) -> String {
        var lines = [TerminalText.escaped(summary.title)]
        let span = summary.firstYear.map { first in "years \(first)–\(summary.lastYear ?? first)" } ?? "undated"
        lines.append("\(span) · at \(summary.time): \(summary.actors) actors, \(summary.relationships) relationships")

        var groups = TextTable([("Actors by group and kind", .left), ("count", .right)])
        for group in summary.groups {
            groups.append([group.label, String(group.count)])
            for kind in group.kinds { groups.append(["  " + kind.label, String(kind.count)]) }
        }
        lines += ["", groups.render(maximumWidth: 60)]

        var types = TextTable([("Relationships by type", .left), ("count", .right)])
        for type in summary.relationshipTypes { types.append([type.label, String(type.count)]) }
        lines += ["", types.render(maximumWidth: 60)]

        if !summary.years.isEmpty {
            var years = TextTable([("year", .left), ("actors", .right), ("relationships", .right)])
            for year in summary.years {
                years.append([String(year.year), String(year.actors), String(year.relationships)])
            }
            lines += ["", years.render()]
        }
        return lines.joined(separator: "\n")
    }
}
