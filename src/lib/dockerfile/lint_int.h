/* Shared by the Dockerfile check files; not part of the library interface. */
#ifndef BH_DF_LINT_INT_H
#define BH_DF_LINT_INT_H

#include "dockerfile/lint.h"
#include "dockerfile/shell.h"

typedef struct df_script {
	const df_instr *in;   /* the RUN (or ONBUILD RUN) it belongs to */
	const char *text;
	size_t base_off;      /* offset of text within in->text (shell form) */
	int heredoc;          /* index of the heredoc holding the script, or -1 */
	int exec_arg;         /* index of the exec-form argument, or -1 */
	sh_script sh;
	char *owned_text;     /* synthesized text this script frees */
} df_script;

typedef struct df_ctx {
	const df_file *f;
	const df_lint_opts *o;
	bh_findings *out;
	int final_stage;
	bool *in_final;       /* per stage: its instructions end up in the final image */
	df_script *scripts;
	size_t nscripts;
} df_ctx;

void df_emit(df_ctx *c, const char *rule, const df_instr *in, df_pos pos, const char *evidence,
	     const char *fmt, ...) __attribute__((format(printf, 6, 7)));
df_pos df_script_pos(const df_script *s, size_t off);
/* Is this instruction part of the final image (final stage or one it builds on)? */
bool df_in_final(const df_ctx *c, const df_instr *in);

typedef struct df_mode_facts_t {
	bool world_writable, setid;
} df_mode_facts_t;
/* Understands octal modes (0777, 4755) and symbolic ones (o+w, a+rwx, u+s). */
df_mode_facts_t df_mode_facts(const char *mode);

void df_check_image(df_ctx *c);
void df_check_secrets(df_ctx *c);
void df_check_shell(df_ctx *c);
void df_check_files(df_ctx *c);

#endif
