#include "GLPKGuard.h"
#include <glpk.h>
#include <setjmp.h>

typedef struct {
    jmp_buf environment;
} rota_guard_frame;

static void rota_guard_hook(void *info) {
    rota_guard_frame *frame = (rota_guard_frame *)info;
    longjmp(frame->environment, 1);
}

int rota_glpk_guarded(int (*body)(void *context), void *context, int *result) {
    rota_guard_frame frame;
    if (setjmp(frame.environment) != 0) {
        glp_error_hook(NULL, NULL);
        glp_free_env();
        return 1;
    }
    glp_error_hook(rota_guard_hook, &frame);
    int value = body(context);
    glp_error_hook(NULL, NULL);
    if (result != NULL) {
        *result = value;
    }
    return 0;
}
