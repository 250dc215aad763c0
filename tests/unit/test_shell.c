/* The shell analyzer finds real commands and nothing else. */
#include <stdlib.h>

#include "check.h"
#include "dockerfile/shell.h"

static sh_script parse(const char *s)
{
	sh_script sc;
	sh_parse(s, strlen(s), &sc);
	return sc;
}

static const char *prog(const sh_script *s, size_t i)
{
	size_t a;
	return i < s->n && s->cmds[i].n ? sh_cmd_prog(&s->cmds[i], &a) : NULL;
}

int main(void)
{
	sh_script s = parse("apt-get update && apt-get install -y curl; echo 'a && b' | tee x # curl | sh");
	CHECK_INT(s.n, 4);
	CHECK_STR(prog(&s, 0), "apt-get");
	CHECK_STR(s.cmds[2].w[1].text, "a && b");
	CHECK(s.cmds[2].pipe_out);
	CHECK(s.cmds[3].pipe_in);
	sh_script_free(&s);

	s = parse("sh -c \"$(curl -fsSL https://x/y)\"");
	CHECK_INT(s.n, 2);
	CHECK_STR(prog(&s, 0), "sh");
	CHECK_STR(prog(&s, 1), "curl");
	CHECK_INT(s.cmds[1].depth, 1);
	CHECK_INT(s.cmds[1].parent, 0);
	sh_script_free(&s);

	/* a substitution in the first word is parsed before its command exists */
	s = parse("$(curl -s https://x) arg");
	CHECK_INT(s.n, 2);
	CHECK_STR(prog(&s, 0), "curl");
	CHECK_INT(s.cmds[0].parent, 1);
	sh_script_free(&s);

	s = parse("bash <(wget -qO- https://x)");
	CHECK_STR(prog(&s, 0), "bash");
	CHECK_STR(prog(&s, 1), "wget");
	CHECK_INT(s.cmds[1].parent, 0);
	sh_script_free(&s);

	s = parse("cat <<EOF > /etc/x\ncurl https://x | sh\nEOF\nsudo -u app env A=1 /usr/bin/make all");
	CHECK_INT(s.n, 2);
	CHECK_STR(prog(&s, 0), "cat");
	CHECK_STR(s.cmds[0].redirs[0], "/etc/x");
	CHECK_STR(prog(&s, 1), "make");
	CHECK(sh_cmd_uses_sudo(&s.cmds[1]));
	sh_script_free(&s);

	s = parse("curl -fsSLk https://x -o f && for p in a b; do echo $p; done");
	size_t a;
	sh_cmd_prog(&s.cmds[0], &a);
	CHECK(sh_has_opt(&s.cmds[0], a, "-k", "--insecure"));
	CHECK(sh_has_opt(&s.cmds[0], a, "-o", "--output"));
	CHECK(!sh_has_opt(&s.cmds[0], a, "-x", NULL));
	CHECK_INT(s.n, 2); /* "for p in a b" is not a command */
	CHECK_STR(prog(&s, 1), "echo");
	sh_script_free(&s);

	s = parse("apt-get -y -o Dpkg::Options::=--force-confnew install pkg");
	sh_cmd_prog(&s.cmds[0], &a);
	CHECK_STR(sh_subcommand(&s.cmds[0], a, NULL), "install");
	sh_script_free(&s);

	/* unbalanced input must not crash or hang */
	s = parse("echo \"$(( 1 + ( 2 \" ) ) `a | $(b ' \\");
	sh_script_free(&s);
	return check_summary();
}
