import Foundation

/// What each measure of an actor and each figure of the map means, in plain words: what
/// `actormap metrics --explain` prints.
public enum Glossary {
    /// Every name the glossary explains: the measures, then the figures of the map.
    public static var names: [String] { entries.map(\.name) }

    /// Every entry, as `name: explanation` lines: the measures under one heading, the
    /// figures of the map (and of a shift) under another.
    public static var all: String {
        (["Measures of each actor:"] + measures.map(line) + ["", "Figures of the whole map, and of a shift between two moments:"]
            + figures.map(line)).joined(separator: "\n")
    }

    /// The entry for a measure or figure as `name: explanation`, or `nil` when `name` is
    /// neither.
    ///
    /// - Parameter name: A name, in any case, with spaces or hyphens for underscores
    ///   (`Effective size`, `ei-index`).
    /// - Returns: The entry, or `nil`.
    /// - Complexity: O(*e*) in the number of entries.
    public static func entry(for name: String) -> String? {
        let key = key(name)
        return entries.first { $0.name == key }.map(line)
    }

    /// `name` as the glossary's names are written: lower case, with underscores for spaces
    /// and hyphens.
    ///
    /// - Parameter name: A name as a user wrote it.
    /// - Returns: The name as the glossary would spell it.
    public static func key(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    private static var measures: [(name: String, text: String)] { Measure.allCases.map { ($0.name, $0.explanation) } }
    private static var figures: [(name: String, text: String)] { MapFigure.allCases.map { ($0.name, $0.explanation) } }
    private static var entries: [(name: String, text: String)] { measures + figures }
    private static func line(_ entry: (name: String, text: String)) -> String { "\(entry.name): \(entry.text)" }
}
