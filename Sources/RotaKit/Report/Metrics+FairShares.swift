/// The people at either end of the fair shares, for the sentences that state them (the team's
/// document and the HTML report).
extension Metrics {
    /// The smallest and largest fair share (all roles together, to three decimals) with the people
    /// who have it, in the metrics' order; the same group twice when everyone's share is equal;
    /// `nil` without people.
    var fairShareExtremes: (low: (share: Double, people: [PersonMetrics]), high: (share: Double, people: [PersonMetrics]))? {
        let byShare = Dictionary(grouping: people) { Numbers.rounded($0.totalShare, decimals: 3) }
        guard let low = byShare.keys.min(), let high = byShare.keys.max() else { return nil }
        return ((low, byShare[low]!), (high, byShare[high]!))
    }
}
