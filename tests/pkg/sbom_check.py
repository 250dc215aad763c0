#!/usr/bin/env python3
"""Validates a CycloneDX 1.5 and an SPDX 2.3 document written by
`bulkhead sbom` against the schemas in SCHEMA_DIR, checks that both list
the same packages, and prints "name version" of every package of TYPE
(purl type, e.g. deb) in the CycloneDX document, sorted, one per line.

usage: sbom_check.py SCHEMA_DIR CYCLONEDX.json SPDX.json TYPE
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_lib import validators  # noqa: E402

schemas, cdx_path, spdx_path, want_type = sys.argv[1:5]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


cdx_validator, spdx_validator = validators(schemas)
checks = ((cdx_path, cdx_validator), (spdx_path, spdx_validator))
bad = 0
docs = []
for path, validator in checks:
    doc = load(path)
    docs.append(doc)
    for e in list(validator.iter_errors(doc))[:5]:
        print(f"{path}: schema: {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
        bad += 1
cdx, spdx = docs
cdx_purls = [c["purl"] for c in cdx.get("components", []) if "purl" in c]
spdx_purls = [r["referenceLocator"] for p in spdx.get("packages", []) for r in p.get("externalRefs", [])]
if cdx_purls != spdx_purls:
    print("the CycloneDX and SPDX documents list different packages", file=sys.stderr)
    bad += 1
lines = []
for c in cdx.get("components", []):
    props = {p["name"]: p["value"] for p in c.get("properties", [])}
    if props.get("bulkhead:package:type") == want_type:
        lines.append(f"{c['name']} {c.get('version', '')}")
for line in sorted(lines):
    print(line)
sys.exit(1 if bad else 0)
