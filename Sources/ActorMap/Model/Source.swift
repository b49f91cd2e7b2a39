/// A citation that actors and relationships point to, so that every line on a map can be
/// traced to a report, a paper or an interview.
public struct Source: Hashable, Sendable, Identifiable {
    /// What sort of evidence a source is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A written record: a report, an MoU, a paper, a brief.
        case document
        /// What an informant said in an interview.
        case interview
        /// What the analyst saw, such as a meeting attended.
        case observation
        /// A table or database compiled by others.
        case dataset
    }

    /// A stable key that actors and relationships name in their `source` or `sources`.
    public var id: String
    /// The reference as a reader would cite it: authors, year, title, publisher.
    public var citation: String
    /// Where the source can be read, when it is online.
    public var url: String?
    /// When the source was written, or the interview or observation made.
    public var date: CalendarDate?
    /// What sort of evidence it is, when recorded.
    public var kind: Kind?
    /// Whether the source may not be named outside the analysis, such as an interview given
    /// under a promise of confidentiality. It still counts in every measure and filter; outputs
    /// name it only when asked to (see ``Dataset/withholdingPrivateSources()``).
    public var isPrivate: Bool

    /// Creates a source.
    ///
    /// - Parameters:
    ///   - id: A stable key, unique among sources.
    ///   - citation: The reference as a reader would cite it.
    ///   - url: Where the source can be read.
    ///   - date: When it was written or made.
    ///   - kind: What sort of evidence it is.
    ///   - isPrivate: Whether it may not be named outside the analysis.
    public init(id: String, citation: String, url: String? = nil, date: CalendarDate? = nil, kind: Kind? = nil, isPrivate: Bool = false) {
        self.id = id
        self.citation = citation
        self.url = url
        self.date = date
        self.kind = kind
        self.isPrivate = isPrivate
    }
}
