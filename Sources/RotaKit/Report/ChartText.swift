/// How wide a label will be, estimated without a font: the charts reserve room for names from
/// this, so it errs wide.
///
/// The widths are ems of a wide sans-serif (DejaVu Sans, the widest common fallback), rounded up;
/// letters outside Latin count as a full em or more. A label longer than the room a chart can give
/// is shortened with `…` (the full text stays in its tooltip and in the tables).
enum ChartText {
    /// The estimated width in CSS pixels of `text` at `size` pixels, bold when `weight` ≥ 600.
    static func width(_ text: String, size: Double, weight: Int = 400) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += em(scalar) }
        return ems * size * (weight >= 600 ? 1.1 : 1.0)
    }

    /// `text`, or its longest prefix with `…` that is estimated to fit in `room` pixels.
    static func fitted(_ text: String, size: Double, weight: Int = 400, room: Double) -> String {
        if width(text, size: size, weight: weight) <= room { return text }
        var kept = Array(text)
        while !kept.isEmpty && width(String(kept) + "…", size: size, weight: weight) > room { kept.removeLast() }
        while kept.last == " " { kept.removeLast() }
        return String(kept) + "…"
    }

    private static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case "i", "j", "l", "I", "!", "|", ".", ",", ":", ";", "'", "`": return 0.34
        case " ", "f", "t", "r", "(", ")", "[", "]", "-", "/": return 0.44
        case "m", "w", "M", "W", "@", "%": return 1.05
        case "a"..."z": return 0.66
        case "A"..."Z": return 0.8
        case "0"..."9": return 0.68
        case "\u{21}"..."\u{7e}": return 0.84
        case "\u{a0}"..."\u{24f}": return 0.82  // Latin with accents: as wide as capitals
        case "\u{300}"..."\u{36f}", "\u{200b}"..."\u{200f}": return 0  // combining marks, zero-width spaces
        default: return scalar.properties.isEmojiPresentation ? 1.3 : 1.12
        }
    }
}
