/* File facts for the benchmark: permission masks, owners, paths inside a
 * --root-dir tree, systemd units, and audit rules. */
#ifndef BH_HOST_FILES_H
#define BH_HOST_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

/* CIS asks for modes "NNN or more restrictive": a mode passes when it sets no
 * bit outside the allowed mask. Modes are bit sets, not numbers, so 0606 is
 * NOT within 0644 even though 606 < 644 (it grants others write). setuid,
 * setgid and sticky bits are outside every mask CIS names. */
bool bh_mode_within(mode_t mode, mode_t allowed);
/* The offending bits (mode & ~allowed & 07777). */
mode_t bh_mode_excess(mode_t mode, mode_t allowed);
/* Parses an octal mode such as "644" or "0644"; false on anything else. */
bool bh_mode_parse(const char *s, mode_t *out);

/* Resolves path (absolute, as on the audited host) under root (""=/) without
 * ever leaving root: symlinks are followed by hand, absolute targets are
 * re-rooted, ".." stops at root. Returns a malloc'd real path or NULL with
 * errno set (ENOENT when missing, ELOOP after 40 links). */
char *bh_root_resolve(const char *root, const char *path);

/* Looks a group up in root/etc/group. Returns false when absent. The member
 * list is malloc'd, NULL-terminated. */
bool bh_group_lookup(const char *root, const char *name, gid_t *gid, char ***members);
/* Users whose primary group is gid in root/etc/passwd (malloc'd, NULL-terminated). */
char **bh_users_with_gid(const char *root, gid_t gid);
/* uid/gid names from root/etc/passwd and root/etc/group ("1000" when unknown). */
char *bh_user_name(const char *root, uid_t uid);
char *bh_group_name(const char *root, gid_t gid);
/* Is id in one of the subordinate ranges root/etc/subuid or /etc/subgid
 * (file) gives user (by name or uid)? */
bool bh_subid_owned(const char *root, const char *file, const char *user, uid_t uid, unsigned long id);
/* The home directory of uid in root/etc/passwd (malloc'd), or NULL. */
char *bh_user_home(const char *root, uid_t uid);
void bh_strv_free(char **v);

/* The unit file of a systemd unit (docker.service): `systemctl show` when
 * systemd runs and root is the real host, else the first match in the unit
 * search path (/etc/systemd/system, /run/systemd/system,
 * /usr/local/lib/systemd/system, /usr/lib/systemd/system,
 * /lib/systemd/system). Returns the host path (without root), or NULL. */
char *bh_systemd_unit_path(const char *root, const char *unit);

/* The first of the usual binary directories holding name, as a host path. */
char *bh_find_binary(const char *root, const char *name);

/* Audit rules: -w PATH [-p PERMS] and -a always,exit ... -F path=PATH|dir=PATH
 * [-F perm=PERMS]. */
typedef struct bh_audit_rule {
	char *path;
	bool dir;         /* covers paths below it too (-w, -F dir=) */
	char perms[8];    /* "rwxa" when not restricted */
	char *origin;     /* file:line or "auditctl -l" */
} bh_audit_rule;

typedef struct bh_audit_rules {
	bh_audit_rule *items;
	size_t n, alloc;
	char **sources;   /* where rules were read from */
	size_t nsources, sources_alloc;
	char *denied;     /* rules this process may not read, or NULL */
} bh_audit_rules;

/* Parses one rule line; false when it is not a watch on a path (comments,
 * control lines, syscall rules without a path, -a never). */
bool bh_audit_parse_line(const char *line, bh_audit_rule *out);
/* root/etc/audit/rules.d/ *.rules, root/etc/audit/audit.rules and, on the
 * real host, `auditctl -l` when it is installed. */
void bh_audit_load(bh_audit_rules *r, const char *root);
void bh_audit_release(bh_audit_rules *r);
/* The rule that audits writes and attribute changes of path, or NULL. When
 * only a weaker rule exists (e.g. -p r), *partial is set to it. */
const bh_audit_rule *bh_audit_covering(const bh_audit_rules *r, const char *path,
				       const bh_audit_rule **partial);

#endif
