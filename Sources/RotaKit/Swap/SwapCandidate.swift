/// One way to take a person's on-call week off their hands: a direct swap, or a short cycle of
/// swaps, that keeps every invariant (the checker has judged the schedule it makes).
public struct SwapCandidate: Sendable {
    public enum Kind: String, Sendable {
        /// A takes B's week W, B takes A's week W'.
        case direct
        /// Three people each take the next one's week.
        case cycle
    }

    /// One person taking one week.
    public struct Move: Sendable, Equatable {
        /// Who takes the week.
        public var person: String
        public var week: Int
        public var role: Role
        /// Who held it.
        public var from: String
    }

    public var kind: Kind
    /// In order: the first takes the asked-for week, each next one takes the week the previous gave up.
    public var moves: [Move]
    /// The schedule after the swap.
    public var schedule: Schedule
    public var diff: ScheduleDiff
    /// The most any person's deviation from fair share moves, in weeks (of any role).
    public var largestDeviationMove: Double
    /// The sum over people and roles of how far their deviation moves.
    public var totalDeviationMove: Double

    /// Everyone involved, in name order: they would have to agree.
    public var people: [String] { Set(moves.map(\.person)).sorted() }

    /// `Bob takes week 10 (primary) from Alice; Alice takes week 12 (primary) from Bob`.
    public var summary: String {
        moves.map { "\($0.person) takes week \($0.week) (\($0.role.rawValue)) from \($0.from)" }.joined(separator: "; ")
    }

    /// The candidate as data.
    public var jsonValue: JSONValue {
        .object([
            ("kind", .string(kind.rawValue)),
            ("people", .array(people.map { .string($0) })),
            ("largest_deviation_move", .number(largestDeviationMove)),
            ("total_deviation_move", .number(totalDeviationMove)),
            (
                "moves",
                .array(
                    moves.map { move in
                        .object([
                            ("person", .string(move.person)), ("week", .number(Double(move.week))), ("role", .string(move.role.rawValue)),
                            ("from", .string(move.from)),
                        ])
                    })
            ),
            ("diff", diff.jsonValue),
        ])
    }
}
