extension Schedule {
    /// The columns of the CSV Rota writes, in order.
    public static let csvColumns = ["week", "start", "end", "handoff", "role", "person", "holiday", "weight", "pipeline", "investors"]

    /// The schedule as one CSV table a spreadsheet opens cleanly: RFC 4180 quoting, `\n` line
    /// ends, one header row (docs/formats.md describes it; `rota check` reads it back):
    ///
    ///     week,start,end,handoff,role,person,holiday,weight,pipeline,investors
    ///     1,2027-01-04,2027-01-10,09:00 America/New_York,primary,Alice,,,,
    ///     21,2027-05-31,,,,Bob,Memorial Day,1,,
    ///     ,,,,primary,Alice,,,Profit,false
    ///     ,,,,secondary,Bob,,,Profit,false
    ///
    /// First one row per week per role, roles in order (primary, secondary), from `start` at the
    /// handoff to the day after `end` at the handoff (a role nobody holds that week has no row);
    /// then one row per holiday cover (its week, its date in `start`, the cover in `person`);
    /// then two rows per pipeline, its primary and its secondary owner.
    /// - Complexity: O(weeks × roles + holidays + pipelines).
    public func csv() -> String {
        var rows = [Self.csvColumns]
        let handoff = "\(period.handoff) \(period.timezone)"
        for week in weeks {
            for role in Role.allCases {
                guard let person = week.oncall[role] else { continue }
                rows.append([String(week.week), week.start.iso, week.end.iso, handoff, role.rawValue, person, "", "", "", ""])
            }
        }
        for holiday in holidays {
            let week = weeks.first { $0.start <= holiday.date && holiday.date <= $0.end }.map { String($0.week) } ?? ""
            rows.append([week, holiday.date.iso, "", "", "", holiday.cover, holiday.name, Numbers.json(holiday.weight), "", ""])
        }
        for pipeline in pipelines {
            for (role, owner) in [(Role.primary, pipeline.primary), (.secondary, pipeline.secondary)] {
                rows.append(["", "", "", "", role.rawValue, owner, "", "", pipeline.name, pipeline.investors ? "true" : "false"])
            }
        }
        return rows.map(CSVText.line).joined()
    }
}

/// Writing CSV text (RFC 4180).
enum CSVText {
    /// One record: the fields, quoted where needed, separated by commas, ending with `\n`.
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// A field as written: in double quotes (inner quotes doubled) when it holds a comma, a
    /// quote, a line break, or space at either end (which readers often trim); else as is.
    static func field(_ text: String) -> String {
        let needsQuotes =
            text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
