/// Drawing helpers shared by the report's inline SVG charts: no scripts, no external references,
/// readable without CSS.
///
/// Every chart is drawn in a `viewBox` whose width is its natural size in CSS pixels and scales
/// down (never up) to the page width, so text keeps the size it was measured at unless the window
/// is narrower than the chart.
enum SVGCharts {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The font of every chart, the page's own.
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"

    /// 1, 2, 5, 10, 20, … : the smallest such step that gives at most `ticks` ticks up to `maximum`.
    static func niceStep(_ maximum: Double, ticks: Double = 8) -> Double {
        var magnitude = 1.0
        while true {
            for factor in [1.0, 2.0, 5.0] where maximum / (magnitude * factor) <= ticks { return magnitude * factor }
            magnitude *= 10
        }
    }

    /// A coordinate: at most three decimals, no trailing zeros.
    static func f(_ value: Double) -> String { Wording.number(value) }

    /// `<svg …>` with a `viewBox` of `width` × `height`, shrinking with the page.
    static func open(width: Double, height: Double, label: String, classes: String = "chart") -> String {
        "<svg class=\"\(classes)\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" "
            + "role=\"img\" aria-label=\"\(HTML.escape(label))\" font-family=\"\(fontFamily)\">\n"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil) -> String {
        let dashed = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        return "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"\(dashed)/>\n"
    }

    /// A rectangle, with a tooltip when `title` is given.
    static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, strokeWidth: Double = 1, radius: Double = 0,
        title: String? = nil
    ) -> String {
        var svg = "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, width)))\" height=\"\(f(max(0, height)))\" fill=\"\(fill)\""
        if radius > 0 { svg += " rx=\"\(f(radius))\"" }
        if let stroke { svg += " stroke=\"\(stroke)\" stroke-width=\"\(f(strokeWidth))\"" }
        guard let title else { return svg + "/>\n" }
        return svg + "><title>\(HTML.escape(title))</title></rect>\n"
    }

    static func text(
        _ text: String, x: Double, y: Double, size: Double, anchor: String = "start", fill: String = "#222", weight: Int = 400,
        title: String? = nil
    ) -> String {
        let tooltip = title.map { "<title>\(HTML.escape($0))</title>" } ?? ""
        return "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\" font-weight=\"\(weight)\">"
            + tooltip + HTML.escape(text) + "</text>\n"
    }
}
