// GNU readline for Swift. <stdio.h> must come first: readline's headers use FILE.
// Swift 6 refuses to touch C global variables (shared mutable state), so every global the
// shell sets or reads goes through one of the small functions below.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

static inline void peruse_rl_set_name(const char *name) { rl_readline_name = name; }
static inline void peruse_rl_set_catch_signals(int on) { rl_catch_signals = on; }
static inline void peruse_rl_set_completion_function(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}
static inline void peruse_rl_set_word_break_characters(const char *characters) {
    rl_completer_word_break_characters = (char *)characters;
    rl_basic_word_break_characters = (char *)characters;
}
static inline void peruse_rl_set_completion_over(int over) { rl_attempted_completion_over = over; }
static inline void peruse_rl_set_append_character(int character) { rl_completion_append_character = character; }
static inline void peruse_rl_set_signal_event_hook(rl_hook_func_t *hook) { rl_signal_event_hook = hook; }
static inline void peruse_rl_set_done(int done) { rl_done = done; }
static inline const char *peruse_rl_line_buffer(void) { return rl_line_buffer; }
static inline int peruse_rl_point(void) { return rl_point; }
static inline int peruse_history_length(void) { return history_length; }
static inline void peruse_rl_set_getc_function(rl_getc_func_t *function) { rl_getc_function = function; }
static inline void peruse_rl_move_point_to_end(void) { rl_point = rl_end; }
