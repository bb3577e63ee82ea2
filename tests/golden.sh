#!/bin/sh
# Golden tests: runs planlint over corpus/ and tests/bad/, comparing the
# output exactly with the expected files.  Usage: tests/golden.sh BIN
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

# Extraction, one expected JSON per corpus document.
for doc in corpus/*.txt; do
	name=$(basename "$doc" .txt)
	exp=tests/golden/$name.extract.json
	[ -f "$exp" ] || [ "${UPDATE:-0}" = 1 ] || { echo "FAIL: $exp missing"; fail=$((fail + 1)); continue; }
	"$BIN" extract --format json "$doc" >"$tmp/out" 2>"$tmp/err"
	compare "extract $name" "$exp" "$tmp/out"
done

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
