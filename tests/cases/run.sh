#!/bin/sh
# run.sh BIN: runs `BIN check` on every tests/cases/<rule-id>/<case>.txt and
# compares the finding lines of that rule with <case>.expect (an empty
# .expect: the rule must stay silent).  Prints the differences; exits 1 when
# a case differs.  Run from anywhere; paths in the output are the case's
# file name.
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")" && pwd)
fail=0 n=0
for dir in "$root"/*/; do
	rule=$(basename "$dir")
	for txt in "$dir"*.txt; do
		[ -f "$txt" ] || continue
		case=$(basename "$txt" .txt)
		n=$((n + 1))
		got=$(cd "$dir" && "$bin" check --color never --fail-on never \
		    "$case.txt" 2>&1 | grep -F "[$rule]")
		want=$(cat "$dir$case.expect" 2>/dev/null)
		if [ "$got" != "$want" ]; then
			echo "FAIL $rule/$case"
			printf '%s\n' "$want" >/tmp/planlint-case-want.$$
			printf '%s\n' "$got" >/tmp/planlint-case-got.$$
			diff -u /tmp/planlint-case-want.$$ /tmp/planlint-case-got.$$ |
			    tail -n +3
			fail=1
		fi
	done
done
rm -f /tmp/planlint-case-want.$$ /tmp/planlint-case-got.$$
echo "cases: $n run, $([ $fail = 0 ] && echo all pass || echo some fail)"
exit $fail
