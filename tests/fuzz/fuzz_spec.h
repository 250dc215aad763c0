/* Shared body of the config-loader fuzz targets (fuzz_spec_*.c): one per
 * input format, each with its own seed corpus and file name.
 *
 * Every input goes through cs_load exactly as `bulkhead config` reads a file
 * (format detection included) and the loaded set through every rule. Then,
 * so that the fuzzer does not have to rediscover the keys format detection
 * looks for, the same tree is handed straight to the target's own loader
 * whenever it has the shape that loader is given after detection (a mapping;
 * for docker inspect also a list; for Kubernetes any document stream).
 * Errors are expected; crashes, leaks, UB, hangs and errors that name no
 * place are bugs. */
#ifndef BH_FUZZ_SPEC_H
#define BH_FUZZ_SPEC_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/finding.h"
#include "core/policy.h"
#include "core/yamldoc.h"
#include "spec/load_int.h"
#include "spec/spec.h"

static void fuzz_spec_check(const cs_set *set, size_t nerrors_before, const bh_findings *errs)
{
	bh_policy pol;
	bh_policy_init(&pol);
	bh_findings out;
	bh_findings_init(&out);
	cs_check(set, &pol, &out);
	for (size_t i = 0; i < out.n; i++)
		if (!out.items[i].rule || !out.items[i].message)
			__builtin_trap(); /* every finding names its rule and says why */
	bh_findings_release(&out);
	bh_policy_release(&pol);
	for (size_t i = nerrors_before; i < errs->nerrors; i++)
		if (!errs->errors[i].path || !errs->errors[i].message || !errs->errors[i].message[0])
			__builtin_trap(); /* every input error names the file and says what is wrong */
}

static int fuzz_spec_one(const char *name, cs_format fmt, const uint8_t *data, size_t size)
{
	bh_findings errs;
	bh_findings_init(&errs);

	cs_set set;
	cs_set_init(&set);
	int rc = cs_load(name, (const char *)data, size, &set, &errs);
	if (rc < -1 || rc > 1 || (rc == -1 && errs.nerrors == 0) || (rc == 1 && set.n != 0))
		__builtin_trap(); /* cs_load's contract (spec/spec.h) */
	fuzz_spec_check(&set, 0, &errs);
	cs_set_release(&set);

	ydoc_set docs;
	yerror yerr;
	memset(&docs, 0, sizeof docs);
	if (ydoc_parse((const char *)data, size, &docs, &yerr) == 0) {
		const ynode *root = NULL;
		for (size_t i = 0; i < docs.ndocs && !root; i++)
			if (!yis_null(docs.docs[i]))
				root = docs.docs[i];
		cs_set_init(&set);
		size_t before = errs.nerrors;
		cs_loader L = { .set = &set, .path = name, .errs = &errs, .interpolate = fmt == CS_FMT_COMPOSE };
		bool loaded = true;
		if (fmt == CS_FMT_K8S)
			cs_load_k8s(&L, &docs);
		else if (fmt == CS_FMT_INSPECT && (yis_map(root) || yis_seq(root)))
			cs_load_inspect(&L, root);
		else if (fmt == CS_FMT_COMPOSE && yis_map(root))
			cs_load_compose(&L, root);
		else if (fmt == CS_FMT_OCI && yis_map(root))
			cs_load_oci(&L, root);
		else
			loaded = false;
		if (loaded)
			fuzz_spec_check(&set, before, &errs);
		cs_set_release(&set);
	}
	ydoc_free(&docs);
	bh_findings_release(&errs);
	return 0;
}

#endif
