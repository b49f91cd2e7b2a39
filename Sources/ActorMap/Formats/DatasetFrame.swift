import Foundation

/// Everything a dataset holds around its actors and relationships: its title and
/// description, its sources, and the groups, kinds, relationship types and attributes it
/// defines.
///
/// Interchange formats have no place of their own for these, so ActorMap's writers carry the
/// frame as a native dataset with no actors: a JSON text in a GraphML key or in GEXF's
/// `meta`, and a `.dataset.yaml` file beside a CSV pair. Reading it back goes through the
/// native reader, with its checks.
struct DatasetFrame: Sendable, Hashable {
    var title: String
    var description: String?
    var asOf: CalendarDate?
    var sources: [Source] = []
    var groups: [Group] = []
    var kinds: [ActorKind] = []
    var relationshipTypes: [RelationshipType] = []
    var attributes: [AttributeDeclaration] = []

    init(title: String, description: String? = nil) {
        self.title = title
        self.description = description
    }

    init(_ dataset: Dataset) {
        title = dataset.title
        description = dataset.description
        asOf = dataset.asOf
        sources = dataset.sources
        groups = dataset.groups
        kinds = dataset.kinds
        relationshipTypes = dataset.relationshipTypes
        attributes = dataset.attributes
    }

    /// Reads a frame written as a native dataset.
    ///
    /// - Parameter place: Where the frame's text starts, for its problems: a file of its own
    ///   (line 1), or an element of a GraphML or GEXF file.
    /// - Returns: the frame, or `nil` with the problems that keep it from being used.
    static func read(_ data: Data, syntax: DatasetReader.Syntax, at place: SourcePlace) -> (frame: DatasetFrame?, problems: [Problem]) {
        let report = DatasetReader().check(data: data, syntax: syntax, file: place.file)
        let problems = report.problems.map { problem in
            var problem = problem
            if let line = problem.line, let start = place.line {
                problem.line = start + line - 1
            } else if problem.line == nil {
                problem.line = place.line
            }
            if place.line != nil, !place.field.isEmpty {
                problem.path = problem.path.isEmpty ? place.field : "\(place.field): \(problem.path)"
            }
            return problem
        }
        return (report.dataset.map(DatasetFrame.init), problems)
    }
}
