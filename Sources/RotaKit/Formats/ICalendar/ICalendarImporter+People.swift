import Foundation

/// Who each imported event is about: the person it names, and the role.
extension ICalendarImporter {
    /// The events that name a person, with their role; notes for the others.
    mutating func attribute() -> [Attributed] {
        var result: [Attributed] = []
        for (order, event) in document.events.enumerated() {
            let label = ICalendarEventLabel(summary: event.summary)
            var role: Role?
            switch label.kind {
            case .shift(let shiftRole):
                guard let shiftRole else {
                    notes.append("line \(event.line): \"\(event.summary)\" is an escalation level beyond primary and secondary; ignored")
                    continue
                }
                role = shiftRole
            case .holidayCover: role = nil
            }
            guard let person = person(of: event, label: label) else {
                let whom = scenario == nil ? "nobody" : "nobody in the team"
                notes.append("line \(event.line): \"\(event.summary)\" names \(whom); ignored")
                continue
            }
            result.append(Attributed(event: event, order: order, label: label, role: role, person: person))
        }
        return result
    }

    /// The person an event is about.
    mutating func person(of event: ICalendarEvent, label: ICalendarEventLabel) -> String? {
        let isShift = if case .shift = label.kind { true } else { false }
        if let matcher {
            if let person = matcher.person(named: label.personText) { return person }
            if isShift, let person = matcher.person(mentionedIn: label.personText) { return person }
            for attendee in event.attendees {
                if let email = attendee.email, let person = matcher.person(email: email) { return person }
            }
            for attendee in event.attendees {
                if let name = attendee.name, let person = matcher.person(named: name) { return person }
            }
            return nil
        }
        var name = label.personText
        if event.attendees.count == 1 && (isShift || name.isEmpty), let attendee = event.attendees.first {
            name = attendee.name ?? attendee.email.map { String($0.prefix { $0 != "@" }) } ?? name
        }
        name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        let key = name.lowercased()
        if let spelling = spellings[key] { return spelling }
        spellings[key] = name
        return name
    }
}
