/// A figure for each actor of a snapshot, by position, with the name it goes by: the
/// sizes, the communities or the tooltip figures a diagram shows.
public struct ActorFigures: Hashable, Sendable {
    /// The figure's name as the legend and tooltips show it, such as `betweenness`.
    public var name: String
    /// One value per actor of the snapshot, in snapshot order; `.nan` where undefined.
    public var values: [Double]

    /// Figures named `name`, one per actor of the snapshot.
    ///
    /// - Parameters:
    ///   - name: The name the legend and tooltips show.
    ///   - values: One value per actor, in snapshot order; `.nan` where undefined.
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// What a diagram shows and how.
public struct DiagramOptions: Hashable, Sendable {
    /// What the fill colour of an actor stands for.
    public enum Coloring: Hashable, Sendable {
        /// Its group (community, state, civil society…): the colours the dataset or the
        /// catalogue gives, or the palette's.
        case group
        /// Its kind, from the palette.
        case kind
        /// A community number for each actor of the snapshot, in snapshot order, such as
        /// Louvain's.
        case community([Int])
        /// An attribute's value for each actor of the snapshot, in snapshot order, such as
        /// each actor's stance at the moment; `nil` where an actor has none.
        case attribute(String, [String?])
    }

    /// Which actors carry their name.
    public enum Labels: Hashable, Sendable {
        /// Every actor.
        case all
        /// No actor: the drawing shows the shape of the map.
        case none
        /// The `n` actors with the largest size figure, or the most ties when nothing sets
        /// the size.
        case top(Int)
    }

    /// Where actors go that are active but have no tie drawn.
    public enum Isolates: String, Hashable, Sendable, CaseIterable {
        /// Among the others, wherever the layout puts them.
        case show
        /// Not drawn; the measures still count them.
        case hide
        /// In a row at the foot of the drawing, under a caption saying they are untied, when
        /// the diagram is pinned; among the others otherwise. Pinned diagrams of several years
        /// keep an actor at its place when it has a tie in any of the years.
        case margin
    }

    /// The engine the diagram is laid out for; it sets `layout` in the DOT and the
    /// engine's own bounds and overlap removal.
    public var layout: LayoutEngine
    /// What an actor's fill stands for.
    public var coloring: Coloring
    /// The figure an actor's area is proportional to; every actor is drawn to fit its name
    /// when absent.
    public var size: ActorFigures?
    /// The scale of ``size`` when drawings of several moments share one; each drawing's own
    /// largest figure is drawn at the largest area when `nil`.
    public var sizeScale: SizeScale?
    /// Figures listed in each actor's tooltip.
    public var figures: [ActorFigures]
    /// Which actors carry their name.
    public var labels: Labels
    /// Whether to draw the legend of colours, shapes and relationship types.
    public var legend: Bool
    /// The title; the dataset's title and the time of the snapshot when absent.
    public var title: String?
    /// Draw only this actor's ego network.
    public var focus: Focus?
    /// The relationship types drawn.
    public var types: ProjectionOptions.Types
    /// Fixed places for the actors, shared by the diagrams of several moments; `layout` is
    /// then only what made them, and Graphviz keeps them as they are.
    public var pinned: PinnedLayout?
    /// Where actors without a tie drawn go; display only, the measures are unchanged.
    public var isolates: Isolates
    /// Ids of actors drawn with a thick double outline in ``highlightColor``, such as a set
    /// of key players; none by default.
    public var highlighted: Set<String> = []

    /// The outline of highlighted actors: a red that stays apart from every group colour.
    public static let highlightColor = "#D7191C"

    /// Dataset indices of relationships drawn thick in ``highlightColor``, such as the ties
    /// a path took; none by default.
    public var highlightedRelationships: Set<Int> = []

    /// What the legend says a highlighted actor is, such as "key player"; keyed only when
    /// the drawing has one, and not at all when `nil`.
    public var highlightedActorsMeaning: String?

    /// What the legend says a highlighted relationship is, such as "tie the path took";
    /// keyed only when the drawing has one, and not at all when `nil`.
    public var highlightedRelationshipsMeaning: String?

    /// A line drawn under an actor's name, by actor id, such as the year a path reached it;
    /// none by default. Escaped like every name.
    public var annotations: [String: String] = [:]

    /// Which actors are drawn at the diagram's moment (`--where`); every actor by default.
    /// Figures given for the diagram have one value per actor it keeps.
    public var actorFilter: ActorFilter = .none

    /// What sizes and fills the actors, worked out afresh for each moment a diagram draws
    /// (see ``ActorEncoding/applied(to:at:)``), replacing ``size``, ``figures`` and
    /// ``coloring``; `nil` keeps them as they are.
    public var encoding: ActorEncoding?

    /// The relationship types a diagram draws when the measures count `measured`: every
    /// type when they count the positive ones (their default), so that a conflict is drawn
    /// even though it adds to no one's power; the types named otherwise (ids, negative, all).
    ///
    /// - Parameter measured: The types the measures shown with the diagram count.
    /// - Returns: The types to draw.
    /// - Complexity: O(1).
    public static func drawnTypes(measuring measured: ProjectionOptions.Types) -> ProjectionOptions.Types {
        if case .positive = measured { return .all }
        return measured
    }

    /// Options for a diagram; the defaults draw every actor and type, filled by group, with
    /// dot, a legend and the untied actors in a row at the foot when pinned.
    ///
    /// - Parameters:
    ///   - layout: The engine the diagram is laid out for.
    ///   - coloring: What an actor's fill stands for.
    ///   - size: The figure an actor's area is proportional to.
    ///   - figures: Figures listed in each actor's tooltip.
    ///   - labels: Which actors carry their name.
    ///   - legend: Whether to draw the legend.
    ///   - title: The title; the dataset's title and the time when `nil`.
    ///   - focus: Draw only this actor's ego network.
    ///   - types: The relationship types drawn.
    ///   - pinned: Fixed places for the actors.
    ///   - isolates: Where actors without a tie drawn go.
    public init(
        layout: LayoutEngine = .dot, coloring: Coloring = .group, size: ActorFigures? = nil,
        figures: [ActorFigures] = [], labels: Labels = .all, legend: Bool = true, title: String? = nil,
        focus: Focus? = nil, types: ProjectionOptions.Types = .all, pinned: PinnedLayout? = nil,
        isolates: Isolates = .margin
    ) {
        self.isolates = isolates
        self.layout = layout
        self.coloring = coloring
        self.size = size
        self.figures = figures
        self.labels = labels
        self.legend = legend
        self.title = title
        self.focus = focus
        self.types = types
        self.pinned = pinned
    }
}
