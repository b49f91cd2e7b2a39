import ActorMap
import Foundation

extension Graphviz {
    /// Turns an SVG drawing made without Graphviz (the power–interest grid) into `format`,
    /// through Graphviz's own image loader (librsvg) and renderers: PNG and PDF by the same
    /// machinery as every map, so no other converter is needed.
    ///
    /// The drawing is written to a private temporary folder for Graphviz to read as a
    /// node's image, and the folder is removed however the render ends.
    ///
    /// - Parameters:
    ///   - svg: A standalone SVG document whose root has `width` and `height` in pixels.
    ///   - format: The file format; SVG comes back as the text itself.
    ///   - dpi: The resolution of bitmaps: 144 draws PNG at twice the SVG's size, crisp on
    ///     slides and screens. PDF keeps the SVG's size, a pixel to a point.
    /// - Returns: The file's bytes.
    /// - Throws: ``GraphvizError/renderFailed(format:message:)`` when the drawing has no size,
    ///   cannot be written for Graphviz, or Graphviz cannot draw it (no SVG loader in this
    ///   Graphviz).
    /// - Complexity: One render by Graphviz of a graph of one node.
    public static func render(svg: String, format: ImageFormat, dpi: Double = 144) throws(GraphvizError) -> Data {
        if format == .svg { return Data(svg.utf8) }
        // A node sized by its image stays at the image's own size whatever the dpi; one of
        // fixed size, in inches at 72 points each, with the image scaled to fill it, is
        // drawn at the dpi asked for.
        guard let size = pictureSize(of: svg) else {
            throw .renderFailed(format: format, message: "the SVG drawing gives no width and height in pixels on its root element")
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("actormap-picture-\(UUID().uuidString)", isDirectory: true)
        let picture = folder.appendingPathComponent("picture.svg")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(svg.utf8).write(to: picture)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .renderFailed(format: format, message: "cannot write the drawing for Graphviz to read: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = DOTGraph(
            name: "picture", isDirected: false,
            attributes: ["dpi": .number(format == .pdf ? 72 : dpi), "pad": .number(0), "margin": .number(0)],
            nodeDefaults: ["shape": .identifier("none"), "label": .text(""), "margin": .number(0),
                           "fixedsize": .identifier("true"), "imagescale": .identifier("true"),
                           "width": .number(size.width / 72), "height": .number(size.height / 72)],
            nodes: [DOTGraph.Node("picture", ["image": .text(picture.path)])])
        let data = try render(graph.text, layout: "neato", format: format)
        // Graphviz draws an empty box, without a message, when it cannot load the image.
        guard data.count > 1000 || format != .png else {
            throw .renderFailed(format: format, message: "Graphviz could not load the SVG drawing (is its rsvg plugin installed? On Debian it comes with libgvc6).")
        }
        return data
    }

    /// The `width` and `height` on the root `<svg>` element, in pixels (bare numbers or
    /// `px`), or nil when either is missing, not a positive number, or in another unit.
    static func pictureSize(of svg: String) -> (width: Double, height: Double)? {
        guard let open = svg.range(of: "<svg"),
              let close = svg[open.upperBound...].firstIndex(of: ">") else { return nil }
        let root = svg[open.upperBound..<close]
        func length(_ regex: Regex<(Substring, Substring)>) -> Double? {
            guard let match = root.firstMatch(of: regex), let value = Double(match.1),
                  value.isFinite, value > 0 else { return nil }
            return value
        }
        guard let width = length(#/\swidth="\s*([0-9]*\.?[0-9]+)\s*(?:px)?\s*"/#),
              let height = length(#/\sheight="\s*([0-9]*\.?[0-9]+)\s*(?:px)?\s*"/#) else { return nil }
        return (width, height)
    }
}
