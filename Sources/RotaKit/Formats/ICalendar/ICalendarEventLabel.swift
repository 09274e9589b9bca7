import Foundation

/// What an event's summary says about it: an on-call shift in some role, or a holiday cover,
/// and the text that should name the person.
///
/// Summaries from other tools look like `On call: Alice`, `Alice`, `[L0] alice`,
/// `On call (primary): Alice`, `Bob (backup)`, `Charlie (override)`; Rota's holiday events look like
/// `Holiday cover: Christmas Day — Alice`.
struct ICalendarEventLabel: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// An on-call shift; `nil` for an escalation level Rota does not plan (`[L2]`).
        case shift(Role?)
        /// A holiday cover, with the holiday's name as written.
        case holidayCover(String)
    }

    var kind: Kind
    /// The summary with role tags and stock phrases taken away: `Alice` from `[L0] Alice (primary)`.
    var personText: String

    private static let roleWords: [String: Role] = ["primary": .primary, "secondary": .secondary, "backup": .secondary]
    /// Tags paging tools put after a name in parentheses: `Charlie (override)`.
    private static let toolTags: Set<String> = [
        "override", "overrides", "temporary", "temp", "temporary override", "cover", "covering", "swap", "swapped", "shadow",
        "backfill", "on call", "on-call", "oncall", "final schedule", "layer 1", "layer 2",
    ]
    /// Words around a name that are not the name.
    private static let phrases = [
        "on call", "on-call", "oncall", "on duty", "shift", "override", "primary", "secondary", "backup", "rotation",
    ]

    init(summary: String) {
        let trimmed = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("holiday cover") {
            var rest = Substring(trimmed.dropFirst("holiday cover".count))
            rest = rest.drop { $0 == ":" || $0 == " " }
            var holiday = String(rest)
            var person = ""
            for separator in [" — ", " – ", " - "] {
                if let range = rest.range(of: separator, options: .backwards) {
                    holiday = String(rest[..<range.lowerBound])
                    person = String(rest[range.upperBound...])
                    break
                }
            }
            kind = .holidayCover(holiday.trimmingCharacters(in: .whitespaces))
            personText = person.trimmingCharacters(in: .whitespaces)
            return
        }

        // Role: a level tag ([L0], [L1]), else a role word anywhere; primary by default.
        var role: Role? = .primary
        var tags: [String] = []
        var kept: [Character] = []
        let characters = Array(trimmed)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "[" || character == "(",
                let close = characters[(index + 1)...].firstIndex(of: character == "[" ? "]" : ")")
            {
                let tag = String(characters[(index + 1)..<close]).trimmingCharacters(in: .whitespaces).lowercased()
                if character == "[" || Self.roleWords[tag] != nil || Self.level(tag) != nil || Self.toolTags.contains(tag) {
                    tags.append(tag)
                    kept.append(" ")
                    index = close + 1
                    continue
                }
            }
            kept.append(character)
            index += 1
        }
        var text = String(kept)
        if let level = tags.lazy.compactMap(Self.level).first {
            role = level == 0 ? .primary : level == 1 ? .secondary : nil
        } else {
            let words = Set(lowered.split { !$0.isLetter }.map(String.init))
            if words.contains("secondary") || words.contains("backup") {
                role = .secondary
            }
        }
        kind = .shift(role)

        // The name: after the last colon, without stock phrases at either end.
        if let colon = text.lastIndex(of: ":") { text = String(text[text.index(after: colon)...]) }
        personText = Self.strippingPhrases(text)
    }

    /// `0` for `l0`, `level 1` → 1; `nil` when the tag is not a level.
    private static func level(_ tag: String) -> Int? {
        let compact = tag.replacingOccurrences(of: " ", with: "")
        for prefix in ["level", "lvl", "l"] where compact.hasPrefix(prefix) {
            if let number = Int(compact.dropFirst(prefix.count)) { return number }
        }
        return nil
    }

    private static func strippingPhrases(_ text: String) -> String {
        let separators = CharacterSet(charactersIn: " \t-–—:|,/")
        var result = text.trimmingCharacters(in: separators)
        var changed = true
        while changed {
            changed = false
            for phrase in phrases {
                let lowered = result.lowercased()
                if lowered.hasPrefix(phrase + " ") || lowered.hasPrefix(phrase + "-") || lowered.hasPrefix(phrase + ":") || lowered == phrase {
                    result = String(result.dropFirst(phrase.count)).trimmingCharacters(in: separators)
                    changed = true
                } else if lowered.hasSuffix(" " + phrase) || lowered.hasSuffix("-" + phrase) {
                    result = String(result.dropLast(phrase.count)).trimmingCharacters(in: separators)
                    changed = true
                }
            }
        }
        return result
    }
}

/// Matches the names and addresses calendars use to the people of a scenario: the full name or a
/// unique first name, ignoring case; a name appearing as words of a summary; an `ATTENDEE`'s
/// `mailto:` address against `email`.
struct ICalendarPeopleMatcher: Sendable {
    private var names: [String]
    private var emails: [String: String]

    init(people: [Person]) {
        names = people.map(\.name)
        emails = Dictionary(
            people.compactMap { person in person.email.map { ($0.lowercased(), person.name) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Lower-case words of `text`.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map(String.init)
    }

    /// The person `text` names: the whole text is a person's name, or a first name only one
    /// person has (either way round: `Alice` for Alice Smith, `Alice Smith` for Alice).
    func person(named text: String) -> String? {
        let key = Self.words(text)
        guard !key.isEmpty else { return nil }
        if let exact = names.first(where: { Self.words($0) == key }) { return exact }
        let byFirstName = names.filter { Self.words($0).first == key.first && (key.count == 1 || Self.words($0).count == 1) }
        return byFirstName.count == 1 ? byFirstName[0] : nil
    }

    /// The one person whose full name, or else whose unique first name, appears as words of `text`.
    func person(mentionedIn text: String) -> String? {
        let words = Self.words(text)
        func appears(_ name: [String]) -> Bool {
            guard !name.isEmpty, name.count <= words.count else { return false }
            return (0...(words.count - name.count)).contains { Array(words[$0..<($0 + name.count)]) == name }
        }
        let full = names.filter { appears(Self.words($0)) }
        if full.count == 1 { return full[0] }
        if full.count > 1 { return nil }
        let first = names.filter { appears(Array(Self.words($0).prefix(1))) }
        return first.count == 1 ? first[0] : nil
    }

    /// The person with this `email`, ignoring case.
    func person(email: String) -> String? { emails[email.trimmingCharacters(in: .whitespaces).lowercased()] }
}
