import Foundation
import Testing

/// What one run of `actormap` printed and how it ended.
struct CommandResult {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs the built `actormap` with `arguments`, from the package's root folder.
func actormap(_ arguments: String...) throws -> CommandResult {
    try actormap(arguments)
}

func actormap(_ arguments: [String]) throws -> CommandResult {
    try runProcess(productsDirectory.appendingPathComponent("actormap"), arguments)
}

/// Runs `executable` with `arguments`, from `folder` (the package's root folder unless
/// given), with some environment variables set (or, with nil, removed) from the tests' own,
/// reading its standard output and standard error at the same time: read one after the
/// other, a program that fills one pipe (64 KB on Linux) while the other is being read would
/// wait for ever. Every runner in the command tests that captures both streams comes here.
func runProcess(
    _ executable: URL, _ arguments: [String], environment changes: [String: String?] = [:], in folder: URL = packageRoot
) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    if !changes.isEmpty {
        var environment = ProcessInfo.processInfo.environment
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
    }
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let errorReader = PipeReader(errors.fileHandleForReading)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errorReader.data()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus,
        output: String(decoding: outputData, as: UTF8.self),
        errors: String(decoding: errorData, as: UTF8.self))
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private var read = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            read = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe held, once its writer has closed it.
    func data() -> Data {
        done.wait()
        return read
    }
}

/// The folder holding the built products, next to the test bundle.
let productsDirectory: URL = {
    let bundle = Bundle.main.bundleURL
    return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
}()

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A temporary folder removed when the test ends.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Runs `actormap` (or another program) with some environment variables set (or, with nil,
/// removed) from the tests' own.
func actormap(_ arguments: [String], environment changes: [String: String?]) throws -> CommandResult {
    try actormap(environment: changes, executable: productsDirectory.appendingPathComponent("actormap").path, arguments)
}

func actormap(environment changes: [String: String?], executable: String, _ arguments: [String], in folder: URL = packageRoot) throws -> CommandResult {
    try runProcess(URL(fileURLWithPath: executable), arguments, environment: changes, in: folder)
}
