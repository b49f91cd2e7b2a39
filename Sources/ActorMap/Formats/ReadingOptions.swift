/// How to read a dataset file: choices a file cannot make for itself, and limits that keep
/// a hostile or mistaken file from exhausting the machine.
public struct ReadingOptions: Sendable, Hashable {
    /// The order of day, month and year in dates written with slashes (`15/03/2017`).
    public enum DateOrder: String, Sendable, Hashable, CaseIterable {
        /// Day first, as in Kenya, Namibia, Zimbabwe and most of the world: `15/03/2017`.
        case dmy
        /// Month first, as in the United States: `03/15/2017`.
        case mdy
        /// Year first: `2017/03/15`.
        case ymd
    }

    /// How dates with slashes are read; `nil` refuses them, naming the option to set.
    public var dateOrder: DateOrder?

    /// The largest input file read, in bytes.
    public var maximumInputBytes: Int

    /// 256 MiB, the default of `maximumInputBytes`.
    public static let defaultMaximumInputBytes = 256 << 20

    public init(dateOrder: DateOrder? = nil, maximumInputBytes: Int = Self.defaultMaximumInputBytes) {
        self.dateOrder = dateOrder
        self.maximumInputBytes = maximumInputBytes
    }
}
