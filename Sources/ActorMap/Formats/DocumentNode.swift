import Yams

/// One value of a dataset file as the readers walk it, whether the file was YAML or JSON:
/// text, a list or a mapping, with the line and column it starts at.
///
/// JSON is scanned straight into this tree (see ``JSONScanner``); YAML is parsed by Yams and
/// its tree carried over, each scalar's YAML type resolved once on the way.
struct DocumentNode: Sendable {
    /// What a scalar holds, as its syntax types it: a number is a number only when written
    /// as one (`2017`, not `"2017"`).
    enum Scalar: Sendable {
        case text
        case null
        /// `true` or `false`; `nil` when the type was forced on text that is neither.
        case boolean(Bool?)
        /// A whole number, and the same as a `Double`; `nil` where it does not fit (an `Int`
        /// holds up to 9,223,372,036,854,775,807; YAML reads `-0` as no whole number).
        case integer(Int?, Double?)
        case number(Double?)
    }

    enum Content: Sendable {
        /// The scalar's text as written (`2.50`, `true`, `null`) or, for quoted text, as decoded.
        case scalar(String, Scalar)
        case list([DocumentNode])
        case mapping([(key: DocumentNode, value: DocumentNode)])
    }

    var content: Content
    // Kept in 32 bits, which hold the place of any file the reader accepts: a big map's tree
    // has hundreds of thousands of nodes.
    private var storedLine: Int32
    private var storedColumn: Int32

    /// Where the value starts, counted from 1; the column in characters (Unicode scalars).
    var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    init(content: Content, line: Int, column: Int) {
        self.content = content
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// The text of a scalar; `nil` for a list or a mapping.
    var text: String? {
        if case .scalar(let text, _) = content { text } else { nil }
    }

    /// Whether this is YAML's or JSON's `null` (or YAML's `~` and empty value).
    var isNull: Bool {
        if case .scalar(_, .null) = content { true } else { false }
    }
}

extension DocumentNode {
    /// A key given twice in one mapping, as Yams' default resolver types keys.
    struct RepeatedKey: Error {}

    /// Carries a tree Yams composed over, giving each scalar the type Yams' default resolver
    /// gives it.
    ///
    /// - Parameters:
    ///   - node: The root of the tree.
    ///   - untyped: Whether Yams composed it with its basic resolver, which types nothing,
    ///     from text without tags (`!`) or anchors (`&`): every plain scalar is then typed here
    ///     from its text, and every mapping's keys are compared as the default resolver would
    ///     have Yams compare them, text and type.
    /// - Throws: ``RepeatedKey`` when an untyped tree has a key twice in one mapping, or a key
    ///   that is a list or a mapping (whose comparison is left to Yams).
    /// - Complexity: O(*n*) for *n* nodes with aliases expanded, which the reader has held to
    ///   ten times the text's own size before this is called.
    init(_ node: Node, untyped: Bool) throws(RepeatedKey) {
        let mark = node.mark
        storedLine = Int32(clamping: mark?.line ?? 0)
        storedColumn = Int32(clamping: mark?.column ?? 0)
        switch node {
        case .scalar(let scalar):
            let written = scalar.string
            let isImplicit = untyped ? scalar.style == .plain : scalar.tag.rawValue == Tag.Name.implicit.rawValue
            let type: Scalar = switch Self.defaultTag(of: scalar, in: node, untyped: untyped) {
            case .null: .null
            // Yams reads no `Bool` from a key its basic resolver has typed as text.
            case .bool: .boolean(untyped ? Self.trueWords.contains(written) : node.bool)
            case .int: (isImplicit ? Self.decimal(written) : nil).map { .integer($0, Double($0)) } ?? .integer(node.int, node.float)
            case .float: .number(node.float)
            default: .text
            }
            content = .scalar(written, type)
        case .sequence(let sequence):
            var items: [DocumentNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try DocumentNode(item, untyped: untyped)) }
            content = .list(items)
        case .mapping(let mapping):
            var pairs: [(key: DocumentNode, value: DocumentNode)] = []
            var keys: Set<KeyIdentity> = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                if untyped {
                    guard case .scalar(let scalar) = key,
                          keys.insert(KeyIdentity(text: scalar.string, tag: Self.defaultTag(of: scalar, in: key, untyped: true))).inserted
                    else { throw RepeatedKey() }
                }
                pairs.append((try DocumentNode(key, untyped: untyped), try DocumentNode(value, untyped: untyped)))
            }
            content = .mapping(pairs)
        case .alias(let alias):
            // Yams resolves every alias while composing; a tree it hands back holds none.
            content = .scalar("*\(alias.anchor)", .text)
        }
    }

    /// A mapping key as Yams compares keys: its text and its type.
    private struct KeyIdentity: Hashable {
        var text: String
        var tag: Tag.Name
    }

    /// The type Yams' default resolver gives a scalar. In an untyped tree a plain scalar is
    /// typed by its text and any other is text (quoted, `|` or `>`); in a typed tree a scalar
    /// keeps the tag it has, and one still implicit is typed by its text.
    private static func defaultTag(of scalar: Node.Scalar, in node: Node, untyped: Bool) -> Tag.Name {
        if untyped {
            guard scalar.style == .plain else { return .str }
            return implicitTag(of: scalar.string) ?? Resolver.default.resolveTag(of: Node(scalar.string))
        }
        guard scalar.tag.rawValue == Tag.Name.implicit.rawValue else { return node.tagName }
        return implicitTag(of: scalar.string) ?? node.tagName
    }
}

extension DocumentNode {
    /// The type Yams' default resolver gives a plain scalar, where it is sure without its
    /// regular expressions (which take a third of reading a big map); `nil` otherwise.
    ///
    /// Each of the resolver's patterns (bool, int, float, merge, null, timestamp, value) is
    /// anchored at both ends; those that can match text starting with a letter are the words
    /// of bool and null, and every other pattern starts with a digit or one of `-+.~<=`.
    static func implicitTag(of text: String) -> Tag.Name? {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            // The words of bool and null have at most five letters, the first of them one of
            // `fnoty` in either case: most text is told from them without hashing it.
            guard text.utf8.count <= 5 else { return .str }
            switch first | 0x20 {
            case UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "y"): break
            default: return .str
            }
            if booleanWords.contains(text) { return .bool }
            if nullWords.contains(text) { return .null }
            return .str
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "="):
            return decimal(text) == nil ? nil : .int
        default:
            return .str
        }
    }

    private static let booleanWords: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
                                                    "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"]
    /// The words Yams reads as `true` among those its default resolver types as booleans.
    static let trueWords: Set<String> = ["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    private static let nullWords: Set<String> = ["null", "Null", "NULL"]

    /// The value of a whole number written plainly in decimal, `0` or `-2017` but not `007`,
    /// `1_000` or `+5`, of at most 15 digits: what Yams reads it as, both as an `Int` and, as
    /// every such number is exact, as a `Double`. `nil` for any other text.
    static func decimal(_ text: String) -> Int? {
        var digits = text.utf8[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard let first = digits.first, (1...15).contains(digits.count), first != UInt8(ascii: "0") || (digits.count == 1 && !negative) else { return nil }
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }
}

extension Node {
    /// The resolved YAML type of a node (`int`, `float`, `bool`, `null`, `str`…).
    var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}

extension DocumentNode {
    /// The entries of the lists and mappings still open while a text is read, innermost last,
    /// for the JSON scanner and the YAML event reader.
    ///
    /// When a collection closes, its entries are moved, not copied, into an array of their own
    /// size: no array of the tree grows by copying or keeps room it does not use, and no node
    /// is retained and then released on the way, as copying them out of an `Array` of open
    /// entries did for every node of a map.
    struct OpenEntries<Entry>: ~Copyable {
        private var storage: UnsafeMutablePointer<Entry>
        private var capacity: Int
        /// How many entries are open, in all the open collections together.
        private(set) var count = 0

        init() {
            capacity = 64
            storage = .allocate(capacity: capacity)
        }

        deinit {
            storage.deinitialize(count: count)
            storage.deallocate()
        }

        /// Adds an entry to the innermost collection.
        ///
        /// - Complexity: O(1) amortised.
        mutating func append(_ entry: Entry) {
            if count == capacity {
                let larger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2)
                larger.moveInitialize(from: storage, count: count)
                storage.deallocate()
                storage = larger
                capacity *= 2
            }
            (storage + count).initialize(to: entry)
            count += 1
        }

        /// The first open entry from `first` on that satisfies `predicate`, each looked at in
        /// place as the closure's argument.
        ///
        /// - Complexity: O(*k*) for *k* entries from `first` on.
        func first(from first: Int, where predicate: (Entry) -> Bool) -> Entry? {
            precondition((0...count).contains(first), "open entries are read from beyond the last")
            return UnsafeBufferPointer(start: storage + first, count: count - first).first(where: predicate)
        }

        /// Calls `body` with each open entry from `first` on, in place.
        ///
        /// - Complexity: O(*k*) for *k* entries from `first` on.
        func forEach(from first: Int, _ body: (Entry) -> Void) {
            precondition((0...count).contains(first), "open entries are read from beyond the last")
            UnsafeBufferPointer(start: storage + first, count: count - first).forEach(body)
        }

        /// Moves the entries from `first` on, those of a collection that closes, out into an
        /// array of their own.
        ///
        /// - Complexity: O(*k*) for *k* entries moved.
        mutating func removeAll(from first: Int) -> [Entry] {
            precondition((0...count).contains(first), "a collection closes from beyond its entries")
            let moved = count - first
            let source = storage + first
            count = first
            return Array(unsafeUninitializedCapacity: moved) { buffer, initialized in
                buffer.baseAddress?.moveInitialize(from: source, count: moved)
                initialized = moved
            }
        }
    }
}
