/// Numbers as text, in the few forms Rota's outputs use. Every form writes a whole number without
/// a fraction (`2`, not `2.0`) and any other number as the shortest decimal that reads back as the
/// same `Double` (`0.5`, `13.333`); they differ only in how far they round first.
///
/// | Form | Rounds to | Used by |
/// | --- | --- | --- |
/// | ``exact(_:)`` | nothing | scenario YAML, messages that quote an input, iCalendar weights |
/// | ``json(_:)`` | 6 decimals; `null` unless finite | JSON documents, CSV weights |
/// | ``threeDecimals(_:)`` | 3 decimals | checker and report sentences and tables (`Wording`) |
/// | ``twoDecimals(_:)`` | 2 decimals | schedule tables and Markdown |
/// | ``percent(_:)`` | a tenth of a percent | the generator's comments |
enum Numbers {
    /// `2`, `0.5`, `0.1`: no rounding; whole numbers (below 10¹⁵) without a fraction, others the
    /// shortest decimal that reads back the same.
    static func exact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A JSON number: rounded to 6 decimals, then as ``exact(_:)``; `null` for infinities and NaN.
    static func json(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return exact(rounded(value, decimals: 6))
    }

    /// `1`, `0.5`, `13.333`: rounded to 3 decimals, then as ``exact(_:)``; very large whole
    /// numbers are written out in digits rather than with an exponent.
    static func threeDecimals(_ value: Double) -> String {
        let rounded = rounded(value, decimals: 3)
        let text = exact(rounded)
        return text.contains("e") ? String(Int(rounded)) : text
    }

    /// `+2`, `-0.5`, `0`: ``threeDecimals(_:)`` with a plus sign on positive numbers (those that
    /// do not round to 0).
    static func signedThreeDecimals(_ value: Double) -> String {
        let text = threeDecimals(value)
        return value > 0.0005 ? "+" + text : (text == "-0" ? "0" : text)
    }

    /// `2`, `1.5`, `0.33`: rounded to 2 decimals, then as ``json(_:)``.
    static func twoDecimals(_ value: Double) -> String {
        json(rounded(value, decimals: 2))
    }

    /// `9.8%`: a share (0.098) as a percentage with one decimal, always shown.
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// `value` rounded to `decimals` decimal places (half away from zero).
    static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
