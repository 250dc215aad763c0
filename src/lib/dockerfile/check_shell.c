/* Checks on what RUN steps do: downloads, verification, package managers,
 * privileges and permissions. Works on the commands the shell parser found,
 * so comments, quoted text and heredoc data never trigger a rule. */
#include "dockerfile/lint_int.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* strcmp is a call into libc; nearly every comparison here is of a
 * program or word against a name that differs in its first byte, which
 * this settles inline. */
static inline bool streq(const char *a, const char *b)
{
	return a[0] == b[0] && !strcmp(a, b);
}

static bool in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (streq(s, *list))
			return true;
	return false;
}

static const char *const downloaders[] = { "curl", "wget", "fetch", "aria2c", "http", "https", "iwr",
					   "Invoke-WebRequest", NULL };
static const char *const interpreters[] = { "sh", "bash", "dash", "ash", "zsh", "ksh", "fish", "python",
					    "python2", "python3", "perl", "ruby", "node", "php", "pwsh",
					    "powershell", "iex", "Invoke-Expression", "source", ".", "eval", NULL };

static bool is_interpreter(const char *prog)
{
	if (in_list(prog, interpreters))
		return true;
	/* python3.11, perl5.36 ... */
	return !strncmp(prog, "python3.", 8) || !strncmp(prog, "perl5", 5);
}

static df_pos cmd_pos(const df_script *s, const sh_cmd *cmd)
{
	return df_script_pos(s, cmd->off);
}

/* The program of command i, or "" (and *argi 0) when the command is empty;
 * sh_parse worked it out. */
static const char *prog_of(const sh_cmd *cmd, size_t *argi)
{
	*argi = cmd->prog_argi;
	return cmd->prog ? cmd->prog : "";
}

static char *cmd_text(const sh_cmd *cmd)
{
	strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < cmd->n && sb.len < 200; i++) {
		if (i)
			strbuf_addch(&sb, ' ');
		strbuf_addstr(&sb, cmd->w[i].text);
	}
	return strbuf_detach(&sb, NULL);
}

/* ---------- DF009: download piped into a shell ---------- */

/* For every command whose output is piped on: the interpreter its pipeline
 * reaches (curl ... | [tee x |] sh), or NULL. Worked out from the last
 * command back, reusing the answer of the next command at the same depth,
 * so that a pipeline of n downloaders is walked once instead of n times. */
static const char **pipe_interpreters(const sh_script *sh)
{
	const char **via = bh_calloc(sh->n ? sh->n : 1, sizeof *via);
	for (size_t i = sh->n; i-- > 0;) {
		const sh_cmd *cmd = &sh->cmds[i];
		if (!cmd->pipe_out)
			continue;
		for (size_t j = i + 1; j < sh->n; j++) {
			const sh_cmd *nx = &sh->cmds[j];
			if (nx->depth > cmd->depth)
				continue;
			if (!nx->pipe_in || nx->depth < cmd->depth)
				break;
			size_t a2;
			const char *p2 = prog_of(nx, &a2);
			if (is_interpreter(p2))
				via[i] = p2;
			else if (nx->pipe_out)
				via[i] = via[j]; /* the walk would go on exactly as it did from j */
			break;
		}
	}
	return via;
}

static void check_pipe_to_shell(df_ctx *c, const df_script *s)
{
	const sh_script *sh = &s->sh;
	const char **piped_to = NULL; /* worked out at the first downloader */
	for (size_t i = 0; i < sh->n; i++) {
		const sh_cmd *cmd = &sh->cmds[i];
		size_t argi = 0;
		const char *prog = prog_of(cmd, &argi);
		if (!in_list(prog, downloaders))
			continue;
		if (!piped_to)
			piped_to = pipe_interpreters(sh);
		/* curl ... | [tee x |] sh */
		const char *via = cmd->pipe_out ? piped_to[i] : NULL;
		/* sh -c "$(curl ...)", bash <(curl ...), eval "$(wget -O- ...)" */
		if (!via && cmd->depth > 0 && cmd->parent >= 0 && (size_t)cmd->parent < sh->n) {
			size_t a2;
			const char *p2 = prog_of(&sh->cmds[cmd->parent], &a2);
			if (is_interpreter(p2))
				via = p2;
		}
		if (via) {
			char *t = cmd_text(cmd);
			df_emit(c, "DF009", s->in, cmd_pos(s, cmd), t,
				"%s output is executed by %s without any verification", prog, via);
			free(t);
		}
	}
	free(piped_to);
}

/* ---------- DF010: downloads used without verification ---------- */

static bool is_verifier(const sh_cmd *cmd)
{
	size_t argi;
	const char *p = prog_of(cmd, &argi);
	static const char *const sums[] = { "sha256sum", "sha512sum", "sha384sum", "sha224sum", "sha1sum",
					    "shasum", "md5sum", "b2sum", "gpgv", "gpgv2", "minisign", "signify",
					    "slsa-verifier", "sigstore", NULL };
	if (in_list(p, sums))
		return true;
	if (streq(p, "gpg") || streq(p, "gpg2"))
		return sh_has_opt(cmd, argi, NULL, "--verify") || sh_has_opt(cmd, argi, NULL, "--verify-files");
	if (streq(p, "cosign")) {
		const char *sub = sh_subcommand(cmd, argi, NULL);
		return sub && !strncmp(sub, "verify", 6);
	}
	if (streq(p, "openssl")) {
		const char *sub = sh_subcommand(cmd, argi, NULL);
		return sub && (streq(sub, "dgst") || streq(sub, "sha256") || streq(sub, "smime") || streq(sub, "cms"));
	}
	if (streq(p, "rpm"))
		return sh_has_opt(cmd, argi, "-K", "--checksig");
	if (streq(p, "ssh-keygen"))
		return sh_has_opt(cmd, argi, "-Y", NULL);
	return false;
}

static const char *const unpackers[] = { "tar", "bsdtar", "unzip", "gunzip", "gzip", "xz", "bunzip2",
					  "zstd", "cpio", "dpkg", "rpm", "install", NULL };

/* For every command whose output is piped on: does its pipeline reach an
 * unpacker or installer? Worked out from the last command back, reusing
 * the answer of the next command at the same depth (see pipe_interpreters). */
static bool *pipe_unpackers(const sh_script *sh)
{
	bool *into = bh_calloc(sh->n ? sh->n : 1, sizeof *into);
	for (size_t i = sh->n; i-- > 0;) {
		const sh_cmd *cmd = &sh->cmds[i];
		if (!cmd->pipe_out)
			continue;
		for (size_t j = i + 1; j < sh->n; j++) {
			const sh_cmd *nx = &sh->cmds[j];
			if (nx->depth > cmd->depth)
				continue;
			if (!nx->pipe_in)
				break;
			size_t a2;
			if (in_list(prog_of(nx, &a2), unpackers)) {
				into[i] = true;
				break;
			}
			if (!nx->pipe_out)
				break;
			if (nx->depth == cmd->depth) {
				into[i] = into[j]; /* the walk would go on exactly as it did from j */
				break;
			}
		}
	}
	return into;
}

/* Does the command write the download to a file (or into an unpacker)?
 * piped_into_unpacker is pipe_unpackers() of the script. */
static bool saves_download(const df_script *s, size_t i, const bool *piped_into_unpacker)
{
	const sh_cmd *cmd = &s->sh.cmds[i];
	size_t argi;
	const char *prog = prog_of(cmd, &argi);
	bool has_url = false;
	for (size_t k = argi + 1; k < cmd->n; k++)
		if (strstr(cmd->w[k].text, "://") || (cmd->w[k].dynamic && cmd->w[k].text[0] == '$'))
			has_url = true; /* a literal URL, or a variable holding one */
	if (!has_url)
		return false;
	for (size_t k = argi + 1; k < cmd->n; k++) {
		const char *t = cmd->w[k].text;
		if (streq(t, "/dev/null") || streq(t, "--spider") || streq(t, "-I") || streq(t, "--head"))
			return false;
	}
	if (cmd->pipe_out) {
		/* Piped into an unpacker or installer: unverified. Into gpg --dearmor or
		 * apt-key: a key import, judged elsewhere. Into a shell: DF009. */
		return piped_into_unpacker[i];
	}
	if (streq(prog, "curl"))
		return sh_has_opt(cmd, argi, "-o", "--output") || sh_has_opt(cmd, argi, "-O", "--remote-name") ||
		       sh_has_opt(cmd, argi, NULL, "--remote-name-all") || cmd->nredirs > 0;
	if (streq(prog, "wget")) {
		/* wget saves to a file unless told to write to stdout */
		for (size_t k = argi + 1; k < cmd->n; k++) {
			const char *t = cmd->w[k].text;
			size_t tl = strlen(t);
			/* -O names the output file, also at the end of a cluster (-qO);
			 * only "-" means stdout: "-qO /usr/local/bin/x" saves a file. */
			bool cluster = tl >= 2 && t[0] == '-' && t[1] != '-';
			bool o_then_word = (cluster && t[tl - 1] == 'O') || streq(t, "--output-document");
			if (o_then_word && k + 1 < cmd->n && streq(cmd->w[k + 1].text, "-"))
				return cmd->nredirs > 0;
			if ((cluster && tl >= 3 && streq(t + tl - 2, "O-")) || streq(t, "--output-document=-"))
				return cmd->nredirs > 0;
		}
		return true;
	}
	return cmd->nredirs > 0;
}

/* The scripts of one RUN sit next to each other in c->scripts
 * (collect_scripts adds them together): [*from, *to) is the range around
 * s. Looking only there, not at every script, keeps a Dockerfile of many
 * RUNs linear instead of quadratic. */
static void run_scripts(const df_ctx *c, const df_script *s, size_t *from, size_t *to)
{
	size_t a = (size_t)(s - c->scripts), b = a + 1;
	while (a > 0 && c->scripts[a - 1].in == s->in)
		a--;
	while (b < c->nscripts && c->scripts[b].in == s->in)
		b++;
	*from = a;
	*to = b;
}

static void check_unverified(df_ctx *c)
{
	/* Verification anywhere in the same RUN (any of its scripts) counts. */
	for (size_t i = 0; i < c->nscripts; i++) {
		const df_script *s = &c->scripts[i];
		bool verified = false;
		size_t from, to;
		run_scripts(c, s, &from, &to);
		for (size_t j = from; j < to && !verified; j++) {
			for (size_t k = 0; k < c->scripts[j].sh.n && !verified; k++)
				verified = is_verifier(&c->scripts[j].sh.cmds[k]);
		}
		if (verified)
			continue;
		bool *piped_into_unpacker = NULL; /* worked out at the first downloader */
		for (size_t k = 0; k < s->sh.n; k++) {
			const sh_cmd *cmd = &s->sh.cmds[k];
			size_t argi;
			const char *prog = prog_of(cmd, &argi);
			if (!in_list(prog, downloaders))
				continue;
			if (!piped_into_unpacker)
				piped_into_unpacker = pipe_unpackers(&s->sh);
			if (!saves_download(s, k, piped_into_unpacker))
				continue;
			char *t = cmd_text(cmd);
			df_emit(c, "DF010", s->in, cmd_pos(s, cmd), t,
				"%s downloads a file that this RUN never checks against a checksum or signature", prog);
			free(t);
		}
		free(piped_into_unpacker);
	}
}

/* ---------- DF011: verification disabled ---------- */

static const char *insecure_env(const char *assignment)
{
	static const struct {
		const char *name;
		const char *bad; /* NULL: any non-empty value other than 0/false */
	} vars[] = {
		{ "GIT_SSL_NO_VERIFY", NULL }, { "NODE_TLS_REJECT_UNAUTHORIZED", "0" },
		{ "PYTHONHTTPSVERIFY", "0" }, { "NPM_CONFIG_STRICT_SSL", "false" },
		{ "npm_config_strict_ssl", "false" }, { "PIP_TRUSTED_HOST", "*" },
		{ "GOINSECURE", "*" }, { "GONOSUMDB", "*" }, { "GONOSUMCHECK", "*" }, { "GOSUMDB", "off" },
		{ "GOFLAGS", "-insecure" }, { "CURL_INSECURE", NULL }, { "YARN_STRICT_SSL", "false" },
		{ "PIP_CERT", "" }, { "REQUESTS_CA_BUNDLE", "" }, { "CURL_CA_BUNDLE", "" },
	};
	const char *eq = strchr(assignment, '=');
	if (!eq)
		return NULL;
	size_t nl = (size_t)(eq - assignment);
	const char *v = eq + 1;
	for (size_t i = 0; i < BH_ARRAY_SIZE(vars); i++) {
		if (strlen(vars[i].name) != nl || strncmp(vars[i].name, assignment, nl))
			continue;
		if (!vars[i].bad) {
			if (*v && strcmp(v, "0") && strcasecmp(v, "false"))
				return vars[i].name;
		} else if (streq(vars[i].bad, "*")) {
			if (*v)
				return vars[i].name;
		} else if (streq(vars[i].bad, "")) {
			/* explicitly emptied CA bundle disables verification in requests/curl */
			if (!*v && (streq(vars[i].name, "CURL_CA_BUNDLE") || streq(vars[i].name, "REQUESTS_CA_BUNDLE")))
				return NULL; /* ambiguous: empty means default in most tools */
		} else if (!strcasecmp(v, vars[i].bad) || (vars[i].bad[0] == '-' && strstr(v, vars[i].bad))) {
			return vars[i].name;
		}
	}
	return NULL;
}

static const char *insecure_option(const sh_cmd *cmd, size_t argi, const char *prog)
{
	if (streq(prog, "curl")) {
		if (sh_has_opt(cmd, argi, "-k", "--insecure"))
			return "curl -k/--insecure";
		if (sh_has_opt(cmd, argi, NULL, "--proxy-insecure"))
			return "curl --proxy-insecure";
	}
	if (streq(prog, "wget") && sh_has_opt(cmd, argi, NULL, "--no-check-certificate"))
		return "wget --no-check-certificate";
	if (streq(prog, "apk") && sh_has_opt(cmd, argi, NULL, "--allow-untrusted"))
		return "apk --allow-untrusted";
	if (streq(prog, "apt-get") || streq(prog, "apt") || streq(prog, "aptitude")) {
		if (sh_has_opt(cmd, argi, NULL, "--allow-unauthenticated"))
			return "apt --allow-unauthenticated";
		if (sh_has_opt(cmd, argi, NULL, "--allow-insecure-repositories"))
			return "apt --allow-insecure-repositories";
		if (sh_has_opt(cmd, argi, NULL, "--force-yes"))
			return "apt --force-yes";
		for (size_t k = argi + 1; k < cmd->n; k++) {
			const char *t = cmd->w[k].text;
			/* every setting below has an '=': most words are skipped at once */
			if (!strchr(t, '='))
				continue;
			if (bh_strcasestr(t, "AllowUnauthenticated=true") || bh_strcasestr(t, "AllowInsecureRepositories=true") ||
			    bh_strcasestr(t, "Verify-Peer=false") || bh_strcasestr(t, "Verify-Host=false") ||
			    bh_strcasestr(t, "AllowDowngradeToInsecureRepositories=true"))
				return "apt -o with verification turned off";
		}
	}
	if ((streq(prog, "yum") || streq(prog, "dnf") || streq(prog, "microdnf") || streq(prog, "tdnf")) &&
	    sh_has_opt(cmd, argi, NULL, "--nogpgcheck"))
		return "--nogpgcheck";
	if (streq(prog, "rpm") && (sh_has_opt(cmd, argi, NULL, "--nosignature") || sh_has_opt(cmd, argi, NULL, "--nodigest")))
		return "rpm --nosignature";
	if (streq(prog, "zypper") && (sh_has_opt(cmd, argi, NULL, "--no-gpg-checks") || sh_has_opt(cmd, argi, NULL, "--no-gpgcheck")))
		return "zypper --no-gpg-checks";
	if ((!strncmp(prog, "pip", 3) || !strncmp(prog, "python", 6) || streq(prog, "uv")) &&
	    sh_has_opt(cmd, argi, NULL, "--trusted-host"))
		return "pip --trusted-host";
	if (streq(prog, "npm") || streq(prog, "yarn") || streq(prog, "pnpm")) {
		for (size_t k = argi + 1; k < cmd->n; k++) {
			const char *t = cmd->w[k].text;
			if (streq(t, "--strict-ssl=false") ||
			    (streq(t, "--strict-ssl") && k + 1 < cmd->n && streq(cmd->w[k + 1].text, "false")))
				return "npm --strict-ssl=false";
			if ((streq(t, "strict-ssl") || streq(t, "strictSSL")) && k + 1 < cmd->n && streq(cmd->w[k + 1].text, "false"))
				return "npm config set strict-ssl false";
			if (streq(t, "strict-ssl=false"))
				return "npm config set strict-ssl false";
		}
	}
	if (streq(prog, "git")) {
		for (size_t k = argi + 1; k < cmd->n; k++) {
			const char *t = cmd->w[k].text;
			if (!strcasecmp(t, "http.sslVerify=false") || !strcasecmp(t, "http.sslverify=0"))
				return "git http.sslVerify=false";
			if (!strcasecmp(t, "http.sslVerify") && k + 1 < cmd->n &&
			    (!strcasecmp(cmd->w[k + 1].text, "false") || streq(cmd->w[k + 1].text, "0")))
				return "git config http.sslVerify false";
		}
	}
	if ((streq(prog, "kubectl") || streq(prog, "helm")) && sh_has_opt(cmd, argi, NULL, "--insecure-skip-tls-verify"))
		return "--insecure-skip-tls-verify";
	for (size_t k = argi + 1; k < cmd->n; k++)
		if (strstr(cmd->w[k].text, "[trusted=yes]") || strstr(cmd->w[k].text, "trusted=yes]"))
			return "an APT source marked [trusted=yes]";
	return NULL;
}

static void check_insecure(df_ctx *c, const df_script *s)
{
	for (size_t i = 0; i < s->sh.n; i++) {
		const sh_cmd *cmd = &s->sh.cmds[i];
		if (!cmd->n)
			continue;
		size_t argi = 0;
		const char *prog = prog_of(cmd, &argi);
		/* VAR=value cmd, export VAR=value, env VAR=value */
		for (size_t k = 0; k < cmd->n; k++) {
			if (k >= argi && strcmp(prog, "export") && strcmp(prog, "declare"))
				break;
			const char *var = insecure_env(cmd->w[k].text);
			if (var) {
				df_emit(c, "DF011", s->in, df_script_pos(s, cmd->w[k].off), cmd->w[k].text,
					"%s turns off TLS or signature verification", cmd->w[k].text);
				break;
			}
		}
		const char *what = *prog ? insecure_option(cmd, argi, prog) : NULL;
		if (what) {
			char *t = cmd_text(cmd);
			df_emit(c, "DF011", s->in, cmd_pos(s, cmd), t, "%s turns off TLS or signature verification", what);
			free(t);
		}
	}
}

static void check_insecure_env(df_ctx *c)
{
	for (size_t i = 0; i < c->f->n; i++) {
		const df_instr *in = &c->f->instrs[i];
		if (in->kind != DF_ENV && in->kind != DF_ARG)
			continue;
		for (size_t k = 0; k < in->nkvs; k++) {
			if (!in->kvs[k].value)
				continue;
			char *a = bh_asprintf("%s=%s", in->kvs[k].key, in->kvs[k].value);
			if (insecure_env(a))
				df_emit(c, "DF011", in, in->kvs[k].pos, a, "%s %s turns off TLS or signature verification", in->keyword, a);
			free(a);
		}
	}
}

/* ---------- package managers: DF012..DF018, DF021 ---------- */

typedef struct pm_facts {
	const sh_cmd *apt_update, *apk_update;
	const df_script *apt_update_in, *apk_update_in; /* the scripts they are in, for positions */
	bool apt_install, apk_add;
	bool apt_lists_removed, apk_cache_removed, yum_cleaned, dnf_cleaned, zypper_cleaned;
} pm_facts;

static bool is_apt(const char *p) { return streq(p, "apt-get") || streq(p, "apt") || streq(p, "aptitude"); }

static bool has_cache_mount(const df_instr *in, const char *target_prefix)
{
	for (size_t i = 0; i < in->nflags; i++) {
		if (strcmp(in->flags[i].name, "mount") || !in->flags[i].value)
			continue;
		const char *v = in->flags[i].value;
		if (!strstr(v, "type=cache"))
			continue;
		const char *t = strstr(v, "target=");
		if (!t)
			t = strstr(v, "dst=");
		if (!t)
			t = strstr(v, "destination=");
		if (t && strstr(t, target_prefix))
			return true;
	}
	return false;
}

static bool rm_covers(const sh_cmd *cmd, size_t argi, const char *prefix)
{
	for (size_t k = argi + 1; k < cmd->n; k++)
		if (!strncmp(cmd->w[k].text, prefix, strlen(prefix)))
			return true;
	return false;
}

/* Words after the subcommand that are package names (not options). */
static void each_package(const sh_cmd *cmd, size_t from, void (*fn)(const char *, void *), void *arg)
{
	for (size_t k = from; k < cmd->n; k++) {
		const char *t = cmd->w[k].text;
		if (t[0] == '-') {
			if (streq(t, "-o") || streq(t, "-t") || streq(t, "--virtual") || streq(t, "-X") ||
			    streq(t, "--repository") || streq(t, "-t"))
				k++;
			continue;
		}
		fn(t, arg);
	}
}

static bool is_build_tool(const char *pkg)
{
	char name[256];
	size_t n = strcspn(pkg, "=<>~");
	if (n >= sizeof name)
		return false;
	memcpy(name, pkg, n);
	name[n] = '\0';
	char *colon = strchr(name, ':'); /* pkg:amd64 */
	if (colon)
		*colon = '\0';
	static const char *const tools[] = { "gcc", "g++", "cc", "c++", "make", "cmake", "build-essential", "clang",
					     "llvm", "golang", "golang-go", "go", "rustc", "cargo", "maven", "gradle",
					     "autoconf", "automake", "libtool", "pkg-config", "pkgconf", "musl-dev",
					     "linux-headers", "default-jdk", "gfortran", "ninja-build", "meson", "bison",
					     "flex", "build-base", "alpine-sdk", "gcc-c++", "kernel-devel", "nasm", "yasm", NULL };
	if (in_list(name, tools))
		return true;
	size_t l = strlen(name);
	if ((l > 4 && streq(name + l - 4, "-dev")) || (l > 6 && streq(name + l - 6, "-devel")))
		return true;
	if (!strncmp(name, "gcc-", 4) || !strncmp(name, "g++-", 4) || !strncmp(name, "clang-", 6))
		return strspn(name + (name[0] == 'c' ? 6 : 4), "0123456789.") == strlen(name + (name[0] == 'c' ? 6 : 4));
	if (!strncmp(name, "openjdk-", 8) && strstr(name, "-jdk"))
		return true;
	return false;
}

typedef struct pkg_acc {
	strbuf tools;
	bool sshd;
	char sshd_name[64];
} pkg_acc;

static void collect_pkg(const char *pkg, void *arg)
{
	pkg_acc *a = arg;
	if (is_build_tool(pkg)) {
		if (a->tools.len)
			strbuf_addstr(&a->tools, ", ");
		strbuf_addstr(&a->tools, pkg);
	}
	char name[64];
	size_t n = strcspn(pkg, "=<>~:");
	if (n < sizeof name) {
		memcpy(name, pkg, n);
		name[n] = '\0';
		if (streq(name, "openssh-server") || streq(name, "dropbear") || streq(name, "openssh") ||
		    streq(name, "ssh")) {
			a->sshd = true;
			snprintf(a->sshd_name, sizeof a->sshd_name, "%s", name);
		}
	}
}

/* Was any package of the install command removed later in the final image? */
/* The package-removal commands of the file (apt-get purge, apk del, ...),
 * found once, at the first build-tool install that asks: each install then
 * looks at these instead of at every command of every script, which made a
 * file of many installs quadratic. */
typedef struct df_removal {
	size_t script, cmd, si; /* si: index of the subcommand word */
	size_t at;              /* instruction number of its RUN */
} df_removal;

typedef struct df_removals {
	bool found;
	df_removal *items;
	size_t n, alloc;
} df_removals;

static int cmp_removal(const void *a, const void *b)
{
	size_t x = ((const df_removal *)a)->at, y = ((const df_removal *)b)->at;
	return x < y ? -1 : x > y;
}

/* Only removals in the final image can undo an install; they are sorted
 * by instruction so that each install looks at the later ones only. */
static void find_removals(const df_ctx *c, df_removals *r)
{
	r->found = true;
	for (size_t j = 0; j < c->nscripts; j++) {
		const df_script *s = &c->scripts[j];
		if (!df_in_final(c, s->in))
			continue;
		for (size_t k = 0; k < s->sh.n; k++) {
			const sh_cmd *cmd = &s->sh.cmds[k];
			size_t argi;
			const char *prog = prog_of(cmd, &argi);
			size_t si;
			const char *sub = sh_subcommand(cmd, argi, &si);
			if (!sub)
				continue;
			bool removal = (is_apt(prog) && (streq(sub, "purge") || streq(sub, "remove") || streq(sub, "autoremove"))) ||
				       (streq(prog, "apk") && streq(sub, "del")) ||
				       ((streq(prog, "yum") || streq(prog, "dnf")) && (streq(sub, "remove") || streq(sub, "erase"))) ||
				       (streq(prog, "dpkg") && (streq(sub, "-r") || streq(sub, "-P") || streq(sub, "--purge")));
			if (removal)
				*BH_ARRAY_PUSH(r->items, r->n, r->alloc) =
					(df_removal){ j, k, si, (size_t)(s->in - c->f->instrs) };
		}
	}
	if (r->n > 1)
		qsort(r->items, r->n, sizeof *r->items, cmp_removal);
}

static bool later_removed(df_ctx *c, df_removals *rm, const df_instr *in, const char *virtual_name, const char *tools)
{
	const df_file *f = c->f;
	size_t idx = (size_t)(in - f->instrs);
	if (!rm->found)
		find_removals(c, rm);
	/* the first removal at or after the install */
	size_t lo = 0, hi = rm->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (rm->items[mid].at < idx)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t r = lo; r < rm->n; r++) {
		const df_script *s = &c->scripts[rm->items[r].script];
		const sh_cmd *cmd = &s->sh.cmds[rm->items[r].cmd];
		for (size_t w = rm->items[r].si + 1; w < cmd->n; w++) {
			const char *t = cmd->w[w].text;
			if (t[0] == '-')
				continue;
			if ((virtual_name && !strcmp(t, virtual_name)) || (strstr(tools, t) && strlen(t) > 1))
				return true;
			if (t[0] == '$')
				return true; /* apt-get purge $BUILD_DEPS: trust it */
		}
	}
	return false;
}

static void check_packages(df_ctx *c, const df_script *s, df_removals *rm)
{
	const df_instr *in = s->in;
	bool final = df_in_final(c, in);
	/* Facts across all scripts of this RUN */
	pm_facts fx = { 0 };
	size_t from, to;
	run_scripts(c, s, &from, &to);
	for (size_t j = from; j < to; j++) {
		const df_script *o = &c->scripts[j];
		for (size_t k = 0; k < o->sh.n; k++) {
			const sh_cmd *cmd = &o->sh.cmds[k];
			size_t argi;
			const char *prog = prog_of(cmd, &argi);
			const char *sub = sh_subcommand(cmd, argi, NULL);
			if (is_apt(prog) && sub) {
				if (streq(sub, "update") && !fx.apt_update) {
					fx.apt_update = cmd;
					fx.apt_update_in = o;
				}
				else if (streq(sub, "install") || streq(sub, "upgrade") || streq(sub, "dist-upgrade") ||
					 streq(sub, "full-upgrade") || streq(sub, "build-dep"))
					fx.apt_install = true;
			}
			if (streq(prog, "apk") && sub) {
				if (streq(sub, "update") && !fx.apk_update) {
					fx.apk_update = cmd;
					fx.apk_update_in = o;
				}
				else if (streq(sub, "add") || streq(sub, "upgrade"))
					fx.apk_add = true;
			}
			if (streq(prog, "rm")) {
				if (rm_covers(cmd, argi, "/var/lib/apt/lists"))
					fx.apt_lists_removed = true;
				if (rm_covers(cmd, argi, "/var/cache/apk"))
					fx.apk_cache_removed = true;
				if (rm_covers(cmd, argi, "/var/cache/yum"))
					fx.yum_cleaned = true;
				if (rm_covers(cmd, argi, "/var/cache/dnf"))
					fx.dnf_cleaned = true;
				if (rm_covers(cmd, argi, "/var/cache/zypp"))
					fx.zypper_cleaned = true;
			}
			if (streq(prog, "yum") && sub && streq(sub, "clean"))
				fx.yum_cleaned = true;
			if ((streq(prog, "dnf") || streq(prog, "microdnf")) && sub && streq(sub, "clean"))
				fx.dnf_cleaned = true;
			if (streq(prog, "zypper") && sub && (streq(sub, "clean") || streq(sub, "cc")))
				fx.zypper_cleaned = true;
		}
	}
	bool first_script = &c->scripts[from] == s;
	if (first_script) {
		if (fx.apt_update && !fx.apt_install)
			df_emit(c, "DF013", in, cmd_pos(fx.apt_update_in, fx.apt_update), "apt-get update",
				"this RUN updates the apt index but installs nothing, so a later install uses a stale cached index");
		if (fx.apk_update && !fx.apk_add)
			df_emit(c, "DF013", in, cmd_pos(fx.apk_update_in, fx.apk_update), "apk update",
				"this RUN updates the apk index but installs nothing, so a later install uses a stale cached index");
	}

	for (size_t k = 0; k < s->sh.n; k++) {
		const sh_cmd *cmd = &s->sh.cmds[k];
		if (!cmd->n)
			continue;
		size_t argi = 0;
		const char *prog = prog_of(cmd, &argi);
		if (sh_cmd_uses_sudo(cmd)) {
			char *t = cmd_text(cmd);
			df_emit(c, "DF012", in, cmd_pos(s, cmd), t, "RUN uses sudo");
			free(t);
		}
		size_t si = 0;
		const char *sub = sh_subcommand(cmd, argi, &si);
		if (!sub)
			continue;
		bool apt_install = is_apt(prog) && (streq(sub, "install") || streq(sub, "build-dep"));
		bool apk_add = streq(prog, "apk") && streq(sub, "add");
		bool rpm_install = (streq(prog, "yum") || streq(prog, "dnf") || streq(prog, "microdnf") ||
				    streq(prog, "tdnf")) && streq(sub, "install");
		bool zypper_install = streq(prog, "zypper") && (streq(sub, "install") || streq(sub, "in"));

		if (is_apt(prog) && (streq(sub, "dist-upgrade") || streq(sub, "full-upgrade")))
			df_emit(c, "DF014", in, cmd_pos(s, cmd), sub, "%s %s upgrades every package of the base image", prog, sub);

		if (final && apt_install && !fx.apt_lists_removed && !has_cache_mount(in, "/var/lib/apt") &&
		    !has_cache_mount(in, "/var/cache/apt"))
			df_emit(c, "DF015", in, cmd_pos(s, cmd), "apt-get install",
				"%s install leaves /var/lib/apt/lists in the image (add && rm -rf /var/lib/apt/lists/*)", prog);
		if (final && rpm_install && !(streq(prog, "yum") ? fx.yum_cleaned : fx.dnf_cleaned) &&
		    !has_cache_mount(in, "/var/cache/"))
			df_emit(c, "DF015", in, cmd_pos(s, cmd), prog, "%s install without `%s clean all` leaves its cache in the image", prog,
				prog);
		if (final && zypper_install && !fx.zypper_cleaned && !has_cache_mount(in, "/var/cache/zypp"))
			df_emit(c, "DF015", in, cmd_pos(s, cmd), "zypper install", "zypper install without `zypper clean` leaves its cache in the image");
		bool pip_install = (!strncmp(prog, "pip", 3) && streq(sub, "install")) ||
				   (!strncmp(prog, "python", 6) && streq(sub, "pip") && si + 1 < cmd->n &&
				    streq(cmd->w[si + 1].text, "install"));
		if (final && pip_install && !sh_has_opt(cmd, argi, NULL, "--no-cache-dir") &&
		    !has_cache_mount(in, "/root/.cache") && !has_cache_mount(in, ".cache/pip")) {
			bool env_off = false;
			for (size_t e = 0; e < cmd->n && !env_off; e++)
				env_off = bh_starts_with(cmd->w[e].text, "PIP_NO_CACHE_DIR=");
			for (size_t ii = 0; ii < c->f->n && !env_off; ii++) {
				const df_instr *x = &c->f->instrs[ii];
				if (x->kind == DF_ENV && df_in_final(c, x))
					for (size_t kv = 0; kv < x->nkvs; kv++)
						if (streq(x->kvs[kv].key, "PIP_NO_CACHE_DIR"))
							env_off = true;
			}
			if (!env_off)
				df_emit(c, "DF015", in, cmd_pos(s, cmd), "pip install",
					"pip install without --no-cache-dir keeps the wheel cache in the image");
		}

		if (final && apt_install && !sh_has_opt(cmd, argi, NULL, "--no-install-recommends")) {
			bool via_o = false;
			for (size_t w = argi + 1; w < cmd->n; w++)
				if (strchr(cmd->w[w].text, '=') &&
				    (bh_strcasestr(cmd->w[w].text, "Install-Recommends=false") ||
				     bh_strcasestr(cmd->w[w].text, "Install-Recommends=0")))
					via_o = true;
			if (!via_o)
				df_emit(c, "DF016", in, cmd_pos(s, cmd), "apt-get install",
					"%s install also installs recommended packages", prog);
		}
		if (final && apk_add && !sh_has_opt(cmd, argi, NULL, "--no-cache") && !fx.apk_cache_removed &&
		    !has_cache_mount(in, "/var/cache/apk") && !has_cache_mount(in, "/etc/apk/cache"))
			df_emit(c, "DF017", in, cmd_pos(s, cmd), "apk add", "apk add without --no-cache keeps the package index in the image");

		if (apt_install || apk_add || rpm_install || zypper_install) {
			pkg_acc acc = { .tools = STRBUF_INIT };
			each_package(cmd, si + 1, collect_pkg, &acc);
			if (acc.sshd && final)
				df_emit(c, "DF021", in, cmd_pos(s, cmd), acc.sshd_name, "installs the SSH server package %s", acc.sshd_name);
			if (final && acc.tools.len) {
				const char *virt = NULL;
				for (size_t w = argi + 1; w < cmd->n; w++)
					if (bh_starts_with(cmd->w[w].text, "--virtual="))
						virt = cmd->w[w].text + 10; /* apk add --virtual=.build-deps */
					else if (w + 1 < cmd->n && (streq(cmd->w[w].text, "--virtual") || streq(cmd->w[w].text, "-t")))
						virt = cmd->w[w + 1].text;
				if (!later_removed(c, rm, in, virt, acc.tools.buf))
					df_emit(c, "DF018", in, cmd_pos(s, cmd), acc.tools.buf,
						"the final image keeps build tools (%s); build in an earlier stage and copy only the result",
						acc.tools.buf);
			}
			strbuf_release(&acc.tools);
		}
	}
}

/* ---------- DF019/DF020: chmod ---------- */

df_mode_facts_t df_mode_facts(const char *mode)
{
	df_mode_facts_t m = { false, false };
	if (!mode || !*mode)
		return m;
	if (strspn(mode, "01234567") == strlen(mode)) {
		unsigned long v = strtoul(mode, NULL, 8);
		m.world_writable = (v & 02) && !(v & 01000);
		m.setid = (v & 06000) != 0;
		return m;
	}
	/* [ugoa]*[+=][rwxXst]* clauses separated by commas */
	const char *p = mode;
	while (*p) {
		bool o = false, any_who = false, u = false, g = false;
		while (*p && strchr("ugoa", *p)) {
			any_who = true;
			if (*p == 'o' || *p == 'a')
				o = true;
			if (*p == 'u' || *p == 'a')
				u = true;
			if (*p == 'g' || *p == 'a')
				g = true;
			p++;
		}
		while (*p && strchr("+-=", *p)) {
			char op = *p++;
			const char *perms = p;
			while (*p && strchr("rwxXstugo", *p))
				p++;
			size_t pl = (size_t)(p - perms);
			bool w = memchr(perms, 'w', pl) != NULL, s = memchr(perms, 's', pl) != NULL;
			if (op == '-')
				continue;
			if (w && o)
				m.world_writable = true;
			if (s && (u || g || !any_who))
				m.setid = true;
		}
		if (*p == ',')
			p++;
		else if (*p)
			p++;
	}
	return m;
}

static void check_chmod(df_ctx *c, const df_script *s)
{
	for (size_t k = 0; k < s->sh.n; k++) {
		const sh_cmd *cmd = &s->sh.cmds[k];
		size_t argi;
		const char *prog = prog_of(cmd, &argi);
		const char *mode = NULL;
		/* "find ... -exec chmod 777 {} ;" and "... | xargs chmod 777" run chmod too. */
		bool is_find = streq(prog, "find");
		if (is_find || streq(prog, "xargs")) {
			for (size_t w = argi + 1; w < cmd->n; w++) {
				const char *before = cmd->w[w - 1].text;
				if (!strcmp(bh_basename(cmd->w[w].text), "chmod") &&
				    (!is_find || streq(before, "-exec") || streq(before, "-execdir") || streq(before, "-ok"))) {
					argi = w;
					prog = "chmod";
					break;
				}
			}
		}
		if (streq(prog, "chmod")) {
			for (size_t w = argi + 1; w < cmd->n; w++) {
				const char *t = cmd->w[w].text;
				if (t[0] == '-' && t[1] && !strchr("rwxXst", t[1]))
					continue; /* -R, -v, --recursive; but "-w" would be a mode */
				mode = t;
				break;
			}
		} else if (streq(prog, "install") || streq(prog, "mkdir")) {
			for (size_t w = argi + 1; w < cmd->n; w++)
				if ((streq(cmd->w[w].text, "-m") || streq(cmd->w[w].text, "--mode")) && w + 1 < cmd->n)
					mode = cmd->w[w + 1].text;
				else if (bh_starts_with(cmd->w[w].text, "--mode="))
					mode = cmd->w[w].text + 7;
		} else {
			continue;
		}
		if (!mode)
			continue;
		df_mode_facts_t m = df_mode_facts(mode);
		char *t = cmd_text(cmd);
		if (m.world_writable)
			df_emit(c, "DF019", s->in, cmd_pos(s, cmd), t, "%s %s makes files writable by every user", prog, mode);
		if (m.setid)
			df_emit(c, "DF020", s->in, cmd_pos(s, cmd), t, "%s %s sets the setuid/setgid bit", prog, mode);
		free(t);
	}
}

void df_check_shell(df_ctx *c)
{
	check_insecure_env(c);
	check_unverified(c);
	df_removals removals = { 0 };
	for (size_t i = 0; i < c->nscripts; i++) {
		const df_script *s = &c->scripts[i];
		check_pipe_to_shell(c, s);
		check_insecure(c, s);
		check_packages(c, s, &removals);
		check_chmod(c, s);
	}
	free(removals.items);
}
