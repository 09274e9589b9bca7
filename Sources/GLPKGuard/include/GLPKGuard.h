#ifndef ROTA_GLPK_GUARD_H
#define ROTA_GLPK_GUARD_H

/// Runs `body(context)` with GLPK's error hook set, so that an internal GLPK error
/// (which would otherwise call abort()) unwinds here with longjmp instead.
///
/// Returns 0 when `body` ran to completion; `*result` then holds what it returned.
/// Returns 1 when GLPK raised an error: GLPK's environment has then been freed with
/// glp_free_env(), every problem object created on this thread is gone, and the caller
/// must not touch any of them again.
///
/// Swift cannot longjmp, so this is the only place the process crosses GLPK's error path.
int rota_glpk_guarded(int (*body)(void *context), void *context, int *result);

#endif
