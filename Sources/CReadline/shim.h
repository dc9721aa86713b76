#ifndef REBOUND_CREADLINE_SHIM_H
#define REBOUND_CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/// The version of the GNU readline library linked in, e.g. "8.2".
/// (A function, so Swift reads the C global without touching shared mutable state.)
static inline const char *rebound_readline_version(void) { return rl_library_version; }

/// Called by readline when a read is interrupted by a signal it caught (Ctrl-C).
static inline void rebound_set_signal_event_hook(rl_hook_func_t *hook) { rl_signal_event_hook = hook; }

/// Drops the line being typed and makes readline return it (empty) at once.
static inline void rebound_cancel_line(void) {
  rl_replace_line("", 0);
  rl_done = 1;
}

/// Tab completion: `completer` gives the candidates; readline never falls back to file names.
static inline void rebound_set_completer(rl_compentry_func_t *completer);
static rl_compentry_func_t *rebound_completer_function = NULL;
static inline char **rebound_attempted_completion(const char *text, int start, int end) {
  (void)start;
  (void)end;
  rl_attempted_completion_over = 1;
  if (rebound_completer_function == NULL) return NULL;
  return rl_completion_matches(text, rebound_completer_function);
}
static inline void rebound_set_completer(rl_compentry_func_t *completer) {
  rebound_completer_function = completer;
  rl_attempted_completion_function = rebound_attempted_completion;
  rl_completer_word_break_characters = " \t\n";
}

/// Names the program for ~/.inputrc conditionals (`$if rebound`).
static inline void rebound_set_readline_name(const char *name) { rl_readline_name = name; }
#endif
