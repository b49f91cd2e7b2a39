import Foundation
import Testing
@testable import ActorMap
import Yams

/// YAML read from libyaml's events gives the tree Yams' composer gave, or leaves the text to
/// it: every text in the repository, tricky snippets, and random edits of them, each read both
/// ways and compared scalar by scalar, type and place included.
@Suite struct YAMLEventReaderTests {
    /// What the reader did before reading from events: Yams composes the text untyped when
    /// it has no tags or anchors, typed otherwise or when that fails; `nil` for a text with a
    /// problem (a syntax error, no document, a repeated key, aliases expanding it too far).
    static func yamsTree(_ text: String) -> DocumentNode? {
        let marks = DatasetDocument.marks(in: text)
        if !marks.anchor, !marks.tag, let root = try? Yams.compose(yaml: text, .basic),
           let tree = try? DocumentNode(root, untyped: true) {
            return tree
        }
        guard let root = try? Yams.compose(yaml: text) else { return nil }
        let size = marks.alias ? DatasetDocument.size(of: root) : (own: 1, expanded: 1)
        guard size.expanded <= size.own * DatasetDocument.maximumAliasExpansion else { return nil }
        return try? DocumentNode(root, untyped: false)
    }

    /// Reads the text both ways; returns whether the event reader took it.
    @discardableResult
    static func expectSameReading(_ text: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        // Keys that are aliases or collections are refused before either reader sees them.
        guard DatasetDocument.lineOfComplexKey(text, marks: DatasetDocument.marks(in: text)) == nil else { return false }
        guard let events = YAMLEventReader.tree(of: text) else { return false }
        guard let yams = yamsTree(text) else {
            Issue.record("read from events, but Yams finds a problem: \(label)\n\(text.debugDescription)", sourceLocation: sourceLocation)
            return true
        }
        let (ours, theirs) = (DocumentNodeTests.describe(events), DocumentNodeTests.describe(yams))
        #expect(ours == theirs, "\(label)\n\(text.debugDescription)", sourceLocation: sourceLocation)
        return true
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every YAML file of the repository, and the JSON seeds of the fuzz targets (JSON is YAML).
    static func repositoryTexts() -> [(String, String)] {
        var texts: [(String, String)] = []
        for folder in ["Examples", "Tests", "Fuzz", "Benchmarks/.cache", "docs", "Snippets"] {
            guard let files = FileManager.default.enumerator(at: root.appendingPathComponent(folder).resolvingSymlinksInPath(), includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where ["yaml", "yml"].contains(file.pathExtension) || file.path.contains("Seeds/json") {
                // The benchmarks' big maps take Yams minutes in a debug build.
                guard let data = try? Data(contentsOf: file), data.count < 1_000_000, let text = String(data: data, encoding: .utf8) else { continue }
                texts.append((file.path, text))
            }
        }
        return texts
    }

    static let snippets: [String] = [
        "a: 1", "", "---\n", "---\n...\n", "# only a comment\n", "---\na: 1\n...\n", "a: 1\n---\nb: 2\n", "--- |\n  text\n",
        "\u{FEFF}a: 1", "a: \"\\uFEFFb\"", "\"\\uFEFF\": x", "a: \"\\0nul\"", "a: \"\\x41\\u00e9\\U0001F3D8\"", "a: '\u{FEFF}'", "a: \"\\uFEFF\\uFEFF5\"", "a: \u{FEFF}5", "a: x\u{FEFF}", "a: \"\\uFEFF\\uFEFF\"",
        "a: &x 1\nb: *x", "a: &m {k: v}\nb: *m\nc: [*m, *m]", "base: &b {x: 1}\nthis:\n  <<: *b\n  y: 2", "<<: {a: 1}", "a: *undefined",
        "a: !!str 5", "a: !!int \"5\"", "a: !!float 1", "a: !!bool yes", "a: !!bool maybe", "a: !!null ''", "a: ! 5", "a: !local 5",
        "a: !!binary aGVsbG8=", "a: !!timestamp 2017-01-01", "!!map {a: 1}", "a: !!seq [1]", "a: !<tag:yaml.org,2002:int> 12", "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1",
        "a: !!int 0x1F", "a: !!int 1.5", "a: !!float text", "a: !!str", "a: !!int", "!!str 5: a\n5: b", "5: a\n\"5\": b",
        "a: [yes, no, on, off, Yes, NO, On, OFF, true, False, TRUE, y, n]", "a: [0o17, 0x1F, 0b101, 017, 1_000, +5, -0, 007, 1:30, -1:30]",
        "a: [.inf, -.inf, +.inf, .Inf, .NaN, -.nan, .nan, 1e3, 1.5e-3, 2.50, .5, 1., 1_0.5, 6.8523015e+5]",
        "a: [2017-01-01, 2017-1-1 10:00:00, 2001-12-14t21:59:43.10-05:00, 2017-03]", "a: [~, null, Null, NULL, nULL, '', \"\"]",
        "a:\nb:\nc: ~", "a: [ ]", "a: { }", "a: [1, [2, [3, {b: [4]}]]]", "{a: 1, b: [x, y], c: {d: e}}", "[a, b, {c: d}]",
        "a: 123456789012345", "a: 1234567890123456", "a: 9223372036854775807", "a: 9223372036854775808", "a: -9223372036854775809",
        "a: multi\n  line\n  plain", "a: multi\n\n  line with blank", "a: |\n  keep\n  lines\n", "a: |-\n  strip\n", "a: |+\n  keep\n\n",
        "a: >\n  folded\n  text\n\n  para\n", "a: >2-\n    indented\n", "a: |1\n  one", "- |\n  5\n- >\n  true", "a: 'it''s'", "a: \"tab\\there\"",
        "a: 1\na: 2", "a: 1\nb: 2\na: 3", "x: {a: 1, a: 2}", "[a]: 1", "? a\n: 1", "? [a, b]\n: c", "{a: 1}: b", "1: a\n01: b",
        "a: 1\n b: 2", "a:\n  - 1\n - 2", "a: [1, 2", "a: {b: 1", "a: 'open", "a: \"open", "\ta: 1", "a:\t1", "a: 1\t# tab comment",
        "- a\nb: c", "a: b: c", "a: - b", "key with spaces: value", "a: value # comment", "a: value#not comment", "a: `tick", "a: @at",
        "a: %percent", "- - - nested", "-\n  -\n    - deep", "a: \"é\" ", "é: ü", "名前: 値", "a: 🏘️", "a: \"\\ud800\"", "a: \"\\q\"",
        "a:\r\n  b: 1\r\n", "a: 1\rb: 2", "a: [1,2,]", "a: {b,}", "a: {b}", "- a: 1\n  b: 2\n- c: 3", "a: >-\n", "a: |\n", "a: 'multi\n  line'",
        "a: \"multi\n  line\"", "a: \"esc\\\n  aped\"", "---\n- 1\n---\n- 2", "...\n", "--- # c\n", "a: ---", "a: ...", "--- a", "!!str", "&a", "*a",
        "a: &anchor", "a: [&x 1, *x]", "a: !!str &x 5", "a: &x !!str 5", "? \n: x", ": x", "- ", "-", "?", "a: ?", "a: <<", "a: =", "= : 1",
    ]

    static func nested(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }

    @Test func repositoryFilesReadAsYamsReadThem() {
        let texts = Self.repositoryTexts()
        #expect(texts.count >= 7, "\(texts.map(\.0))")
        var taken = 0
        for (path, text) in texts where Self.expectSameReading(text, path) { taken += 1 }
        // The examples have no anchors, so the event reader reads them all.
        #expect(taken >= 7)
    }

    @Test func snippetsReadAsYamsReadThem() {
        var taken = 0
        for snippet in Self.snippets where Self.expectSameReading(snippet, "snippet") { taken += 1 }
        for depth in [1, 50, 499, 500, 501, 999, 1_000, 1_001, 5_000] where Self.expectSameReading(Self.nested(depth), "depth \(depth)") { taken += 1 }
        #expect(taken > Self.snippets.count / 2)
    }

    @Test func writtenMapsReadAsYamsReadThem() throws {
        for seed in 1...8 as ClosedRange<UInt64> {
            let text = NativeDatasetWriter().text(try AwkwardDatasets.make(seed: seed), syntax: .yaml)
            #expect(Self.expectSameReading(text, "awkward map \(seed)"))
            Self.expectSameReading(NativeDatasetWriter().text(try AwkwardDatasets.make(seed: seed), syntax: .json), "awkward JSON \(seed)")
        }
    }

    /// Random edits of the snippets and the examples, with the characters YAML's syntax turns on.
    @Test func editedTextsReadAsYamsReadThem() {
        let pieces: [String] = [":", ": ", "-", "- ", "[", "]", "{", "}", ",", "#", " #", "&a ", "*a", "!", "!!str ", "|", ">", "'", "\"", "\n", "\n  ", " ",
                                "\t", "?", "%", "@", "`", "\\", "~", "<<", "yes", "0x1", "0o7", ".inf", "1_0", "2017-01-01", "é", "\u{FEFF}", "\r\n", "---", "..."]
        var random = SplitMix64(seed: 1_313)
        let bases = Self.snippets.filter { $0.count > 8 } + ExampleDatasets.files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.map { String($0.prefix(1_500)) }
        var taken = 0
        for round in 0..<6_000 {
            var characters = Array(bases.randomElement(using: &random)!)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: characters.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
                case 1: if !characters.isEmpty { characters.remove(at: position) }
                default: if !characters.isEmpty { characters.replaceSubrange(position...position, with: pieces.randomElement(using: &random)!) }
                }
            }
            if Self.expectSameReading(String(characters), "edit \(round)") { taken += 1 }
        }
        #expect(taken > 1_000)
    }

    @Test func theReaderIsTheOneMapsAreReadWith() throws {
        #expect(YAMLEventReader.isAvailable)
        // A map read from events gives the same problems, at the same places, as before.
        let report = check("title: t\nactors:\n  - {id: a, name: A, kind: k, since: 20x7}\nrelationships: []\nextra: 5\n")
        #expect(report.errors.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" }.contains("5:1 unknown field 'extra'."), "\(report.errors)")
        // Texts left to Yams still get its verdicts.
        #expect(check("title: t\ntitle: u\nactors: []").errors.first?.message == "the file is not valid YAML: the key 'title' appears twice in one mapping.")
        #expect(check("title: [t\nactors: []").errors.first?.message.hasPrefix("the file is not valid YAML:") == true)
    }
}
