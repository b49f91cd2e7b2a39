import Foundation
import Testing

/// Where results go: files written whole or not at all, without harming what a path points
/// at, and standard output whose failures are reported.
@Suite struct OutputCommandTests {
    let example = "Examples/Datasets/nairobi-mukuru.yaml"

    static let map = """
        title: Small map
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City, kind: city-government}
        relationships:
          - {from: fed, to: city, type: mou, since: 2010}
        """

    // MARK: Files

    @Test func aNamedPipeIsWrittenThroughNotReplaced() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        for arguments in [["convert", map, "--format", "json"], ["render", map, "--format", "dot"]] {
            let fifo = folder.url.appendingPathComponent("pipe").path
            unlink(fifo)
            #expect(mkfifo(fifo, 0o644) == 0)
            // Held open for reading and writing, so that the command's open does not wait for
            // a reader and what it writes stays in the pipe until read here.
            let reader = open(fifo, O_RDWR | O_NONBLOCK)
            #expect(reader >= 0)
            defer { close(reader) }
            let result = try actormap(arguments + ["-o", fifo])
            #expect(result.status == 0, "\(arguments[0]): \(result.errors)")
            #expect(fileType(fifo) == S_IFIFO, "\(arguments[0]) left the named pipe a named pipe")
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = read(reader, &buffer, buffer.count)
            let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
            #expect(text.contains("Federation"), "\(arguments[0]) wrote into the pipe")
        }
    }

    @Test func devicesAreWrittenThroughNotReplaced() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        for arguments in [["convert", map, "--format", "yaml"], ["render", map, "--format", "dot"], ["report", map, "--no-maps"]] {
            let null = try actormap(arguments + ["-o", "/dev/null"])
            #expect(null.status == 0, "\(arguments[0]): \(null.errors)")
            let full = try actormap(arguments + ["-o", "/dev/full"])
            #expect(full.status == 1)
            #expect(full.errors.contains("error: cannot write /dev/full: the disk is full. Fix: "), "\(full.errors)")
        }
        #expect(fileType("/dev/null") == S_IFCHR)
        #expect(fileType("/dev/full") == S_IFCHR)
    }

    @Test func standardOutputByNameIsWrittenWhereItStands() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let log = try folder.write("log.txt", "earlier lines\n")
        let handle = try #require(FileHandle(forUpdatingAtPath: log))
        try handle.seekToEnd()
        // As `actormap render … -o /dev/stdout >> log.txt`: /dev/stdout is the log, open for
        // adding to; the drawing goes after what it holds, and the log stays the log.
        let result = try actormapWriting(["render", map, "--format", "dot", "-o", "/dev/stdout"], to: handle)
        try handle.close()
        #expect(result.status == 0, "\(result.errors)")
        #expect(try String(contentsOfFile: log, encoding: .utf8).hasPrefix("earlier lines\ndigraph"))
        #expect(fileType("/dev/stdout", following: false) == S_IFLNK)
        let closed = try actormap("render", map, "--format", "dot", "-o", "/dev/fd/9")
        #expect(closed.status == 1)
        #expect(closed.errors.contains("error: cannot write /dev/fd/9: nothing is open under that number. Fix: "), "\(closed.errors)")
    }

    /// `-o -` is standard output for every command that writes a file, as for convert.
    @Test func aDashIsStandardOutputForEveryCommand() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let runs: [(arguments: [String], start: String)] = [
            (["render", map, "--format", "dot", "-o", "-"], "digraph"),
            (["render", map, "--format", "svg", "-o", "-"], "<?xml"),
            (["report", map, "-o", "-"], "<!DOCTYPE html>"),
            (["convert", map, "--format", "json", "-o", "-"], "{"),
        ]
        for run in runs {
            let result = try actormap(environment: [:], executable: productsDirectory.appendingPathComponent("actormap").path, run.arguments, in: folder.url)
            #expect(result.status == 0, "\(run.arguments): \(result.errors)")
            #expect(result.output.hasPrefix(run.start), "\(run.arguments)")
            #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("-").path), "\(run.arguments) wrote a file named -")
        }
    }

    @Test func aSymbolicLinkKeepsPointingAtItsTargetWhichIsReplaced() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let target = try folder.write("drawing.dot", "old")
        let link = folder.url.appendingPathComponent("latest.dot").path
        #expect(symlink("drawing.dot", link) == 0)
        let result = try actormap("render", map, "-o", link)
        #expect(result.status == 0, "\(result.errors)")
        #expect(fileType(link, following: false) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "drawing.dot")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        for (arguments, name) in [(["convert", map], "private.json"), (["render", map], "private.dot"), (["report", map, "--no-maps"], "private.html")] {
            let file = try folder.write(name, "old")
            #expect(chmod(file, 0o600) == 0)
            let result = try actormap(arguments + ["-o", file])
            #expect(result.status == 0, "\(result.errors)")
            #expect(permissions(file) == 0o600, "\(arguments[0]) kept 0600")
            #expect(try String(contentsOfFile: file, encoding: .utf8) != "old")
        }
    }

    /// `path` as `command` takes it: a report's page ends in .html.
    static func named(_ path: String, for command: String) -> String {
        command == "report" ? (path as NSString).deletingPathExtension + ".html" : path
    }

    /// Each command that writes, with the path it writes to last.
    func writers(_ map: String) -> [[String]] {
        [["render", map, "-o"], ["convert", map, "--format", "yaml", "-o"], ["report", map, "--no-maps", "-o"],
         ["diff", map, "--from", "2010", "--to", "2011", "-o"]]
    }

    @Test func aPathThatCannotBeWrittenGetsOneClearMessageFromEveryCommand() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let missing = folder.url.appendingPathComponent("no-such-folder").path
        let directory = folder.url.appendingPathComponent("drawings.svg").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        // The report's page is named .html, as report requires.
        try FileManager.default.createDirectory(atPath: Self.named(directory, for: "report"), withIntermediateDirectories: false)
        let cases: [(path: String, expected: (String) -> String)] = [
            ("\(missing)/map.svg", { "error: cannot write \($0): the folder \(missing) does not exist. Fix: create it first (mkdir -p \(missing)) or choose another folder." }),
            (directory, { "error: cannot write \($0): it is a folder. Fix: give the name of a file, inside it or elsewhere." }),
        ]
        for (svg, expectedFor) in cases {
            for command in writers(map) {
                let path = Self.named(svg, for: command[0]), expected = expectedFor(path)
                let result = try actormap(command + [path])
                #expect(result.status == 1)
                #expect(result.errors.contains(expected), "\(command[0]) \(path): \(result.errors)")
                #expect(!result.errors.hasSuffix("\n\n"), "no blank line after the message")
                expectNoSystemJargon(result.errors)
            }
        }
        // A timeline writes into a folder; a file in its way is said as plainly.
        let file = try folder.write("years", "")
        let timeline = try actormap("timeline", map, "--out", file)
        #expect(timeline.status == 1)
        #expect(timeline.errors.contains("error: cannot write \(file): it is a file, not a folder. Fix: "))
        let nested = try actormap("timeline", map, "--out", "\(file)/2010")
        #expect(nested.status == 1)
        #expect(nested.errors.contains("error: cannot write \(file): it is a file, not a folder. Fix: "))
    }

    @Test func aFolderWithoutWritePermissionGetsTheSameMessageFromEveryCommand() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let locked = folder.url.appendingPathComponent("locked").path
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        #expect(chmod(locked, 0o555) == 0)
        #expect(chmod(folder.url.path, 0o755) == 0)
        #expect(chmod(map, 0o644) == 0)
        for command in writers(map) {
            let path = Self.named("\(locked)/map.svg", for: command[0])
            let expected = "error: cannot write \(path): you do not have permission to write in the folder \(locked). Fix: choose a folder you can write in, or ask for write permission on \(locked)."
            let result = try actormapWithoutPrivileges(command + [path])
            #expect(result.status == 1)
            #expect(result.errors.contains(expected), "\(command[0]): \(result.errors)")
            expectNoSystemJargon(result.errors)
        }
        let timeline = try actormapWithoutPrivileges(["timeline", map, "--out", "\(locked)/years"])
        #expect(timeline.status == 1)
        #expect(timeline.errors.contains("error: cannot write \(locked)/years: you do not have permission to write in the folder \(locked). Fix: "), "\(timeline.errors)")
        expectNoSystemJargon(timeline.errors)
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        let output = try folder.write("map.json", "old")
        // A file size limit of a few kilobytes: the map's JSON is larger, so the write fails
        // part way (the limit's unit is 512 or 1024 bytes, by shell).
        let result = try shell("ulimit -f 2; exec \"$0\" convert \(example) -o \(output)")
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("error: cannot write \(output): the file would be larger than this system allows. Fix: "), "\(result.errors)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["map.json"])
    }

    @Test func theCSVFilesOfAMapAreWrittenAllOrNothing() throws {
        let folder = try TemporaryFolder()
        // A small actors table and a relationships table too large for the limit below.
        let note = String(repeating: "a long note ", count: 400)
        let map = try folder.write("map.yaml", """
            title: Small map
            actors:
              - {id: fed, name: Federation, kind: federation}
              - {id: city, name: City, kind: city-government}
            relationships:
              - {from: fed, to: city, type: mou, since: 2010, note: \(note)}
            """)
        let actors = try folder.write("out.actors.csv", "old")
        let result = try shell("ulimit -f 2; exec \"$0\" convert \(map) -o \(folder.url.path)/out.csv")
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("cannot write \(folder.url.path)/out.relationships.csv: the file would be larger than this system allows."), "\(result.errors)")
        #expect(try String(contentsOfFile: actors, encoding: .utf8) == "old", "the actors table is not replaced alone")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["map.yaml", "out.actors.csv"])
    }

    @Test func aTemporaryFileLeftByAKilledRunIsRemovedByTheNextRun() throws {
        let folder = try TemporaryFolder()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let abandoned = try folder.write(".map.yaml.actormap-\(finished.processIdentifier)-x1.partial", "half")
        // A run still going (this test's own process) keeps its file.
        let running = try folder.write(".map.yaml.actormap-\(getpid())-x2.partial", "half")
        let unrelated = try folder.write(".map.yaml.notes", "mine")
        let result = try actormap("convert", example, "-o", folder.url.appendingPathComponent("map.yaml").path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: running))
        #expect(FileManager.default.fileExists(atPath: unrelated))
    }

    // MARK: Standard output

    @Test func aFullDiskOnStandardOutputIsAnError() throws {
        let result = try actormapWriting(["metrics", example], to: FileHandle(forWritingAtPath: "/dev/full")!)
        #expect(result.status == 1)
        #expect(result.errors.contains("error: cannot write standard output: the disk is full."), "\(result.errors)")
    }

    @Test func aClosedPipeEndsTheRunQuietly() throws {
        let pipe = Pipe()
        // Nobody reads: every write finds the pipe closed.
        try pipe.fileHandleForReading.close()
        let result = try actormapWriting(["series", example, "--from", "2005", "--metrics", "pagerank,betweenness,degree,closeness"], to: pipe.fileHandleForWriting)
        #expect(result.reason == .exit)
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    // MARK: Helpers

    func expectNoSystemJargon(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for jargon in ["NSCocoaErrorDomain", "Code=", "error 1.", "NSPOSIX", "Error Domain"] {
            #expect(!text.contains(jargon), "\(jargon) in \(text)", sourceLocation: sourceLocation)
        }
    }

    func fileType(_ path: String, following: Bool = true) -> mode_t {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    func permissions(_ path: String) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    /// Runs `actormap` with a given standard output.
    func actormapWriting(_ arguments: [String], to standardOutput: FileHandle) throws -> (status: Int32, reason: Process.TerminationReason, errors: String) {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("actormap")
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let errors = Pipe()
        process.standardOutput = standardOutput
        process.standardError = errors
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, String(decoding: errorData, as: UTF8.self))
    }

    /// Runs `actormap` through `sh -c script`, with `$0` the binary.
    func shell(_ script: String) throws -> CommandResult {
        try run("/bin/sh", ["-c", script, productsDirectory.appendingPathComponent("actormap").path])
    }

    /// Runs `actormap` as the unprivileged user `nobody` when the tests run as root, whom
    /// permissions do not stop.
    func actormapWithoutPrivileges(_ arguments: [String]) throws -> CommandResult {
        let binary = productsDirectory.appendingPathComponent("actormap").path
        guard getuid() == 0 else { return try run(binary, arguments) }
        return try run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments)
    }

    func run(_ executable: String, _ arguments: [String]) throws -> CommandResult {
        try runProcess(URL(fileURLWithPath: executable), arguments)
    }
}
