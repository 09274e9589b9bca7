/// Who owns which pipeline, investor pipelines marked in words and shading.
extension ScheduleReport {
    func ownershipTableHTML() -> String {
        var html = "<div class=\"scroll\"><table class=\"ownership\">\n<thead><tr><th scope=\"col\">pipeline</th><th scope=\"col\">reports to investors</th>"
        html += "<th scope=\"col\">primary owner</th><th scope=\"col\">secondary owner</th></tr></thead>\n<tbody>\n"
        for pipeline in schedule.pipelines {
            html += "<tr\(pipeline.investors ? " class=\"investors\"" : "")><th scope=\"row\">\(HTML.escape(pipeline.name))</th>"
            html += "<td>\(pipeline.investors ? "yes" : "")</td><td>\(HTML.escape(pipeline.primary))</td><td>\(HTML.escape(pipeline.secondary))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
