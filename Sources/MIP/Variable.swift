/// A decision variable of a ``Model``: a handle, cheap to copy, valid only for the model that made it.
public struct Variable: Hashable, Sendable {
    /// Position of the variable in its model, from 0.
    public let index: Int

    init(index: Int) {
        self.index = index
    }
}

/// What values a variable may take.
public enum VariableKind: Sendable, Equatable {
    /// 0 or 1.
    case binary
    /// Any whole number within the variable's bounds.
    case integer
    /// Any real number within the variable's bounds.
    case continuous
}

/// Everything the model keeps about one variable.
public struct VariableDefinition: Sendable, Equatable {
    public var name: String
    public var kind: VariableKind
    public var lowerBound: Double
    /// `nil` means unbounded above.
    public var upperBound: Double?
}
