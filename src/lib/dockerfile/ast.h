/* The Dockerfile syntax tree: every instruction, argument and flag with its
 * exact line and column in the source. */
#ifndef BH_DF_AST_H
#define BH_DF_AST_H

#include "core/arena.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct df_pos {
	int line, col; /* 1-based */
} df_pos;

typedef enum df_kind {
	DF_UNKNOWN = 0,
	DF_FROM, DF_RUN, DF_CMD, DF_LABEL, DF_MAINTAINER, DF_EXPOSE, DF_ENV, DF_ADD,
	DF_COPY, DF_ENTRYPOINT, DF_VOLUME, DF_USER, DF_WORKDIR, DF_ARG, DF_ONBUILD,
	DF_STOPSIGNAL, DF_HEALTHCHECK, DF_SHELL,
} df_kind;

typedef struct df_word {
	char *raw;      /* as written (quotes kept) */
	char *value;    /* quotes removed, variables expanded */
	df_pos pos;
	bool unresolved; /* referenced a variable with no value */
} df_word;

typedef struct df_flag {
	char *name;     /* without the leading "--" */
	char *value;    /* expanded; NULL for a bare flag like --link */
	df_pos pos;
} df_flag;

/* NAME=value pairs of ENV, ARG and LABEL. */
typedef struct df_kv {
	char *key;
	char *value;    /* expanded; NULL for "ARG NAME" without default */
	char *raw_value;
	df_pos pos;
} df_kv;

typedef struct df_heredoc {
	char *delim;
	bool strip_tabs;  /* <<-EOF */
	bool quoted;      /* <<"EOF" or <<'EOF': no expansion */
	char *content;
	df_pos pos;       /* of the "<<" */
	int body_line;    /* first line of the content */
} df_heredoc;

typedef struct df_instr {
	df_kind kind;
	char *keyword;      /* upper-cased */
	df_pos pos;
	int end_line;       /* last physical line, heredoc bodies included */
	char *text;         /* everything after the keyword, continuations joined */
	df_flag *flags;
	size_t nflags;
	bool exec_form;     /* JSON array form */
	df_word *args;      /* exec-form items, or the words of non-shell instructions */
	size_t nargs;
	char *shell;        /* shell-form command text of RUN/CMD/ENTRYPOINT/HEALTHCHECK */
	size_t shell_off;   /* offset of shell within text, for positions */
	df_kv *kvs;
	size_t nkvs;
	df_heredoc *heredocs;
	size_t nheredocs;
	struct df_instr *sub; /* the instruction an ONBUILD wraps */
	char **ignores;     /* "# bulkhead ignore=ID,ID" on the line before */
	size_t nignores;
	int stage;          /* index into df_file.stages; -1 before the first FROM */
	/* Maps offsets in text back to the source. */
	struct df_seg { size_t off; int line, col; } *segs;
	size_t nsegs;
} df_instr;

typedef struct df_stage {
	char *name;        /* "AS name", lower-cased; NULL if none */
	char *base;        /* image reference after ARG expansion */
	bool base_unresolved;
	int base_stage;    /* index of an earlier stage used as base, or -1 */
	char *platform;
	size_t from;       /* index of the FROM instruction */
	size_t end;        /* one past its last instruction */
} df_stage;

typedef struct df_file {
	char *path;
	char escape;
	char *syntax;      /* "# syntax=" directive */
	char *check;       /* "# check=" directive */
	df_instr *instrs;
	size_t n, alloc;
	df_stage *stages;
	size_t nstages, stages_alloc;
	int nlines;
	/* Hash of the stage names (df_stage_find): stage number + 1 of the
	 * first stage with each name, 0 = free slot. */
	size_t *stage_index;
	size_t stage_index_cap, stage_index_n;
	bh_arena arena;    /* every string above and in the instructions */
} df_file;

const char *df_kind_name(df_kind k);
/* Source position of a byte offset within instr->text. */
df_pos df_pos_at(const df_instr *in, size_t off);
const df_flag *df_flag_get(const df_instr *in, const char *name);
/* Records the name of stage i (already lower-cased) for df_stage_find. */
void df_stage_index_add(df_file *f, size_t i);
/* The first stage before stage `before` named `name` (any case), or -1. */
int df_stage_find(const df_file *f, const char *name, size_t before);

#endif
