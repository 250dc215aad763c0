#!/bin/sh
# Data-driven rule tests; the format of a case is described in run-cases.py.
# Usage: run-cases.sh BULKHEAD CASE_DIR [COMMAND]   (COMMAND defaults to lint)
exec python3 "$(dirname "$0")/run-cases.py" "$@"
