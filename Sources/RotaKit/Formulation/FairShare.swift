/// A person's fair share of a role: the role's weeks (period plus history) × their capacity ÷ the
/// team's total capacity, and the whole-week counts within one week of it.
public struct FairShare: Sendable, Equatable {
    /// The exact share, in weeks.
    public var share: Double
    /// Weeks already held in history.
    public var historyWeeks: Int

    /// The least and most weeks (history included) that are less than one week from the share:
    /// `floor(share)…ceil(share)`, a single value when the share is whole.
    public var allowedTotal: ClosedRange<Int> {
        let rounded = (share * 1e9).rounded() / 1e9
        return Int(rounded.rounded(.down))...Int(rounded.rounded(.up))
    }

    /// The same range for the planned period alone (history subtracted).
    public var allowedInPeriod: ClosedRange<Int> {
        (allowedTotal.lowerBound - historyWeeks)...(allowedTotal.upperBound - historyWeeks)
    }
}
