#include "dockerfile/ast.h"

#include <string.h>

static const char *const kind_names[] = {
	[DF_UNKNOWN] = "UNKNOWN", [DF_FROM] = "FROM", [DF_RUN] = "RUN", [DF_CMD] = "CMD",
	[DF_LABEL] = "LABEL", [DF_MAINTAINER] = "MAINTAINER", [DF_EXPOSE] = "EXPOSE",
	[DF_ENV] = "ENV", [DF_ADD] = "ADD", [DF_COPY] = "COPY", [DF_ENTRYPOINT] = "ENTRYPOINT",
	[DF_VOLUME] = "VOLUME", [DF_USER] = "USER", [DF_WORKDIR] = "WORKDIR", [DF_ARG] = "ARG",
	[DF_ONBUILD] = "ONBUILD", [DF_STOPSIGNAL] = "STOPSIGNAL", [DF_HEALTHCHECK] = "HEALTHCHECK",
	[DF_SHELL] = "SHELL",
};

const char *df_kind_name(df_kind k)
{
	if ((unsigned)k >= sizeof kind_names / sizeof kind_names[0])
		return "UNKNOWN";
	return kind_names[k];
}

df_pos df_pos_at(const df_instr *in, size_t off)
{
	df_pos p = in->pos;
	for (size_t i = 0; i < in->nsegs; i++) {
		if (in->segs[i].off > off)
			break;
		p.line = in->segs[i].line;
		p.col = in->segs[i].col + (int)(off - in->segs[i].off);
	}
	return p;
}

const df_flag *df_flag_get(const df_instr *in, const char *name)
{
	const df_flag *found = NULL;
	for (size_t i = 0; i < in->nflags; i++)
		if (!strcmp(in->flags[i].name, name))
			found = &in->flags[i];
	return found;
}
