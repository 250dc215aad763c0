/* Subcommands: each parses its own arguments and wires the library together. */
#ifndef BH_CMD_H
#define BH_CMD_H

int cmd_lint(int argc, char **argv);
int cmd_bench(int argc, char **argv);
int cmd_config(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_runtime(int argc, char **argv);
int cmd_version(int argc, char **argv);
int cmd_audit(int argc, char **argv);
int cmd_sbom(int argc, char **argv);
int cmd_scan(int argc, char **argv);
int cmd_db(int argc, char **argv);
int cmd_vuln(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_spec(int argc, char **argv);

#endif
