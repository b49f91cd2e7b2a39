/// A citation that actors and relationships point to, so that every line on a map can be
/// traced to a report, a paper or an interview.
public struct Source: Hashable, Sendable, Identifiable {
    public var id: String
    public var citation: String
    public var url: String?

    public init(id: String, citation: String, url: String? = nil) {
        self.id = id
        self.citation = citation
        self.url = url
    }
}
