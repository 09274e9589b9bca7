/// Who owns which pipeline, investor pipelines marked in words and shading; with the scenario, what
/// each pipeline does (its `description`).
extension ScheduleReport {
    func ownershipTableHTML() -> String {
        let descriptions = Dictionary(
            (scenario?.pipelines ?? []).compactMap { pipeline in pipeline.description.map { (pipeline.name, $0) } }, uniquingKeysWith: { first, _ in first })
        let described = schedule.pipelines.contains { !(descriptions[$0.name] ?? "").isEmpty }
        var html = "<div class=\"scroll\"><table class=\"ownership\">\n<thead><tr><th scope=\"col\">pipeline</th>"
        if described { html += "<th scope=\"col\">what it does</th>" }
        html += "<th scope=\"col\">reports to investors</th><th scope=\"col\">primary owner</th><th scope=\"col\">secondary owner</th></tr></thead>\n<tbody>\n"
        for pipeline in schedule.pipelines {
            html += "<tr\(pipeline.investors ? " class=\"investors\"" : "")><th scope=\"row\">\(HTML.escape(pipeline.name))</th>"
            if described { html += "<td>\(Self.inline(descriptions[pipeline.name] ?? ""))</td>" }
            html += "<td>\(pipeline.investors ? "yes" : "")</td><td>\(HTML.escape(pipeline.primary))</td><td>\(HTML.escape(pipeline.secondary))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
