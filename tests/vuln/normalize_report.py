#!/usr/bin/env python3
"""normalize_report.py REPORT: prints a bulkhead JSON report without
tool.version, one finding or vulnerability per line, so that a difference
in a test shows as a readable diff of the entries that changed."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    report = json.load(f)
report["tool"].pop("version", None)
for key, value in report.items():
    if isinstance(value, list):
        print(json.dumps(key) + ": [")
        for item in value:
            print("  " + json.dumps(item, ensure_ascii=False))
        print("]")
    else:
        print(json.dumps(key) + ": " + json.dumps(value, ensure_ascii=False))
