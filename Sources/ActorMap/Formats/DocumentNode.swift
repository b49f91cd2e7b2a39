import Yams

/// One value of a dataset file as the readers walk it, whether the file was YAML or JSON:
/// text, a list or a mapping, with the line and column it starts at.
///
/// JSON is scanned straight into this tree (see ``JSONScanner``); YAML is parsed by Yams and
/// its tree carried over, each scalar's YAML type resolved once on the way.
struct DocumentNode {
    /// What a scalar holds, as its syntax types it: a number is a number only when written
    /// as one (`2017`, not `"2017"`).
    enum Scalar {
        case text
        case null
        /// `true` or `false`; `nil` when the type was forced on text that is neither.
        case boolean(Bool?)
        /// A whole number, and the same as a `Double`; `nil` where it does not fit (an `Int`
        /// holds up to 9,223,372,036,854,775,807; YAML reads `-0` as no whole number).
        case integer(Int?, Double?)
        case number(Double?)
    }

    enum Content {
        /// The scalar's text as written (`2.50`, `true`, `null`) or, for quoted text, as decoded.
        case scalar(String, Scalar)
        case list([DocumentNode])
        case mapping([(key: DocumentNode, value: DocumentNode)])
    }

    var content: Content
    /// Where the value starts, counted from 1; the column in characters (Unicode scalars).
    var line: Int
    var column: Int

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
    /// Carries a tree Yams composed over, resolving each scalar's type as Yams does.
    ///
    /// - Complexity: O(*n*) for *n* nodes with aliases expanded, which the reader has held to
    ///   ten times the text's own size before this is called.
    init(_ node: Node) {
        let mark = node.mark
        line = mark?.line ?? 0
        column = mark?.column ?? 0
        switch node {
        case .scalar(let scalar):
            let type: Scalar = switch node.tagName {
            case .null: .null
            case .bool: .boolean(node.bool)
            case .int: .integer(node.int, node.float)
            case .float: .number(node.float)
            default: .text
            }
            content = .scalar(scalar.string, type)
        case .sequence(let sequence):
            content = .list(sequence.map(DocumentNode.init))
        case .mapping(let mapping):
            content = .mapping(mapping.map { (DocumentNode($0.key), DocumentNode($0.value)) })
        case .alias(let alias):
            // Yams resolves every alias while composing; a tree it hands back holds none.
            content = .scalar("*\(alias.anchor)", .text)
        }
    }
}

extension Node {
    /// The resolved YAML type of a node (`int`, `float`, `bool`, `null`, `str`…).
    var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}
