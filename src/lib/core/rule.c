#include "core/rule.h"

#include <string.h>
#include <strings.h>

#include "core/rule_tables.h"

static const char *const severity_names[] = { "info", "low", "medium", "high", "critical" };

const char *bh_severity_name(bh_severity s)
{
	if ((unsigned)s > BH_SEV_CRITICAL)
		return "unknown";
	return severity_names[s];
}

bool bh_severity_parse(const char *name, bh_severity *out)
{
	for (int i = 0; i <= BH_SEV_CRITICAL; i++) {
		if (strcasecmp(name, severity_names[i]) == 0) {
			*out = (bh_severity)i;
			return true;
		}
	}
	return false;
}

/* Every domain contributes one table; adding a domain means adding one line here. */
static const struct {
	const bh_rule *rules;
	const size_t *count;
} tables[] = {
	{ bh_dockerfile_rules, &bh_dockerfile_rule_count },
	{ bh_host_rules, &bh_host_rule_count },
	{ bh_spec_rules, &bh_spec_rule_count },
	{ bh_pss_rules, &bh_pss_rule_count },
	{ bh_image_rules, &bh_image_rule_count },
	{ bh_vuln_rules, &bh_vuln_rule_count },
};

size_t bh_rule_count(void)
{
	size_t n = 0;
	for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
		n += *tables[t].count;
	return n;
}

const bh_rule *bh_rule_at(size_t i)
{
	for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
		if (i < *tables[t].count)
			return &tables[t].rules[i];
		i -= *tables[t].count;
	}
	return NULL;
}

const bh_rule *bh_rule_find(const char *id)
{
	/* Called for every finding: walk the tables directly, and let the first
	 * two characters (case folded with |0x20, which never separates two
	 * characters strcasecmp calls equal) skip the rules of other domains. */
	if (!id[0])
		return NULL;
	unsigned char c0 = (unsigned char)id[0] | 0x20, c1 = (unsigned char)id[1] | 0x20;
	for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
		for (size_t i = 0; i < *tables[t].count; i++) {
			const char *r = tables[t].rules[i].id;
			if (r[0] && ((unsigned char)r[0] | 0x20) == c0 && ((unsigned char)r[1] | 0x20) == c1 &&
			    strcasecmp(r, id) == 0)
				return &tables[t].rules[i];
		}
	}
	return NULL;
}

const char *bh_rule_help_uri_base(void)
{
#ifdef BULKHEAD_DOCDIR
	return "file://" BULKHEAD_DOCDIR "/rules.md#";
#else
	return "file:///usr/local/share/doc/bulkhead/rules.md#";
#endif
}
