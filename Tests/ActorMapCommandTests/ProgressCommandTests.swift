import Foundation
import Testing

/// Long jobs show what they are doing on a terminal, and nothing in a pipe or a file.
@Suite struct ProgressCommandTests {
    let map = """
        title: Progress map
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City, kind: city-government}
          - {id: donor, name: Donor, kind: donor}
        relationships:
          - {from: fed, to: city, type: mou, since: 2001}
          - {from: donor, to: fed, type: funding, since: 2002}
          - {from: donor, to: fed, type: funding, since: 2002}
        """

    /// The erase-line sequence every progress line starts with and leaves behind.
    static let erase = "\r\u{1B}[K"

    @Test func metricsSaysWhatItMeasuresOnATerminal() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let run = try actormapOnTerminal(["metrics", file, "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.terminal.contains(Self.erase + "reading the map"))
        // The line is erased once measured, before the notes and the table.
        #expect(run.terminal.contains(Self.erase + "measuring 3 actors" + Self.erase + "note: "))
        #expect(run.terminal.contains("\r\nid,name,"))
    }

    @Test func aWarningPrintedMeanwhileGoesAboveTheLine() throws {
        // The repeated funding tie is a warning, counted as the map is read.
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let run = try actormapOnTerminal(["metrics", file])
        let warning = try #require(run.terminal.range(of: "\(file): 1 warning; `actormap validate"))
        let before = run.terminal[..<warning.lowerBound]
        #expect(before.hasSuffix(Self.erase), "the warning starts on a clean line")
    }

    @Test func seriesCountsItsMomentsOnATerminal() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let run = try actormapOnTerminal(["series", file, "--from", "2001", "--to", "2003", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.terminal.contains(Self.erase + "measuring moments 0/3"))
        #expect(run.terminal.contains(Self.erase + "measuring moments 3/3" + Self.erase))
    }

    @Test func timelineSaysItLaysOutThenCountsYears() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let out = folder.url.appendingPathComponent("years").path
        let run = try actormapOnTerminal(["timeline", file, "--out", out, "--from", "2001", "--to", "2002"])
        #expect(run.status == 0)
        #expect(run.terminal.contains(Self.erase + "laying out every actor of 2001–2002"))
        #expect(run.terminal.contains(Self.erase + "drawing years 2/2"))
    }

    @Test func nothingButMessagesGoesToAPipe() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", map)
        let result = try actormap("series", file, "--from", "2001", "--to", "2003", "--format", "csv")
        #expect(result.status == 0)
        #expect(!result.errors.contains("measuring"))
        #expect(!result.errors.contains("\u{1B}"))
    }
}

/// Runs the built `actormap` on a pseudo-terminal, as in a shell window, through
/// util-linux's `script` (part of every Debian and Ubuntu system): what it wrote to standard
/// output and standard error, both on the terminal, with the terminal's "\r\n" line ends.
func actormapOnTerminal(_ arguments: [String]) throws -> (status: Int32, terminal: String) {
    let quoted = ([productsDirectory.appendingPathComponent("actormap").path] + arguments)
        .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        .joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["--quiet", "--return", "--command", quoted, "/dev/null"]
    process.currentDirectoryURL = packageRoot
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
