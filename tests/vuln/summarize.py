#!/usr/bin/env python3
"""Prints one line per match of a `bulkhead vuln --format json` report:
package installed-version id status fixed-version severity [aliases]."""
import json
import sys

report = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
for v in report["vulnerabilities"]:
    print(v["package"], v["installed_version"], v["id"], v["status"], v["fixed_version"] or "-",
          v["severity"], ",".join(v["aliases"]) or "-")
