/* Just enough of the POSIX shell grammar for security rules: the simple
 * commands of a script, with their words unquoted, across &&, ||, ;, |,
 * newlines, $(...), `...`, <(...) and >(...). Comments, quoted text and
 * heredoc bodies are data and never become commands. */
#ifndef BH_DF_SHELL_H
#define BH_DF_SHELL_H

#include "core/arena.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct sh_word {
	char *text;       /* quotes removed; $VAR kept as written */
	size_t off;       /* offset of the word in the script */
	bool quoted;      /* some part was quoted */
	bool dynamic;     /* holds an expansion or substitution */
	int subst;        /* index of the first command of a substitution in it, or -1 */
	bool procsub;     /* the word is a <(...) or >(...) */
} sh_word;

typedef struct sh_cmd {
	sh_word *w;
	size_t n, alloc;
	size_t off;        /* offset of the first word */
	bool pipe_in;      /* stdin comes from the previous command's pipe */
	bool pipe_out;     /* stdout goes to the next command */
	int depth;         /* 0 at top level, >0 inside substitutions */
	int parent;        /* command holding the substitution this came from, -1 at top */
	char **redirs;     /* targets of >, >>, < (unquoted) */
	size_t nredirs, redirs_alloc;
	bool stdin_heredoc; /* "cmd <<EOF": stdin is inline data */
	int and_group;     /* commands joined by && and || share a group number */
	/* sh_cmd_prog() of the command, worked out once by sh_parse because
	 * every check asks for it: NULL for an empty command (prog_argi 0). */
	const char *prog;
	size_t prog_argi;
} sh_cmd;

typedef struct sh_script {
	sh_cmd *cmds;
	size_t n, alloc;
	int next_group;
	bh_arena arena;    /* the words and redirection targets */
} sh_script;

void sh_parse(const char *s, size_t len, sh_script *out);
void sh_script_free(sh_script *s);

/* The program a command runs, skipping VAR=value prefixes and wrappers such
 * as sudo, env, exec, nohup, time, command. *argi receives the index of the
 * program word. Returns its basename, or NULL for an empty command. */
const char *sh_cmd_prog(const sh_cmd *c, size_t *argi);
/* True when the command is run through sudo/doas. */
bool sh_cmd_uses_sudo(const sh_cmd *c);
/* Looks for an option among the arguments after argi: long options match
 * "--name" and "--name=..."; a short option "-k" also matches inside a
 * cluster like "-fsSLk". */
bool sh_has_opt(const sh_cmd *c, size_t argi, const char *short_opt, const char *long_opt);
/* First non-option argument after argi (the subcommand of apt-get, apk, ...). */
const char *sh_subcommand(const sh_cmd *c, size_t argi, size_t *index);

#endif
