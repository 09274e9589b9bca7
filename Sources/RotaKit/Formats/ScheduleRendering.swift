/// A format Rota cannot write for this kind of output.
public struct UnsupportedFormat: Error, Sendable, CustomStringConvertible {
    public var format: OutputFormat
    public var what: String
    public var description: String { "\(what) cannot be written as \(format.rawValue)" }
}

extension Schedule {
    /// The schedule in `format`.
    /// - Throws: ``UnsupportedFormat`` for a format schedules are not written in.
    public func rendered(as format: OutputFormat, includeTimings: Bool = false) throws(UnsupportedFormat) -> String {
        switch format {
        case .json: return json(includeTimings: includeTimings)
        default: throw UnsupportedFormat(format: format, what: "a schedule")
        }
    }
}
