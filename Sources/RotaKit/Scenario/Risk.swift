/// A potential issue the team lists in its document (`risks:`), beside the risks Rota computes.
public struct Risk: Sendable, Equatable {
    public var name: String
    public var description: String?

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }
}
