import Foundation

extension Schedule {
    /// The schedule as Terraform `pagerduty_schedule` resources (HCL), one per role, each with the
    /// weekly layer of ``pagerDuty(scenario:)``. Terraform has no resource for overrides: they are
    /// ``pagerDuty(scenario:)``'s, which `rota` writes beside the `.tf` file.
    /// - Throws: ``PagingExportError`` naming anyone on the schedule without a `pagerduty:` id.
    public func terraform(scenario: Scenario?) throws(PagingExportError) -> String {
        let ids = try PagingTimeline.ids(for: self, scenario: scenario, tool: "terraform", key: "pagerduty", id: \.pagerduty)
        let timeline = PagingTimeline(schedule: self)
        var text = """
            # PagerDuty schedules for \(Self.hclComment(team.isEmpty ? "the team" : team)), planned by Rota for \(period.start.iso) to \(period.end.iso).
            # The layers alone are not the plan: apply the overrides written beside this file
            # (POST /schedules/{id}/overrides with each schedule's "overrides") after terraform apply.

            """
        for role in timeline.roles {
            let layer = PagerDutyLayer(role: role, timeline: timeline)
            let users = layer.users.map { Self.hclString(ids[$0] ?? "") }.joined(separator: ", ")
            text += """

                resource "pagerduty_schedule" "\(terraformName(role: role))" {
                  name        = \(Self.hclString(pagingScheduleName(role: role)))
                  time_zone   = \(Self.hclString(timeline.zoneName))
                  description = \(Self.hclString(pagingDescription(role: role)))

                  layer {
                    name                         = \(Self.hclString("Rota \(role.rawValue)"))
                    start                        = \(Self.hclString(timeline.rfc3339(timeline.periodStart)))
                    end                          = \(Self.hclString(timeline.rfc3339(timeline.periodEnd)))
                    rotation_virtual_start       = \(Self.hclString(timeline.rfc3339(timeline.periodStart)))
                    rotation_turn_length_seconds = \(PagerDutyLayer.turnLengthSeconds)
                    users                        = [\(users)]
                  }
                }

                """
        }
        return text
    }

    /// The resource's name: `data_engineering_primary` (letters, digits and underscores, from a letter).
    func terraformName(role: Role) -> String {
        var slug = ""
        for character in team.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "_" {
                slug.append("_")
            }
        }
        while slug.last == "_" { slug.removeLast() }
        if slug.isEmpty || !(slug.first?.isLetter ?? false) { slug = "rota" + (slug.isEmpty ? "" : "_" + slug) }
        return slug + "_" + role.rawValue
    }

    /// A quoted HCL string: escaped as JSON escapes a string (quotes, backslashes, control
    /// characters), and `${` and `%{` written `$${` and `%%{` so that Terraform does not read them
    /// as templates.
    static func hclString(_ value: String) -> String {
        JSONValue.quoted(value).replacingOccurrences(of: "${", with: "$${").replacingOccurrences(of: "%{", with: "%%{")
    }

    /// Text safe on one comment line.
    static func hclComment(_ value: String) -> String {
        String(value.map { $0.isNewline ? " " : $0 })
    }
}
