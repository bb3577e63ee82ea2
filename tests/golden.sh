#!/bin/sh
# Golden tests: runs planlint over corpus/ and tests/bad/, comparing the
# output exactly with the expected files:
#   corpus/<doc>.extract.json   planlint extract --format json <doc>
#   corpus/<doc>.check.json     planlint check --format json <doc>
#   corpus/corpus.check.json    planlint check --format json corpus/
#                               (the cross-document rules over the set)
#   corpus/corpus.targets.json  planlint targets --format json corpus/
#   tests/bad/<case>.err        exit status and stderr of a bad input
# Usage: tests/golden.sh BIN
# With UPDATE=1 it rewrites the expected files (read the diff after!).
set -u
BIN=${1:-build/planlint}
cd "$(dirname "$0")/.." || exit 2
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

compare() {	# name expected actual
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$3" "$2"
	fi
	if cmp -s "$2" "$3"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $1"
		diff -u "$2" "$3" | head -40
	fi
}

golden() {	# name expected command...
	name=$1 exp=$2
	shift 2
	if [ ! -f "$exp" ] && [ "${UPDATE:-0}" != 1 ]; then
		echo "FAIL: $exp missing"
		fail=$((fail + 1))
		return
	fi
	"$@" >"$tmp/out" 2>"$tmp/err"
	code=$?
	# check exits 1 when it finds something; anything else is a failure.
	if [ "$code" -gt 1 ]; then
		echo "FAIL: $name exited $code"
		cat "$tmp/err"
		fail=$((fail + 1))
		return
	fi
	compare "$name" "$exp" "$tmp/out"
}

for doc in corpus/*.txt; do
	base=${doc%.txt}
	golden "extract $doc" "$base.extract.json" "$BIN" extract --format json "$doc"
	golden "check $doc" "$base.check.json" "$BIN" check --no-config --format json "$doc"
done
golden "check corpus/" corpus/corpus.check.json "$BIN" check --no-config --format json corpus/
golden "targets corpus/" corpus/corpus.targets.json "$BIN" targets --format json corpus/

# Bad inputs: expected stderr and exit code in <case>.err ("exit N" first).
for input in tests/bad/*; do
	case "$input" in *.err) continue ;; esac
	[ -e "$input" ] || continue
	exp="${input%.*}.err"
	[ "$input" = "$exp" ] && exp="$input.err"
	"$BIN" extract --format json "$input" >/dev/null 2>"$tmp/stderr"
	code=$?
	{ echo "exit $code"; cat "$tmp/stderr"; } >"$tmp/out"
	compare "bad $(basename "$input")" "$exp" "$tmp/out"
done

echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
