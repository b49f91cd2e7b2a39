/// The elements of a Graphviz drawing written shorter for the report's one drawing of every
/// year, drawing the same: a large map's page holds thousands of them.
///
/// - Coordinates and sizes (`d`, `points`, `x`, `y`, `cx`, `cy`, `rx`, `ry`, `font-size`,
///   `stroke-width`) go from Graphviz's two decimals to one: a twentieth of a point at most,
///   under a tenth of a pixel at the page's scale.
/// - A polygon's last point goes when it repeats its first: a polygon closes by itself.
/// - The attributes every name shares (`font-family="Helvetica,Arial,sans-serif"` and
///   `text-anchor="middle"`) go, and the canvas gives them once, by inheritance
///   (``inheritedStyle``), which an element's own attribute still overrides; so does
///   `fill="#000000"`, SVG's own default, which nothing in the page overrides.
/// - An actor's and a tie's classes are `node` and `edge` alone: the page styles nothing
///   by kind, group or type, and its elements say which actor or tie they draw
///   (`data-actor`, `data-tie`).
///
/// Nothing else changes: tooltips, colours and every other attribute stay as written.
enum CompactSVG {
    /// What the canvas gives its elements in place of the attributes taken out.
    static let inheritedStyle = "#map-canvas{font-family:Helvetica,Arial,sans-serif;text-anchor:middle}"

    /// The attributes whose numbers are written to one decimal.
    private static let numeric: Set<String> = ["d", "points", "x", "y", "cx", "cy", "rx", "ry", "x1", "y1", "x2", "y2", "font-size", "stroke-width"]

    /// The attributes (with their values) the canvas gives by inheritance instead.
    private static let dropped: [[UInt8]] = [
        Array(" font-family=\"Helvetica,Arial,sans-serif\"".utf8),
        Array(" text-anchor=\"middle\"".utf8),
        Array(" fill=\"#000000\"".utf8),
    ]

    /// `markup`, one or more whole elements as Graphviz writes them, written shorter.
    ///
    /// - Parameter markup: SVG elements, their attribute values quoted with `"`.
    /// - Returns: The same elements, shorter, drawing the same.
    /// - Complexity: O(*n*) for *n* bytes of `markup`.
    static func compacted(_ markup: String) -> String {
        let bytes = Array(markup.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var inTag = false
        var element = ""
        while index < bytes.count {
            let byte = bytes[index]
            if !inTag {
                output.append(byte)
                index += 1
                // A tag, not a comment or a declaration, opens with `<` and a letter.
                if byte == UInt8(ascii: "<"), index < bytes.count, isLetter(bytes[index]) {
                    inTag = true
                    var end = index
                    while end < bytes.count, isLetter(bytes[end]) { end += 1 }
                    element = String(decoding: bytes[index..<end], as: UTF8.self)
                }
                continue
            }
            if byte == UInt8(ascii: ">") {
                inTag = false
                output.append(byte)
                index += 1
                continue
            }
            if byte == UInt8(ascii: " "), let drop = dropped.first(where: { bytes.hasPrefix($0, at: index) }) {
                index += drop.count
                continue
            }
            guard byte == UInt8(ascii: "="), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") else {
                output.append(byte)
                index += 1
                continue
            }
            // An attribute's value: its name is what runs back to the space before it.
            var nameStart = output.count
            while nameStart > 0, output[nameStart - 1] != UInt8(ascii: " "), output[nameStart - 1] != UInt8(ascii: "\n") { nameStart -= 1 }
            let name = String(decoding: output[nameStart...], as: UTF8.self)
            output.append(byte)
            output.append(UInt8(ascii: "\""))
            index += 2
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "\"")) else {
                output.append(contentsOf: bytes[index...])
                break
            }
            if numeric.contains(name) {
                let start = output.count
                appendRounded(bytes[index..<close], to: &output)
                if element == "polygon", name == "points" { dropClosingPoint(&output, from: start) }
            } else if name == "class", let kind = ["node", "edge"].first(where: { bytes[index..<close].starts(with: Array(($0 + " ").utf8)) }) {
                output.append(contentsOf: kind.utf8)
            } else {
                output.append(contentsOf: bytes[index..<close])
            }
            output.append(UInt8(ascii: "\""))
            index = close + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Takes the last point off the points written from `start` when it repeats the first.
    private static func dropClosingPoint(_ output: inout [UInt8], from start: Int) {
        let points = output[start...].split(separator: UInt8(ascii: " "))
        guard points.count > 3, points.first!.elementsEqual(points.last!) else { return }
        output.removeSubrange(points[points.count - 2].endIndex...)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The numbers of `value` to one decimal, `-0` written `0` and `.0` left off; all else
    /// (commas, spaces, path commands) as it was.
    private static func appendRounded(_ value: ArraySlice<UInt8>, to output: inout [UInt8]) {
        var index = value.startIndex
        while index < value.endIndex {
            let byte = value[index]
            let signed = byte == UInt8(ascii: "-") && index + 1 < value.endIndex && isDigit(value[index + 1])
            guard isDigit(byte) || signed else {
                output.append(byte)
                index += 1
                continue
            }
            var end = signed ? index + 1 : index
            while end < value.endIndex, isDigit(value[end]) || value[end] == UInt8(ascii: ".") { end += 1 }
            // An exponent (never written by Graphviz) leaves the number as it is.
            if end < value.endIndex, value[end] == UInt8(ascii: "e") || value[end] == UInt8(ascii: "E") {
                while end < value.endIndex, !(value[end] == UInt8(ascii: " ") || value[end] == UInt8(ascii: ",")) { end += 1 }
                output.append(contentsOf: value[index..<end])
                index = end
                continue
            }
            let token = String(decoding: value[index..<end], as: UTF8.self)
            if let number = Double(token), number.isFinite, abs(number) < 1e12 {
                let tenths = Int((number * 10).rounded())
                var text = tenths < 0 ? "-" : ""
                text += String(abs(tenths) / 10)
                if abs(tenths) % 10 != 0 { text += "." + String(abs(tenths) % 10) }
                output.append(contentsOf: (text == "-0" ? "0" : text).utf8)
            } else {
                output.append(contentsOf: value[index..<end])
            }
            index = end
        }
    }
}

private extension Array where Element == UInt8 {
    func hasPrefix(_ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= count else { return false }
        for offset in prefix.indices where self[index + offset] != prefix[offset] { return false }
        return true
    }
}
