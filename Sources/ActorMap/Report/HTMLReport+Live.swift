extension HTMLReport {
    /// The address of the server-sent events that tell the page its map was saved
    /// (`event: reload`) or has errors (`event: problems`), set by `actormap serve`; `nil`
    /// for a page read from a file.
    ///
    /// The page's handling of these events comes with the explorer, which keeps this value;
    /// until then the report has nowhere to keep it, and a value set here is not kept.
    public var liveEvents: String? {
        get { nil }
        set {}
    }
}
