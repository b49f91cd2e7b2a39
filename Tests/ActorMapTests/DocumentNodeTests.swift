import Foundation
import Testing
@testable import ActorMap
import Yams

/// YAML's scalars typed without Yams' regular expressions, checked against Yams itself.
@Suite struct DocumentNodeTests {
    /// Words and pieces the resolver's patterns are made of, so that random texts hit them.
    static let pieces = ["yes", "Yes", "YES", "no", "NO", "true", "True", "tRue", "false", "FALSE", "on", "ON", "off", "Off", "oN",
                         "null", "Null", "NULL", "nULL", "~", "<<", "=", "0", "1", "7", "9", "00", "12", "-", "+", ".", "_", ":",
                         "e", "E", "x", "b", "o", "0x", "0b", "0o", ".inf", ".NaN", "2017", "2017-03-15", "T", " ", "a", "é", "K"]

    static func texts() -> [String] {
        var random = SplitMix64(seed: 13)
        var texts = pieces + ["", "-0", "+0", "007", "1_000", "0x1F", "1:30", "190:20:30.15", "1e3", "-.inf", "2001-12-14t21:59:43.10-05:00",
                              "123456789012345", "1234567890123456", "-123456789012345", "Organisation number 12", "community-group"]
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 1...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        return texts
    }

    @Test func plainScalarsGetTheTypeYamsGivesThem() {
        for text in Self.texts() {
            let yams = Resolver.default.resolveTag(of: Node(text))
            if let quick = DocumentNode.implicitTag(of: text) {
                #expect(quick == yams, "\(text)")
            }
        }
        // The common cases are answered without Yams.
        for text in ["Organisation number 12", "a12", "yes", "null", "", "2017", "-5", "community-group", "é"] {
            #expect(DocumentNode.implicitTag(of: text) != nil, "\(text)")
        }
    }

    @Test func plainDecimalsReadAsYamsReadsThem() {
        for text in Self.texts() {
            guard let value = DocumentNode.decimal(text) else { continue }
            let node = Node(text)
            #expect(Resolver.default.resolveTag(of: node) == .int, "\(text)")
            #expect(node.int == value, "\(text)")
            #expect(node.float == Double(value), "\(text)")
        }
        #expect(DocumentNode.decimal("-0") == nil)
        #expect(DocumentNode.decimal("007") == nil)
        #expect(DocumentNode.decimal("-2017") == -2017)
        #expect(DocumentNode.decimal("0") == 0)
    }

    /// A tree in words: every scalar's text, type and place.
    static func describe(_ node: DocumentNode) -> String {
        let place = "@\(node.line):\(node.column)"
        switch node.content {
        case .scalar(let text, let type): return "\(text.debugDescription) \(type)\(place)"
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]\(place)"
        case .mapping(let pairs): return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}\(place)"
        }
    }

    /// Text composed untyped and typed here reads as Yams typed it, keys included.
    @Test(arguments: [
        "a: 1\nb: [yes, No, ~, '', null, 0o17, 0x1F, 1_000, 1:30, 2.5, .inf, -0, 007, 2017-03-15, 2001-12-14 21:59:43.10 -5, <<, =, text]",
        "1: a\n\"2\": b\nyes: c\n'no': d\n~: e\n\"\": f\nOn: g",
        "- a: 1\n  b: |\n    block 5\n- >\n  folded\n- \"quoted 5\"",
        "title: Organisation number 12\nactors:\n  - {id: a1, since: 2001, weight: 2.50, on: off}",
    ])
    func untypedTreesReadAsTypedOnes(text: String) throws {
        let typed = try DocumentNode(try #require(try Yams.compose(yaml: text)), untyped: false)
        let untyped = try DocumentNode(try #require(try Yams.compose(yaml: text, .basic)), untyped: true)
        #expect(Self.describe(untyped) == Self.describe(typed))
    }

    @Test func keysTypedAlikeAreRepeatsInAnUntypedTree() throws {
        // Composed untyped, `0x1` and `1` are different texts, `1` and `01`… are compared
        // typed: `1` (int) and `+1` (int) differ in text, so only equal texts can repeat.
        let root = try #require(try Yams.compose(yaml: "a: 1\nb: 2\n", .basic))
        #expect(throws: Never.self) { try DocumentNode(root, untyped: true) }
        // A key that is a list is left to Yams.
        let complex = try #require(try Yams.compose(yaml: "[a]: 1\n", .basic))
        #expect(throws: DocumentNode.RepeatedKey.self) { try DocumentNode(complex, untyped: true) }
        // The reader's verdicts on repeated keys are Yams' own.
        #expect(check("title: t\ntitle: u\nactors: []").errors.first?.message == "the file is not valid YAML: the key 'title' appears twice in one mapping.")
        let typedApart = check("title: t\nactors: []\n1: a\n\"1\": b")
        #expect(typedApart.errors.map(\.message) == ["unknown field '1'.", "unknown field '1'."])
    }

    /// A map whose values are of every YAML type reads as it did when Yams typed each value.
    @Test func yamlValuesOfEveryTypeAreRead() throws {
        let report = check("""
            title: t
            version: 1
            actors:
              - {id: a, name: yes, kind: donor, since: 2017, until: 2020-03,
                 attributes: {flag: on, empty: ~, octal: 0o17, hex: 0x1F, under: 1_000, clock: "1:30", sexa: 1:30, float: 2.50, inf: .inf, text: 'no', plain: Organisation 5}}
            """)
        let actor = try #require(report.dataset?.actors.first, "\(report.problems)")
        #expect(actor.name == "yes")
        #expect(actor.attributes == ["flag": .boolean(true), "octal": .integer(15), "hex": .integer(31), "under": .integer(1000),
                                     "clock": .text("1:30"), "sexa": .integer(90), "float": .number(2.5), "inf": .number(.infinity),
                                     "text": .text("no"), "plain": .text("Organisation 5")])
    }
}
