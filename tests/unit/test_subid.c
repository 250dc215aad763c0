/* The /etc/subuid parser of rootless `bulkhead run`: which line wins, what is malformed. */
#include <string.h>

#include "check.h"
#include "runtime/subid.h"

static bool find(const char *text, const char *name, unsigned id, rt_subid_result *r)
{
	return rt_subid_find(text, strlen(text), name, id, r);
}

int main(void)
{
	rt_subid_result r;
	/* by name, first match wins */
	CHECK(find("dockremap:100000:65536\nalice:200000:65536\nalice:300000:10\n", "alice", 1000, &r));
	CHECK_INT(r.start, 200000);
	CHECK_INT(r.count, 65536);
	CHECK_INT(r.nbad, 0);
	/* by uid, and no trailing newline */
	CHECK(find("1000:5:7", "alice", 1000, &r));
	CHECK_INT(r.start, 5);
	CHECK_INT(r.count, 7);
	/* no name: only the uid matches; another user's line does not */
	CHECK(!find("alice:1:1\n", NULL, 1000, &r));
	CHECK(!find("bob:1:1\n", "alice", 1000, &r));
	CHECK(!find("", "alice", 1000, &r));
	/* malformed lines are counted with the first line number, and skipped */
	CHECK(find("#comment\n\nalice:x:1\nalice:1:0\nalice:-1:5\nalice:4294967295:2\nalice :1:1\n:1:1\nalice:1:2:3\n"
		   "alice:4294967295:1\n",
		   "alice", 1000, &r));
	CHECK_INT(r.nbad, 7);
	CHECK_INT(r.first_bad, 3);
	CHECK_INT(r.start, 4294967295u);
	CHECK_INT(r.count, 1);
	CHECK(!find("alice:99999999999999999999:1\n", "alice", 1000, &r));
	CHECK_INT(r.nbad, 1);
	return check_summary();
}
