import ActorMap
import ActorMapGraphviz
import ActorMapServer
import ArgumentParser
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the report page of each map in a folder to a browser, redrawn whenever a file is saved.",
        discussion: """
            Open the address it prints: / lists the folder's maps, and /map/<path> shows a map's \
            report. When a map's file is saved, open pages reload as soon as it is redrawn. Warnings \
            reach the page apart from errors: a file with warnings only is redrawn, and the page \
            shows its warnings above the new map; a file with errors is not, and the page shows \
            them (file:line and the fix) above the last good map. Only this machine can connect \
            unless --host says otherwise; nothing outside the folder is served, and nothing is \
            written. Ctrl-C stops it. See docs/serve.md.
            """
    )

    @Argument(help: "A folder of maps, or one map file.")
    var path: String

    @Option(parsing: .unconditional, help: ArgumentHelp("The port to listen on; 0 for any free one.", valueName: "port"))
    var port: Int = 8080

    @Option(help: ArgumentHelp("The address to listen on: 127.0.0.1 (this machine only), ::1, or 0.0.0.0 to be reached from other machines.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(help: "The measure of power the pages' charts, tables and shift are about.")
    var metric: Measure = .pagerank

    @OptionGroup var layoutTime: LayoutTimeout

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        do {
            _ = try ListeningAddress(host: host, port: port)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let folder: ServedFolder, address: ListeningAddress
        do {
            folder = try ServedFolder(path: path)
            address = try ListeningAddress(host: host, port: port)
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        let page = ReportPage(measure: metric, maps: DiagramOptions(isolates: .margin), budget: layoutTime.budget, generator: "actormap serve")
        let settings = MapServer.Settings(folder: folder, address: address, page: page, reading: input.reading)
        // Each message at once, every line of it escaped: file names and problems come from the disk.
        let server = MapServer(settings: settings) { lines in
            printError(lines.map { TerminalText.escaped($0) }.joined(separator: "\n"), keepingLineBreaks: true)
        }
        let ending = Ending()

        // Ctrl-C and SIGTERM stop the server; a second one ends the process at once.
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                guard ending.beginStopping() else { Foundation.exit(130) }
                Task {
                    await server.stop()
                    ending.finish(with: nil)
                }
            }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }

        let given = path
        Task {
            do {
                let listening = try await server.start()
                let what = folder.singleFile != nil ? given : "the maps in \(given) (\(folder.maps().count) found)"
                printError("Serving \(what) at \(listening.url) — Ctrl-C stops.")
                if !listening.isLoopback {
                    printError("warning: other machines can open these pages at this machine's addresses; nothing asks for a password.")
                }
                try? printResult(listening.url)
            } catch {
                ending.finish(with: error)
            }
        }
        if let error = ending.wait() {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        printError("Stopped.")
    }
}

/// How a run of the server ends: stopped by a signal, or failing to start.
private final class Ending: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var stopping = false
    private var error: (any Error)?

    /// Notes the first stop; `false` when one had already begun.
    func beginStopping() -> Bool {
        lock.withLock {
            defer { stopping = true }
            return !stopping
        }
    }

    func finish(with error: (any Error)?) {
        lock.withLock { self.error = error }
        done.signal()
    }

    /// Waits for the end; the error, when the server could not start.
    func wait() -> (any Error)? {
        done.wait()
        return lock.withLock { error }
    }
}
