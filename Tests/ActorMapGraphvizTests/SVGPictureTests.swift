import Foundation
import Testing
@testable import ActorMapGraphviz

/// A drawing made without Graphviz (the power–interest grid) turned into PNG and PDF: PNG at
/// the dpi asked for, PDF at the drawing's own size.
@Suite struct SVGPictureTests {
    // 300 × 150 pixels: a grey band and a word, enough for the PNG to pass the check that
    // Graphviz loaded the drawing at all.
    let drawing = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="300" height="150" viewBox="0 0 300 150">\
        <rect width="100%" height="100%" fill="#FFFFFF"/><rect x="20" y="20" width="260" height="40" fill="#888"/>\
        <circle cx="75" cy="110" r="25" fill="#0072B2"/><text x="120" y="115" font-size="20">Federation</text></svg>
        """

    /// Width and height from a PNG's header (IHDR: bytes 16–23, big-endian).
    private func pixels(_ png: Data) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](png)
        try #require(bytes.count > 24 && bytes[1...3] == [0x50, 0x4E, 0x47])
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    @Test func pngAt144DpiIsTwiceTheDrawingsSize() throws {
        // 300 px at 72 points an inch is 4.1667 in; at 144 dpi, 600 px.
        let size = try pixels(try Graphviz.render(svg: drawing, format: .png))
        #expect(size.width == 600 && size.height == 300)
    }

    @Test func pngAt72DpiIsTheDrawingsOwnSize() throws {
        let size = try pixels(try Graphviz.render(svg: drawing, format: .png, dpi: 72))
        #expect(size.width == 300 && size.height == 150)
    }

    @Test func pdfPageIsTheDrawingsSizeInPoints() throws {
        let pdf = try Graphviz.render(svg: drawing, format: .pdf, dpi: 300)
        let text = String(decoding: pdf, as: UTF8.self)
        let box = try #require(text.firstMatch(of: #/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]/#))
        #expect(Double(box.1) == 300 && Double(box.2) == 150)
    }

    @Test func aDrawingWithoutASizeIsRefusedSayingSo() {
        let unsized = drawing.replacingOccurrences(of: " width=\"300\" height=\"150\"", with: "")
        #expect(throws: GraphvizError.self) { try Graphviz.render(svg: unsized, format: .png) }
        do {
            _ = try Graphviz.render(svg: unsized, format: .png)
        } catch {
            #expect("\(error)".contains("no width and height"))
        }
    }

    @Test func sizesAreReadFromTheRootElementOnly() {
        #expect(Graphviz.pictureSize(of: drawing).map { [$0.width, $0.height] } == [300, 150])
        #expect(Graphviz.pictureSize(of: #"<svg width="12.5px" height="4"><rect width="9" height="9"/></svg>"#)
                .map { [$0.width, $0.height] } == [12.5, 4])
        // A size in another unit, or only on a child, is not taken for pixels.
        #expect(Graphviz.pictureSize(of: #"<svg width="10cm" height="5cm"/>"#) == nil)
        #expect(Graphviz.pictureSize(of: #"<svg viewBox="0 0 9 9"><rect width="9" height="9"/></svg>"#) == nil)
        #expect(Graphviz.pictureSize(of: #"<svg width="0" height="5"/>"#) == nil)
    }
}
