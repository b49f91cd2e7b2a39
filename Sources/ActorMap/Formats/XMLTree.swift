import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read into a tree of elements, each with the line it starts on, so that
/// the GraphML, GEXF and workbook readers can walk it freely and still name lines in their
/// problems.
///
/// Parsing is Foundation's `XMLParser` (libxml2 on Linux), with external entities left
/// unresolved.
struct XMLTree: Sendable {
    struct Element: Sendable {
        /// The local name, without a namespace prefix: `node`, `NodeLabel`.
        var name: String
        var attributes: [String: String]
        var children: [Element] = []
        /// The character data directly inside the element.
        var text = ""
        var line: Int

        func child(_ name: String) -> Element? { children.first { $0.name == name } }
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// Every element below this one, depth first.
        func descendants(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
        }
    }

    var root: Element
    /// Processing instructions by target, as `<?target data?>` wrote them.
    var instructions: [String: (data: String, line: Int)]

    /// Parses XML data.
    ///
    /// - Throws: the problem that kept the data from being read as XML.
    static func parse(_ data: Data, file: String) throws(DatasetError) -> XMLTree {
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "it holds no element"
            throw DatasetError(problems: [
                Problem(.error, path: "", "the file is not well-formed XML (\(reason)).",
                        fix: "check that the file was saved completely and by the program named in its first lines.",
                        file: file, line: parser.lineNumber > 0 ? parser.lineNumber : nil),
            ])
        }
        return XMLTree(root: root, instructions: builder.instructions)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        var instructions: [String: (data: String, line: Int)] = [:]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append(Element(name: name, attributes: attributes, line: parser.lineNumber))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(element)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: block, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            instructions[target] = (data ?? "", parser.lineNumber)
        }
    }
}

/// XML text written a line at a time, with every piece of user text escaped.
struct XMLOutput {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// Starts an element that holds others.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    /// An element with only text, or nothing, inside.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String? = nil) {
        if let text {
            line("<\(name)\(Self.attributes(attributes))>\(Self.escaped(text, inAttribute: false))</\(name)>")
        } else {
            line("<\(name)\(Self.attributes(attributes))/>")
        }
    }

    /// A processing instruction, `<?target data?>`; `?>` cannot occur in `data`.
    mutating func instruction(_ target: String, _ data: String) {
        line("<?\(target) \(Self.showingForbidden(data))?>")
    }

    private mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    private static func attributes(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escaped($0, inAttribute: true))\"" } }.joined()
    }

    /// Text escaped for XML 1.0: markup characters as entities; carriage returns (and, in
    /// attributes, line breaks and tabs) as character references, which parsers would
    /// otherwise normalise away; characters XML 1.0 cannot hold at all (most control
    /// characters, U+FFFE, U+FFFF) in their visible form, `\u{1B}`
    /// (``ControlCharacters/visible(_:)``). Everything else XML allows is kept as it is, for
    /// the programs that read the file.
    static func escaped(_ text: String, inAttribute: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where inAttribute: escaped += "&quot;"
            case "\r": escaped += "&#13;"
            case "\n" where inAttribute: escaped += "&#10;"
            case "\t" where inAttribute: escaped += "&#9;"
            case _ where !ControlCharacters.isAllowedInXML(scalar): escaped += ControlCharacters.visible(scalar)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func showingForbidden(_ text: String) -> String {
        text.unicodeScalars.reduce(into: "") { kept, scalar in
            if ControlCharacters.isAllowedInXML(scalar) { kept.unicodeScalars.append(scalar) } else { kept += ControlCharacters.visible(scalar) }
        }
    }
}
