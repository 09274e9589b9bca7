/// A rule of a rota, by the one name users see: in `rota check`'s verdicts, in the reasons
/// `rota plan` gives when no plan exists, and in `docs/rules.md`, which maps each rule to its rows
/// in the integer program, its quick pre-check, its diagnosis and its checker function.
///
/// The formulation, the pre-checks, the diagnosis and the checker share this name and nothing
/// else: each computes the rule on its own, so that the checker stays an independent proof.
public enum Rule: String, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    // Invariants, in PRODUCT.md's order.
    /// Every week has exactly one person per role; every holiday has exactly one cover; every
    /// pipeline has both owners.
    case coverage
    /// Nobody holds a week that overlaps one of their away dates, nor covers a holiday on an away date.
    case availability
    /// A week's primary and secondary differ; a pipeline's two owners differ.
    case distinct
    /// A person's on-call weeks (any role, history included) are at least `min-gap-weeks` apart.
    case rest
    /// `not-week-owner`: a holiday's cover holds no role in its week; `week-owner`: the cover is
    /// that week's primary; `anyone`: no rule.
    case holidayCover = "holiday-cover"
    /// Each person's weeks per role are less than one week from their fair share (history included).
    case load
    /// Weighted holiday counts differ by at most the largest single weight; with history, nobody
    /// covers the same holiday two years running when someone else could.
    case holidays
    /// Primary-owner counts, secondary-owner counts and investor-pipeline primaries differ by at
    /// most one between people (when Rota assigns owners).
    case ownership
    /// Every week, at least one owner of every pipeline has no away date in it.
    case pipelineCoverage = "pipeline-coverage"
    /// The schedule belongs to its scenario: same period, week dates, people, holidays, pipelines.
    /// Only the checker judges it (a plan is consistent by construction).
    case consistency
    // Risks: warnings only.
    /// In some week both owners of an investor pipeline are out (away, or off for a public holiday).
    case investorOwnersAway = "investor-owners-away"
    /// A holiday is covered by someone who owns none of the investor pipelines.
    case investorHolidayCover = "investor-holiday-cover"
    /// One person is the primary owner of most investor pipelines.
    case investorConcentration = "investor-concentration"

    /// What breaking a rule means.
    public enum Kind: Sendable {
        /// One of PRODUCT.md's invariants: `plan` guarantees it, `check` fails without it.
        case invariant
        /// The schedule's consistency with its scenario: `check` fails without it.
        case consistency
        /// A risk: `check` warns about it, and nothing fails.
        case risk
    }

    /// Whether the rule is an invariant, the consistency rule or a risk.
    public var kind: Kind {
        switch self {
        case .coverage, .availability, .distinct, .rest, .holidayCover, .load, .holidays, .ownership, .pipelineCoverage: .invariant
        case .consistency: .consistency
        case .investorOwnersAway, .investorHolidayCover, .investorConcentration: .risk
        }
    }

    /// The invariants of PRODUCT.md plus consistency: the rules whose violation fails a check,
    /// in the order `rota check` reports them.
    public static let invariants: [Rule] = allCases.filter { $0.kind != .risk }

    /// The rules the formulation can leave out to find which ones conflict when no plan exists,
    /// in the order the diagnosis tries them. Coverage, availability and distinct are never left
    /// out: without them a plan is not a rota.
    public static let relaxable: [Rule] = [.rest, .load, .holidayCover, .holidays, .ownership, .pipelineCoverage]

    /// Whether the formulation can leave the rule out for a diagnosis (see ``relaxable``).
    public var isRelaxable: Bool { Self.relaxable.contains(self) }

    /// The name users see: `holiday-cover`.
    public var description: String { rawValue }

    public static func < (lhs: Rule, rhs: Rule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
