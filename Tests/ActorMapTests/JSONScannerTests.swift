import Foundation
import Testing
@testable import ActorMap

/// The JSON scanner on hand-written text: what each value reads as, and where each error is.
@Suite struct JSONScannerTests {
    func tree(_ text: String) throws(JSONScanner.SyntaxError) -> DocumentNode {
        var text = text
        return try text.withUTF8 { bytes in
            Result { () throws(JSONScanner.SyntaxError) in try JSONScanner.tree(of: bytes) }
        }.get()
    }

    /// The error the text stops at, or `nil` when it reads.
    func failure(_ text: String) -> JSONScanner.SyntaxError? {
        do {
            _ = try tree(text)
            return nil
        } catch {
            return error
        }
    }

    func onlyText(_ json: String) throws -> String? {
        try tree(json).text
    }

    @Test func escapesDecodeToTheirCharacters() throws {
        #expect(try onlyText(#""a\"b\\c\/d\b\f\n\r\te""#) == "a\"b\\c/d\u{8}\u{C}\n\r\te")
        #expect(try onlyText(#""\u00e9\u00E9 \u0000 \u2028""#) == "éé \u{0} \u{2028}")
        // U+1F600 is D83D DE00 in UTF-16, U+10348 is D800 DF48.
        #expect(try onlyText(#""\ud83d\ude00 \uD800\uDF48""#) == "\u{1F600} \u{10348}")
        #expect(try onlyText("\"raw é 😀 \u{7F}\u{85}\u{2028}\"") == "raw é 😀 \u{7F}\u{85}\u{2028}")
        #expect(try onlyText(#""""#) == "")
    }

    @Test(arguments: [
        // text, message start, line, column
        (#"{"a": "x\q"}"#, "this backslash starts no escape JSON knows", 1, 9),
        (#"{"a": "\ud83d"}"#, "the escape `\\ud83d` is the first half of a character", 1, 8),
        (#"{"a": "\ud83d\u0041"}"#, "the escape `\\ud83d` is the first half of a character", 1, 8),
        (#"{"a": "x\ude00"}"#, "the escape `\\ude00` is the second half of a character", 1, 9),
        (#"{"a": "\u00g9"}"#, "the escape `\\u` must be followed by four hex digits", 1, 8),
        (#"{"a": "\u00"}"#, "the escape `\\u` must be followed by four hex digits", 1, 8),
        ("{\"a\":\n  \"tab\there\"}", "the control character U+0009 stands unescaped inside text", 2, 7),
        ("{\"a\": \"two\nlines\"}", "the control character U+000A stands unescaped inside text", 1, 11),
        ("{\"a\": \"open", "the text that starts here has no closing `\"`", 1, 7),
    ])
    func textErrorsNameTheirPlace(text: String, message: String, line: Int, column: Int) throws {
        let error = try #require(failure(text))
        #expect(error.message.hasPrefix(message), "\(error.message)")
        #expect((error.line, error.column) == (line, column))
        #expect(!error.fix.isEmpty)
    }

    @Test func placesCountLinesAsYAMLDoesAndColumnsInCharacters() throws {
        // `é` is two bytes and one character; `\r\n` and a lone `\r` each end one line.
        let root = try tree("{\"é\": [1,\r\n  \"ü\", \r true],\n\"b\": {}}")
        guard case .mapping(let pairs) = root.content, case .list(let items) = pairs[0].value.content else {
            Issue.record("expected a mapping holding a list")
            return
        }
        #expect((root.line, root.column) == (1, 1))
        #expect((pairs[0].key.line, pairs[0].key.column) == (1, 2))
        #expect((pairs[0].value.line, pairs[0].value.column) == (1, 7))
        #expect(items.map { [$0.line, $0.column] } == [[1, 8], [2, 3], [3, 2]])
        #expect((pairs[1].key.line, pairs[1].key.column) == (4, 1))
        #expect((pairs[1].value.line, pairs[1].value.column) == (4, 6))
        let late = try #require(failure("{\"ééé\": 1 2}"))
        #expect((late.line, late.column) == (1, 11))
    }

    @Test func nestingIsReadToTheLimitAndRefusedBeyondIt() throws {
        let depth = JSONScanner.maximumDepth
        let deepest = try tree(String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
        var node = deepest
        var levels = 0
        while case .list(let items) = node.content, let first = items.first {
            node = first
            levels += 1
        }
        #expect(levels == depth)
        #expect(node.text == "1")
        let tooDeep = try #require(failure("{\"a\": " + String(repeating: "[", count: depth) + "]"))
        #expect(tooDeep.message == "lists and mappings are nested more than 512 deep, far deeper than any map needs")
        #expect((tooDeep.line, tooDeep.column) == (1, 7 + depth - 1))
        // Far deeper than the stack would take, were it not refused.
        let hostile = try #require(failure(String(repeating: "[{\"a\":", count: 200_000)))
        #expect(hostile.message.hasPrefix("lists and mappings are nested more than 512 deep"))
    }

    @Test func aCommaMayCloseAListOrAMappingOnce() throws {
        guard case .list(let items) = try tree("[1, 2,]").content, case .mapping(let pairs) = try tree(#"{"a": 1, }"#).content else {
            Issue.record("expected a list and a mapping")
            return
        }
        #expect(items.map(\.text) == ["1", "2"])
        #expect(pairs.map(\.key.text) == ["a"])
        for (text, column) in [("[,]", 2), ("[1,,2]", 4), ("{,}", 2), (#"{"a": 1,,}"#, 9)] {
            let error = try #require(failure(text), "\(text)")
            #expect((error.line, error.column) == (1, column), "\(text)")
        }
        #expect(failure("[1,,2]")?.message == "expected a value, found ','")
        #expect(failure("{,}")?.message == "expected a field name in double quotes, found ','")
    }

    @Test func aKeyGivenTwiceInOneMappingIsAnErrorAtItsSecondPlace() throws {
        let twice = try #require(failure("{\"title\": \"t\",\n \"actors\": [],\n \"title\": \"u\"}"))
        #expect(twice.message == "the key 'title' appears twice in one mapping, here and at line 1, column 2")
        #expect((twice.line, twice.column) == (3, 2))
        // Keys are compared as decoded: `\u0074` is `t`.
        #expect(failure(#"{"ti\u0074le": 1, "title": 2}"#)?.column == 19)
        // The same key in two mappings is no repeat.
        #expect(failure(#"[{"a": 1}, {"a": 2}]"#) == nil)
        // Past the first sixteen keys, keys are looked up in a set: still found.
        let many = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let late = try #require(failure("{" + many + ", \"k3\": 0}"))
        #expect(late.message.hasPrefix("the key 'k3' appears twice"))
        #expect(failure("{" + many + ", \"k40\": 0}") == nil)
    }

    /// What each number reads as: a whole number keeps its `Int` (or none, as YAML reads
    /// `-0` and numbers beyond `Int`), and every number its text as written.
    @Test func numbersReadExactly() throws {
        func scalar(_ json: String) throws -> (String, DocumentNode.Scalar)? {
            if case .scalar(let text, let type) = try tree(json).content { (text, type) } else { nil }
        }
        func integer(_ json: String) throws -> (Int?, Double?)? {
            if case .integer(let whole, let number)? = try scalar(json)?.1 { (whole, number) } else { nil }
        }
        func number(_ json: String) throws -> Double?? {
            if case .number(let number)? = try scalar(json)?.1 { number } else { nil }
        }
        #expect(try integer("2017").map { [$0.0.map(Double.init), $0.1] } == [2017, 2017])
        #expect(try integer("-9223372036854775808")?.0 == Int.min)
        #expect(try integer("9223372036854775807")?.0 == Int.max)
        let beyond = try #require(try integer("9223372036854775808"))
        #expect(beyond.0 == nil && beyond.1 == 9_223_372_036_854_775_808.0)
        let negativeZero = try #require(try integer("-0"))
        #expect(negativeZero.0 == nil && negativeZero.1 == 0 && negativeZero.1?.sign == .minus)
        #expect(try integer("0")?.0 == 0)
        // 2^53 + 1 is no Double; the Double is the one its text rounds to.
        #expect(try integer("9007199254740993")?.1 == 9_007_199_254_740_992)
        #expect(try number("2.50") == 2.5)
        #expect(try scalar("2.50")?.0 == "2.50")
        #expect(try number("1E+2") == 100)
        #expect(try number("-1.5e-3") == -0.0015)
        #expect(try number("1e-400") == 0)
        #expect(try scalar("true").map { "\($0.0) \($0.1)" } == "true boolean(Optional(true))")
        #expect(try scalar("null").map { "\($0.0) \($0.1)" } == "null null")
    }

    @Test(arguments: [
        ("[1e400]", "the number 1e400 is too large for a number of ActorMap's", 2),
        ("[-1.8e308]", "the number -1.8e308 is too large for a number of ActorMap's", 2),
        ("[" + "9" + String(repeating: "0", count: 400) + "]", "the number 9" + String(repeating: "0", count: 39) + "… is too large", 2),
        ("[01]", "a number may not start with 0", 2),
        ("[-01]", "a number may not start with 0", 2),
        ("[1.]", "a point in a number must be followed by digits, found ']'", 4),
        ("[1.e5]", "a point in a number must be followed by digits, found 'e'", 4),
        ("[1e]", "the exponent of a number must be digits, found ']'", 4),
        ("[-]", "a `-` must be followed by digits, found ']'", 3),
        ("[+1]", "expected a value, found '+'", 2),
        ("[.5]", "expected a value, found '.'", 2),
        ("[NaN]", "expected a value, found 'N'", 2),
        ("[tru]", "expected a value, found 't'", 2),
        ("[True]", "expected a value, found 'T'", 2),
    ])
    func numbersAndWordsThatAreNotJSON(text: String, message: String, column: Int) throws {
        let error = try #require(failure(text))
        #expect(error.message.hasPrefix(message), "\(error.message)")
        #expect((error.line, error.column) == (1, column))
    }

    @Test(arguments: [
        (#"{"a": 1} x"#, "more text follows the end of the document, found 'x'", 10),
        (#"{"a": 1}{}"#, "more text follows the end of the document, found '{'", 9),
        (#"{"a" 1}"#, "expected `:` after the field name 'a', found '1'", 6),
        (#"{a: 1}"#, "expected a field name in double quotes, found 'a'", 2),
        (#"{'a': 1}"#, "expected a field name in double quotes, found '''", 2),
        (#"{"a": 1 "b": 2}"#, "expected `,` or `}` after a field of the mapping that starts at line 1, column 1, found '\"'", 9),
        (#"[1 2]"#, "expected `,` or `]` after an entry of the list that starts at line 1, column 1, found '2'", 4),
        (#"{"a": [1, 2}"#, "expected `,` or `]` after an entry of the list that starts at line 1, column 7, found '}'", 12),
        (#"{"a": // note"#, "expected a value, found '/'", 7),
        ("{\"a\": [", "expected a value, found the end of the file", 8),
        ("{\"a\": \u{85}1}", "expected a value, found the character U+0085", 7),
    ])
    func structureErrorsNameTheirPlace(text: String, message: String, column: Int) throws {
        let error = try #require(failure(text))
        #expect(error.message == message)
        #expect((error.line, error.column) == (1, column))
    }
}
