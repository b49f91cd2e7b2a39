import ActorMap
import ArgumentParser

@main
struct ActorMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actormap", abstract: "Actor maps.")
}
