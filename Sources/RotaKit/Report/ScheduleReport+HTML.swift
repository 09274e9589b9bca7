/// The report as one self-contained HTML page: inline CSS and inline SVG, no scripts, no fonts or
/// images from the network, so it opens anywhere, prints, and can be mailed as a file.
///
/// Designed for teams of 4 to 100: names sit in HTML or in room measured for them, wide parts
/// (the calendar, the tables) reflow or scroll inside their own box instead of widening the page,
/// and identity rests on names and letters, never on colour alone.
///
/// Sections, in order (each a `<section id=…>`): `summary` (the verdict and plain sentences),
/// `warnings` (as `rota check` words them; they need the scenario), `load` (weeks against fair
/// share), `calendar` (people × weeks, with time away and holidays), `holidays` (one row per
/// holiday), `people` (one row per person), `weeks` (the year, week by week), `ownership`, the
/// team's document when the scenario has it (`runbooks`, `risks`, `notes`), and `statistics` (the
/// fairness figures with their definitions, folded).
extension ScheduleReport {
    public func html() -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <style>\(HTMLStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>\(HTML.escape(title))</h1>
            <p class="subtitle">\(HTML.escape(subtitle))</p>
            </header>

            """
        var contents = [("summary", "In short"), ("warnings", "Warnings"), ("load", "Load"), ("calendar", "Calendar")]
        if !holidays.isEmpty { contents.append(("holidays", "Holidays")) }
        contents += [("people", "People"), ("weeks", "Week by week")]
        if !schedule.pipelines.isEmpty { contents.append(("ownership", "Ownership")) }
        if !runBookPipelines.isEmpty { contents.append(("runbooks", "Run books")) }
        if !teamRisks.isEmpty { contents.append(("risks", "Potential issues")) }
        if teamNotes != nil { contents.append(("notes", "Notes")) }
        contents.append(("statistics", "Statistics"))
        page += "<nav aria-label=\"Contents\"><ul>" + contents.map { "<li><a href=\"#\($0.0)\">\(HTML.escape($0.1))</a></li>" }.joined() + "</ul></nav>\n\n"

        page += summaryHTML()
        page += warningsHTML()
        page += section(
            "load", "Load against fair share",
            note:
                "On-call weeks of every role, history included. The bar is the weeks held, the black mark the fair share (capacity's part of all weeks). "
                + "Green: less than one week from the share in every role; red: a week or more.",
            body: LoadChart.html(self))
        page += section(
            "calendar", "Calendar",
            note: "Each row is a person, each column a week: who is on call, who is away (day by day), and who covers each holiday.",
            body: CalendarChart.html(self))
        if !holidays.isEmpty {
            page += section(
                "holidays", "Holidays", note: "Who covers each holiday (weighted as the scenario says), and who is on call that week.",
                body: holidayTableHTML())
        }
        page += section(
            "people", "People",
            note:
                "Load = \(metrics.loadMeaning). ± is weeks minus fair share, per role (the Load chart shows the shares). Holidays: how many they cover and their weight. Gaps: fewest and most weeks between consecutive on-call weeks.",
            body: peopleTableHTML())
        page += section("weeks", "Week by week", note: nil, body: weekTableHTML())
        if !schedule.pipelines.isEmpty {
            page += section("ownership", "Pipeline ownership", note: nil, body: ownershipTableHTML())
        }
        if !runBookPipelines.isEmpty {
            page += section(
                "runbooks", "Run books", note: "What the on-call engineer does when a pipeline needs attention, as the team wrote it.",
                body: "<div class=\"runbooks\">\n" + runBooksHTML() + "</div>\n")
        }
        if !teamRisks.isEmpty {
            page += section("risks", "Potential issues", note: "The team's own list.", body: risksHTML())
        }
        if teamNotes != nil { page += section("notes", "Notes", note: nil, body: notesHTML()) }
        page += statisticsHTML()
        page += "<footer>Made by rota report. Every figure is defined on this page, under Statistics.</footer>\n</body>\n</html>\n"
        return page
    }

    private var subtitle: String {
        let people = Wording.count(metrics.people.count, "person", plural: "people")
        let roles = Wording.list(roles.map(\.rawValue))
        return "\(people) · \(Wording.count(period.weeks, "week")) from \(Wording.day(period.start)) · roles: \(roles) · "
            + "\(Wording.count(holidays.count, "holiday")) · \(Wording.count(schedule.pipelines.count, "pipeline"))"
    }

    private func section(_ id: String, _ heading: String, note: String?, body: String) -> String {
        var html = "<section id=\"\(id)\">\n<h2>\(HTML.escape(heading))</h2>\n"
        if let note { html += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
        return html + body + "</section>\n\n"
    }
}
