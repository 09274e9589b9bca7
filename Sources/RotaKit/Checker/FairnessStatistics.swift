import Foundation

/// The fairness figures on-call tools report, over a list of loads (one per person).
///
/// All are defined in `docs/checker.md`; each is 0 (or 1 for pairwise balance, 100 for the
/// equity score) when every load is equal.
public enum FairnessStatistics {
    /// The Gini coefficient: Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 n² · mean). 0 when all are equal; (n−1)/n when one
    /// person carries everything; 0 for an empty list or all zeros.
    /// - Complexity: O(n log n).
    public static func gini(_ values: [Double]) -> Double {
        let n = Double(values.count)
        let total = values.reduce(0, +)
        guard values.count > 1, total > 0 else { return 0 }
        // Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − n − 1) x₍ᵢ₎ over the sorted values, i from 1.
        let sorted = values.sorted()
        var weighted = 0.0
        for (index, value) in sorted.enumerated() {
            weighted += (2 * Double(index + 1) - n - 1) * value
        }
        return clean(2 * weighted / (2 * n * total))
    }

    /// The population standard deviation divided by the mean; 0 when the mean is 0.
    public static func coefficientOfVariation(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        guard mean > 0 else { return 0 }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return clean(variance.squareRoot() / mean)
    }

    /// 100 · (1 − coefficient of variation), kept within 0…100.
    public static func equityScore(_ values: [Double]) -> Double {
        clean(min(100, max(0, 100 * (1 - coefficientOfVariation(values)))))
    }

    /// The mean, over every pair of people, of the smaller load ÷ the larger load (a pair of zeros
    /// counts as balanced, 1). 1 for fewer than two people.
    public static func pairwiseBalance(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 1 }
        var sum = 0.0
        var pairs = 0
        for i in values.indices {
            for j in values.indices where j > i {
                let (low, high) = (min(values[i], values[j]), max(values[i], values[j]))
                sum += high > 0 ? low / high : 1
                pairs += 1
            }
        }
        return clean(sum / Double(pairs))
    }

    /// The largest value minus the smallest; 0 for an empty list.
    public static func spread(_ values: [Double]) -> Double {
        guard let most = values.max(), let least = values.min() else { return 0 }
        return clean(most - least)
    }

    /// Rounds away floating-point noise (1e-12 and below), so equal inputs print equal figures.
    static func clean(_ value: Double) -> Double {
        let rounded = (value * 1e9).rounded() / 1e9
        return rounded == 0 ? 0 : rounded
    }
}
