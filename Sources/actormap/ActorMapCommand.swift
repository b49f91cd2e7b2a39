import ActorMap
import ArgumentParser

@main
struct ActorMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actormap",
        abstract: "Read, check, measure and draw stakeholder maps of co-production: who holds structural power, and how it shifts year by year.",
        discussion: "A map is a YAML or JSON file of actors and typed, dated relationships (see docs/dataset-format.md); CSV, Excel, GraphML and GEXF are read too.",
        version: "0.1.0",
        subcommands: [Validate.self, Summary.self, Metrics.self, Series.self, Shift.self, Render.self, Timeline.self, Report.self, Diff.self, Convert.self, IsolatedLayoutCommand.self]
    )
}
