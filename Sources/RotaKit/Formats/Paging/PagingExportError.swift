/// Why a schedule cannot be written for a paging tool: people without the id the tool needs,
/// no scenario to take ids from, or times the tool cannot hold.
public struct PagingExportError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
