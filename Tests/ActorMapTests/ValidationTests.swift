import Foundation
import Testing
@testable import ActorMap

/// One way of breaking the small map, and what `validate` must say about it.
struct Breakage: CustomTestStringConvertible, Sendable {
    var name: String
    var replace: String
    var with: String
    var path: String
    var message: String
    var fix: String
    var severity: Problem.Severity = .error
    var line: Int?

    var testDescription: String { name }

    var text: String {
        precondition(smallMap.contains(replace), "\(name): the small map has no '\(replace)'")
        return smallMap.replacingOccurrences(of: replace, with: with)
    }
}

@Suite struct ValidationTests {
    @Test func theSmallMapIsValid() throws {
        let report = check(smallMap)
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    static let breakages: [Breakage] = [
        Breakage(name: "unknown actor", replace: "{from: fed, to: county, type: mou", with: "{from: fed, to: countyy, type: mou",
                 path: "relationships[1].to", message: "unknown actor 'countyy'", fix: "did you mean 'county'?", line: 10),
        Breakage(name: "unknown actor far from any", replace: "{from: donor, to: fed", with: "{from: zzzzzzzz, to: fed",
                 path: "relationships[2].from", message: "unknown actor 'zzzzzzzz'", fix: "use one of 'county', 'donor', 'fed'"),
        Breakage(name: "unknown kind", replace: "kind: donor", with: "kind: doner",
                 path: "actors[2].kind", message: "unknown kind 'doner'", fix: "did you mean 'donor'?", line: 7),
        Breakage(name: "unknown type", replace: "type: mou", with: "type: moo",
                 path: "relationships[1].type", message: "unknown relationship type 'moo'", fix: "did you mean 'mou'?"),
        Breakage(name: "unknown source", replace: "weight: 2, source: brief", with: "weight: 2, source: brif",
                 path: "relationships[1].source", message: "unknown source 'brif'", fix: "did you mean 'brief'?"),
        Breakage(name: "duplicate actor id", replace: "id: donor", with: "id: fed",
                 path: "actors[2].id", message: "the actor id 'fed' is already used by actors[0]", fix: "give each actor its own id"),
        Breakage(name: "malformed actor id", replace: "id: donor, name: Donor", with: "id: Big Donor, name: Donor",
                 path: "actors[2].id", message: "'Big Donor' is not a valid actor id", fix: "such as 'big-donor'"),
        Breakage(name: "until before since", replace: "since: 2005, until: 2010", with: "since: 2010, until: 2005",
                 path: "relationships[0].until", message: "until (2005) comes before since (2010)", fix: "swap the two"),
        Breakage(name: "unparseable date", replace: "since: 2012", with: "since: 12/2012",
                 path: "relationships[1].since", message: "'12/2012' is a date with slashes", fix: "--date-format dmy"),
        Breakage(name: "a day that does not exist", replace: "since: 2012", with: "since: 2013-02-29",
                 path: "relationships[1].since", message: "'2013-02-29' is not a year or date", fix: "the day must exist"),
        Breakage(name: "negative weight", replace: "weight: 2", with: "weight: -2",
                 path: "relationships[1].weight", message: "weight must be a finite number of at least 0, not -2", fix: "use 1 for an ordinary tie"),
        Breakage(name: "infinite weight", replace: "weight: 2", with: "weight: .inf",
                 path: "relationships[1].weight", message: "not inf", fix: "use 1"),
        Breakage(name: "not-a-number weight", replace: "weight: 2", with: "weight: .nan",
                 path: "relationships[1].weight", message: "not nan", fix: "use 1"),
        Breakage(name: "weight as text", replace: "weight: 2", with: "weight: strong",
                 path: "relationships[1].weight", message: "the weight 'strong' is not a number", fix: "plain number"),
        Breakage(name: "negative amount", replace: "amount: 50000", with: "amount: -5",
                 path: "relationships[2].amount", message: "amount must be a finite number of at least 0", fix: "currency"),
        Breakage(name: "tie to itself", replace: "{from: donor, to: fed", with: "{from: fed, to: fed",
                 path: "relationships[2].to", message: "ties 'fed' to itself", fix: "two different actors"),
        Breakage(name: "unknown field", replace: "weight: 2", with: "wieght: 2",
                 path: "relationships[1].wieght", message: "unknown field 'wieght'", fix: "did you mean 'weight'?", line: 10),
        Breakage(name: "unknown top-level field", replace: "title: Small map", with: "title: Small map\nactrs: []",
                 path: "actrs", message: "unknown field 'actrs'", fix: "did you mean 'actors'?", line: 2),
        Breakage(name: "missing required field", replace: "{id: donor, name: Donor, kind: donor}", with: "{id: donor, kind: donor}",
                 path: "actors[2].name", message: "the required field 'name' is missing", fix: "add `name:`"),
        Breakage(name: "missing title", replace: "title: Small map", with: "description: no title",
                 path: "title", message: "the required field 'title' is missing", fix: "add `title:`"),
        Breakage(name: "list expected", replace: "relationships:\n", with: "relationships: none\nx:\n",
                 path: "relationships", message: "expected a list", fix: "starting with `- `"),
        Breakage(name: "mapping expected", replace: "  - {id: donor, name: Donor, kind: donor}", with: "  - donor",
                 path: "actors[2]", message: "expected a mapping of fields", fix: "write this entry as"),
        Breakage(name: "text expected", replace: "name: Donor", with: "name: [Donor]",
                 path: "actors[2].name", message: "expected text, found a list", fix: "single line of text"),
        Breakage(name: "tie outside an actor's period", replace: "since: 2012, until: 2020", with: "since: 2012, until: 2024",
                 path: "relationships[1].to", message: "reaches outside the active period of 'county' (2005–2020)", fix: "widen the actor's", severity: .warning),
        Breakage(name: "the same tie twice", replace: "currency: USD}", with: "currency: USD}\n  - {from: county, to: fed, type: mou, since: 2012, until: 2020, weight: 1}",
                 path: "relationships[3]", message: "is also relationships[1]", fix: "remove one", severity: .warning),
        Breakage(name: "unknown group of a kind", replace: "actors:\n", with: "kinds:\n  - {id: coop, label: Co-op, group: comunity}\nactors:\n",
                 path: "kinds[0].group", message: "unknown group 'comunity'", fix: "did you mean 'community'?"),
        Breakage(name: "unknown shape", replace: "actors:\n", with: "kinds:\n  - {id: coop, label: Co-op, group: community, shape: elipse}\nactors:\n",
                 path: "kinds[0].shape", message: "unknown shape 'elipse'", fix: "did you mean 'ellipse'?"),
        Breakage(name: "bad colour", replace: "actors:\n", with: "groups:\n  - {id: state, label: State, color: blue}\nactors:\n",
                 path: "groups[0].color", message: "'blue' is not a colour", fix: "#rrggbb"),
        Breakage(name: "bad sign", replace: "actors:\n", with: "relationship_types:\n  - {id: feud, label: Feud, directed: false, sign: -2}\nactors:\n",
                 path: "relationship_types[0].sign", message: "sign must be 1, 0 or -1, not -2", fix: "-1 for conflict"),
        Breakage(name: "directed not a boolean", replace: "actors:\n", with: "relationship_types:\n  - {id: feud, label: Feud, directed: sometimes, sign: -1}\nactors:\n",
                 path: "relationship_types[0].directed", message: "expected true or false", fix: "`directed: true`"),
        Breakage(name: "unsupported version", replace: "title: Small map", with: "version: 2\ntitle: Small map",
                 path: "version", message: "format version 2", fix: "`version: 1`"),
        Breakage(name: "duplicate key", replace: "name: Donor, kind: donor", with: "name: Donor, name: Giver, kind: donor",
                 path: "", message: "appears twice", fix: "indentation"),
    ]

    @Test(arguments: breakages)
    func reports(_ breakage: Breakage) throws {
        let report = check(breakage.text)
        let problem = try #require(report.problems.first { $0.path == breakage.path && $0.message.contains(breakage.message) },
                                   "no problem at \(breakage.path) saying \(breakage.message); got \(report.problems)")
        #expect(problem.severity == breakage.severity)
        #expect(problem.file == "map.yaml")
        #expect(problem.line != nil, "every problem in a file names its line")
        if let line = breakage.line { #expect(problem.line == line) }
        #expect(problem.fix?.contains(breakage.fix) == true || problem.message.contains(breakage.fix), "fix was \(problem.fix ?? "none")")
        #expect((report.dataset == nil) == (breakage.severity == .error))
    }

    @Test func reportsEveryProblemAtOnce() {
        let text = smallMap
            .replacingOccurrences(of: "kind: donor", with: "kind: doner")
            .replacingOccurrences(of: "type: mou", with: "type: moo")
            .replacingOccurrences(of: "weight: 2", with: "wieght: 2")
            .replacingOccurrences(of: "since: 2005, until: 2010", with: "since: 2010, until: 2005")
        let paths = Set(check(text).errors.map(\.path))
        #expect(paths == ["actors[2].kind", "relationships[1].type", "relationships[1].wieght", "relationships[0].until"])
    }

    @Test func namesTheLineOfEachFieldInAnEntryWithVeryManyFields() {
        // One actor with 40 misspelt fields, one a line: the field `x<n>` stands on line 5 + n.
        let misspelt = (1...40).map { "    x\($0): \($0)" }.joined(separator: "\n")
        let text = "title: Many fields\nactors:\n  - id: a\n    name: A\n    kind: donor\n\(misspelt)\nrelationships: []\n"
        let errors = check(text).errors.filter { $0.message.hasPrefix("unknown field") }
        #expect(errors.count == 40)
        for error in errors {
            let n = Int(error.path.dropFirst("actors[0].x".count))
            #expect(n != nil && error.line == 5 + n!, "\(error.path) on line \(error.line ?? 0)")
        }
    }

    @Test func placesTheModelsProblemsInsideAnEntryOfVeryManyFields() {
        // The actor's fields: id, name, 40 misspelt ones on lines 5–44, then `kind: doner` on
        // line 45, its value from column 11; the model's check of the kind finds the place.
        let misspelt = (1...40).map { "    x\($0): \($0)" }.joined(separator: "\n")
        let text = "title: Many fields\nactors:\n  - id: a\n    name: A\n\(misspelt)\n    kind: doner\nrelationships: []\n"
        let unknownKind = check(text).errors.filter { $0.message.hasPrefix("unknown kind") }
        #expect(unknownKind.map(\.path) == ["actors[0].kind"])
        #expect(unknownKind.first?.line == 45)
        #expect(unknownKind.first?.column == 11)
    }

    @Test func problemsReadLikeCompilerMessages() throws {
        let problem = try #require(check(smallMap.replacingOccurrences(of: "kind: donor", with: "kind: doner")).errors.first)
        #expect(problem.description == "map.yaml:7:36: error: actors[2].kind: unknown kind 'doner'. Fix: did you mean 'donor'?")
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("   \n\n  ", "the file is empty"),
        ("# only a comment\n", "holds no data"),
        ("title: [unclosed\nactors: x", "not valid YAML"),
        ("- a\n- b\n", "expected a mapping of fields"),
        ("title: a\n\tactors: []", "not valid YAML"),
        ("just some words", "expected a mapping of fields"),
    ])
    func rejectsTextThatIsNoDataset(_ text: String, _ message: String) {
        let report = check(text)
        #expect(report.dataset == nil)
        #expect(report.errors.contains { $0.message.contains(message) }, "\(report.problems)")
    }

    @Test func rejectsInvalidJSONWithItsPlace() throws {
        let report = check("{\"title\": \"x\",\n \"actors\": [}", syntax: .json, file: "map.json")
        let problem = try #require(report.errors.first)
        #expect(problem.message.contains("not valid JSON"))
        #expect(problem.line == 2)
    }

    @Test func rejectsTextThatIsNotUTF8() throws {
        var data = Data("title: Caf".utf8)
        data.append(0xE9)
        data.append(contentsOf: Array("\nactors: []".utf8))
        let report = DatasetReader().check(data: data, syntax: .yaml, file: "latin1.yaml")
        let problem = try #require(report.errors.first)
        #expect(problem.message.contains("not UTF-8"))
        #expect(problem.line == 1)
        #expect(problem.fix?.contains("UTF-8") == true)
    }

    @Test func buildingADatasetInCodeRunsTheSameChecks() {
        #expect(throws: DatasetError.self) {
            try Dataset(title: "t", actors: [Actor(id: "a", name: "A", kind: "nope")], relationships: [])
        }
        do {
            _ = try Dataset(title: "t", actors: [Actor(id: "a", name: "A", kind: "donor")],
                            relationships: [Relationship(from: "a", to: "b", type: "mou")])
            Issue.record("an unknown actor was accepted")
        } catch {
            #expect(error.problems.map(\.path) == ["relationships[0].to"])
            #expect(error.problems[0].file == nil)
        }
    }

    /// Hostile or strange input must give problems, never a crash or a hang.
    @Test(arguments: [
        "a: &a [*a, *a]",
        "actors: &x\n  - *x",
        "title: !!binary aGVsbG8=\nactors: 5",
        "title: t\nactors:\n  - {id: a, name: A, kind: donor, attributes: {x: [1, 2]}}",
        "title: t\nactors:\n  - {id: a, name: A, kind: donor, tags: {x: 1}}",
        "title: t\nactors:\n  - {id: a, name: A, kind: donor, since: [2000]}",
        "title: t\nactors:\n  - {id: a, name: A, kind: donor, since: 99999999999999999999}",
        "title: t\nactors: []\nrelationships:\n  - {from: [a], to: {b: c}, type: 1}",
        "{[a]: 1}",
        "title: t\nactors:\n  - {? [a] : b}",
        String(repeating: "[", count: 10_000),
        "title: t\n" + String(repeating: "x", count: 100_000) + ": 1",
    ])
    func survives(_ text: String) {
        let report = check(text)
        #expect(!report.errors.isEmpty)
    }

    @Test func survivesAnAliasBomb() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...20 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        text += "title: t\nactors:\n  - {id: a, name: A, kind: donor, tags: *a20}\n"
        let report = check(text)
        #expect(report.dataset == nil)
    }
}

/// Problems of one kind told apart from others, whatever names and rows they concern.
@Suite struct ProblemGroupTests {
    @Test func theSameCheckOnOtherRowsIsOneKind() {
        let problems = [
            Problem(.warning, path: "relationships[3]", "the same funding tie between 'a' and 'b' over 2001–2003 is also relationships[1]."),
            Problem(.error, path: "actors[2].kind", "unknown kind 'donr'.", fix: "did you mean 'donor'?"),
            Problem(.warning, path: "relationships[9]", "the same funding tie between 'Kenya's federation' and 'c' over 2010–… is also relationships[4]."),
            Problem(.warning, path: "relationships[12]", "the same mou tie between 'x' and 'y' over 1999 is also relationships[11]."),
            Problem(.error, path: "actors[5].kind", "unknown kind 'agncy'."),
            Problem(.warning, path: "relationships[0].from", "the funding tie (2001–2003) reaches outside the active period of 'a' (2005–…)."),
        ]
        let groups = ProblemGroup.grouping(problems)
        #expect(groups.map(\.problems.count) == [2, 2, 1, 1])
        #expect(groups.map(\.severity) == [.warning, .error, .warning, .warning])
        #expect(groups[0].kind == "the same funding tie between '…' and '…' over …–… is also relationships[…].")
        #expect(groups[1].kind == "unknown kind '…'.")
        #expect(groups[0].problems.map(\.path) == ["relationships[3]", "relationships[9]"])
    }
}
