import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read into a tree of elements, each with the line it starts on, so that
/// the GraphML, GEXF and workbook readers can walk it freely and still name lines in their
/// problems.
///
/// Parsing is Foundation's `XMLParser` (libxml2 on Linux), fed only valid UTF-8: the bytes
/// are checked, or converted from the encoding the file declares, before the parser sees
/// them. External entities are left unresolved, and a file that declares entities of its
/// own or refers to undefined ones is refused rather than read with their text left out.
/// Elements are kept in one flat array in document order, so that neither walking nor
/// freeing a tree recurses, and nesting deeper than ``maximumDepth`` is refused.
struct XMLTree: Sendable {
    /// One element of the tree: a position in the tree's flat storage.
    struct Element: Sendable {
        fileprivate let storage: Storage
        fileprivate let index: Int

        private var node: Node { storage.nodes[index] }

        /// The local name, without a namespace prefix: `node`, `NodeLabel`.
        var name: String { node.name }
        /// The namespace the element is in, `""` for none.
        var namespace: String { node.namespace }
        var attributes: [String: String] { node.attributes }
        /// The character data directly inside the element.
        var text: String { node.text }
        var line: Int { node.line }

        /// Every element directly inside this one, in any namespace.
        var children: [Element] { node.children.map { Element(storage: storage, index: $0) } }

        /// The first child of that name in this element's own namespace.
        func child(_ name: String) -> Element? {
            node.children.lazy.map { Element(storage: storage, index: $0) }.first { $0.isNamed(name, in: namespace) }
        }

        /// The first child of that name in any namespace, for another vocabulary's elements a
        /// reader looks for by name, such as GEXF's `viz:color` inside a `node`.
        func child(_ name: String, inAnyNamespace: Bool) -> Element? {
            guard inAnyNamespace else { return child(name) }
            return node.children.lazy.map { Element(storage: storage, index: $0) }.first { $0.name == name }
        }

        /// The children of that name in this element's own namespace: an element another
        /// vocabulary put there (`<other:node>` inside a GraphML `<graph>`) is not one of them.
        func children(_ name: String) -> [Element] {
            children.filter { $0.isNamed(name, in: namespace) }
        }

        /// Every element below this one of that name, in any namespace, depth first.
        ///
        /// - Complexity: O(*d*) for *d* elements below this one.
        func descendants(_ name: String) -> [Element] {
            (index + 1 ..< node.end).compactMap { storage.nodes[$0].name == name ? Element(storage: storage, index: $0) : nil }
        }

        private func isNamed(_ name: String, in namespace: String) -> Bool {
            self.name == name && self.namespace == namespace
        }
    }

    /// An element's data; `children` and `end` are positions in `Storage.nodes`, where every
    /// element's descendants follow it, up to `end`.
    fileprivate struct Node: Sendable {
        var name: String
        var namespace: String
        var attributes: [String: String]
        var text = ""
        var line: Int
        var children: [Int] = []
        var end = 0
    }

    /// The elements, shared by every ``Element`` of one tree; never changed once built.
    fileprivate final class Storage: Sendable {
        let nodes: [Node]
        init(nodes: [Node]) { self.nodes = nodes }
    }

    var root: Element
    /// Processing instructions by target, as `<?target data?>` wrote them.
    var instructions: [String: (data: String, line: Int)]

    /// The deepest nesting read. GraphML, GEXF and workbooks need a few levels (yEd's groups
    /// a few more); a file nested thousands deep is broken or hostile.
    static let maximumDepth = 1_000

    /// Parses `data` and reads the tree with `read`; XML that cannot be parsed is the one
    /// problem reported.
    ///
    /// - Complexity: O(*n*) for *n* bytes, and whatever `read` takes.
    static func check(_ data: Data, file: String, _ read: (XMLTree) -> ValidationReport) -> ValidationReport {
        do {
            return read(try parse(data, file: file))
        } catch {
            return ValidationReport(problems: error.problems)
        }
    }

    /// Parses XML data.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, in UTF-8, UTF-16 (with a byte order mark), ISO-8859-1 or
    ///     windows-1252 as its declaration says.
    ///   - file: The file's name, for problems.
    /// - Throws: the problem that kept the data from being read as XML: bytes that are not
    ///   text in its encoding (with their offset and line), entities, nesting deeper than
    ///   ``maximumDepth``, or the parser's own complaint with its line.
    /// - Complexity: O(*n*) for *n* bytes.
    static func parse(_ data: Data, file: String) throws(DatasetError) -> XMLTree {
        let utf8 = try XMLEncoding.utf8(data, file: file)
        try refuseEntityDeclarations(utf8, file: file)
        let parser = XMLParser(data: utf8)
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        func failure(_ message: String, fix: String, line: Int?) -> DatasetError {
            DatasetError(problems: [Problem(.error, path: "", message, fix: fix, file: file, line: line)])
        }
        if let line = builder.tooDeepAt {
            throw failure("the elements are nested more than \(maximumDepth) deep, far deeper than any map needs.",
                          fix: "export the map again from the program that made it; the file is damaged or was not written for ActorMap.", line: line)
        }
        if let (entity, line) = builder.undefinedEntity {
            throw failure("the file refers to the entity '&\(entity);', which XML does not define and ActorMap does not read, so its text would be lost.",
                          fix: "write the text out in its place (only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are read).",
                          line: line)
        }
        // libxml2 may recover from an error and report success; any error refuses the file.
        let error = builder.firstError ?? parser.parserError.map { ($0, parser.lineNumber) }
        guard parsed, error == nil, builder.open.isEmpty, let root = builder.rootIndex else {
            let reason = error.map { Self.describe($0.0 as NSError) } ?? "it holds no element"
            let line = error?.1 ?? parser.lineNumber
            throw failure("the file is not well-formed XML (\(reason)).",
                          fix: "check that the file was saved completely and by the program named in its first lines.",
                          line: line > 0 ? line : nil)
        }
        return XMLTree(root: Element(storage: Storage(nodes: builder.nodes), index: root), instructions: builder.instructions)
    }

    /// The parser's error in words: `undeclaredEntityError` becomes "undeclared entity".
    private static func describe(_ error: NSError) -> String {
        guard error.domain == XMLParser.errorDomain, let code = XMLParser.ErrorCode(rawValue: error.code) else {
            return error.localizedDescription
        }
        var words = ""
        for character in String(describing: code).replacingOccurrences(of: "Error", with: "") {
            if character.isUppercase, !words.isEmpty { words.append(" ") }
            words.append(character.lowercased())
        }
        return words.isEmpty ? "error \(error.code)" : words
    }

    /// Entities declared in the document type are expanded by libxml2 only in part (internal
    /// ones vanish, external ones end the text), so a file that declares any is refused,
    /// naming the first.
    private static func refuseEntityDeclarations(_ utf8: Data, file: String) throws(DatasetError) {
        guard let doctype = utf8.range(of: Data("<!DOCTYPE".utf8)),
              let declaration = utf8.range(of: Data("<!ENTITY".utf8), in: doctype.upperBound ..< utf8.endIndex) else { return }
        let name = String(decoding: utf8[declaration.upperBound...].prefix(200), as: UTF8.self)
            .split(whereSeparator: { $0.isWhitespace }).first { $0 != "%" } ?? ""
        let line = utf8[..<declaration.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        throw DatasetError(problems: [Problem(
            .error, path: "", "the file declares the entity '\(name)'; ActorMap does not expand entities, so their text would be lost.",
            fix: "write the entity's text out where it is used and remove the <!ENTITY …> declaration, or export the file again.",
            file: file, line: line)])
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var nodes: [Node] = []
        /// The elements open at this point, innermost last.
        var open: [Int] = []
        var rootIndex: Int?
        var instructions: [String: (data: String, line: Int)] = [:]
        var tooDeepAt: Int?
        var undefinedEntity: (name: String, line: Int)?
        var firstError: (Error, line: Int)?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            guard open.count < XMLTree.maximumDepth else {
                tooDeepAt = parser.lineNumber
                parser.abortParsing()
                return
            }
            let index = nodes.count
            nodes.append(Node(name: name, namespace: namespaceURI ?? "", attributes: attributes, line: parser.lineNumber))
            if let parent = open.last {
                nodes[parent].children.append(index)
            } else if rootIndex == nil {
                rootIndex = index
            }
            open.append(index)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let index = open.popLast() else { return }
            nodes[index].end = nodes.count
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { nodes[current].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if let current = open.last { nodes[current].text += String(decoding: block, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            instructions[target] = (data ?? "", parser.lineNumber)
        }

        /// Called for every entity reference libxml2 cannot expand; none is ever resolved.
        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            if undefinedEntity == nil { undefinedEntity = (name, parser.lineNumber) }
            return nil
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if firstError == nil { firstError = (parseError, parser.lineNumber) }
        }
    }
}

/// Bringing an XML file's bytes to UTF-8 before a parser sees them: Foundation's
/// `XMLParser` traps on names that are not valid UTF-8, so nothing else may reach it.
enum XMLEncoding {
    /// The document as valid UTF-8, with its declaration saying so.
    ///
    /// - Throws: a problem naming the first byte that cannot be decoded (its offset and
    ///   line), or the encoding the file declares when ActorMap cannot read it.
    /// - Complexity: O(*n*) for *n* bytes.
    static func utf8(_ data: Data, file: String) throws(DatasetError) -> Data {
        let bytes = data[...]
        if let littleEndian = utf16ByteOrder(bytes) {
            let body = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) ? bytes.dropFirst(2) : bytes
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index + 1 < body.endIndex {
                let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
                units.append(littleEndian ? first | second << 8 : first << 8 | second)
                index += 2
            }
            var utf8: [UInt8] = []
            utf8.reserveCapacity(units.count)
            let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { utf8.append($0) }
            guard !failed, body.count % 2 == 0 else {
                throw problem("the file starts as UTF-16 text but is not valid UTF-16 (near byte \(utf8.count + 1) of its text).", file: file, line: nil)
            }
            return declaringUTF8(Data(utf8))
        }
        let declared = declaredEncoding(bytes)
        switch declared?.lowercased() {
        case nil, "utf-8", "utf8":
            if let offset = DatasetDocument.firstInvalidUTF8Offset(bytes) {
                let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                throw problem("the file is not UTF-8 text (byte \(offset - bytes.startIndex + 1), on line \(line), cannot be decoded).", file: file, line: line)
            }
            return data
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1":
            return declaringUTF8(Data(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })).utf8))
        case "us-ascii", "ascii":
            if let offset = bytes.firstIndex(where: { $0 >= 0x80 }) {
                let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                throw problem("the file declares ASCII but byte \(offset - bytes.startIndex + 1), on line \(line), is not ASCII.", file: file, line: line)
            }
            return data
        case "windows-1252", "cp1252":
            guard let text = String(data: data, encoding: .windowsCP1252) else {
                throw problem("the file declares windows-1252 but cannot be decoded as such.", file: file, line: nil)
            }
            return declaringUTF8(Data(text.utf8))
        case .some:
            throw problem("the file declares the encoding '\(declared ?? "")', which ActorMap does not read (it reads UTF-8, UTF-16, ISO-8859-1 and windows-1252).",
                          file: file, line: 1)
        }
    }

    private static func problem(_ message: String, file: String, line: Int?) -> DatasetError {
        DatasetError(problems: [Problem(.error, path: "", message, fix: "save the file again as UTF-8, or export it again from the program that made it.", file: file, line: line)])
    }

    /// `true` for little-endian UTF-16, `false` for big-endian, by the byte order mark or the
    /// way `<` is written; `nil` for everything else.
    private static func utf16ByteOrder(_ bytes: Data.SubSequence) -> Bool? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0x3C, 0x00]) { return true }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x3C]) { return false }
        return nil
    }

    /// The `encoding` of an XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`).
    private static func declaredEncoding(_ bytes: Data.SubSequence) -> String? {
        declaration(in: String(decoding: bytes.prefix(512), as: UTF8.self)).flatMap { declaration in
            declaration.range(of: #"encoding\s*=\s*["'][^"']*["']"#, options: .regularExpression).map { range in
                String(declaration[range].drop { $0 != "\"" && $0 != "'" }.dropFirst().dropLast())
            }
        }
    }

    /// The XML declaration at the start of a text.
    private static func declaration(in text: String) -> Substring? {
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        guard body.hasPrefix("<?xml"), let end = body.range(of: "?>") else { return nil }
        return body[..<end.upperBound]
    }

    /// UTF-8 text whose declaration, if it names an encoding, names UTF-8.
    private static func declaringUTF8(_ utf8: Data) -> Data {
        var text = String(decoding: utf8, as: UTF8.self)
        guard let range = declaration(in: text)?.range(of: #"encoding\s*=\s*["'][^"']*["']"#, options: .regularExpression) else { return utf8 }
        text.replaceSubrange(range, with: "encoding=\"UTF-8\"")
        return Data(text.utf8)
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
            line("<\(name)\(Self.attributes(attributes))>\(MarkupText.xml(text, inAttribute: false))</\(name)>")
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
        attributes.compactMap { name, value in value.map { " \(name)=\"\(MarkupText.xml($0, inAttribute: true))\"" } }.joined()
    }

    private static func showingForbidden(_ text: String) -> String {
        text.unicodeScalars.reduce(into: "") { kept, scalar in
            if ControlCharacters.isAllowedInXML(scalar) { kept.unicodeScalars.append(scalar) } else { kept += ControlCharacters.visible(scalar) }
        }
    }
}
