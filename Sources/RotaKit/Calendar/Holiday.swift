/// A holiday inside the planned period that needs a cover.
public struct Holiday: Sendable, Equatable, Hashable {
    public var name: String
    public var date: Day
    public var weight: Double
    /// The week (1-based) of the period the date falls in.
    public var week: Int

    public init(name: String, date: Day, weight: Double, week: Int) {
        self.name = name
        self.date = date
        self.weight = weight
        self.week = week
    }
}
