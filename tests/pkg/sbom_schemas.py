"""The CycloneDX 1.5 and SPDX 2.3 JSON schemas of tests/schemas/ as
validators, for the fixture scripts that check `bulkhead sbom` documents.
The CycloneDX schema refers to the SPDX licence list and JSF schemas by
$id; they are served from the same directory, never fetched."""
import json
import os

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7


def validators(schema_dir):
    """(CycloneDX validator, SPDX validator)."""
    def load(name):
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            return json.load(f)

    cdx = load("bom-1.5.schema.json")
    registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s, default_specification=DRAFT7))
        for s in (cdx, load("spdx.schema.json"), load("jsf-0.82.schema.json")))
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    return (jsonschema.Draft7Validator(cdx, registry=registry, format_checker=checker),
            jsonschema.Draft7Validator(load("spdx-schema-2.3.json"), format_checker=checker))
