/// A named date: a holiday on the calendar.
public struct NamedDay: Sendable, Equatable, Hashable {
    public var name: String
    public var date: Day

    public init(name: String, date: Day) {
        self.name = name
        self.date = date
    }
}
