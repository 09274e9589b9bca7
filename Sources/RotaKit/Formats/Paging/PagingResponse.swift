import Foundation

/// A paging tool's answer about who is on call, as Rota reads it: PagerDuty's `GET /schedules/{id}`
/// (`schedule.final_schedule.rendered_schedule_entries`), PagerDuty's `GET /oncalls`, or Opsgenie's
/// `GET /v2/schedules/{identifier}/timeline` (`data.finalTimeline.rotations[].periods`).
struct PagingResponse: Sendable {
    enum Tool: String, Sendable {
        case pagerDuty = "PagerDuty"
        case opsgenie = "Opsgenie"
    }

    /// Whom an entry names, as the tool gives it.
    struct Who: Hashable, Sendable {
        var id: String?
        var email: String?
        var name: String?

        /// `PXPGF42 (Tim Wright)`.
        var description: String {
            let parts = [id, email, name].compactMap { $0 }.filter { !$0.isEmpty }
            guard let first = parts.first else { return "an entry naming nobody" }
            return parts.count == 1 ? first : "\(first) (\(parts.dropFirst().joined(separator: ", ")))"
        }
    }

    /// One stretch of on-call time, instants in seconds since 1970.
    struct Entry: Sendable {
        var start: Int
        var end: Int
        var role: Role
        var who: Who
    }

    var tool: Tool
    /// `GET /schedules/{id}`, `GET /oncalls` or `GET /v2/schedules/{identifier}/timeline`.
    var what: String
    var entries: [Entry]
    /// The schedule's time zone, when the response names one.
    var timeZone: String?
    /// What reading set aside, a sentence each.
    var notes: [String] = []

    /// The response `text` holds, or `nil` when it is none of the three (then it is read as
    /// `rota.schedule/1`); a response with entries Rota cannot read reports them to `diagnostics`.
    init?(text: String, diagnostics: Diagnostics) {
        guard text.contains("rendered_schedule_entries") || text.contains("\"oncalls\"") || text.contains("finalTimeline"),
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { return nil }
        if let schedule = object["schedule"] as? [String: Any], let final = schedule["final_schedule"] as? [String: Any] {
            tool = .pagerDuty
            what = "GET /schedules/{id}"
            timeZone = schedule["time_zone"] as? String
            let role = Self.role(named: schedule["name"] as? String ?? schedule["summary"] as? String ?? "")
            entries = []
            for (index, item) in (final["rendered_schedule_entries"] as? [Any] ?? []).enumerated() {
                let field = "schedule.final_schedule.rendered_schedule_entries[\(index)]"
                guard let entry = item as? [String: Any], let span = Self.span(entry, start: "start", end: "end", field: field, diagnostics: diagnostics) else {
                    continue
                }
                entries.append(Entry(start: span.start, end: span.end, role: role, who: Self.pagerDutyUser(entry["user"])))
            }
        } else if let oncalls = object["oncalls"] as? [Any] {
            tool = .pagerDuty
            what = "GET /oncalls"
            entries = []
            var levels = Set<Int>()
            for (index, item) in oncalls.enumerated() {
                let field = "oncalls[\(index)]"
                guard let oncall = item as? [String: Any] else {
                    diagnostics.error(field: field, "is not an object")
                    continue
                }
                let level = (oncall["escalation_level"] as? NSNumber)?.intValue ?? 1
                guard level == 1 || level == 2 else {
                    levels.insert(level)
                    continue
                }
                if oncall["start"] is NSNull || oncall["start"] == nil || oncall["end"] is NSNull || oncall["end"] == nil {
                    notes.append("\(field): an on-call without start or end (a permanent one) is left out")
                    continue
                }
                guard let span = Self.span(oncall, start: "start", end: "end", field: field, diagnostics: diagnostics) else { continue }
                entries.append(Entry(start: span.start, end: span.end, role: level == 1 ? .primary : .secondary, who: Self.pagerDutyUser(oncall["user"])))
            }
            if !levels.isEmpty {
                notes.append(
                    "escalation levels \(levels.sorted().map(String.init).joined(separator: ", ")) are left out (level 1 is primary, level 2 secondary)")
            }
        } else if let data = object["data"] as? [String: Any], let timeline = data["finalTimeline"] as? [String: Any] {
            tool = .opsgenie
            what = "GET /v2/schedules/{identifier}/timeline"
            entries = []
            for (rotationIndex, item) in (timeline["rotations"] as? [Any] ?? []).enumerated() {
                guard let rotation = item as? [String: Any] else { continue }
                let role = Self.role(named: rotation["name"] as? String ?? "")
                for (index, period) in (rotation["periods"] as? [Any] ?? []).enumerated() {
                    let field = "data.finalTimeline.rotations[\(rotationIndex)].periods[\(index)]"
                    guard let period = period as? [String: Any],
                        let span = Self.span(period, start: "startDate", end: "endDate", field: field, diagnostics: diagnostics)
                    else { continue }
                    let recipient = period["recipient"] as? [String: Any] ?? [:]
                    if let type = recipient["type"] as? String, type != "user" {
                        notes.append("\(field): a period for a \(type), not a user, is left out")
                        continue
                    }
                    let who = Who(id: recipient["id"] as? String, email: nil, name: recipient["name"] as? String)
                    entries.append(Entry(start: span.start, end: span.end, role: role, who: who))
                }
            }
        } else {
            return nil
        }
    }

    /// Secondary when the name says "secondary" or "backup", primary otherwise.
    static func role(named name: String) -> Role {
        let lowered = name.lowercased()
        return lowered.contains("secondary") || lowered.contains("backup") ? .secondary : .primary
    }

    static func pagerDutyUser(_ value: Any?) -> Who {
        let user = value as? [String: Any] ?? [:]
        return Who(id: user["id"] as? String, email: user["email"] as? String, name: (user["summary"] as? String) ?? (user["name"] as? String))
    }

    /// The entry's start and end as instants; a problem for `diagnostics` when either is missing,
    /// not RFC 3339, or the end is not after the start.
    static func span(_ object: [String: Any], start: String, end: String, field: String, diagnostics: Diagnostics) -> (start: Int, end: Int)? {
        guard let startText = object[start] as? String, let from = instant(rfc3339: startText) else {
            diagnostics.error(field: "\(field).\(start)", "is not an RFC 3339 time (\(String(describing: object[start] ?? "missing")))")
            return nil
        }
        guard let endText = object[end] as? String, let to = instant(rfc3339: endText) else {
            diagnostics.error(field: "\(field).\(end)", "is not an RFC 3339 time (\(String(describing: object[end] ?? "missing")))")
            return nil
        }
        guard to > from else {
            diagnostics.error(field: field, "ends (\(endText)) before it starts (\(startText))")
            return nil
        }
        return (from, to)
    }

    /// `2027-01-04T09:00:00-05:00` (or `Z`, with optional fractions of a second) as seconds since 1970.
    static func instant(rfc3339 text: String) -> Int? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 20, scalars.count <= 40 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[from..<(from + count)] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), scalars[4] == 45, let month = number(5, 2), scalars[7] == 45, let dayOfMonth = number(8, 2),
            scalars[10] == 84 || scalars[10] == 116 || scalars[10] == 32, let hour = number(11, 2), scalars[13] == 58, let minute = number(14, 2),
            scalars[16] == 58, let second = number(17, 2), let day = Day(year: year, month: month, day: dayOfMonth),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        if index < scalars.count, scalars[index] == 46 {
            index += 1
            let digits = index
            while index < scalars.count, scalars[index] >= 48, scalars[index] <= 57 { index += 1 }
            guard index > digits else { return nil }
        }
        guard index < scalars.count else { return nil }
        var offset = 0
        if scalars[index] == 90 || scalars[index] == 122 {
            guard index + 1 == scalars.count else { return nil }
        } else if scalars[index] == 43 || scalars[index] == 45 {
            guard index + 6 == scalars.count, let hours = number(index + 1, 2), scalars[index + 3] == 58, let minutes = number(index + 4, 2),
                hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (scalars[index] == 45 ? -1 : 1)
        } else {
            return nil
        }
        return day.ordinal * LocalDateTime.secondsPerDay + hour * 3600 + minute * 60 + min(second, 59) - offset
    }
}
