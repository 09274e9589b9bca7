import CGLPK
import Foundation

/// Owns one GLPK problem object (`glp_prob*`) and frees it with `glp_delete_prob`.
///
/// The pointer never leaves this type. GLPK keeps per-thread state, so a problem is created,
/// solved and freed on one thread: the solver never hands it to another.
final class GLPKProblem {
    private(set) var pointer: OpaquePointer?
    let columnCount: Int

    /// Builds the problem for `model`, objective left empty (`glp_create_prob`, `glp_add_cols`,
    /// `glp_add_rows`, `glp_load_matrix`).
    /// With `ROTA_GLPK_LOG` set, GLPK prints its own simplex and branch-and-bound log on stdout
    /// (for measuring where a solve spends its time; never in normal use, stdout carries plans).
    static let logsToTerminal = ProcessInfo.processInfo.environment["ROTA_GLPK_LOG"] != nil

    init(_ model: Model) throws(SolverError) {
        glp_term_out(Self.logsToTerminal ? GLP_ON : GLP_OFF)
        guard let problem = glp_create_prob() else { throw .solverFailure("glp_create_prob returned nothing") }
        pointer = problem
        columnCount = model.variables.count
        glp_set_prob_name(problem, GLPKNames.safe(model.name))
        glp_set_obj_dir(problem, GLP_MIN)
        glp_set_obj_name(problem, "objective")

        if !model.variables.isEmpty {
            glp_add_cols(problem, Int32(model.variables.count))
        }
        for (offset, definition) in model.variables.enumerated() {
            let column = Int32(offset + 1)
            glp_set_col_name(problem, column, GLPKNames.safe(definition.name))
            switch definition.kind {
            case .binary: glp_set_col_kind(problem, column, GLP_BV)
            case .integer: glp_set_col_kind(problem, column, GLP_IV)
            case .continuous: glp_set_col_kind(problem, column, GLP_CV)
            }
            Self.setBounds(lower: definition.lowerBound, upper: definition.upperBound) { type, lower, upper in
                glp_set_col_bnds(problem, column, type, lower, upper)
            }
        }

        if !model.constraints.isEmpty {
            glp_add_rows(problem, Int32(model.constraints.count))
        }
        var rowIndices: [Int32] = [0]
        var columnIndices: [Int32] = [0]
        var values: [Double] = [0]
        for (offset, constraint) in model.constraints.enumerated() {
            let row = Int32(offset + 1)
            glp_set_row_name(problem, row, GLPKNames.safe(constraint.name))
            switch constraint.relation {
            case .lessOrEqual: glp_set_row_bnds(problem, row, GLP_UP, 0, constraint.rhs)
            case .greaterOrEqual: glp_set_row_bnds(problem, row, GLP_LO, constraint.rhs, 0)
            case .equal: glp_set_row_bnds(problem, row, GLP_FX, constraint.rhs, constraint.rhs)
            }
            for term in constraint.expression.sortedTerms {
                rowIndices.append(row)
                columnIndices.append(Int32(term.variable.index + 1))
                values.append(term.coefficient)
            }
        }
        if values.count > 1 {
            glp_load_matrix(problem, Int32(values.count - 1), rowIndices, columnIndices, values)
        }
    }

    deinit {
        if let pointer { glp_delete_prob(pointer) }
    }

    /// Forgets the pointer without freeing it: GLPK already freed it after an internal error.
    func invalidate() {
        pointer = nil
    }

    /// Sets the objective to `objective` (`glp_set_obj_coef`); other columns get 0.
    func setObjective(_ objective: LinearExpression) {
        guard let pointer else { return }
        for column in 1...max(columnCount, 1) where column <= columnCount {
            glp_set_obj_coef(pointer, Int32(column), 0)
        }
        glp_set_obj_coef(pointer, 0, objective.constant)
        for term in objective.sortedTerms {
            glp_set_obj_coef(pointer, Int32(term.variable.index + 1), term.coefficient)
        }
    }

    /// Fixes `column` (0-based) to `value` (`glp_set_col_bnds` with `GLP_FX`).
    func fix(column: Int, to value: Double) {
        guard let pointer else { return }
        glp_set_col_bnds(pointer, Int32(column + 1), GLP_FX, value, value)
    }

    /// Restores `column`'s bounds from its definition.
    func restoreBounds(column: Int, _ definition: VariableDefinition) {
        guard let pointer else { return }
        Self.setBounds(lower: definition.lowerBound, upper: definition.upperBound) { type, lower, upper in
            glp_set_col_bnds(pointer, Int32(column + 1), type, lower, upper)
        }
    }

    /// Appends the row `expression <= rhs` (`glp_add_rows`, `glp_set_mat_row`).
    func addUpperBoundRow(name: String, _ expression: LinearExpression, rhs: Double) {
        guard let pointer else { return }
        let row = glp_add_rows(pointer, 1)
        glp_set_row_name(pointer, row, GLPKNames.safe(name))
        glp_set_row_bnds(pointer, row, GLP_UP, 0, rhs - expression.constant)
        let terms = expression.sortedTerms
        let indices: [Int32] = [0] + terms.map { Int32($0.variable.index + 1) }
        let values: [Double] = [0] + terms.map(\.coefficient)
        glp_set_mat_row(pointer, row, Int32(terms.count), indices, values)
    }

    /// The MIP value of every column (`glp_mip_col_val`).
    func mipValues() -> [Double] {
        guard let pointer else { return [] }
        return (0..<columnCount).map { glp_mip_col_val(pointer, Int32($0 + 1)) }
    }

    private static func setBounds(lower: Double, upper: Double?, _ set: (Int32, Double, Double) -> Void) {
        let hasLower = lower.isFinite
        switch (hasLower, upper) {
        case (true, let upper?) where upper == lower: set(GLP_FX, lower, upper)
        case (true, let upper?): set(GLP_DB, lower, upper)
        case (true, nil): set(GLP_LO, lower, 0)
        case (false, let upper?): set(GLP_UP, 0, upper)
        case (false, nil): set(GLP_FR, 0, 0)
        }
    }
}
