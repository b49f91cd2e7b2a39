internal import CLibYAML
import Yams

/// Reads a YAML text straight from libyaml's events into a `DocumentNode` tree, without
/// composing Yams' tree first: composing it and carrying it over took two thirds of
/// reading a big map.
///
/// It reads the texts maps are written as: one document of mappings, lists and scalars,
/// tagged or not. A text it does not read as Yams would is left to Yams, which then gives the
/// tree or the problem it always gave: a syntax error, no document or more than one, an
/// anchor or alias (whose expansion Yams' path measures), a key that is not a scalar, a key
/// given twice (or two with the same text), or nesting deeper than `maximumDepth`.
///
/// The functions are those of the copy of libyaml 0.2.5 that Yams builds into the program,
/// described by Debian's header of the same version. That copy has no `yaml_get_version`, so
/// before its first text the reader reads a small one and checks every part of its events it
/// uses; if any differs, every text is left to Yams.
enum YAMLEventReader {
    /// Whether libyaml's events read as the header describes them.
    static let isAvailable: Bool = {
        let probe = "k: [1, 'x', !!str 2]\n"
        var text = probe
        guard let tree = text.withUTF8({ tree(ofUTF8: $0) }) else { return false }
        return describe(tree) == "{k@1:1 text: [1@1:5 int, x@1:8 text, 2@1:13 text]@1:4}@1:1"
    }()

    private static func describe(_ node: DocumentNode) -> String {
        let place = "@\(node.line):\(node.column)"
        switch node.content {
        case .scalar(let text, .text): return text + place + " text"
        case .scalar(let text, .integer(let value?, _)) where Int(text) == value: return text + place + " int"
        case .scalar: return "?"
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]" + place
        case .mapping(let pairs): return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}" + place
        }
    }

    /// Nesting deeper than this is left to Yams, whose libyaml refuses it at its own limit.
    static let maximumDepth = 500

    /// The lists and mappings still open while their events are read, innermost last, with
    /// their entries so far. As in the JSON scanner, the entries of all of them wait together
    /// and each collection's are moved into an array of their own size when it closes, so
    /// that no array of the tree grows by copying or keeps room it does not use.
    private struct OpenCollections: ~Copyable {
        private struct Collection {
            var isMapping: Bool
            var line: Int
            var column: Int
            /// Where its entries start on `items` or `pairs`.
            var first: Int
            var pendingKey: DocumentNode?
            /// The keys' texts, once the mapping is too long to compare them one by one.
            var keyTexts: Set<String>?
        }

        private var collections: [Collection] = []
        private var items = DocumentNode.OpenEntries<DocumentNode>()
        private var pairs = DocumentNode.OpenEntries<(key: DocumentNode, value: DocumentNode)>()

        var depth: Int { collections.count }

        mutating func open(isMapping: Bool, line: Int, column: Int) {
            collections.append(Collection(isMapping: isMapping, line: line, column: column, first: isMapping ? pairs.count : items.count))
        }

        /// Adds a finished value to the innermost collection; `false` when it is a key this
        /// reader leaves to Yams.
        mutating func add(_ node: DocumentNode) -> Bool {
            let innermost = collections.count - 1
            guard collections[innermost].isMapping else {
                items.append(node)
                return true
            }
            guard let key = collections[innermost].pendingKey else {
                guard case .scalar(let text, _) = node.content else { return false }
                let first = collections[innermost].first
                if pairs.count - first < 16 {
                    if pairs.first(from: first, where: { $0.key.text == text }) != nil { return false }
                } else {
                    if collections[innermost].keyTexts == nil {
                        var texts: Set<String> = []
                        pairs.forEach(from: first) { pair in
                            if let key = pair.key.text { texts.insert(key) }
                        }
                        collections[innermost].keyTexts = texts
                    }
                    guard collections[innermost].keyTexts!.insert(text).inserted else { return false }
                }
                collections[innermost].pendingKey = node
                return true
            }
            pairs.append((key, node))
            collections[innermost].pendingKey = nil
            return true
        }

        /// Closes the innermost collection and gives its node; `nil` when none is open.
        mutating func close() -> DocumentNode? {
            guard let collection = collections.popLast() else { return nil }
            let content: DocumentNode.Content
            if collection.isMapping {
                content = .mapping(pairs.removeAll(from: collection.first))
            } else {
                content = .list(items.removeAll(from: collection.first))
            }
            return DocumentNode(content: content, line: collection.line, column: collection.column)
        }
    }

    /// The tree of a text of one YAML document, the same as Yams' default resolver gives
    /// through `DocumentNode`; `nil` for a text left to Yams (see the type's description).
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    static func tree(of text: String) -> DocumentNode? {
        guard isAvailable else { return nil }
        var text = text
        return text.withUTF8 { bytes in tree(ofUTF8: bytes) }
    }

    private static func tree(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> DocumentNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        var event = yaml_event_t()
        var open = OpenCollections()
        var root: DocumentNode?
        var documents = 0
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let finished: DocumentNode
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                continue
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                guard documents == 1 else { return nil }
                continue
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_SCALAR_EVENT:
                guard event.data.scalar.anchor == nil, let scalar = scalar(of: event) else { return nil }
                finished = scalar
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                guard anchor == nil, open.depth < maximumDepth else { return nil }
                open.open(isMapping: isMapping, line: event.start_mark.line + 1, column: event.start_mark.column + 1)
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let collection = open.close() else { return nil }
                finished = collection
            default:
                // An alias, or an event libyaml does not send inside a document.
                return nil
            }
            if open.depth == 0 {
                root = finished
            } else if !open.add(finished) {
                return nil
            }
        }
    }

    /// A scalar typed as Yams' default resolver types it: plain text by what it says, quoted
    /// and block text as text, and text with a tag by its tag.
    private static func scalar(of event: yaml_event_t) -> DocumentNode? {
        let data = event.data.scalar
        let line = event.start_mark.line + 1, column = event.start_mark.column + 1
        var bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        // Yams decodes a scalar with Foundation, which drops a byte order mark (U+FEFF, as
        // `"\uFEFF"` or written out) at its start.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
        let written = String(decoding: bytes, as: UTF8.self)
        if data.tag == nil {
            guard data.style == YAML_PLAIN_SCALAR_STYLE else {
                return DocumentNode(content: .scalar(written, .text), line: line, column: column)
            }
            switch DocumentNode.implicitTag(of: written) {
            case .str?: return DocumentNode(content: .scalar(written, .text), line: line, column: column)
            case .null?: return DocumentNode(content: .scalar(written, .null), line: line, column: column)
            case .bool?: return DocumentNode(content: .scalar(written, .boolean(DocumentNode.trueWords.contains(written))), line: line, column: column)
            case .int?:
                if let value = DocumentNode.decimal(written) {
                    return DocumentNode(content: .scalar(written, .integer(value, Double(value))), line: line, column: column)
                }
            default: break
            }
        }
        // Numbers written otherwise than in plain decimal, `~`, `.inf`, dates, and tagged
        // scalars: few in a map, typed by Yams itself, as its composer tags them.
        let tag: Tag.Name
        if data.quoted_implicit == 1 {
            tag = .str
        } else if let name = data.tag {
            tag = Tag.Name(rawValue: String(cString: name))
        } else {
            tag = .implicit
        }
        guard let style = Node.Scalar.Style(rawValue: UInt32(data.style.rawValue)) else { return nil }
        // Yams' marks cannot be made outside it; the place is given to the node afterwards.
        guard var node = try? DocumentNode(Node.scalar(Node.Scalar(written, Tag(tag), style)), untyped: false) else { return nil }
        node.line = line
        node.column = column
        return node
    }
}
