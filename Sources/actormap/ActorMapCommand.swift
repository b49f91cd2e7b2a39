import ActorMap
import ArgumentParser
import Foundation

@main
struct ActorMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actormap",
        abstract: "Read, check, measure and draw stakeholder maps of co-production: who holds structural power, and how it shifts year by year.",
        discussion: "A map is a YAML or JSON file of actors and typed, dated relationships (see docs/dataset-format.md); CSV, Excel, GraphML and GEXF are read too.",
        version: actorMapVersion,
        subcommands: [Validate.self, Summary.self, Metrics.self, Series.self, Shift.self, WhatIfCommand.self, KeyPlayersCommand.self, QAP.self, Reach.self, Grid.self, SalienceCommand.self, Render.self, Timeline.self, Report.self, Serve.self, Diff.self, Convert.self, IsolatedLayoutCommand.self]
    )

    static func main() {
        // A closed pipe (`| head`) and a file size limit become errors from write, which the
        // output code handles, rather than signals that kill the process mid-file.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        // The command that ran, so that an error it throws about an option is followed by
        // its own usage, not the list of subcommands.
        var parsed: ParsableCommand.Type = Self.self
        do {
            var command = try parseAsRoot()
            parsed = type(of: command)
            try command.run()
        } catch {
            // As ArgumentParser's own exit, but through printResult and printError: a message
            // about an option quotes its value, which may come from a map.
            var code = exitCode(for: error)
            var message = fullMessage(for: error)
            if let error = error as? ValidationError, parsed != Self.self {
                let name = parsed._commandName
                message = "Error: \(error.message)\nUsage: \(usageString(for: parsed))\n  See 'actormap \(name) --help' for more information."
            }
            if message.isEmpty {
                // An exit status alone: the command has said what there was to say.
            } else if code != .success {
                printError(message, keepingLineBreaks: true)
            } else {
                do { try printResult(message) } catch { code = exitCode(for: error) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
