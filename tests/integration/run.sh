#!/bin/sh
# run.sh: the integration tests: every tests/integration/test_*.sh, run
# with the planlint of a build directory.  Usage: run.sh [BUILD]
# (BUILD holds planlint and pl-parse: `make check-integration` builds both).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-build}" && pwd) || exit 2
PL_ROOT=$root PL_BUILD=$build PL_BIN=$build/planlint PL_PARSE=$build/pl-parse
export PL_ROOT PL_BUILD PL_BIN PL_PARSE
for f in "$PL_BIN" "$PL_PARSE"; do
	[ -x "$f" ] || { echo "run.sh: $f missing (make check-integration)" >&2; exit 2; }
done

pass=0 fail=0 out=$(mktemp)
trap 'rm -f "$out"' EXIT
for t in "$root"/tests/integration/test_*.sh; do
	echo "== $(basename "$t")"
	sh "$t" >"$out" 2>&1
	rc=$?
	cat "$out"
	pass=$((pass + $(grep -c '^ok - ' "$out")))
	fail=$((fail + $(grep -c '^FAIL - ' "$out")))
	if [ $rc -ne 0 ] && ! grep -q '^FAIL - ' "$out"; then
		echo "FAIL - $(basename "$t") exited $rc"
		fail=$((fail + 1))
	fi
done
echo "integration: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
