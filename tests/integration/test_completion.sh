#!/bin/sh
# test_completion.sh: completion/planlint.bash offers every command of
# `planlint --help`, every option of each command's usage, the values of
# enumerated options, the rule ids for `explain`, and files for paths.
. "$(dirname "$0")/lib.sh"

command -v bash >/dev/null 2>&1 || { skip "bash is not installed"; finish; }
mkdir -p "$tmp/bin"
ln -s "$PL_BIN" "$tmp/bin/planlint"
PATH=$tmp/bin:$PATH
export PATH

# complete WORD... : the sorted candidates when the last WORD is being typed.
complete_words() {
	bash -c '. "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
	    _planlint planlint; printf "%s\n" "${COMPREPLY[@]}"' \
	    "$PL_ROOT/completion/planlint.bash" "$@" | LC_ALL=C sort -u
}
# expect "what" "want (space-separated)" WORD...
expect() {
	what=$1 want=$2
	shift 2
	printf '%s\n' $want | LC_ALL=C sort -u >"$tmp/want"
	complete_words "$@" >"$tmp/got"
	check "$what" diff -u "$tmp/want" "$tmp/got"
}
# contains "what" "words" WORD...: each of words is among the candidates.
contains() {
	what=$1 want=$2
	shift 2
	complete_words "$@" >"$tmp/got"
	missing=""
	for w in $want; do
		grep -qxF -- "$w" "$tmp/got" || missing="$missing $w"
	done
	check "$what" sh -c "[ -z '$missing' ] || { echo 'missing:$missing'; exit 1; }"
}

cmds=$(planlint --help | awk '/^commands:/ { on = 1; next } on && NF { print $1 }')
check "planlint --help lists commands" test -n "$cmds"
expect "planlint <TAB>: every command" "$cmds" planlint ""
expect "planlint ch<TAB>" "check" planlint ch
for c in $cmds; do
	opts=$(planlint "$c" --help | grep -oE -- '(^|[^a-zA-Z-])--[a-zA-Z][a-zA-Z-]*' |
	    sed -E 's/^[^-]*//' | sort -u | tr '\n' ' ')
	contains "planlint $c --<TAB>: every option of its usage" "$opts --help" \
	    planlint "$c" --
done
expect "check --format <TAB>" "text json sarif github gitlab junit" \
    planlint check --format ""
expect "check --format=sa<TAB> (bash splits at =)" "sarif" \
    planlint check --format = sa
expect "check -f <TAB> as --format" "text json sarif github gitlab junit" \
    planlint check -f ""
expect "check --fail-on <TAB>" "error warning info never" \
    planlint check --fail-on ""
expect "check --lang <TAB>" "vi en" planlint check --lang ""
expect "rules --format <TAB>" "text json" planlint rules --format ""
expect "check --as-of <TAB>: a date, nothing to offer" "" \
    planlint check --as-of ""

ids=$(planlint rules | awk '{ print $1 }')
expect "explain <TAB>: every rule id" "$ids" planlint explain ""
expect "explain task.missing-l<TAB>" "task.missing-lead" \
    planlint explain task.missing-l
# A pack of one's own given on the line is listed too.
mkdir -p "$tmp/packs"
cat >"$tmp/packs/own.yaml" <<'YAML'
rules:
  - id: own.example
    severity: info
    kind: pattern
    params: {field: text, patterns: ['xyz']}
    message: {vi: "x"}
YAML
contains "explain --rules DIR <TAB> includes that pack's rules" "own.example" \
    planlint explain --rules "$tmp/packs" own

mkdir -p "$tmp/repo/plans/2026"
: >"$tmp/repo/plans/ke-hoach.txt"
cd "$tmp/repo" || exit 2
expect "check pl<TAB>: paths" "plans" planlint check pl
expect "check plans/ke<TAB>" "plans/ke-hoach.txt" planlint check plans/ke
expect "check --rules <TAB>: directories" "plans" planlint check --rules ""
if planlint init --help >/dev/null 2>&1; then
	expect "init <TAB>: directories" "plans" planlint init ""
fi
if planlint check --help | grep -q -- '--config FILE'; then
	expect "check --config <TAB>: files" "plans" planlint check --config ""
fi
if planlint check --help | grep -q -- '--changed-since REV'; then
	git init -q -b main . && git -c user.name=t -c user.email=t@example.org \
	    commit -q --allow-empty -m empty && git branch topic
	expect "check --changed-since <TAB>: branches" "HEAD main topic" \
	    planlint check --changed-since ""
fi
finish
