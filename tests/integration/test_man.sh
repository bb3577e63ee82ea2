#!/bin/sh
# test_man.sh: docs/planlint.1 keeps up with the program: every command of
# `planlint --help` has an entry, every option of every command's usage is
# described, and the exit statuses are listed.  Needs mandoc or man.
. "$(dirname "$0")/lib.sh"

page=$PL_ROOT/docs/planlint.1
if command -v mandoc >/dev/null 2>&1; then
	mandoc -T ascii "$page" | col -b >"$tmp/man.txt"
elif command -v man >/dev/null 2>&1; then
	MANWIDTH=100 man -l "$page" 2>/dev/null | col -b >"$tmp/man.txt"
else
	skip "neither mandoc nor man is installed"
	finish
fi
check "the page renders" grep -q '^NAME' "$tmp/man.txt"

cmds=$("$PL_BIN" --help | awk '/^commands:/ { on = 1; next } on && NF { print $1 }')
for c in $cmds; do
	# An entry of COMMANDS is "     check [options] path ..." at the left.
	check "command '$c' has an entry in COMMANDS" \
	    grep -qE "^ {5}$c( |\$)" "$tmp/man.txt"
	for o in $("$PL_BIN" "$c" --help | grep -oE -- '(^|[^a-zA-Z-])--?[a-zA-Z][a-zA-Z-]*' |
	    sed -E 's/^[^-]*//' | sort -u); do
		check "option $o of '$c' is in the page" \
		    grep -qE -- "(^|[^a-zA-Z-])$o([^a-zA-Z-]|\$)" "$tmp/man.txt"
	done
done
sed -n '/^EXIT STATUS/,/^[A-Z]/p' "$tmp/man.txt" >"$tmp/exit.txt"
for s in 0 1 2; do
	check "exit status $s is described" grep -qE "^ +${s}[[:space:]]+[A-Z]" "$tmp/exit.txt"
done
check "FILES names the rule packs" grep -q 'share/planlint/rules' "$tmp/man.txt"
finish
