/// A way of placing actors on a scale: a number analysts recorded for each actor (an
/// attribute such as `influence`, the height of a Net-Map influence tower) or a measure of
/// structural position computed from the ties (`pagerank`).
///
/// The power–interest grid takes one for each axis; the comparison of perceived and
/// structural power (``Salience``) takes one of each kind.
public enum ActorScale: Hashable, Sendable, CustomStringConvertible {
    /// A numeric attribute of the actors, by id: `influence`, `interest`.
    case attribute(String)
    /// A measure computed from the ties at the moment.
    case measure(Measure)

    /// The attributes every map may use without declaring them (the issue's catalogue):
    /// Net-Map's influence towers, interest, and stance towards the goal.
    public static let builtInAttributes = ["influence", "interest", "stance"]

    /// The scale a name gives: a measure when it is one (`pagerank`), else an attribute.
    ///
    /// - Parameter name: A measure's name or an attribute's id.
    public init(named name: String) {
        self = Measure(rawValue: name).map(ActorScale.measure) ?? .attribute(name)
    }

    /// The name as given on the command line and in results: `influence`, `pagerank`.
    public var name: String {
        switch self {
        case .attribute(let id): id
        case .measure(let measure): measure.name
        }
    }

    /// The name for sentences and axes: the attribute's id, or the measure's title
    /// (`PageRank`, `betweenness centrality`).
    public var title: String {
        switch self {
        case .attribute(let id): id
        case .measure(let measure): measure.title
        }
    }

    /// The name, as ``name`` gives it.
    public var description: String { name }

    /// The measure, when the scale is one.
    public var measure: Measure? {
        if case .measure(let measure) = self { measure } else { nil }
    }

    /// Checks that `dataset` can place actors on this scale: an attribute must be recorded
    /// for some actor and be a number wherever it is recorded. A measure always can.
    ///
    /// - Parameter dataset: The map.
    /// - Throws: ``SalienceError/unknownAttribute(_:suggestion:known:)`` when no actor has
    ///   the attribute, with the nearest name; ``SalienceError/notANumber(attribute:actorID:value:)``
    ///   for the first actor whose value is not a number.
    /// - Complexity: O(*a*) for *a* actors, as each is read through ``Snapshot/number(_:ofActorAt:)``.
    public func check(in dataset: Dataset) throws(SalienceError) {
        guard case .attribute(let id) = self else { return }
        let whole = Snapshot(dataset)
        var recorded = false
        for index in dataset.actors.indices {
            guard let value = whole.attribute(id, ofActorAt: index) else { continue }
            recorded = true
            if whole.number(id, ofActorAt: index) == nil {
                throw .notANumber(attribute: id, actorID: dataset.actors[index].id, value: value.description)
            }
        }
        guard recorded else {
            let known = Self.attributeNames(in: dataset)
            let candidates = known + Self.builtInAttributes.filter { !known.contains($0) } + Measure.allCases.map(\.name)
            throw .unknownAttribute(id, suggestion: Suggestion.nearest(to: id, in: candidates), known: known)
        }
    }

    /// The ids of the attributes recorded for any actor of `dataset`, sorted.
    ///
    /// - Parameter dataset: The map.
    /// - Returns: Every attribute id that some actor has, each once.
    /// - Complexity: O(*a*·*k*) for *a* actors with *k* attributes each.
    public static func attributeNames(in dataset: Dataset) -> [String] {
        Set(dataset.actors.flatMap(\.attributes.keys)).sorted()
    }
}

/// Why actors cannot be placed on a scale or compared: each message names what was asked
/// for, what the map holds and the fix.
public enum SalienceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No actor of the map records the attribute.
    case unknownAttribute(String, suggestion: String?, known: [String])
    /// An actor's value of the attribute is not a number.
    case notANumber(attribute: String, actorID: String, value: String)
    /// The measure has no value at this moment for any actor.
    case undefinedMeasure(Measure, reason: String)

    /// The message, with the fix.
    public var description: String {
        switch self {
        case .unknownAttribute(let id, let suggestion, let known):
            let near = suggestion.map { " Did you mean '\($0)'?" } ?? ""
            let listed = known.isEmpty
                ? " No actor of the map records any attribute; a Net-Map session records them as `attributes: {influence: 6, interest: 4, stance: supports}` on each actor."
                : " The map's actors record \(known.map { "'\($0)'" }.joined(separator: ", "))."
            return "no actor of the map records the attribute '\(id)'.\(near)\(listed)"
        case .notANumber(let attribute, let actorID, let value):
            return "actors[id=\(actorID)].attributes.\(attribute) is '\(value)', which is not a number. Fix: record \(attribute) as a number (an influence tower's height, such as 4), or choose a numeric attribute."
        case .undefinedMeasure(let measure, let reason):
            return "\(measure.name) is undefined at this moment, \(reason). Fix: choose another measure."
        }
    }
}
