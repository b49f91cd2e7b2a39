import Foundation

/// The maps of several years drawn at the same places, written once: a drawing holding
/// every actor, tie and caption of any year, each marked with the years it shows in.
///
/// Drawings of years pinned to one layout repeat most of their parts word for word; here
/// each part is kept once, and a part that differs between years (a name shown one year
/// and not the next, a tie's width, a year's caption) is kept once per way it is drawn.
/// Showing year *k* means showing the parts marked with *k*: exactly what that year's own
/// drawing holds. Years whose drawings differ in size (a taller row of untied actors) cannot
/// share a frame: each size is a frame of its own, holding its years' parts.
struct YearlyMap {
    /// One part of the drawing: an element as the years' drawings wrote it.
    struct Part {
        /// The element's markup, as the drawings wrote it.
        var markup: String
        /// The positions (in the years given) of the years whose drawing holds it.
        var years: [Int]
    }

    /// The years drawn in one frame: an `svg` element of one size.
    struct Frame {
        /// What opens the drawing (the `svg` element and its graph group), or a whole
        /// drawing that could not be cut into parts.
        var head: String
        /// The parts, in an order that keeps each year's drawing order.
        var parts: [Part]
        /// What closes the drawing.
        var tail: String
        /// The positions of the years drawn in the frame.
        var years: [Int]
    }

    /// The frames, in the order of their first years.
    var frames: [Frame]

    /// The union of `drawings`, one SVG document per year.
    ///
    /// - Parameter drawings: Graphviz SVG documents, one per year, drawn at the same places.
    /// - Complexity: O(*n*) for *n* characters of the drawings, besides hashing the parts.
    init(_ drawings: [String]) {
        var frames: [Frame] = []
        var merging: [Merge] = []
        var frameOf: [String: Int] = [:]
        for (year, drawing) in drawings.enumerated() {
            guard let split = Self.split(drawing) else {
                let start = drawing.range(of: "<svg")?.lowerBound ?? drawing.endIndex
                frames.append(Frame(head: String(drawing[start...]), parts: [], tail: "", years: [year]))
                merging.append(Merge())
                continue
            }
            let key = split.head + "\u{0}" + split.tail
            let frame = frameOf[key] ?? {
                frames.append(Frame(head: split.head, parts: [], tail: split.tail, years: []))
                merging.append(Merge())
                frameOf[key] = frames.count - 1
                return frames.count - 1
            }()
            frames[frame].years.append(year)
            merging[frame].add(split.parts, year: year)
        }
        for index in frames.indices { frames[index].parts = merging[index].ordered }
        self.frames = frames
    }

    /// The parts of one frame's years, merged in drawing order.
    private struct Merge {
        var ids: [String: Int] = [:]
        var parts: [Part] = []
        var next: [Int] = []
        var first = -1

        /// Adds the parts of one year's drawing: a part new this year goes right after the
        /// part drawn before it this year, so that every year's parts keep the order its
        /// drawing paints them in.
        mutating func add(_ markups: [String], year: Int) {
            var previous = -1
            for markup in markups {
                let id: Int
                if let known = ids[markup] {
                    id = known
                    if parts[id].years.last != year { parts[id].years.append(year) }
                } else {
                    id = parts.count
                    ids[markup] = id
                    parts.append(Part(markup: markup, years: [year]))
                    if previous < 0 {
                        next.append(first)
                        first = id
                    } else {
                        next.append(next[previous])
                        next[previous] = id
                    }
                }
                previous = id
            }
        }

        var ordered: [Part] {
            var ordered: [Part] = []
            ordered.reserveCapacity(parts.count)
            var id = first
            while id >= 0 {
                ordered.append(parts[id])
                id = next[id]
            }
            return ordered
        }
    }

    /// A Graphviz SVG document cut into what opens it up to its graph group, the group's
    /// elements (comments left out), and what closes it; `nil` when it has no graph group.
    static func split(_ document: String) -> (head: String, parts: [String], tail: String)? {
        let text = Substring(document)
        guard let svg = text.range(of: "<svg"), let group = text.range(of: "<g id=\"graph0\"", range: svg.upperBound..<text.endIndex),
              let groupEnd = text.range(of: ">", range: group.upperBound..<text.endIndex),
              let close = text.range(of: "</svg>", options: .backwards)
        else { return nil }
        // The graph group's id would repeat in a page of several frames.
        let head = String(text[svg.lowerBound..<group.lowerBound]) + "<g" + String(text[text.index(group.lowerBound, offsetBy: 14)..<groupEnd.upperBound])
        var parts: [String] = []
        var index = groupEnd.upperBound
        var depth = 0
        var start: Substring.Index?
        while index < close.lowerBound, let open = text[index..<close.lowerBound].firstIndex(of: "<") {
            if text[open...].hasPrefix("<!--") {
                guard let end = text.range(of: "-->", range: open..<close.lowerBound) else { return nil }
                index = end.upperBound
                continue
            }
            guard let end = text[open..<close.lowerBound].firstIndex(of: ">") else { return nil }
            let after = text.index(after: end)
            let closing = text[text.index(after: open)] == "/"
            let selfClosing = text[text.index(before: end)] == "/"
            if closing {
                depth -= 1
                if depth < 0 {
                    // The graph group's own end: what follows closes the document.
                    return (head, parts, String(text[open...]))
                }
                if depth == 0, let begin = start {
                    parts.append(withoutNodeNames(text[begin..<after]))
                    start = nil
                }
            } else {
                if depth == 0 { start = open }
                if selfClosing {
                    if depth == 0 {
                        parts.append(String(text[open..<after]))
                        start = nil
                    }
                } else {
                    depth += 1
                }
            }
            index = after
        }
        return nil
    }

    /// A node's or edge's group without the title Graphviz gives it, which names the
    /// generated node ids (`a12`, `a3->a12`): they number the actors of each year afresh, so
    /// the same actor would differ from year to year by them alone. The tooltips readers see
    /// are the links' titles inside, which stay.
    static func withoutNodeNames(_ part: Substring) -> String {
        guard part.hasPrefix("<g "), let tagEnd = part.firstIndex(of: ">"),
              part[..<tagEnd].contains("class=\"node") || part[..<tagEnd].contains("class=\"edge"),
              let title = part.range(of: "<title>", range: tagEnd..<part.endIndex),
              part[part.index(after: tagEnd)..<title.lowerBound].allSatisfy(\.isWhitespace),
              let end = part.range(of: "</title>", range: title.upperBound..<part.endIndex)
        else { return String(part) }
        return String(part[..<title.lowerBound]) + String(part[end.upperBound...]).drop { $0 == "\n" }
    }

    /// A part without the `id`s Graphviz gives its element and the group around each of
    /// its links (`id="actor-fed"`, `<g id="a_actor-fed">`): the same actor drawn two ways
    /// in two years would repeat them, and an id is one element's in a page. Drawings are
    /// unchanged; the page marks actors and ties with `data-actor` and `data-tie` instead.
    static func withoutIDs(_ markup: String) -> String {
        var text = Substring(markup)
        if let tagEnd = text.firstIndex(of: ">"), let id = text[..<tagEnd].range(of: " id=\""),
           let end = text[id.upperBound..<tagEnd].firstIndex(of: "\"") {
            text = text[..<id.lowerBound] + text[text.index(after: end)...]
        }
        var result = ""
        while let wrapper = text.range(of: "<g id=\"a_") {
            guard let open = text[wrapper.upperBound...].firstIndex(of: ">"), text[text.index(after: open)...].hasPrefix("<a "),
                  let link = text[open...].range(of: "</a>"), text[link.upperBound...].hasPrefix("\n</g>")
            else { break }
            result += text[..<wrapper.lowerBound]
            result += text[text.index(after: open)..<link.upperBound]
            text = text[text.index(link.upperBound, offsetBy: 5)...]
        }
        return result + text
    }

    /// The markup of `part` with `attributes` added to its element's opening tag.
    static func marked(_ markup: String, with attributes: String) -> String {
        guard !attributes.isEmpty, let name = markup.dropFirst().firstIndex(where: { $0 == " " || $0 == ">" || $0 == "/" }) else { return markup }
        return String(markup[..<name]) + attributes + String(markup[name...])
    }

    /// The text of an XML attribute value or text as Graphviz writes it: `&#45;`, `&amp;`
    /// and the like read back as the characters they stand for.
    static func unescaped(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semicolon]
            let character: String? = switch entity {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "apos": "'"
            default:
                entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) } : nil
            }
            if let character {
                result += character
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return result + rest
    }

    /// The `id` attribute of a part's opening tag, read back from Graphviz's escaping.
    static func elementID(_ markup: String) -> String? {
        guard let tagEnd = markup.firstIndex(of: ">"), let id = markup[..<tagEnd].range(of: " id=\"") else { return nil }
        guard let end = markup[id.upperBound...].firstIndex(of: "\"") else { return nil }
        return unescaped(markup[id.upperBound..<end])
    }
}
