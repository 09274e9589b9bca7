import MIP

/// The changed assignments of one repair, which the next search must not repeat
/// (`rota whatif --alternatives K`): each one as the variable that would make it again.
public struct RepairChangeSet: Sendable, Hashable {
    /// `person` holds `role` in `week`.
    public struct Week: Sendable, Hashable {
        public var week: Int
        public var role: Role
        public var person: String

        public init(week: Int, role: Role, person: String) {
            self.week = week
            self.role = role
            self.person = person
        }
    }

    /// `person` covers the holiday `name` on `date`.
    public struct Cover: Sendable, Hashable {
        public var name: String
        public var date: Day
        public var person: String

        public init(name: String, date: Day, person: String) {
            self.name = name
            self.date = date
            self.person = person
        }
    }

    /// `person` is owner `slot` (0 primary, 1 secondary) of `pipeline`.
    public struct Owner: Sendable, Hashable {
        public var pipeline: String
        public var slot: Int
        public var person: String

        public init(pipeline: String, slot: Int, person: String) {
            self.pipeline = pipeline
            self.slot = slot
            self.person = person
        }
    }

    public var weeks: [Week]
    public var covers: [Cover]
    public var owners: [Owner]

    public init(weeks: [Week] = [], covers: [Cover] = [], owners: [Owner] = []) {
        self.weeks = weeks
        self.covers = covers
        self.owners = owners
    }
}

extension Formulation {
    /// **no-good cuts**: `no_good_rotation[i]` and `no_good_ownership[i]`, the `i`-th excluded
    /// repair's new assignments may not all be made again: Σ over its changed assignments of the
    /// variable that makes each ≤ (their number − 1). One row per part, so that each part (solved
    /// alone) yields its next-best repair. A set one of whose assignments is now impossible (no
    /// variable) cannot recur and needs no row; a part the set leaves unchanged gets none either.
    mutating func addExclusions(_ sets: [RepairChangeSet]) {
        let names = input.people.map(\.name)
        let roles = input.roles
        for (i, set) in sets.enumerated() {
            if parts.contains(.rotation), !set.weeks.isEmpty || !set.covers.isEmpty {
                var chosen: [Variable] = []
                for item in set.weeks {
                    guard let p = names.firstIndex(of: item.person), let r = roles.firstIndex(of: item.role), (1...input.weeks).contains(item.week),
                        let x = onCall[p][item.week - 1][r]
                    else { chosen = []; break }
                    chosen.append(x)
                }
                var possible = chosen.count == set.weeks.count
                for item in set.covers where possible {
                    guard let p = names.firstIndex(of: item.person),
                        let h = input.holidays.firstIndex(where: { $0.name == item.name && $0.date == item.date }), h < cover[p].count, let c = cover[p][h]
                    else { possible = false; break }
                    chosen.append(c)
                }
                if possible { model.add("no_good_rotation[\(i + 1)]", LinearExpression(sum: chosen) <= Double(chosen.count - 1)) }
            }
            if parts.contains(.ownership), !set.owners.isEmpty {
                var chosen: [Variable] = []
                for item in set.owners {
                    guard let p = names.firstIndex(of: item.person), let l = input.scenario.pipelines.firstIndex(where: { $0.name == item.pipeline }),
                        l < owner.count, (0..<2).contains(item.slot), !owner[l][item.slot].isEmpty
                    else { break }
                    chosen.append(owner[l][item.slot][p])
                }
                if chosen.count == set.owners.count { model.add("no_good_ownership[\(i + 1)]", LinearExpression(sum: chosen) <= Double(chosen.count - 1)) }
            }
        }
    }
}
