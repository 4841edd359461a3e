#!/usr/bin/env bash
# Quick start, step 1: install dependencies if missing, build, and lint a
# sample collection message (the seed article's failing example).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
santun_setup
sample="$SANTUN_ROOT/corpus/samples/seed-failing.txt"
echo
echo "\$ santun check corpus/samples/seed-failing.txt"
cd "$SANTUN_ROOT"
set +e
"$SANTUN_BUILD/santun" check "corpus/samples/seed-failing.txt"
status=$?
set -e
echo "(exit code $status: 1 means the message must not be sent as written)"
[ "$status" -le 1 ]
