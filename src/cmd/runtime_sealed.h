/* Where `runtime create`, `run` and `exec` continue: a program that runs from
 * a sealed memfd, so that nothing in a container can reach (and overwrite) a
 * host binary through /proc/PID/exe (CVE-2019-5736). */
#ifndef BH_CMD_RUNTIME_SEALED_H
#define BH_CMD_RUNTIME_SEALED_H

/* Returns 0 when this process already runs from a sealed memfd; otherwise
 * executes the sealed program with argv and returns -1 (errno set) only if
 * that failed. */
int runtime_enter_sealed(char **argv);

#endif
