/// A free-form value an analyst attaches to an actor or relationship (`country: Kenya`,
/// `members: 60000`), kept with its type so that exports can declare it.
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
    /// Text, such as `Kenya`.
    case text(String)
    /// A whole number, such as a count of members.
    case integer(Int)
    /// A number with a fractional part, such as a share.
    case number(Double)
    /// `true` or `false`.
    case boolean(Bool)

    public var description: String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value): value.formatted()
        case .boolean(let value): value ? "true" : "false"
        }
    }
}

extension Double {
    /// The shortest text that reads back as the same number, without a trailing `.0` for
    /// whole numbers: `1200000`, not `1200000.0` or `1.2e+06`.
    func formatted() -> String {
        if isFinite, rounded() == self, abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}
