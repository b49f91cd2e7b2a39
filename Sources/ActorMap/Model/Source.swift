/// A citation that actors and relationships point to, so that every line on a map can be
/// traced to a report, a paper or an interview.
public struct Source: Hashable, Sendable, Identifiable {
    /// A stable key that actors and relationships name in their `source`.
    public var id: String
    /// The reference as a reader would cite it: authors, year, title, publisher.
    public var citation: String
    /// Where the source can be read, when it is online.
    public var url: String?

    /// Creates a source.
    ///
    /// - Parameters:
    ///   - id: A stable key, unique among sources.
    ///   - citation: The reference as a reader would cite it.
    ///   - url: Where the source can be read.
    public init(id: String, citation: String, url: String? = nil) {
        self.id = id
        self.citation = citation
        self.url = url
    }
}
