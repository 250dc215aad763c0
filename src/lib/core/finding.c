#include "core/finding.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdarg.h>
#include <string.h>

void bh_findings_init(bh_findings *f)
{
	memset(f, 0, sizeof *f);
}

void bh_finding_release(bh_finding *x)
{
	free(x->message);
	free(x->loc.path);
	free(x->object);
	free(x->evidence);
	free(x->remediation);
	free(x->ignore_expired);
}

void bh_findings_release(bh_findings *f)
{
	for (size_t i = 0; i < f->n; i++)
		bh_finding_release(&f->items[i]);
	for (size_t i = 0; i < f->nerrors; i++) {
		free(f->errors[i].path);
		free(f->errors[i].message);
	}
	free(f->items);
	free(f->errors);
	bh_findings_init(f);
}

bh_finding *bh_findings_add(bh_findings *f, const bh_rule *rule, const char *path,
			    int line, int column, const char *fmt, ...)
{
	bh_finding *x = BH_ARRAY_PUSH(f->items, f->n, f->alloc);
	memset(x, 0, sizeof *x);
	x->rule = rule;
	x->severity = rule->severity;
	x->loc.path = path ? bh_strdup(path) : NULL;
	x->loc.line = line;
	x->loc.column = column;
	strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	x->message = strbuf_detach(&sb, NULL);
	return x;
}

void bh_finding_set(char **field, const char *fmt, ...)
{
	strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	free(*field);
	*field = strbuf_detach(&sb, NULL);
}

void bh_findings_error(bh_findings *f, const char *path, int line, int column,
		       const char *fmt, ...)
{
	bh_diag *d = BH_ARRAY_PUSH(f->errors, f->nerrors, f->errors_alloc);
	d->path = path ? bh_strdup(path) : NULL;
	d->line = line;
	d->column = column;
	strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	d->message = strbuf_detach(&sb, NULL);
}

void bh_findings_move(bh_findings *dst, bh_findings *src)
{
	for (size_t i = 0; i < src->n; i++)
		*BH_ARRAY_PUSH(dst->items, dst->n, dst->alloc) = src->items[i];
	for (size_t i = 0; i < src->nerrors; i++)
		*BH_ARRAY_PUSH(dst->errors, dst->nerrors, dst->errors_alloc) = src->errors[i];
	dst->suppressed += src->suppressed;
	free(src->items);
	free(src->errors);
	bh_findings_init(src);
}

void bh_findings_filter(bh_findings *f, bool (*keep)(bh_finding *, void *), void *arg)
{
	size_t w = 0;
	for (size_t i = 0; i < f->n; i++) {
		if (keep(&f->items[i], arg))
			f->items[w++] = f->items[i];
		else
			bh_finding_release(&f->items[i]);
	}
	f->n = w;
}

static int cmp_str(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int cmp_finding(const void *pa, const void *pb)
{
	const bh_finding *a = pa, *b = pb;
	int c = cmp_str(a->loc.path, b->loc.path);
	if (c)
		return c;
	c = cmp_str(a->object, b->object);
	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.column != b->loc.column)
		return a->loc.column < b->loc.column ? -1 : 1;
	c = strcmp(a->rule->id, b->rule->id);
	if (c)
		return c;
	return cmp_str(a->message, b->message);
}

void bh_findings_sort(bh_findings *f)
{
	if (f->n > 1)
		qsort(f->items, f->n, sizeof f->items[0], cmp_finding);
}

bool bh_findings_any_at_or_above(const bh_findings *f, bh_severity threshold)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->items[i].severity >= threshold)
			return true;
	return false;
}
