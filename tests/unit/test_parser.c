/* Positions, continuations, heredocs, directives and stages. */
#include <stdlib.h>

#include "check.h"
#include "dockerfile/parser.h"

static int parse(const char *text, df_file *f, bh_findings *errs)
{
	bh_findings_init(errs);
	return df_parse("Dockerfile", text, strlen(text), NULL, f, errs);
}

int main(void)
{
	df_file f;
	bh_findings e;

	CHECK_INT(parse("# syntax=docker/dockerfile:1\n"
			"# escape=`\n"
			"FROM alpine:3.19 AS base\n"
			"RUN echo a `\n"
			"  # comment in continuation\n"
			"\n"
			"  && echo b\n"
			"COPY --chown=1:1 --link a b /dst/\n",
			&f, &e),
		  0);
	CHECK_STR(f.syntax, "docker/dockerfile:1");
	CHECK_INT(f.escape, '`');
	CHECK_INT(f.n, 3);
	CHECK_STR(f.stages[0].name, "base");
	CHECK_STR(f.instrs[1].shell, "echo a   && echo b");
	/* "&&" is on line 7, column 3 */
	df_pos p = df_pos_at(&f.instrs[1], f.instrs[1].shell_off + strlen("echo a   "));
	CHECK_INT(p.line, 7);
	CHECK_INT(p.col, 3);
	CHECK_INT(f.instrs[2].nflags, 2);
	CHECK_STR(f.instrs[2].flags[0].name, "chown");
	CHECK_STR(f.instrs[2].flags[0].value, "1:1");
	CHECK_INT(f.instrs[2].nargs, 3);
	CHECK_INT(f.instrs[2].args[2].pos.col, 29);
	df_file_free(&f);
	bh_findings_release(&e);

	CHECK_INT(parse("ARG IMG=debian\nARG TAG\n"
			"FROM ${IMG}:${TAG:-12}\n"
			"RUN <<EOF1 cat <<-EOF2\n"
			"one\n"
			"EOF1\n"
			"\ttwo\n"
			"\tEOF2\n"
			"ENV A=1 B=\"$A x\"\n"
			"FROM 0 AS second\n"
			"USER app\n",
			&f, &e),
		  0);
	CHECK_STR(f.stages[0].base, "debian:12");
	CHECK_INT(f.instrs[3].nheredocs, 2);
	CHECK_STR(f.instrs[3].heredocs[0].content, "one\n");
	CHECK_STR(f.instrs[3].heredocs[1].content, "two\n");
	CHECK_INT(f.instrs[3].heredocs[1].body_line, 7);
	CHECK_STR(f.instrs[4].kvs[1].value, "1 x");
	CHECK_INT(f.nstages, 2);
	df_file_free(&f);
	bh_findings_release(&e);

	/* exec form, ONBUILD, HEALTHCHECK */
	CHECK_INT(parse("from scratch\nCMD [\"a\", \"b\\u0041\"]\nONBUILD RUN make\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/\n",
			&f, &e),
		  0);
	CHECK(f.instrs[1].exec_form);
	CHECK_STR(f.instrs[1].args[1].value, "bA");
	CHECK(f.instrs[2].sub && f.instrs[2].sub->kind == DF_RUN);
	CHECK_STR(f.instrs[2].sub->shell, "make");
	CHECK_STR(f.instrs[3].shell, "curl -f http://localhost/");
	df_file_free(&f);
	bh_findings_release(&e);

	/* errors carry line and column */
	CHECK_INT(parse("FROM a\nBOGUS x\n", &f, &e), -1);
	CHECK_INT(e.nerrors, 1);
	CHECK_INT(e.errors[0].line, 2);
	CHECK_INT(e.errors[0].column, 1);
	df_file_free(&f);
	bh_findings_release(&e);
	CHECK_INT(parse("FROM a\nRUN <<EOF\nno end\n", &f, &e), -1);
	CHECK_INT(e.errors[0].line, 2);
	CHECK_INT(e.errors[0].column, 5);
	df_file_free(&f);
	bh_findings_release(&e);
	CHECK_INT(parse("RUN x\n", &f, &e), -1);
	df_file_free(&f);
	bh_findings_release(&e);
	CHECK_INT(parse("", &f, &e), -1);
	df_file_free(&f);
	bh_findings_release(&e);
	return check_summary();
}
