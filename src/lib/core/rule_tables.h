/* The per-domain rule tables the registry is assembled from. */
#ifndef BH_RULE_TABLES_H
#define BH_RULE_TABLES_H

#include "core/rule.h"

extern const bh_rule bh_dockerfile_rules[];
extern const size_t bh_dockerfile_rule_count;
extern const bh_rule bh_host_rules[];
extern const size_t bh_host_rule_count;
extern const bh_rule bh_spec_rules[];
extern const size_t bh_spec_rule_count;
extern const bh_rule bh_pss_rules[];
extern const size_t bh_pss_rule_count;
extern const bh_rule bh_image_rules[];
extern const size_t bh_image_rule_count;
extern const bh_rule bh_vuln_rules[];
extern const size_t bh_vuln_rule_count;

#endif
