#ifndef REBOUND_CREADLINE_SHIM_H
#define REBOUND_CREADLINE_SHIM_H
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

/// The version of the GNU readline library linked in, e.g. "8.2".
/// (A function, so Swift reads the C global without touching shared mutable state.)
static inline const char *rebound_readline_version(void) { return rl_library_version; }

// Ctrl-C cancels the line being typed. SIGINT sets a flag and writes a byte to a pipe (the
// self-pipe trick: whichever thread takes the signal, the pipe wakes the reader); readline's
// input function waits on the terminal and the pipe, and on an interrupt echoes ^C, empties
// the line and ends it. Readline's own signal handling is off.
static volatile sig_atomic_t rebound_interrupted = 0;
static volatile sig_atomic_t rebound_continued = 0;
static int rebound_interrupt_pipe[2] = {-1, -1};

// SIGINT (Ctrl-C) and SIGCONT (after Ctrl-Z and `fg`, when the shell hands back a terminal
// in its own mode) each set a flag and wake the input function through the pipe.
static void rebound_on_signal(int signal_number) {
  int saved = errno;
  if (signal_number == SIGINT) rebound_interrupted = 1; else rebound_continued = 1;
  if (rebound_interrupt_pipe[1] >= 0) {
    ssize_t ignored = write(rebound_interrupt_pipe[1], "!", 1);
    (void)ignored;
  }
  errno = saved;
}

static int rebound_getc(FILE *stream) {
  int input = fileno(stream);
  for (;;) {
    struct pollfd watched[2] = {{input, POLLIN, 0}, {rebound_interrupt_pipe[0], POLLIN, 0}};
    int ready = poll(watched, rebound_interrupt_pipe[0] >= 0 ? 2 : 1, -1);
    if (ready < 0 && errno != EINTR) return EOF;
    if (rebound_interrupt_pipe[0] >= 0 && (watched[1].revents & POLLIN)) {
      char drained[16];
      ssize_t ignored = read(rebound_interrupt_pipe[0], drained, sizeof drained);
      (void)ignored;
    }
    if (rebound_continued) {
      rebound_continued = 0;
      rl_prep_terminal(1);
      rl_forced_update_display();
    }
    if (rebound_interrupted) {
      rl_echo_signal_char(SIGINT);
      rl_replace_line("", 0);
      rl_done = 1;
      return '\n';
    }
    if (ready > 0 && (watched[0].revents & (POLLIN | POLLHUP | POLLERR))) {
      unsigned char byte;
      ssize_t count = read(input, &byte, 1);
      if (count == 1) return byte;
      if (count == 0) return EOF;
      if (errno != EINTR && errno != EAGAIN) return EOF;
    }
  }
}

static inline void rebound_install_interrupt_handling(void) {
  if (rebound_interrupt_pipe[0] < 0 && pipe(rebound_interrupt_pipe) == 0) {
    for (int i = 0; i < 2; i++) {
      fcntl(rebound_interrupt_pipe[i], F_SETFL, fcntl(rebound_interrupt_pipe[i], F_GETFL) | O_NONBLOCK);
      fcntl(rebound_interrupt_pipe[i], F_SETFD, FD_CLOEXEC);
    }
  }
  // SIGINT must interrupt a read (no SA_RESTART); SIGCONT need not.
  int signals[2] = {SIGINT, SIGCONT};
  for (int i = 0; i < 2; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = rebound_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = signals[i] == SIGCONT ? SA_RESTART : 0;
    sigaction(signals[i], &action, NULL);
  }
  // A parent may have started us with SIGINT blocked (threads of a test runner do).
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
  rl_catch_signals = 0;
  rl_getc_function = rebound_getc;
}

/// Whether Ctrl-C was pressed since the last call; clears the flag.
static inline int rebound_take_interrupt(void) {
  int was = rebound_interrupted;
  rebound_interrupted = 0;
  return was;
}

// Tab completion: `completer` gives the candidates; readline never falls back to file names.
static rl_compentry_func_t *rebound_completer_function = NULL;

static char **rebound_attempted_completion(const char *text, int start, int end) {
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
