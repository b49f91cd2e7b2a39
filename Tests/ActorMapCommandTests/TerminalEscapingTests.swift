import Foundation
import Testing

/// Names from a map never act on the terminal they are printed on.
@Suite struct TerminalEscapingTests {
    static let map = #"""
        title: "Hostile \e]0;PWNED\a map"
        actors:
          - {id: fed, name: "Fed\e]0;PWNED\a\e[2J", kind: federation}
          - {id: city, name: "City\nmap.yaml:1:1: error: fake", kind: city-government}
          - {id: donor, name: "Donor\u202Eeman", kind: donor}
        relationships:
          - {from: fed, to: city, type: mou, since: 2010}
          - {from: donor, to: fed, type: funding, since: 2011, until: 2030}
        """#

    /// Bytes a terminal acts on: C0 controls but line feed, DEL, and C1 controls and the
    /// bidirectional overrides as UTF-8.
    func controls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    @Test func textOutputsShowControlCharactersAsEscapes() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let runs = [
            try actormap("metrics", map, "--year", "2011"),
            try actormap("summary", map),
            try actormap("shift", map, "--from", "2010", "--to", "2011"),
            try actormap("shift", map, "--from", "2010", "--to", "2011", "--format", "markdown"),
            try actormap("series", map, "--format", "table", "--from", "2010", "--to", "2011"),
        ]
        for result in runs {
            #expect(result.status == 0, "\(result.errors)")
            #expect(controls(result.output).isEmpty, "\(result.output)")
            #expect(controls(result.errors).isEmpty, "\(result.errors)")
            #expect(result.output.contains(#"\u{1B}"#) && result.output.contains(#"0;PWNED\u{7}"#), "\(result.output)")
            #expect(!result.output.contains("\nmap.yaml:1:1"), "a name cannot start a line of its own")
        }
        #expect(runs[0].output.contains(#"Fed\u{1B}]0;PWNED\u{7}\u{1B}[2J"#))
        #expect(runs[0].output.contains(#"Donor\u{202E}eman"#))
    }

    @Test func problemsShowControlCharactersAsEscapes() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map + "\n  - {from: fed, to: \"nope\\e[2J\\nmap.yaml:9:9: error: fake\", type: mou}\n")
        for result in [try actormap("validate", map), try actormap("metrics", map)] {
            #expect(result.status == 1)
            #expect(controls(result.output + result.errors).isEmpty, "\(result.output)\(result.errors)")
            #expect((result.output + result.errors).contains(#"unknown actor 'nope\u{1B}[2J\nmap.yaml:9:9: error: fake'"#), "\(result.output)\(result.errors)")
        }
    }

    @Test func optionValuesQuotedInMessagesAreEscaped() throws {
        let result = try actormap("metrics", "--explain", "x\u{1B}]0;PWNED\u{7}")
        #expect(result.status == 64)
        #expect(controls(result.errors).isEmpty, "\(result.errors)")
        #expect(result.errors.contains(#"'x\u{1B}]0;PWNED\u{7}' is not a measure"#), "\(result.errors)")
        let help = try actormapWritingHelp()
        #expect(help.status == 1)
        #expect(help.errors.contains("cannot write standard output: the disk is full"))
    }

    /// `actormap --help > /dev/full`.
    func actormapWritingHelp() throws -> (status: Int32, errors: String) {
        let result = try OutputCommandTests().actormapWriting(["--help"], to: FileHandle(forWritingAtPath: "/dev/full")!)
        return (result.status, result.errors)
    }

    @Test func dataIsWrittenAsItIsExceptToATerminal() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let piped = try actormap("metrics", map, "--format", "csv")
        #expect(piped.output.contains("Fed\u{1B}]0;PWNED\u{7}\u{1B}[2J"), "CSV for other programs keeps the data")
        // `script` gives the command a terminal as its standard output.
        let binary = productsDirectory.appendingPathComponent("actormap").path
        let terminal = try OutputCommandTests().run("/usr/bin/script", ["-qc", "'\(binary)' metrics '\(map)' --format csv", "/dev/null"])
        #expect(terminal.status == 0, "\(terminal.errors)")
        #expect(terminal.output.contains(#"Fed\u{1B}]0;PWNED\u{7}\u{1B}[2J"#), "\(terminal.output)")
        #expect(!terminal.output.contains("\u{1B}]0;"))
    }
}
