import ActorMap
import ActorMapGraphviz
import Foundation
import Testing
@testable import ActorMapServer

/// What a map's page is made with: warnings go with the page, errors stop it and come first,
/// and a file with very many problems gives a bounded text. The expected lines are written
/// out by hand from the maps below.
@Suite struct PageMakerTests {
    /// A folder holding one map, written by the test.
    final class Folder {
        let url: URL
        let folder: ServedFolder

        init(_ text: String) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("page-maker-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url.appendingPathComponent("m.yaml"))
            folder = try ServedFolder(path: url.path)
        }

        func make() throws -> PageOutcome {
            let map = try #require(folder.map(atRequestPath: "m.yaml"))
            let maker = PageMaker(folder: folder, page: ReportPage(maps: nil, generator: "test"), reader: DatasetReader())
            return maker.makeNow(map, version: 1)
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// The city council exists from 2012; the tie to it from 2010 reaches outside its period,
    /// a warning at `relationships[0].to` on line 6.
    static let warned = """
        title: Warned
        actors:
          - {id: fed, name: Federation, kind: federation, since: 2010}
          - {id: city, name: City council, kind: city-government, since: 2012}
        relationships:
          - {from: fed, to: city, type: collaboration, since: 2010}

        """

    @Test func warningsGoWithThePage() throws {
        let folder = try Folder(Self.warned)
        guard case .page(let html, let warnings?) = try folder.make() else {
            Issue.record("a map with warnings but no errors makes a page, with its warnings")
            return
        }
        #expect(html.contains("<title>Warned</title>"))
        let lines = warnings.split(separator: "\n").map(String.init)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix(folder.folder.givenPath + "/m.yaml:6:") == true, "\(lines)")
        #expect(lines.first?.contains(": warning: relationships[0].to: ") == true, "\(lines)")
    }

    @Test func errorsStopThePageAndComeBeforeWarnings() throws {
        // An id used twice, on line 5: an error; the warning of the map above stays.
        let broken = Self.warned.replacingOccurrences(of: "relationships:\n", with: "  - {id: fed, name: Twin, kind: federation, since: 2010}\nrelationships:\n")
        let folder = try Folder(broken)
        guard case .problems(let text) = try folder.make() else {
            Issue.record("a map with errors makes no page")
            return
        }
        let lines = text.split(separator: "\n").map(String.init)
        let severities = lines.map { $0.contains(": error: ") ? "error" : $0.contains(": warning: ") ? "warning" : "?" }
        #expect(severities.first == "error" && severities.contains("warning"), "\(lines)")
        #expect(severities.firstIndex(of: "warning")! > severities.lastIndex(of: "error")!, "errors first: \(lines)")
        #expect(lines.first?.hasPrefix(folder.folder.givenPath + "/m.yaml:5:") == true, "\(lines)")
    }

    /// 300 errors of one kind: warnings are grouped, errors are not, so 300 lines, cut to 199
    /// and a line counting the other 101 (300 − 199).
    @Test func manyProblemsAreCountedNotAllListed() {
        let problems = (1...300).map { Problem(.error, path: "actors[\($0)].id", "no id.", fix: "give it one.", file: "f.yaml", line: $0 + 1) }
        let file = ValidationResults.File(file: "f.yaml", report: ValidationReport(problems: problems), strict: false)
        let lines = PageMaker.problemLines(file).split(separator: "\n").map(String.init)
        #expect(lines.count == 200)
        #expect(lines[0] == "f.yaml:2: error: actors[1].id: no id. Fix: give it one.")
        #expect(lines[198] == "f.yaml:200: error: actors[199].id: no id. Fix: give it one.")
        #expect(lines[199] == "f.yaml: 101 more lines of problems; `actormap validate f.yaml` lists every one.")
    }

    /// A control character in a problem (a name with a line break, an escape) is shown as an
    /// escape, so that one line of the text is one problem, and a terminal is not acted on.
    @Test func aLineBreakInAProblemStaysInItsLine() {
        let problem = Problem(.error, path: "actors[0].id", "the id 'a\nb\u{1B}[2J' is used twice.", file: "f.yaml", line: 3)
        let file = ValidationResults.File(file: "f.yaml", report: ValidationReport(problems: [problem]), strict: false)
        #expect(PageMaker.problemLines(file) == #"f.yaml:3: error: actors[0].id: the id 'a\nb\u{1B}[2J' is used twice."#)
    }
}
