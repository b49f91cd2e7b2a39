/// Reads JSON (RFC 8259) from UTF-8 bytes into the tree the dataset reader walks, in one pass,
/// giving every value its line and column and stopping at the first syntax error with its own.
///
/// It reads what ActorMap's reader has always read: a comma may close a list or a mapping
/// (`[1, 2,]`), a key may appear once in each mapping, and a number must fit a `Double`
/// (`1e400` does not; `1e-400` reads as 0). Lines are counted as YAML counts them (`\n`,
/// `\r\n` or a lone `\r`), columns in characters, so that JSON and YAML name the same place.
/// Nothing it does recurses deeper than ``maximumDepth`` or grows faster than the text.
struct JSONScanner: ~Copyable {
    /// The first syntax error of a text: what is wrong, where, and what to write instead.
    struct SyntaxError: Error, Equatable {
        var message: String
        var fix: String
        var line: Int
        var column: Int
    }

    /// The deepest nesting of lists and mappings read, as Foundation's parser allowed: a map
    /// needs four levels.
    static let maximumDepth = 512

    /// Mappings with more keys than this look their keys up in a set rather than one by one.
    private static let keysCheckedInOrder = 16

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// The last place a column was counted at, so that each is counted on from the one before.
    private var countedOffset = 0
    private var countedColumn = 1

    /// The entries of the lists and the fields of the mappings being read, innermost last:
    /// each is moved out into an array of its own size when it closes, so that no array of
    /// the tree grows by copying or keeps room it does not use.
    private var openItems = DocumentNode.OpenEntries<DocumentNode>()
    private var openPairs = DocumentNode.OpenEntries<(key: DocumentNode, value: DocumentNode)>()

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The tree of a JSON text.
    ///
    /// - Parameter bytes: Valid UTF-8 (the reader has checked it), without a byte order mark.
    /// - Returns: The document's one value.
    /// - Throws: ``SyntaxError`` at the first place the text stops being JSON.
    /// - Complexity: O(*n*) for *n* bytes.
    static func tree(of bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> DocumentNode {
        var scanner = JSONScanner(bytes: bytes)
        scanner.skipSpace()
        let root = try scanner.value(depth: 0)
        scanner.skipSpace()
        guard scanner.index == bytes.count else {
            throw scanner.error("more text follows the end of the document", found: true,
                                fix: "a JSON file holds one mapping, from `{` to its `}`; remove what follows, or check the brackets before it.")
        }
        return root
    }

    // MARK: Places

    private var next: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The line and column of `index`.
    private mutating func place() -> (line: Int, column: Int) {
        if countedOffset < lineStart || countedOffset > index {
            countedOffset = lineStart
            countedColumn = 1
        }
        while countedOffset < index {
            // A character starts at every byte that does not continue one.
            if bytes[countedOffset] & 0xC0 != 0x80 { countedColumn += 1 }
            countedOffset += 1
        }
        return (line, countedColumn)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            case 0x0D:
                index += 1
                if next != 0x0A {
                    line += 1
                    lineStart = index
                }
            default: return
            }
        }
    }

    /// A syntax error at the current place; `found` names the character there.
    private mutating func error(_ message: String, found: Bool = false, fix: String) -> SyntaxError {
        let (line, column) = place()
        var message = message
        if found { message += index < bytes.count ? ", found \(shownCharacter())" : ", found the end of the file" }
        return SyntaxError(message: message, fix: fix, line: line, column: column)
    }

    /// The character at the current place, as a message shows it: `'x'`, or its code.
    private func shownCharacter() -> String {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0x21, scalar.value != 0x7F, !(0x80...0x9F).contains(scalar.value) else {
            return "the character U+" + String(character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return "'\(character)'"
    }

    // MARK: Values

    private static let valueFix = "a value is text in double quotes, a number, true, false, null, a list `[…]` or a mapping `{…}`; check for a missing comma, quote or bracket just before."

    private mutating func value(depth: Int) throws(SyntaxError) -> DocumentNode {
        let (line, column) = place()
        guard let byte = next else { throw error("expected a value", found: true, fix: Self.valueFix) }
        let content: DocumentNode.Content
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Self.maximumDepth else {
                throw error("lists and mappings are nested more than \(Self.maximumDepth) deep, far deeper than any map needs",
                            fix: "check that every `[` and `{` is closed where it should be.")
            }
            content = byte == UInt8(ascii: "{") ? try mapping(depth: depth, line: line, column: column) : try list(depth: depth, line: line, column: column)
        case UInt8(ascii: "\""): content = .scalar(try string(), .text)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): content = try number()
        case UInt8(ascii: "t"): content = .scalar(try literal("true"), .boolean(true))
        case UInt8(ascii: "f"): content = .scalar(try literal("false"), .boolean(false))
        case UInt8(ascii: "n"): content = .scalar(try literal("null"), .null)
        default: throw error("expected a value", found: true, fix: Self.valueFix)
        }
        return DocumentNode(content: content, line: line, column: column)
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) -> String {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count, (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] }) else {
            throw error("expected a value", found: true, fix: Self.valueFix)
        }
        index += count
        return word.description
    }

    private mutating func list(depth: Int, line: Int, column: Int) throws(SyntaxError) -> DocumentNode.Content {
        let first = openItems.count
        var ended = opens(closingWith: UInt8(ascii: "]"))
        while !ended {
            let item = try value(depth: depth + 1)
            openItems.append(item)
            ended = try ends(with: UInt8(ascii: "]"), after: "an entry of the list", line: line, column: column,
                             fix: "put a comma between entries, and close the list with `]`.")
        }
        return .list(openItems.removeAll(from: first))
    }

    private mutating func mapping(depth: Int, line: Int, column: Int) throws(SyntaxError) -> DocumentNode.Content {
        let first = openPairs.count
        var keys: Set<String> = []
        var ended = opens(closingWith: UInt8(ascii: "}"))
        while !ended {
            guard next == UInt8(ascii: "\"") else {
                throw error("expected a field name in double quotes", found: true, fix: "write each field as `\"name\": value`, the name in double quotes.")
            }
            let (keyLine, keyColumn) = place()
            let name = try string()
            let count = openPairs.count - first
            let isRepeated = count < Self.keysCheckedInOrder ? firstField(named: name, from: first) != nil : keys.contains(name)
            if isRepeated, let earlier = firstField(named: name, from: first) {
                throw SyntaxError(message: "the key '\(Self.shown(name))' appears twice in one mapping, here and at line \(earlier.line), column \(earlier.column)",
                                  fix: "keep one of them.", line: keyLine, column: keyColumn)
            }
            skipSpace()
            guard next == UInt8(ascii: ":") else {
                throw error("expected `:` after the field name '\(Self.shown(name))'", found: true, fix: "write each field as `\"name\": value`.")
            }
            index += 1
            skipSpace()
            let value = try value(depth: depth + 1)
            openPairs.append((DocumentNode(content: .scalar(name, .text), line: keyLine, column: keyColumn), value))
            if count + 1 == Self.keysCheckedInOrder {
                openPairs.forEach(from: first) { pair in
                    if let key = pair.key.text { keys.insert(key) }
                }
            } else if count + 1 > Self.keysCheckedInOrder {
                keys.insert(name)
            }
            ended = try ends(with: UInt8(ascii: "}"), after: "a field of the mapping", line: line, column: column,
                             fix: "put a comma between fields, and close the mapping with `}`.")
        }
        return .mapping(openPairs.removeAll(from: first))
    }

    /// The key of the first open field from `first` on called `name`.
    private func firstField(named name: String, from first: Int) -> DocumentNode? {
        openPairs.first(from: first) { $0.key.text == name }?.key
    }

    /// Steps over the bracket that opens a list or a mapping; `true` when `close` follows at
    /// once, ending it empty.
    private mutating func opens(closingWith close: UInt8) -> Bool {
        index += 1
        skipSpace()
        guard next == close else { return false }
        index += 1
        return true
    }

    /// Reads what follows an entry of a list or a mapping that starts at `line` and `column`:
    /// `true` when `close` ends it, `false` when a comma leads to another entry. A comma may
    /// also stand just before `close`, as Foundation's parser allowed.
    private mutating func ends(with close: UInt8, after entry: String, line: Int, column: Int, fix: String) throws(SyntaxError) -> Bool {
        skipSpace()
        switch next {
        case close:
            index += 1
            return true
        case UInt8(ascii: ","):
            index += 1
            skipSpace()
            guard next == close else { return false }
            index += 1
            return true
        default:
            throw error("expected `,` or `\(Character(Unicode.Scalar(close)))` after \(entry) that starts at line \(line), column \(column)", found: true, fix: fix)
        }
    }

    /// A key as a message shows it: at most 40 characters.
    private static func shown(_ name: String) -> String {
        name.count > 40 ? String(name.prefix(40)) + "…" : name
    }

    // MARK: Numbers

    private static let numberFix = "write numbers as JSON does: `12`, `-3`, `2.5` or `1e6`, without leading zeros, `+` or a point at either end; text in double quotes."

    /// The whole numbers a `Double` holds exactly, every one: up to 2^53 either side of 0.
    private static let exactWholes = -(1 << 53)...(1 << 53)

    /// A number as the file wrote it, typed as YAML types it: a whole number without point or
    /// exponent is an integer, any other a number.
    private mutating func number() throws(SyntaxError) -> DocumentNode.Content {
        let start = index
        if next == UInt8(ascii: "-") { index += 1 }
        guard let first = next, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            throw error("a `-` must be followed by digits", found: true, fix: Self.numberFix)
        }
        var whole = skipDigits()
        if first == UInt8(ascii: "0"), whole > 1 {
            throw error("a number may not start with 0 (only 0 itself, or 0 before a point, does)", fix: Self.numberFix, at: start)
        }
        var isInteger = true
        if next == UInt8(ascii: ".") {
            index += 1
            isInteger = false
            guard skipDigits() > 0 else { throw error("a point in a number must be followed by digits", found: true, fix: Self.numberFix) }
        }
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            index += 1
            isInteger = false
            if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw error("the exponent of a number must be digits", found: true, fix: Self.numberFix) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger {
            let negative = bytes[start] == UInt8(ascii: "-")
            // As Yams reads it: `-0` is no whole number, though it is a number.
            var integer: Int? = negative && whole == 1 && first == UInt8(ascii: "0") ? nil : 0
            whole = 0
            for offset in (negative ? start + 1 : start)..<index where integer != nil {
                let (times, overflowTimes) = integer!.multipliedReportingOverflow(by: 10)
                let digit = Int(bytes[offset] - UInt8(ascii: "0"))
                let (sum, overflowSum) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
                integer = overflowTimes || overflowSum ? nil : sum
            }
            // Whole numbers up to 2^53 are exactly what `Double` reads from their text.
            let double = integer.flatMap { Self.exactWholes.contains($0) ? Double($0) : nil } ?? Double(text)
            try checkFinite(double, text, start: start)
            return .scalar(text, .integer(integer, double))
        }
        let double = Double(text)
        try checkFinite(double, text, start: start)
        return .scalar(text, .number(double))
    }

    private mutating func checkFinite(_ double: Double?, _ text: String, start: Int) throws(SyntaxError) {
        guard let double, double.isFinite else {
            throw error("the number \(text.count > 40 ? String(text.prefix(40)) + "…" : text) is too large for a number of ActorMap's (at most about 1.8e308)",
                        fix: "write a smaller number; no weight or amount needs more than 15 digits.", at: start)
        }
    }

    /// Skips digits, returning how many.
    private mutating func skipDigits() -> Int {
        let start = index
        while let byte = next, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        return index - start
    }

    // MARK: Text

    private mutating func string() throws(SyntaxError) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return try escapedString(from: start) }
            index += 1
        }
        throw error("the text that starts here has no closing `\"`", fix: "end the text with `\"`; a `\"` inside text is written `\\\"`.", at: start - 1)
    }

    /// A syntax error at an earlier place on the current line, where a value started.
    private mutating func error(_ message: String, fix: String, at offset: Int) -> SyntaxError {
        let end = index
        index = offset
        let (line, column) = place()
        index = end
        return SyntaxError(message: message, fix: fix, line: line, column: column)
    }

    /// The rest of a text that holds escapes, decoded from `start`, just after its quote.
    private mutating func escapedString(from start: Int) throws(SyntaxError) -> String {
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while let byte = next {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            case ..<0x20:
                throw error("the control character U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)) stands unescaped inside text",
                            fix: "write it as an escape, such as `\\t` for a tab or `\\n` for a line break; a text cannot run over several lines.")
            case UInt8(ascii: "\\"):
                index += 1
                let escaped: Unicode.Scalar
                switch next {
                case UInt8(ascii: "\""): escaped = "\""
                case UInt8(ascii: "\\"): escaped = "\\"
                case UInt8(ascii: "/"): escaped = "/"
                case UInt8(ascii: "b"): escaped = "\u{8}"
                case UInt8(ascii: "f"): escaped = "\u{C}"
                case UInt8(ascii: "n"): escaped = "\n"
                case UInt8(ascii: "r"): escaped = "\r"
                case UInt8(ascii: "t"): escaped = "\t"
                case UInt8(ascii: "u"):
                    decoded.append(contentsOf: String(try unicodeEscape()).utf8)
                    continue
                default:
                    index -= 1
                    throw error("this backslash starts no escape JSON knows",
                                fix: "write a backslash itself as `\\\\`; the escapes are `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\u` with four hex digits.")
                }
                decoded.append(UInt8(escaped.value))
                index += 1
            default:
                decoded.append(byte)
                index += 1
            }
        }
        throw error("the text that starts here has no closing `\"`", fix: "end the text with `\"`; a `\"` inside text is written `\\\"`.", at: start - 1)
    }

    /// The character of a `\u` escape, with `index` on its `u`: four hex digits, or two such
    /// escapes for a character beyond U+FFFF (a surrogate pair, as Python writes `😀`).
    private mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let escapeStart = index - 1
        let first = try hexDigits()
        switch first {
        case 0xD800...0xDBFF:
            guard next == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("the escape `\(escapeText(escapeStart))` is the first half of a character (a high surrogate) without its second half after it",
                            fix: "write the character itself, or both its escapes together, such as `\\ud83d\\ude00` for 😀.", at: escapeStart)
            }
            index += 1
            let second = try hexDigits()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw error("the escape `\(escapeText(escapeStart))` is the first half of a character (a high surrogate) without its second half after it",
                            fix: "write the character itself, or both its escapes together, such as `\\ud83d\\ude00` for 😀.", at: escapeStart)
            }
            // A pair makes a code from U+10000 to U+10FFFF, every one a character.
            return Unicode.Scalar(0x10000 + (first - 0xD800) << 10 + (second - 0xDC00)) ?? "\u{FFFD}"
        case 0xDC00...0xDFFF:
            throw error("the escape `\(escapeText(escapeStart))` is the second half of a character (a low surrogate) without its first half before it",
                        fix: "write the character itself, or both its escapes together, such as `\\ud83d\\ude00` for 😀.", at: escapeStart)
        default:
            // Every code below U+D800 or above U+DFFF is a character.
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }
    }

    /// The four hex digits after a `u`, with `index` on the `u`; `index` ends after them.
    private mutating func hexDigits() throws(SyntaxError) -> UInt32 {
        let escapeStart = index - 1
        index += 1
        var value: UInt32 = 0
        for _ in 0..<4 {
            let digit: UInt8? = switch next {
            case let byte? where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte): byte - UInt8(ascii: "0")
            case let byte? where (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte): byte - UInt8(ascii: "a") + 10
            case let byte? where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte): byte - UInt8(ascii: "A") + 10
            default: nil
            }
            guard let digit else {
                throw error("the escape `\\u` must be followed by four hex digits (0-9, a-f)",
                            fix: "write the character itself, or its code in four digits, such as `\\u00e9` for é.", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// The escape that starts at `offset`, as the file wrote it: `\ud83d`.
    private func escapeText(_ offset: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + 6, bytes.count)]), as: UTF8.self)
    }
}

extension String {
    /// The text with zeros in front, to at least `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
