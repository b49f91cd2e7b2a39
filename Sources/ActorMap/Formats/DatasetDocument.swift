import Foundation
import Yams

/// One pass over a dataset's text: decoding, parsing, and walking the tree into the model,
/// collecting problems with their lines as it goes.
struct DatasetDocument {
    private(set) var locations: SourceLocations
    private(set) var problems: [Problem] = []
    /// The order of dates written with slashes, if the analyst gave one.
    var dateOrder: ReadingOptions.DateOrder?
    /// Whether a relationship citing no source is worth a warning.
    var requiringSources = false

    init(file: String?) {
        locations = SourceLocations(file: file)
    }

    /// A document that stands in for one while an entry holds it.
    private static let vacant = DatasetDocument(file: nil)

    func report(dataset: Dataset?) -> ValidationReport {
        var all = problems
        if let dataset { all += dataset.warnings }
        return ValidationReport(problems: all.sorted(by: Self.reading), dataset: dataset)
    }

    /// Errors first, then in the order they stand in the file.
    private static func reading(_ a: Problem, _ b: Problem) -> Bool {
        (a.severity, a.line ?? .max, a.column ?? .max) < (b.severity, b.line ?? .max, b.column ?? .max)
    }

    /// Reports a problem at `path`, which the model's checks then leave alone; placed at
    /// `key` when the problem is with a field's name rather than its value.
    private mutating func report(_ severity: Problem.Severity, _ path: DatasetPath, _ message: String, fix: String? = nil, key: DocumentNode? = nil) {
        if let key {
            problems.append(Problem(severity, path: path.description, message, fix: fix, file: locations.file, line: key.line, column: key.column))
        } else {
            problems.append(locations.located(severity, at: path, message, fix: fix))
        }
        locations.noteReported(path)
    }

    private mutating func reportAt(line: Int?, column: Int?, _ message: String, fix: String) {
        problems.append(Problem(.error, path: "", message, fix: fix, file: locations.file, line: line, column: column))
    }

    // MARK: Text

    mutating func decodeText(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Through a buffer, the standard library validates in its fast path; a slice of Data
        // goes byte by byte, and a NUL is found by the C library's memchr.
        let (decoded, holdsNUL) = bytes.withUnsafeBytes { raw in
            let units = raw.assumingMemoryBound(to: UInt8.self)
            return (String(validating: units, as: UTF8.self), raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false)
        }
        guard let text = decoded else {
            let badOffset = Self.firstInvalidUTF8Offset(bytes) ?? bytes.endIndex
            let prefix = bytes.prefix(badOffset - bytes.startIndex)
            let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            reportAt(line: line, column: nil,
                     "the file is not UTF-8 text (byte \(badOffset - bytes.startIndex + 1) cannot be decoded).",
                     fix: "save the file as UTF-8; spreadsheets and editors offer it under 'Save as' or 'Encoding'.")
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            reportAt(line: nil, column: nil, "the file is empty.",
                     fix: "a dataset needs at least `title:`, `actors:` and `relationships:`; see docs/dataset-format.md.")
            return nil
        }
        if holdsNUL {
            reportAt(line: nil, column: nil, "the file contains NUL bytes, so it is not a text file.",
                     fix: "export the dataset as YAML, JSON or CSV text.")
            return nil
        }
        return text
    }

    /// The index of the first byte that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8Offset(_ bytes: Data.SubSequence) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    // MARK: Syntax

    /// The tree of a text, or `nil` after reporting why it has none.
    ///
    /// - Complexity: O(*n*) for *n* bytes, YAML aliases held to ten times the text's size.
    mutating func parseTree(_ text: String, syntax: DatasetReader.Syntax) -> DocumentNode? {
        syntax == .json ? parseJSON(text) : parseYAML(text)
    }

    private mutating func parseJSON(_ text: String) -> DocumentNode? {
        var text = text
        let tree = text.withUTF8 { bytes in Result { () throws(JSONScanner.SyntaxError) in try JSONScanner.tree(of: bytes) } }
        switch tree {
        case .success(let root): return root
        case .failure(let failure):
            reportAt(line: failure.line, column: failure.column, "the file is not valid JSON: \(failure.message).", fix: failure.fix)
            return nil
        }
    }

    private mutating func parseYAML(_ text: String) -> DocumentNode? {
        if let line = Self.lineOfComplexKey(text, marks: Self.marks(in: text)) {
            reportAt(line: line, column: nil,
                     "a mapping key here is an alias, a list or a mapping (`*name:`, `? …`, `[…]:`); ActorMap does not read such keys, since one can stand for a huge tree.",
                     fix: "write field names as plain words, such as `name:`.")
            return nil
        }
        // One document without anchors is read straight from libyaml's events; any other
        // text, and every text with a problem, is composed by Yams as below.
        if let tree = YAMLEventReader.tree(of: text) { return tree }
        // Yams types every key by regular expressions to compare keys, a third of the time
        // of reading a big map. Text without tags or anchors is composed untyped and its keys
        // compared here by the same rules; text with either, or with a key given twice, is
        // composed as it always was, for Yams' own verdict.
        let marks = Self.marks(in: text)
        if !marks.anchor, !marks.tag, let root = try? Yams.compose(yaml: text, .basic),
           let tree = try? DocumentNode(root, untyped: true) {
            return tree
        }
        do {
            guard let root = try Yams.compose(yaml: text) else {
                reportAt(line: nil, column: nil, "the file holds no data.",
                         fix: "a dataset needs at least `title:`, `actors:` and `relationships:`; see docs/dataset-format.md.")
                return nil
            }
            let size = marks.alias ? Self.size(of: root) : (own: 1, expanded: 1)
            guard size.expanded <= size.own * Self.maximumAliasExpansion else {
                reportAt(line: nil, column: nil,
                         "YAML aliases (`*name`) expand this document to \(size.expanded / max(size.own, 1)) times its own size; ActorMap reads at most \(Self.maximumAliasExpansion) times.",
                         fix: "write the repeated parts out, or alias smaller parts; a map has no need to repeat a large text many times.")
                return nil
            }
            return try DocumentNode(root, untyped: false)
        } catch let error as YamlError {
            let (message, mark) = Self.describe(error)
            reportAt(line: mark?.line, column: mark?.column, "the file is not valid YAML: \(message).",
                     fix: "check the indentation and quoting near that line; text holding ': ' or ' #' needs quotes.")
            return nil
        } catch {
            reportAt(line: nil, column: nil, "the file could not be parsed: \(error).", fix: "check that it is YAML or JSON.")
            return nil
        }
    }

    /// The line of the first mapping key that could be an alias of a collection, in a text
    /// with anchors: Yams hashes every key while parsing, and hashing an alias of nested
    /// aliases walks the whole expanded tree before any limit can be checked.
    static func lineOfComplexKey(_ text: String, marks: Marks) -> Int? {
        guard marks.anchor, marks.alias else { return nil }
        let patterns = [#"\*[^\s,\[\]{}]+\s*:(\s|$)"#, #"(?<![^\s\[{,])\?(\s|$)"#, #"[\]}]\s*:(\s|$)"#]
        let first = patterns.compactMap { text.range(of: $0, options: .regularExpression)?.lowerBound }.min()
        return first.map { text[..<$0].reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
    }

    /// Which of YAML's anchors (`&`), aliases (`*`) and tags (`!`) a text may hold: each
    /// character anywhere, in a value or a comment as much as in the syntax.
    struct Marks {
        var anchor = false, alias = false, tag = false
    }

    /// The marks a text may hold, found in one pass over its bytes: `String.contains` goes
    /// through Foundation's search, a tenth of the time of reading a big map.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    static func marks(in text: String) -> Marks {
        var marks = Marks()
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): marks.anchor = true
            case UInt8(ascii: "*"): marks.alias = true
            case UInt8(ascii: "!"): marks.tag = true
            default: continue
            }
        }
        return marks
    }

    /// The most a document's aliases may expand it: to ten times its own size. An alias stands
    /// for a whole tree, so a small file can otherwise stand for gigabytes (one megabyte of
    /// text aliased a thousand times).
    static let maximumAliasExpansion = 10

    /// A tree's size as written (`own`) and with every alias expanded, each counted as its
    /// nodes plus the bytes of their text; an alias as written counts as its own node.
    ///
    /// An alias is the node it names, met again: Yams keeps no anchor once parsing ends, so a
    /// node is known by where it starts, its shape and its length, which no two nodes share.
    ///
    /// - Complexity: O(*n*) for *n* nodes as written: each aliased tree is measured once.
    static func size(of root: Node) -> (own: Int, expanded: Int) {
        struct Place: Hashable { var shape: Int, line: Int, column: Int, count: Int }
        var measured: [Place: Int] = [:]
        var own = 0
        let ceiling = Int.max / 4
        func expanded(_ node: Node) -> Int {
            let place: Place? = node.mark.map { mark in
                switch node {
                case .scalar(let scalar): Place(shape: 0, line: mark.line, column: mark.column, count: scalar.string.utf8.count)
                case .sequence(let sequence): Place(shape: 1, line: mark.line, column: mark.column, count: sequence.count)
                case .mapping(let mapping): Place(shape: 2, line: mark.line, column: mark.column, count: mapping.count)
                case .alias: Place(shape: 3, line: mark.line, column: mark.column, count: 0)
                }
            }
            if let place, let size = measured[place] {
                own += 1
                return size
            }
            var size = 1
            switch node {
            case .scalar(let scalar):
                size += scalar.string.utf8.count
                own += size
            case .sequence(let sequence):
                own += 1
                for item in sequence { size = min(size + expanded(item), ceiling) }
            case .mapping(let mapping):
                own += 1
                for (key, value) in mapping { size = min(size + expanded(key) + expanded(value), ceiling) }
            case .alias:
                own += 1
            }
            if let place { measured[place] = size }
            return size
        }
        let total = expanded(root)
        return (own, total)
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let context = context.map { "\($0.text) " } ?? ""
            return ("\(context)\(problem)", mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice in one mapping", context.mark)
        case let .reader(problem, _, _, _):
            return (problem, nil)
        default:
            return (String(describing: error), nil)
        }
    }

    /// Characters JSON strings may hold as they are but YAML may not, or reads as line breaks.
    static func needsEscapeInYAML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    // MARK: Schema

    static let topLevelKeys = ["version", "title", "description", "as_of", "sources", "groups", "kinds", "relationship_types", "attributes", "actors", "relationships"]
    static let sourceKeys = ["id", "citation", "url", "date", "kind", "private"]
    static let groupKeys = ["id", "label", "color"]
    static let kindKeys = ["id", "label", "group", "shape"]
    static let typeKeys = ["id", "label", "directed", "sign", "color", "style"]
    static let attributeKeys = ["id", "label", "applies_to", "type", "min", "max", "values", "description"]
    static let datedValueKeys = ["since", "until", "value", "sources", "source", "confidence", "informant"]
    static let actorKeys = ["id", "name", "kind", "since", "until", "tags", "attributes", "source", "note"]
    static let relationshipKeys = ["from", "to", "type", "since", "until", "weight", "amount", "currency", "source", "sources", "confidence", "label", "note", "attributes"]

    /// Everything read from the tree, before the model's own checks.
    struct Contents {
        var title: String, description: String?, asOf: CalendarDate?
        var sources: [Source], groups: [Group], kinds: [ActorKind], types: [RelationshipType]
        var actors: [Actor], relationships: [Relationship]
        var attributes: [AttributeDeclaration] = []
    }

    /// Parses the text and reads its tree. The tree stays in ``locations`` until the model's
    /// checks have placed their problems (see ``dataset(from:)``).
    mutating func contents(of text: String, syntax: DatasetReader.Syntax) -> Contents? {
        guard let root = parseTree(text, syntax: syntax) else { return nil }
        return contents(of: root)
    }

    private mutating func contents(of root: DocumentNode) -> Contents? {
        locations.root = root
        guard let top = fields(of: root, at: .root, allowed: Self.topLevelKeys, required: ["title", "actors"]) else { return nil }
        if let versionNode = top["version"], let version = integer(versionNode, at: .field("version")), version != 1 {
            report(.error, .field("version"), "this is format version \(version); ActorMap reads version 1.",
                   fix: "set `version: 1`, or upgrade ActorMap.")
        }
        let title = top["title"].flatMap { text($0, at: .field("title")) } ?? ""
        let description = top["description"].flatMap { text($0, at: .field("description")) }
        var header = Entry(fields: top, path: .root, document: self)
        let asOf = header.date("as_of")
        self = header.document
        let sources = list(top["sources"], at: .field("sources"), keys: Self.sourceKeys, required: ["id", "citation"]) { entry in
            Source(id: entry.text("id"), citation: entry.text("citation"), url: entry.optionalText("url"), date: entry.date("date"),
                   kind: entry.choice("kind", of: Source.Kind.self), isPrivate: entry.boolean("private") ?? false)
        }
        let groups = list(top["groups"], at: .field("groups"), keys: Self.groupKeys, required: ["id", "label"]) { entry in
            Group(id: entry.text("id"), label: entry.text("label"), color: entry.optionalText("color"))
        }
        let kinds = list(top["kinds"], at: .field("kinds"), keys: Self.kindKeys, required: ["id", "label", "group"]) { entry in
            ActorKind(id: entry.text("id"), label: entry.text("label"), group: entry.text("group"), shape: entry.optionalText("shape"))
        }
        let types = list(top["relationship_types"], at: .field("relationship_types"), keys: Self.typeKeys, required: ["id", "label", "directed", "sign"]) { entry in
            RelationshipType(
                id: entry.text("id"), label: entry.text("label"), directed: entry.boolean("directed") ?? false,
                sign: entry.integer("sign") ?? 1, color: entry.optionalText("color"), style: entry.optionalText("style"))
        }
        let attributes = list(top["attributes"], at: .field("attributes"), keys: Self.attributeKeys, required: ["id", "type"]) { entry in
            entry.declaration()
        }
        let actors = list(top["actors"], at: .field("actors"), keys: Self.actorKeys, required: ["id", "name", "kind"]) { entry in
            let values = entry.attributes()
            return Actor(
                id: entry.text("id"), name: entry.text("name"), kind: entry.text("kind"),
                period: entry.period(), tags: entry.textList("tags"), attributes: values.constant,
                source: entry.optionalText("source"), note: entry.optionalText("note"), datedAttributes: values.dated)
        }
        let relationships = list(top["relationships"], at: .field("relationships"), keys: Self.relationshipKeys, required: ["from", "to", "type"]) { entry in
            let values = entry.attributes()
            return Relationship(
                from: entry.text("from"), to: entry.text("to"), type: entry.text("type"), period: entry.period(),
                weight: entry.number("weight") ?? 1, amount: entry.number("amount"), currency: entry.optionalText("currency"),
                label: entry.optionalText("label"), note: entry.optionalText("note"),
                attributes: values.constant, sources: entry.sources(), confidence: entry.choice("confidence", of: Confidence.self),
                datedAttributes: values.dated)
        }
        return Contents(
            title: title, description: description, asOf: asOf, sources: sources, groups: groups, kinds: kinds,
            types: types, actors: actors, relationships: relationships, attributes: attributes)
    }

    /// The dataset made from what was read, or `nil` when the text or the model has errors.
    mutating func dataset(from contents: Contents) -> Dataset? {
        // The model's own checks run even after errors in the text, so that one run lists
        // everything; a field already reported is not reported again (see SourceLocations).
        do {
            let dataset = try Dataset(
                title: contents.title, description: contents.description, asOf: contents.asOf,
                sources: contents.sources, groups: contents.groups, kinds: contents.kinds,
                relationshipTypes: contents.types, actors: contents.actors, relationships: contents.relationships,
                attributes: contents.attributes, locations: locations, requiringSources: requiringSources)
            releaseTree()
            return problems.contains(where: { $0.severity == .error }) ? nil : dataset
        } catch {
            releaseTree()
            problems += error.problems
            return nil
        }
    }

    /// Lets go of the parsed tree once every problem is placed. Freeing the tree of a big map,
    /// node by node, takes about as long as checking its model, so it is freed on another
    /// thread, beside the work that follows.
    private mutating func releaseTree() {
        guard let tree = locations.root else { return }
        locations.root = nil
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(tree) {} }
    }

    // MARK: Walking the tree

    /// The entries of a mapping, after checking its keys.
    private mutating func fields(of node: DocumentNode, at path: @autoclosure () -> DatasetPath, allowed: [String], required: [String]) -> Fields? {
        guard case .mapping(let mapping) = node.content else {
            let path = path()
            report(.error, path, "expected a mapping of fields (`key: value`), found \(Self.shape(of: node)).",
                   fix: path == .root ? "a dataset starts with `title:`; see docs/dataset-format.md." : "write this entry as `{\(required.map { "\($0): …" }.joined(separator: ", "))}`.")
            return nil
        }
        if Self.isWellFormed(mapping, allowed: allowed, required: required) { return Fields(mapping) }
        let path = path()
        // Keys are compared one by one in a mapping of the schema's size, through a set in a
        // longer one, which only a broken file has.
        let isShort = mapping.count <= 16
        var given: Set<String> = []
        for (position, (keyNode, value)) in mapping.enumerated() {
            guard let key = keyNode.text else {
                report(.error, path, "a field name must be plain text, found \(Self.shape(of: keyNode)).", fix: "check the indentation.", key: keyNode)
                continue
            }
            guard allowed.contains(key) else {
                let near = Suggestion.nearest(to: key, in: allowed)
                report(.error, path.field(key), "unknown field '\(key)'.",
                       fix: near.map { "did you mean '\($0)'?" }
                           ?? "the fields here are \(allowed.map { "'\($0)'" }.joined(separator: ", ")); free-form values go under `attributes:`.",
                       key: keyNode)
                continue
            }
            let isGivenBefore = isShort ? mapping[..<position].contains { !$0.value.isNull && $0.key.text == key } : given.contains(key)
            if isGivenBefore {
                report(.error, path.field(key), "the field '\(key)' is given twice.", fix: "keep one.", key: keyNode)
            }
            if !isShort, !value.isNull { given.insert(key) }
        }
        let result = Fields(mapping)
        for key in required where result[key] == nil {
            report(.error, path.field(key), "the required field '\(key)' is missing.",
                   fix: "add `\(key):` to \(path == .root ? "the top of the file" : "this entry").")
        }
        return result
    }

    /// Whether every field of a mapping is named by text, one of `allowed`, and given once,
    /// and each of `required` has a value: what nearly every entry of a map is, found in one
    /// pass without copying any field, so that only a mapping with a problem is walked again to
    /// report it.
    ///
    /// - Complexity: O(*k*·*a*) for *k* fields and *a* names allowed.
    private static func isWellFormed(_ mapping: [(key: DocumentNode, value: DocumentNode)], allowed: [String], required: [String]) -> Bool {
        guard allowed.count <= UInt64.bitWidth else { return false }
        // The allowed names given, and those with a value, one bit for each.
        var given: UInt64 = 0
        var valued: UInt64 = 0
        // Each field is looked at as the closure's argument, in place: read by position, a
        // field is copied whole first.
        let isPlain = mapping.allSatisfy { field in
            guard let key = field.key.text, let slot = allowed.firstIndex(where: { isSame($0, key) }) else { return false }
            let bit: UInt64 = 1 << slot
            guard given & bit == 0 else { return false }
            given |= bit
            if !field.value.isNull { valued |= bit }
            return true
        }
        return isPlain && required.allSatisfy { name in
            allowed.firstIndex { isSame($0, name) }.map { valued & (1 << $0) != 0 } ?? false
        }
    }

    /// Whether two names are the same. Their lengths are compared first, inline: a field is
    /// looked for among names most of which differ from it in length, and telling those
    /// apart so takes no call into the standard library's comparison.
    @inline(__always)
    static func isSame(_ name: String, _ other: String) -> Bool {
        name.utf8.count == other.utf8.count && name == other
    }

    /// The fields of one mapping by name, the last given of each that is not null. It reads
    /// the mapping in place rather than copying it: a big map has tens of thousands of
    /// entries, and a mapping of the schema has a dozen fields at most, so a name is found by
    /// looking at each, which is quicker than hashing it. Names the schema does not allow are
    /// reported by ``fields(of:at:allowed:required:)`` and never asked for.
    struct Fields {
        private let pairs: [(key: DocumentNode, value: DocumentNode)]

        init(_ pairs: [(key: DocumentNode, value: DocumentNode)]) {
            self.pairs = pairs
        }

        /// The value of the field `name`, if given and not null.
        ///
        /// - Complexity: O(*k*) for *k* fields.
        subscript(name: String) -> DocumentNode? {
            // Each field is looked at as the closure's argument, in place: read by position,
            // a field is copied whole first.
            pairs.last { !$0.value.isNull && $0.key.text.map { DatasetDocument.isSame($0, name) } == true }?.value
        }
    }

    /// Decodes each entry of a sequence of mappings; entries with errors are still decoded
    /// as far as they can be, so that later checks report their problems too.
    private mutating func list<Element>(
        _ node: DocumentNode?, at path: DatasetPath, keys: [String], required: [String],
        _ make: (inout Entry) -> Element
    ) -> [Element] {
        guard let node else { return [] }
        guard case .list(let sequence) = node.content else {
            report(.error, path, "expected a list (entries starting with `- `), found \(Self.shape(of: node)).",
                   fix: "write each entry on its own line starting with `- `.")
            return []
        }
        var result: [Element] = []
        result.reserveCapacity(sequence.count)
        for (index, item) in sequence.enumerated() {
            guard let entryFields = fields(of: item, at: path.entry(index), allowed: keys, required: required) else { continue }
            // The entry holds the only reference to the problems while it reads, so that one it
            // reports is added in place, not to a copy of all those before.
            var entry = Entry(fields: entryFields, path: path, entry: index, document: self)
            self = Self.vacant
            let element = make(&entry)
            self = entry.document
            result.append(element)
        }
        return result
    }

    /// The fields of one entry, read with their types checked.
    struct Entry {
        /// Where an entry is, the entry `index` of the list at `within` or the place `within`
        /// itself: its path is made only for a problem.
        struct Place {
            let within: DatasetPath
            let index: Int?

            var path: DatasetPath { index.map { within.entry($0) } ?? within }
        }

        let fields: Fields
        let place: Place
        var document: DatasetDocument

        /// The entry at `path`.
        init(fields: Fields, path: DatasetPath, document: DatasetDocument) {
            self.fields = fields
            place = Place(within: path, index: nil)
            self.document = document
        }

        /// The entry `index` of the list at `path`.
        init(fields: Fields, path: DatasetPath, entry index: Int, document: DatasetDocument) {
            self.fields = fields
            place = Place(within: path, index: index)
            self.document = document
        }

        mutating func text(_ key: String) -> String {
            optionalText(key) ?? ""
        }

        mutating func optionalText(_ key: String) -> String? {
            fields[key].flatMap { document.text($0, at: place.path.field(key)) }
        }

        mutating func boolean(_ key: String) -> Bool? {
            guard let node = fields[key] else { return nil }
            if case .scalar(_, .boolean(let value?)) = node.content { return value }
            document.report(.error, place.path.field(key), "expected true or false, found \(DatasetDocument.shape(of: node)).",
                            fix: "write `\(key): true` or `\(key): false`.")
            return nil
        }

        mutating func integer(_ key: String) -> Int? {
            fields[key].flatMap { document.integer($0, at: place.path.field(key)) }
        }

        mutating func number(_ key: String) -> Double? {
            guard let node = fields[key] else { return nil }
            // YAML has typed the value already: quoted text is not a number, `.inf` is one.
            switch node.content {
            case .scalar(_, .integer(_, let value?)), .scalar(_, .number(let value?)): return value
            default: break
            }
            let written = node.text
            let problem = ValueProblem.notANumber(key, written: written, shape: DatasetDocument.shape(of: node))
            document.report(.error, place.path.field(key), problem.message, fix: problem.fix)
            return nil
        }

        mutating func textList(_ key: String) -> [String] {
            guard let node = fields[key] else { return [] }
            if case .scalar = node.content, let single = document.text(node, at: place.path.field(key)) { return [single] }
            guard case .list(let items) = node.content else {
                document.report(.error, place.path.field(key), "expected a list of words, found \(DatasetDocument.shape(of: node)).",
                                fix: "write `\(key): [first, second]`.")
                return []
            }
            return items.enumerated().compactMap { index, item in document.text(item, at: place.path.field(key).entry(index)) }
        }

        /// One of a fixed set of words: a source's `kind`, a tie's `confidence`, an attribute
        /// declaration's `applies_to` and `type`. Any other word is reported in one wording
        /// for all of them, with the nearest word as the fix, or the full set when none is near.
        mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, of type: Choice.Type) -> Choice? where Choice.RawValue == String {
            guard let written = optionalText(key) else { return nil }
            if let value = Choice(rawValue: written) { return value }
            let words = Choice.allCases.map(\.rawValue)
            document.report(.error, place.path.field(key), "'\(written)' is not one of the words `\(key)` takes: \(words.joined(separator: ", ")).",
                            fix: Suggestion.nearest(to: written, in: words).map { "did you mean '\($0)'?" } ?? "write one of \(words.joined(separator: ", ")).")
            return nil
        }

        /// The sources a relationship cites: `source: id` for one, or `sources: [id, …]`, not
        /// both. The model's checks find a single source where it was written (see
        /// ``SourceLocations/singleSource(of:)``).
        mutating func sources() -> [String] {
            let single = optionalText("source")
            guard fields["sources"] != nil else { return single.map { [$0] } ?? [] }
            if single != nil {
                document.report(.error, place.path.field("sources"), "this relationship gives both `source` and `sources`.",
                                fix: "list every source under `sources: [first, second]`, or give one as `source: id`.")
            }
            let list = textList("sources")
            if list.isEmpty, case .list = fields["sources"]!.content {
                document.report(.error, place.path.field("sources"), "`sources` is an empty list.",
                                fix: "name at least one source, or remove the field.")
            }
            return list
        }

        mutating func period() -> Period {
            Period(since: date("since"), until: date("until"))
        }

        mutating func date(_ key: String) -> CalendarDate? {
            guard let node = fields[key] else { return nil }
            guard let written = node.text else {
                document.report(.error, place.path.field(key), "expected a year or date, found \(DatasetDocument.shape(of: node)).",
                                fix: "write a year such as `\(key): 2017`, or a date as `2017-03` or `2017-03-15`.")
                return nil
            }
            let reading = DateText.read(written, order: document.dateOrder)
            if case .date(let date) = reading { return date }
            if let problem = DateText.problem(with: reading, of: written) {
                document.report(.error, place.path.field(key), problem.message, fix: problem.fix)
            }
            return nil
        }

        /// The `attributes:` of an actor or relationship: a value given once, as a word, a
        /// number or a text, or values over time, as a list of `{since, until, value, …}`
        /// (a single such mapping is a list of one).
        mutating func attributes() -> (constant: [String: AttributeValue], dated: [String: [DatedAttributeValue]]) {
            guard let node = fields["attributes"] else { return ([:], [:]) }
            let attributesPath = place.path.field("attributes")
            guard case .mapping(let mapping) = node.content else {
                document.report(.error, attributesPath, "expected a mapping such as `{country: Kenya}`, found \(DatasetDocument.shape(of: node)).",
                                fix: "write `attributes: {name: value, …}`.")
                return ([:], [:])
            }
            var result: [String: AttributeValue] = [:]
            var dated: [String: [DatedAttributeValue]] = [:]
            for (keyNode, value) in mapping {
                guard let key = keyNode.text else {
                    document.report(.error, attributesPath, "attribute names must be single words, found \(DatasetDocument.shape(of: keyNode)).",
                                    fix: "write `attributes: {name: value, …}`.")
                    continue
                }
                let valuePath = attributesPath.field(key)
                switch value.content {
                case .scalar:
                    if let scalar = DatasetDocument.attributeValue(value) { result[key] = scalar }
                case .mapping:
                    if let one = datedValue(value, at: valuePath.entry(0)) { dated[key] = [one] }
                case .list(let items):
                    dated[key] = items.enumerated().compactMap { index, item in datedValue(item, at: valuePath.entry(index)) }
                }
            }
            return (result, dated)
        }

        /// One value over time: `{since: 2012, until: 2016, value: 6, sources: [interview-07],
        /// confidence: medium, informant: wanjiru}`.
        private mutating func datedValue(_ node: DocumentNode, at valuePath: DatasetPath) -> DatedAttributeValue? {
            guard case .mapping = node.content else {
                document.report(.error, valuePath, "expected a value over time such as `{since: 2012, value: 6}`, found \(DatasetDocument.shape(of: node)).",
                                fix: "write a value given once as `name: value`, and values over time as `name: [{since: 2005, value: 3}, {since: 2012, value: 6}]`.")
                return nil
            }
            guard let fields = document.fields(of: node, at: valuePath, allowed: DatasetDocument.datedValueKeys, required: ["value"]) else { return nil }
            var entry = Entry(fields: fields, path: valuePath, document: document)
            // The entry holds the only reference while it reads, so that recording places
            // and problems does not copy them.
            document = DatasetDocument.vacant
            defer { document = entry.document }
            guard let valueNode = fields["value"] else { return nil }
            guard let value = DatasetDocument.attributeValue(valueNode) else {
                entry.document.report(.error, valuePath.field("value"), "expected a single word, number or text, found \(DatasetDocument.shape(of: valueNode)).",
                                      fix: "write lists as text, such as `value: \"Swahili, English\"`.")
                return nil
            }
            var sources = entry.textList("sources")
            if let single = entry.optionalText("source") { sources.insert(single, at: 0) }
            return DatedAttributeValue(
                since: entry.date("since"), until: entry.date("until"), value: value, sources: sources,
                confidence: entry.optionalText("confidence"), informant: entry.optionalText("informant"))
        }

        /// An attribute declaration: `{id: influence, label: Influence, applies_to: actors,
        /// type: number, min: 0, max: 10, description: …}`.
        mutating func declaration() -> AttributeDeclaration {
            let id = text("id")
            let carrier = choice("applies_to", of: AttributeDeclaration.Carrier.self) ?? .actors
            let type = choice("type", of: AttributeDeclaration.ValueType.self) ?? .text
            return AttributeDeclaration(
                id: id, label: optionalText("label") ?? id, appliesTo: carrier, type: type,
                minimum: number("min"), maximum: number("max"), values: textList("values"),
                description: optionalText("description"))
        }
    }

    /// A scalar node as an attribute value, with the type YAML or JSON gave it; `nil` for
    /// null and for lists and mappings.
    fileprivate static func attributeValue(_ node: DocumentNode) -> AttributeValue? {
        guard case .scalar(let written, let type) = node.content else { return nil }
        switch type {
        case .null: return nil
        case .boolean(let flag): return flag.map(AttributeValue.boolean) ?? .text(written)
        case .integer(let integer, _): return integer.map(AttributeValue.integer) ?? .text(written)
        case .number(let number): return number.map(AttributeValue.number) ?? .text(written)
        case .text: return .text(written)
        }
    }

    private mutating func text(_ node: DocumentNode, at path: @autoclosure () -> DatasetPath) -> String? {
        guard let text = node.text else {
            report(.error, path(), "expected text, found \(Self.shape(of: node)).", fix: "write it as a single line of text, quoted if it holds ': ' or ' #'.")
            return nil
        }
        return text
    }

    private mutating func integer(_ node: DocumentNode, at path: @autoclosure () -> DatasetPath) -> Int? {
        if case .scalar(_, .integer(let value?, _)) = node.content { return value }
        report(.error, path(), "expected a whole number, found \(Self.shape(of: node)).", fix: "write a number such as 1.")
        return nil
    }

    /// What a node is, in words for a message, without walking into it.
    private static func shape(of node: DocumentNode) -> String {
        switch node.content {
        case .scalar(let text, _):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "'\(shown)'"
        case .mapping: return "a mapping"
        case .list: return "a list"
        }
    }
}
