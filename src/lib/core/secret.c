#include "core/secret.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <fnmatch.h>
#include <math.h>
#include <string.h>

static void upper_copy(char *dst, const char *src, size_t cap)
{
	size_t i = 0;
	for (; src[i] && i + 1 < cap; i++)
		dst[i] = (char)toupper((unsigned char)src[i]);
	dst[i] = '\0';
}

/* The words of an upper-cased NAME: its maximal runs of letters and digits
 * (DB_PASSWORD -> DB, PASSWORD). A word that is all letters and digits
 * occurs in the name with non-alphanumeric characters (or the ends) on both
 * sides exactly when it is one of these runs, so the name is split once and
 * each word is compared with the runs instead of searched for. */
typedef struct name_words {
	const char *start[128];
	size_t len[128];
	size_t n;
} name_words;

static void split_words(const char *upper, name_words *w)
{
	w->n = 0;
	const char *p = upper;
	while (*p) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		if (!*p)
			break;
		const char *b = p;
		while (isalnum((unsigned char)*p))
			p++;
		if (w->n < BH_ARRAY_SIZE(w->start)) { /* a 255-byte name has at most 128 runs */
			w->start[w->n] = b;
			w->len[w->n] = (size_t)(p - b);
			w->n++;
		}
	}
}

static bool name_has_word(const name_words *w, const char *word)
{
	size_t wl = strlen(word);
	for (size_t i = 0; i < w->n; i++)
		if (w->len[i] == wl && !memcmp(w->start[i], word, wl))
			return true;
	return false;
}

static bool ends_with_n(const char *s, size_t sl, const char *suffix)
{
	size_t l = strlen(suffix);
	return sl >= l && !memcmp(s + sl - l, suffix, l);
}

bool bh_secret_name(const char *name)
{
	char up[256];
	/* camelCase -> CAMEL_CASE so word matching works. */
	char snake[256];
	size_t j = 0;
	for (size_t i = 0; name[i] && j + 2 < sizeof snake; i++) {
		if (i && isupper((unsigned char)name[i]) && islower((unsigned char)name[i - 1]))
			snake[j++] = '_';
		snake[j++] = name[i];
	}
	snake[j] = '\0';
	upper_copy(up, snake, sizeof up);
	size_t ul = strlen(up);
	/* Names that carry public values despite the words in them. */
	static const char *const benign_suffix[] = { "_FILE", "_PATH", "_DIR", "_URL_FILE", "_LENGTH", "_MIN_LENGTH",
						     "_SHA256", "_SHA512", "_SHA1", "_CHECKSUM", "_HASH_ALGORITHM",
						     "_VERSION", "_ENABLED", "_POLICY", "_TTL", "_EXPIRY", "_EXPIRES",
						     "_TIMEOUT", "_HEADER", "_NAME", "_ID_FILE", "_TYPE", "_ENDPOINT",
						     "_URL", "_HOST", "_PORT", "_USER", "_USERNAME", "_FINGERPRINT", "_REF" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(benign_suffix); i++)
		if (ends_with_n(up, ul, benign_suffix[i]))
			return false;
	if (!strcmp(up, "GPG_KEY") || !strcmp(up, "GPG_KEYS") || ends_with_n(up, ul, "_GPG_KEY") ||
	    ends_with_n(up, ul, "PUBLIC_KEY"))
		return false; /* public key fingerprints used to verify downloads */
	/* Words with '_' are looked for anywhere in the name; the others
	 * (letters and digits only) as whole words. */
	static const char *const words[] = { "PASSWORD", "PASSWD", "PASSPHRASE", "PWD", "SECRET", "SECRETS", "TOKEN",
					     "APIKEY", "PRIVATE_KEY", "PRIVATEKEY", "CREDENTIALS", "CREDENTIAL",
					     "AUTH_TOKEN", "CLIENT_SECRET", "ACCESS_KEY", "SECRET_KEY", "API_KEY",
					     "SESSION_KEY", "SIGNING_KEY", "ENCRYPTION_KEY", "MASTER_KEY",
					     "CONNECTION_STRING", "DSN", "KEY" };
	if (!strcmp(up, "PWD") || !strcmp(up, "OLDPWD"))
		return false; /* the shell's working directory */
	name_words nw;
	split_words(up, &nw);
	for (size_t i = 0; i < BH_ARRAY_SIZE(words); i++) {
		if (i == BH_ARRAY_SIZE(words) - 1) { /* "KEY" */
			/* KEY alone is too common (KEY_SERVER...); only as the last word with a qualifier */
			if (ends_with_n(up, ul, "_KEY") && (name_has_word(&nw, "API") || name_has_word(&nw, "ACCESS") ||
							    name_has_word(&nw, "SECRET") || name_has_word(&nw, "PRIVATE") ||
							    name_has_word(&nw, "LICENSE") || name_has_word(&nw, "MASTER") ||
							    name_has_word(&nw, "STRIPE") || name_has_word(&nw, "ENCRYPTION")))
				return true;
			continue;
		}
		if (strchr(words[i], '_') ? strstr(up, words[i]) != NULL : name_has_word(&nw, words[i]))
			return true;
	}
	return false;
}

bool bh_secret_placeholder(const char *v)
{
	while (isspace((unsigned char)*v))
		v++;
	if (!*v)
		return true;
	if (v[0] == '$' || v[0] == '/' || !strncmp(v, "./", 2) || !strncmp(v, "file:", 5))
		return true;
	if (v[0] == '<' || v[0] == '{' || v[0] == '%')
		return true; /* <password>, {{ .Token }}, %PASS% */
	static const char *const placeholders[] = { "changeme", "change_me", "changeit", "password", "secret",
						    "xxx", "xxxx", "xxxxxx", "todo", "none", "null", "true",
						    "false", "yes", "no", "0", "1", "example", "dummy", "placeholder",
						    "your-token-here", "your_password", "redacted", "****", "test" };
	for (size_t i = 0; i < BH_ARRAY_SIZE(placeholders); i++)
		if (!strcasecmp(v, placeholders[i]))
			return true;
	return false;
}

double bh_entropy(const char *s, size_t n)
{
	if (!n)
		return 0;
	size_t counts[256] = { 0 };
	for (size_t i = 0; i < n; i++)
		counts[(unsigned char)s[i]]++;
	double h = 0;
	for (size_t i = 0; i < 256; i++) {
		if (!counts[i])
			continue;
		double p = (double)counts[i] / (double)n;
		h -= p * log2(p);
	}
	return h;
}

static bool run_of(const char *s, const char *set, size_t min, size_t max)
{
	size_t n = strspn(s, set);
	return n >= min && (max == 0 || n <= max);
}

#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
#define UPNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
#define B64URL ALNUM "-_"

/* Credentials with a known prefix: the prefix, the characters of the rest
 * and how many of them (max 0: no upper bound). */
static const bh_secret_token_shape token_shapes[] = {
	{ "AKIA", UPNUM, 16, 16, "AWS access key id" },
	{ "ASIA", UPNUM, 16, 16, "AWS temporary access key id" },
	{ "ghp_", ALNUM, 36, 36, "GitHub personal access token" },
	{ "gho_", ALNUM, 36, 36, "GitHub OAuth token" },
	{ "ghs_", ALNUM, 36, 36, "GitHub app token" },
	{ "ghu_", ALNUM, 36, 36, "GitHub user token" },
	{ "ghr_", ALNUM, 36, 36, "GitHub refresh token" },
	{ "github_pat_", ALNUM "_", 60, 0, "GitHub fine-grained token" },
	{ "glpat-", B64URL, 20, 0, "GitLab personal access token" },
	{ "xoxb-", ALNUM "-", 20, 0, "Slack bot token" },
	{ "xoxp-", ALNUM "-", 20, 0, "Slack user token" },
	{ "xoxa-", ALNUM "-", 20, 0, "Slack app token" },
	{ "xapp-", ALNUM "-", 20, 0, "Slack app token" },
	{ "sk_live_", ALNUM, 20, 0, "Stripe secret key" },
	{ "rk_live_", ALNUM, 20, 0, "Stripe restricted key" },
	{ "npm_", ALNUM, 36, 36, "npm access token" },
	{ "pypi-AgEIcHlwaS5vcmc", B64URL, 50, 0, "PyPI upload token" },
	{ "AIza", B64URL, 35, 35, "Google API key" },
	{ "SG.", B64URL ".", 60, 0, "SendGrid API key" },
	{ "dop_v1_", "0123456789abcdef", 64, 64, "DigitalOcean token" },
	{ "hf_", ALNUM, 34, 40, "Hugging Face token" },
	{ "sk-ant-", B64URL, 40, 0, "Anthropic API key" },
	{ "sk-proj-", B64URL, 40, 0, "OpenAI API key" },
};

const bh_secret_token_shape *bh_secret_token_shapes(size_t *n)
{
	*n = BH_ARRAY_SIZE(token_shapes);
	return token_shapes;
}

/* Looks for a known token prefix anywhere in the value. */
static const char *known_token(const char *v)
{
	/* A prefix whose first byte is nowhere in the value cannot match:
	 * one pass over the value saves most of the searches. */
	bool present[256] = { false };
	for (const unsigned char *c = (const unsigned char *)v; *c; c++)
		present[*c] = true;
	for (size_t i = 0; i < BH_ARRAY_SIZE(token_shapes); i++) {
		if (!present[(unsigned char)token_shapes[i].prefix[0]])
			continue;
		size_t pl = strlen(token_shapes[i].prefix);
		for (const char *p = strstr(v, token_shapes[i].prefix); p; p = strstr(p + 1, token_shapes[i].prefix)) {
			if (p != v && isalnum((unsigned char)p[-1]))
				continue;
			if (run_of(p + pl, token_shapes[i].set, token_shapes[i].min, token_shapes[i].max))
				return token_shapes[i].kind;
		}
	}
	return NULL;
}

static bool looks_like_jwt(const char *v)
{
	const char *p = strstr(v, "eyJ");
	if (!p)
		return false;
	size_t a = strspn(p, B64URL);
	if (a < 10 || p[a] != '.')
		return false;
	const char *q = p + a + 1;
	size_t b = strspn(q, B64URL);
	if (b < 10 || q[b] != '.')
		return false;
	return strspn(q + b + 1, B64URL) >= 10;
}

/* An Azure storage account key as connection strings hold it:
 * AccountKey= and 64 bytes in base64 (86 characters and "=="). */
static bool azure_account_key(const char *v)
{
	for (const char *p = strstr(v, "AccountKey="); p; p = strstr(p + 1, "AccountKey=")) {
		const char *q = p + 11;
		if (strspn(q, ALNUM "+/") == 86 && q[86] == '=' && q[87] == '=')
			return true;
	}
	return false;
}

static bool url_with_password(const char *v)
{
	/* scheme://user:password@host */
	const char *s = strstr(v, "://");
	if (!s)
		return false;
	s += 3;
	const char *at = strchr(s, '@');
	const char *slash = strchr(s, '/');
	if (!at || (slash && slash < at))
		return false;
	const char *colon = memchr(s, ':', (size_t)(at - s));
	if (!colon || colon + 1 == at)
		return false;
	char pw[256];
	size_t n = (size_t)(at - colon - 1);
	if (n >= sizeof pw)
		n = sizeof pw - 1;
	memcpy(pw, colon + 1, n);
	pw[n] = '\0';
	return !bh_secret_placeholder(pw);
}

const char *bh_secret_value(const char *v)
{
	if (!v || !*v)
		return NULL;
	if (strstr(v, "-----BEGIN") && strstr(v, "PRIVATE KEY"))
		return "private key";
	const char *k = known_token(v);
	if (k)
		return k;
	if (looks_like_jwt(v))
		return "JSON web token";
	if (url_with_password(v))
		return "password in a URL";
	if (azure_account_key(v))
		return "Azure storage account key";
	/* High entropy: long, mixed classes, not hex (checksums), not a path or URL. */
	size_t n = strlen(v);
	if (n >= 24 && n <= 512 && !strchr(v, ' ') && !strchr(v, '/') && !strstr(v, "://")) {
		bool up = false, lo = false, dig = false;
		size_t hex = 0;
		for (size_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)v[i];
			up |= isupper(c);
			lo |= islower(c);
			dig |= isdigit(c);
			hex += isxdigit(c) != 0;
		}
		if (hex == n)
			return NULL;
		if (up && lo && dig && bh_entropy(v, n) >= 4.3)
			return "high-entropy string";
	}
	return NULL;
}

char *bh_secret_mask(const char *v)
{
	size_t n = strlen(v);
	if (strstr(v, "-----BEGIN"))
		return bh_strdup("-----BEGIN ... PRIVATE KEY-----");
	if (n <= 8)
		return bh_strdup("****");
	/* Keep a recognisable prefix up to 4 characters and the last 4. */
	size_t keep = n >= 16 ? 4 : 2;
	strbuf sb = STRBUF_INIT;
	strbuf_add(&sb, v, keep);
	strbuf_addstr(&sb, "****");
	strbuf_add(&sb, v + n - 4, 4);
	return strbuf_detach(&sb, NULL);
}

const char *bh_secret_file(const char *path)
{
	static const struct {
		const char *pattern; /* matched against the path or its last components */
		const char *what;
	} files[] = {
		{ "id_rsa", "SSH private key" }, { "id_dsa", "SSH private key" },
		{ "id_ecdsa", "SSH private key" }, { "id_ed25519", "SSH private key" },
		{ "*key*.pem", "PEM private key" }, { "*private*.pem", "PEM private key" },
		{ "*.key", "private key" },
		{ "*.p12", "PKCS#12 key store" }, { "*.pfx", "PKCS#12 key store" },
		{ "*.jks", "Java key store" }, { "*.keystore", "key store" },
		{ ".env", "dotenv file with environment secrets" }, { ".env.*", "dotenv file with environment secrets" },
		{ ".npmrc", "npm credentials (.npmrc)" }, { ".pypirc", "PyPI credentials (.pypirc)" },
		{ ".git-credentials", "git credentials" }, { ".netrc", "netrc credentials" },
		{ ".docker/config.json", "Docker registry credentials" },
		{ ".dockercfg", "Docker registry credentials" },
		{ ".aws/credentials", "AWS credentials" }, { ".aws", "AWS credentials directory" },
		{ ".ssh", "SSH directory with keys" }, { ".gnupg", "GnuPG keyring" },
		{ ".kube/config", "Kubernetes credentials (kubeconfig)" }, { "kubeconfig", "Kubernetes credentials (kubeconfig)" },
		{ ".config/gcloud", "Google Cloud credentials" },
		{ "application_default_credentials.json", "Google Cloud credentials" },
		{ "credentials.json", "cloud credentials file" }, { "service-account*.json", "cloud service account key" },
		{ ".azure", "Azure CLI credentials" }, { ".htpasswd", "password file" },
		{ ".vault-token", "Vault token" }, { ".terraformrc", "Terraform credentials" },
		{ "terraform.tfstate", "Terraform state with secrets" }, { ".s3cfg", "S3 credentials" },
		{ ".boto", "cloud credentials" }, { ".gem/credentials", "RubyGems credentials" },
		{ ".cargo/credentials", "crates.io credentials" }, { ".cargo/credentials.toml", "crates.io credentials" },
		{ ".composer/auth.json", "Composer credentials" }, { "auth.json", "credentials file" },
		{ ".pgpass", "PostgreSQL password file" }, { ".my.cnf", "MySQL credentials" },
	};
	/* What each pattern needs, worked out once (bulkhead is single-threaded):
	 * the number of '/' (how many trailing components it is matched
	 * against), whether it is a literal, and the longest literal run of a
	 * wildcard pattern, which a matching path must contain. */
	static struct {
		int slashes;
		bool literal;
		size_t len;
		char needle[32];
	} info[BH_ARRAY_SIZE(files)];
	static bool info_ready;
	if (!info_ready) {
		for (size_t i = 0; i < BH_ARRAY_SIZE(files); i++) {
			const char *pat = files[i].pattern;
			for (const char *c = strchr(pat, '/'); c; c = strchr(c + 1, '/'))
				info[i].slashes++;
			info[i].literal = !strpbrk(pat, "*?[\\");
			info[i].len = strlen(pat);
			if (info[i].literal || strpbrk(pat, "[\\"))
				continue; /* brackets and escapes: no needle, fnmatch decides */
			size_t best = 0, bestlen = 0;
			for (size_t k = 0; pat[k];) {
				size_t run = strcspn(pat + k, "*?");
				if (run > bestlen && run < sizeof info[i].needle) {
					best = k;
					bestlen = run;
				}
				k += run ? run : 1;
			}
			memcpy(info[i].needle, pat + best, bestlen);
			info[i].needle[bestlen] = '\0';
		}
		info_ready = true;
	}
	/* Strip trailing slashes and compare suffix components. */
	char buf[4096];
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	if (n >= sizeof buf)
		return NULL;
	memcpy(buf, path, n);
	buf[n] = '\0';
	/* Every COPY source is checked, so this loop is hot: the tails are
	 * found once per component count, literal patterns (no * ? [) are
	 * compared with strcmp, which is what fnmatch would conclude, and
	 * fnmatch runs only on a tail holding the pattern's needle. */
	const char *tails[4] = { NULL, NULL, NULL, NULL };
	for (size_t i = 0; i < BH_ARRAY_SIZE(files); i++) {
		const char *pat = files[i].pattern;
		int slashes = info[i].slashes;
		bool literal = info[i].literal;
		const char *tail = slashes < 4 ? tails[slashes] : NULL;
		if (!tail) {
			/* the last slashes+1 components of the path */
			tail = buf + n;
			int seen = 0;
			while (tail > buf) {
				if (tail[-1] == '/' && ++seen > slashes)
					break;
				tail--;
			}
			if (slashes < 4)
				tails[slashes] = tail;
		}
		bool match = literal ? (size_t)(buf + n - tail) == info[i].len && !memcmp(pat, tail, info[i].len)
				     : (!info[i].needle[0] || strstr(tail, info[i].needle)) && fnmatch(pat, tail, FNM_PERIOD) == 0;
		if (match) {
			/* public halves and example files are fine */
			if (bh_ends_with(tail, ".pub") || bh_ends_with(tail, ".example") || bh_ends_with(tail, ".sample") ||
			    bh_ends_with(tail, ".template") || bh_ends_with(tail, ".dist"))
				return NULL;
			return files[i].what;
		}
	}
	return NULL;
}
