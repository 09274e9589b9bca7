extension Schedule {
    /// The schedule as CSV: RFC 4180 quoting, `\n` line ends, sections separated by one blank
    /// line, each with its own header row (the layout is fixed; docs/formats.md describes it):
    ///
    ///     week,start,role,person
    ///     1,2027-01-04,primary,Alice
    ///
    ///     holiday,date,cover,weight
    ///     Memorial Day,2027-05-31,Bob,1
    ///
    ///     pipeline,investors,primary,secondary
    ///     Profit,false,Alice,Bob
    ///
    /// The rotation has one row per week per role, roles in order (primary, secondary); a role
    /// nobody holds that week has no row. The holiday and pipeline sections are left out when
    /// the schedule has none.
    /// - Complexity: O(weeks × roles + holidays + pipelines).
    public func csv() -> String {
        var rotation = [["week", "start", "role", "person"]]
        for week in weeks {
            for role in Role.allCases {
                guard let person = week.oncall[role] else { continue }
                rotation.append([String(week.week), week.start.iso, role.rawValue, person])
            }
        }
        var sections = [rotation]
        if !holidays.isEmpty {
            sections.append(
                [["holiday", "date", "cover", "weight"]]
                    + holidays.map { [$0.name, $0.date.iso, $0.cover, Numbers.json($0.weight)] })
        }
        if !pipelines.isEmpty {
            sections.append(
                [["pipeline", "investors", "primary", "secondary"]]
                    + pipelines.map { [$0.name, $0.investors ? "true" : "false", $0.primary, $0.secondary] })
        }
        return sections.map { rows in rows.map(CSVText.line).joined() }.joined(separator: "\n")
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
