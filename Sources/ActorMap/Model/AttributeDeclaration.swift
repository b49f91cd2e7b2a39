/// What a map says about one of its attributes: its label, whether actors or relationships
/// carry it, the type of its values and the values it may take.
///
/// Declared attributes are checked: a number outside `minimum…maximum`, a category that is
/// not one of ``values``, a text where a number belongs. Attributes nobody declares stay
/// free-form. The catalogue declares three for every map, as a Net-Map session records them
/// (``catalogue``): `influence` (a number, 0 and up), `interest` (a number) and `stance`
/// (supports, neutral or opposes).
public struct AttributeDeclaration: Hashable, Sendable, Identifiable {
    /// What carries the attribute.
    public enum Carrier: String, Hashable, Sendable, CaseIterable {
        /// Actors: an organisation's influence, its stance.
        case actors
        /// Relationships: how formal a tie is.
        case relationships
    }

    /// The type of an attribute's values.
    public enum ValueType: String, Hashable, Sendable, CaseIterable {
        /// A number, whole or not, such as an influence rating.
        case number
        /// One of a list of words, such as a stance.
        case category
        /// Any text.
        case text
    }

    /// The key actors and relationships give the attribute under: `influence`.
    public var id: String
    /// The name readers see: `Influence`.
    public var label: String
    /// Whether actors or relationships carry it.
    public var appliesTo: Carrier
    /// The type of its values.
    public var type: ValueType
    /// The smallest number allowed, for numbers.
    public var minimum: Double?
    /// The largest number allowed, for numbers.
    public var maximum: Double?
    /// The words allowed, in their order (lowest first where the order means something),
    /// for categories.
    public var values: [String]
    /// What the attribute records and how it was asked.
    public var description: String?

    /// Creates a declaration; it is checked when a ``Dataset`` is made of it.
    ///
    /// - Parameters:
    ///   - id: The key values are given under; lowercase letters, digits, `.`, `_` and `-`.
    ///   - label: The name readers see.
    ///   - appliesTo: Whether actors or relationships carry it; actors by default.
    ///   - type: The type of its values.
    ///   - minimum: The smallest number allowed.
    ///   - maximum: The largest number allowed.
    ///   - values: The words a category allows, in their order.
    ///   - description: What it records.
    public init(
        id: String, label: String, appliesTo: Carrier = .actors, type: ValueType,
        minimum: Double? = nil, maximum: Double? = nil, values: [String] = [], description: String? = nil
    ) {
        self.id = id
        self.label = label
        self.appliesTo = appliesTo
        self.type = type
        self.minimum = minimum
        self.maximum = maximum
        self.values = values
        self.description = description
    }

    /// The attributes every map has: influence, interest and stance, as Net-Map's influence
    /// towers and a power–interest grid record them.
    public static let catalogue: [AttributeDeclaration] = [
        AttributeDeclaration(
            id: "influence", label: "Influence", type: .number, minimum: 0,
            description: "How much the actor can shape the outcome, as informants rate it (Net-Map's influence towers): 0 and up."),
        AttributeDeclaration(
            id: "interest", label: "Interest", type: .number,
            description: "How much the outcome matters to the actor, as informants rate it."),
        AttributeDeclaration(
            id: "stance", label: "Stance", type: .category, values: ["supports", "neutral", "opposes"],
            description: "Whether the actor supports the goal, is neutral or opposes it."),
    ]

    /// The reason `value` does not fit this declaration, and how to fix it; `nil` when it fits.
    ///
    /// - Parameter value: A value given for the attribute.
    /// - Returns: The message and the fix, or `nil`.
    public func problem(with value: AttributeValue) -> (message: String, fix: String)? {
        switch type {
        case .text:
            return nil
        case .number:
            guard let number = value.number else {
                return ("'\(value)' is not a number, and \(id) is declared a number.",
                        "write a number such as \(minimum.map { $0.formatted() } ?? "3"), unquoted.")
            }
            if !number.isFinite {
                return ("\(value) is not a finite number.", "write a number such as \(minimum.map { $0.formatted() } ?? "3").")
            }
            if let minimum, number < minimum {
                return ("\(id) is \(number.formatted()), below its least value \(minimum.formatted()).", fix(for: number))
            }
            if let maximum, number > maximum {
                return ("\(id) is \(number.formatted()), above its greatest value \(maximum.formatted()).", fix(for: number))
            }
            return nil
        case .category:
            let word = value.description
            guard !values.contains(word) else { return nil }
            let listed = values.map { "'\($0)'" }.joined(separator: ", ")
            return ("'\(word)' is not a \(id) this map knows.",
                    Suggestion.nearest(to: word, in: values).map { "did you mean '\($0)'? The values are \(listed)." }
                        ?? "use one of \(listed), or declare more under `attributes:`.")
        }
    }

    private func fix(for number: Double) -> String {
        let range = "\(minimum.map { $0.formatted() } ?? "…") to \(maximum.map { $0.formatted() } ?? "…")"
        return "give a value from \(range), or widen `min`/`max` in the declaration of '\(id)' under `attributes:`."
    }
}

extension AttributeValue {
    /// The value as a number, for whole numbers and numbers; `nil` for text and truth values.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        case .text, .boolean: nil
        }
    }
}
