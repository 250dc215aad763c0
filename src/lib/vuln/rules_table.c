/* The vulnerability matcher's one rule: each finding is one known
 * vulnerability in one installed package; its severity is the
 * vulnerability's, not the rule's. */
#include "core/rule.h"
#include "core/rule_tables.h"

const bh_rule bh_vuln_rules[] = {
	{ "VULN001", "vuln", BH_SEV_HIGH, "Installed package has a known vulnerability",
	  "An installed package version is listed as affected by a published vulnerability (OSV, the Debian Security "
	  "Tracker or Alpine secdb). Attackers scan for exactly these versions; the finding's severity is the "
	  "vulnerability's own (CVSS base score or the distribution's urgency).",
	  "Upgrade the package to the fixed version the finding names (rebuild the image on an updated base). When "
	  "there is no fix, or the vulnerable code cannot be reached, record that decision as a VEX statement "
	  "(--vex) or a policy ignore with a reason and an expiry date.",
	  BH_REFS("trivy:vulnerability") },
};
const size_t bh_vuln_rule_count = sizeof bh_vuln_rules / sizeof bh_vuln_rules[0];
