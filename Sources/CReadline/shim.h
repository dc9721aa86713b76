#ifndef REBOUND_CREADLINE_SHIM_H
#define REBOUND_CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/// The version of the GNU readline library linked in, e.g. "8.2".
/// (A function, so Swift reads the C global without touching shared mutable state.)
static inline const char *rebound_readline_version(void) { return rl_library_version; }
#endif
