import Foundation

/// Colours for diagrams that stay distinguishable under the common forms of colour
/// blindness.
public enum Palette {
    /// Okabe and Ito's seven colours (black left out, since it is the edge and text colour),
    /// then Paul Tol's "muted" scheme for maps with more categories than that. Categories
    /// beyond these sixteen repeat the sequence.
    ///
    /// Okabe, M. and Ito, K. (2008) *Color Universal Design*; Tol, P. (2021) *Colour Schemes*,
    /// SRON/EPS/TN/09-002.
    public static let categorical: [String] = [
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
        "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499",
    ]

    /// The colour for category `index`, repeating the palette when there are more categories.
    ///
    /// - Parameter index: A category number; a negative one counts from the end.
    /// - Returns: A colour as `#rrggbb`.
    public static func color(_ index: Int) -> String {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// The fill of every group of `vocabulary`, by group index: the colour the dataset or the
    /// catalogue gives it, else the palette colour least like those of the groups before it.
    /// Every picture (maps, the diff, timelines, the report and its charts) takes a group's
    /// colour from here, so that a group has one colour whatever else is on the page.
    ///
    /// - Parameter vocabulary: The dataset's kinds, groups and types.
    /// - Returns: One `#rrggbb` colour per group, in the vocabulary's order.
    /// - Complexity: O(*g*²) for *g* groups.
    public static func groupColors(_ vocabulary: Vocabulary) -> [String] {
        var colors = vocabulary.groups.map { $0.color.flatMap { channels($0) == nil ? nil : $0 } }
        for index in colors.indices where colors[index] == nil {
            colors[index] = mostDistinct(from: colors.compactMap { $0 })
        }
        return colors.map { $0! }
    }

    /// The palette colour least like any of `used`, for a category the dataset gives no
    /// colour: a new relationship type must not come out in a shade of one already on the
    /// map. Distance is Euclidean in RGB weighted by the mean red ("redmean"), a cheap
    /// approximation of perceived difference; ties go to the earlier palette colour.
    ///
    /// - Parameter used: Colours already on the map, as `#rrggbb`; others are ignored.
    /// - Returns: A palette colour, the first one when `used` is empty.
    /// - Complexity: O(*u*) for *u* colours used.
    public static func mostDistinct(from used: [String]) -> String {
        let usedChannels = used.compactMap(channels)
        guard !usedChannels.isEmpty else { return categorical[0] }
        var best = categorical[0], bestDistance = -1.0
        for candidate in categorical {
            guard let channels = channels(candidate) else { continue }
            let nearest = usedChannels.map { distance(channels, $0) }.min()!
            if nearest > bestDistance { (best, bestDistance) = (candidate, nearest) }
        }
        return best
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let redMean = Double(a.0 + b.0) / 2
        let (dr, dg, db) = (Double(a.0 - b.0), Double(a.1 - b.1), Double(a.2 - b.2))
        return ((2 + redMean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - redMean) / 256) * db * db).squareRoot()
    }

    /// Black or white, whichever reads better on `background` (`#rrggbb`): the one with the
    /// higher WCAG 2 contrast ratio.
    ///
    /// - Parameter background: A fill as `#rrggbb`.
    /// - Returns: `#000000` or `#FFFFFF`.
    public static func textColor(on background: String) -> String {
        let luminance = relativeLuminance(background)
        let contrastWithBlack = (luminance + 0.05) / 0.05
        let contrastWithWhite = 1.05 / (luminance + 0.05)
        return contrastWithBlack >= contrastWithWhite ? "#000000" : "#FFFFFF"
    }

    /// `color`, darkened just enough that a thin line of it stands out on white: a contrast
    /// ratio of at least 2 (Okabe and Ito's yellow, at 1.2, becomes an olive; the other
    /// palette colours already pass and are unchanged).
    ///
    /// - Parameter color: A colour as `#rrggbb`; any other text comes back as it is.
    /// - Returns: The colour, darkened where it has to be.
    public static func legibleOnWhite(_ color: String) -> String {
        guard let (red, green, blue) = channels(color) else { return color }
        var factor = 1.0
        var result = color
        while 1.05 / (relativeLuminance(result) + 0.05) < 2, factor > 0 {
            factor -= 0.05
            result = hex(Double(red) * factor, Double(green) * factor, Double(blue) * factor)
        }
        return result
    }

    private static func channels(_ color: String) -> (Int, Int, Int)? {
        let hex = color.hasPrefix("#") ? color.dropFirst() : Substring(color)
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return nil }
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }

    private static func hex(_ red: Double, _ green: Double, _ blue: Double) -> String {
        "#" + [red, green, blue].map { channel in
            let text = String(Int(channel.rounded()), radix: 16, uppercase: true)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    /// WCAG 2's relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white).
    static func relativeLuminance(_ color: String) -> Double {
        guard let (red, green, blue) = channels(color) else { return 1 }
        let linear = [red, green, blue].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }
}
