/* Containers running on a Docker daemon, checked as they really run.
 *
 * The daemon's own answer to GET /containers/{id}/json is docker inspect
 * output, so it goes through the inspect loader and the same rules as a
 * saved `docker inspect` file. Findings are located at docker://NAME (the
 * container name without its leading slash) with no line: there is no file
 * to point into. */
#ifndef BH_SPEC_LIVE_H
#define BH_SPEC_LIVE_H

#include "core/finding.h"
#include "core/policy.h"

#define CS_LIVE_SCHEME "docker://"
#define CS_LIVE_MAX_CONTAINERS 10000 /* refuse a list longer than this */

/* Lists the running containers of the daemon at host (NULL: $DOCKER_HOST,
 * then unix:///var/run/docker.sock), inspects and checks each one. A daemon
 * that cannot be reached or answers something unexpected is an input error
 * in out naming the socket. Returns the number of containers checked, or -1. */
int cs_check_docker(const char *host, const bh_policy *policy, bh_findings *out);

#endif
