import Foundation

/// Dates as spreadsheets write them: `2027-01-04`, `2027/01/04`, `1/4/2027` (month or day
/// first, as ``CSVImportOptions/DateOrder`` says, or as the numbers tell when one is above 12),
/// `4 Jan 2027`, `Jan 4, 2027`, `Monday, 4 January 2027`.
enum SpreadsheetDate {
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    private static let weekdays: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// The date `text` names, or why it names none (a message for the person at the terminal).
    static func parse(_ text: String, order: CSVImportOptions.DateOrder?) -> Result<Day, DateProblem> {
        if let day = Day(iso: text) { return .success(day) }
        let tokens = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let words = tokens.filter { $0.first!.isLetter }
        let numbers = tokens.filter { $0.allSatisfy(\.isNumber) }.compactMap { Int($0) }
        guard words.count + numbers.count == tokens.count else { return .failure(.unreadable) }
        let monthWords = words.filter { !weekdays.contains(String($0.prefix(3))) }
        if !words.isEmpty {
            guard let word = monthWords.first else { return .failure(.unreadable) }
            guard monthWords.count == 1, let month = months.firstIndex(of: String(word.prefix(3))), numbers.count == 2 else { return .failure(.unreadable) }
            let yearIndex = tokens.firstIndex { $0.count == 4 && $0.allSatisfy(\.isNumber) }
            guard let yearIndex, let year = Int(tokens[yearIndex]) else { return .failure(.unreadable) }
            let day = numbers.first { $0 != year } ?? year
            return Day(year: year, month: month + 1, day: day).map { .success($0) } ?? .failure(.impossible)
        }
        guard numbers.count == 3 else { return .failure(.unreadable) }
        let numberTokens = tokens
        if numberTokens[0].count == 4 {
            return Day(year: numbers[0], month: numbers[1], day: numbers[2]).map { .success($0) } ?? .failure(.impossible)
        }
        guard numberTokens[2].count == 4 else { return .failure(.unreadable) }
        let (first, second, year) = (numbers[0], numbers[1], numbers[2])
        let resolved: CSVImportOptions.DateOrder
        if let order {
            resolved = order
        } else if first > 12 {
            resolved = .dayFirst
        } else if second > 12 || first == second {
            resolved = .monthFirst
        } else {
            return .failure(.ambiguous(first: first, second: second, year: year))
        }
        let (month, day) = resolved == .monthFirst ? (first, second) : (second, first)
        return Day(year: year, month: month, day: day).map { .success($0) } ?? .failure(.impossible)
    }

    /// The order the numeric dates among `texts` are written in, when one of them tells (a part
    /// above 12) and none says otherwise; `nil` when none tells or they disagree.
    static func order(telling texts: some Sequence<String>) -> CSVImportOptions.DateOrder? {
        var found: Set<String> = []
        for text in texts {
            let parts = text.trimmingCharacters(in: .whitespaces).split { $0 == "/" || $0 == "." || $0 == "-" }
            guard parts.count == 3, parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
                let first = Int(parts[0]), let second = Int(parts[1])
            else { continue }
            if first > 12 && second <= 12 { found.insert("day") }
            if second > 12 && first <= 12 { found.insert("month") }
        }
        guard found.count == 1 else { return nil }
        return found.first == "day" ? .dayFirst : .monthFirst
    }

    enum DateProblem: Error, Equatable {
        case unreadable, impossible
        case ambiguous(first: Int, second: Int, year: Int)

        /// What to tell the person, for `text`.
        func message(_ text: String) -> (message: String, hint: String) {
            let forms = "dates are written 2027-01-04, 1/4/2027 (with --month-first or --day-first) or 4 Jan 2027"
            switch self {
            case .unreadable: return ("\"\(text)\" is not a date", forms)
            case .impossible: return ("\"\(text)\" is not a day of the calendar", forms)
            case .ambiguous(let first, let second, let year):
                let monthFirst = Day(year: year, month: first, day: second).map(\.wording) ?? "?"
                let dayFirst = Day(year: year, month: second, day: first).map(\.wording) ?? "?"
                return ("\"\(text)\" could be \(monthFirst) or \(dayFirst)", "say which with --month-first or --day-first")
            }
        }
    }
}

extension Day {
    /// `4 January 2027`.
    fileprivate var wording: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        let (year, month, day) = components
        return "\(day) \(names[month - 1]) \(year)"
    }
}
