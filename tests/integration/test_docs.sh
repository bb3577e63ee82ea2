#!/bin/sh
# test_docs.sh: the docs' commands work as written.  In a fresh repository
# of plans it runs the shell blocks of the user guides in docs/, the `run:`/`script:`
# commands of the CI examples in docs/examples/ and in the docs' YAML
# blocks, and the EXAMPLES of the man page; checks that every YAML file
# parses, that the docs show the example files verbatim, that the reports
# the CI files upload are the files planlint wrote (and parse), that a
# .planlint.yaml shown in a guide is accepted, and that the pre-commit
# snippet names the hook of .pre-commit-hooks.yaml.  Steps that
# install planlint (make -C ... install, apt-get, git clone) are left to
# test_install.sh; uploads are not run.
. "$(dirname "$0")/lib.sh"

docs=$PL_ROOT/docs
ex=$docs/examples
mkdir -p "$tmp/bin"
ln -s "$PL_BIN" "$tmp/bin/planlint"
PATH=$tmp/bin:$PATH
export PATH

# A planlint that fails the script only on exit 2 (findings are expected).
wrapper='planlint() { rc=0; command planlint "$@" || rc=$?
    [ $rc -le 1 ] || { echo "planlint $*: exit $rc" >&2; exit 99; }; }'

# Commands that install planlint rather than use it.
installs() { grep -Eq 'make -C|apt-get|git clone|<your' "$1"; }

# run_script WHAT FILE DIR: runs FILE with sh -e in DIR, planlint wrapped.
run_script() {
	{ echo "set -e"; echo "$wrapper"; cat "$2"; } >"$2.sh"
	check "$1" sh -c "cd '$3' && sh '$2.sh'"
}

# values FILE KEY DIR: writes each value of KEY in FILE to DIR/1, DIR/2 ...
values() {
	rm -rf "$3"
	mkdir -p "$3"
	"$PL_PARSE" yaml "$1" "$2" | (cd "$3" && awk 'BEGIN { RS = "\0" }
	    { f = NR; printf "%s\n", $0 > f; close(f) }')
}

# run_values WHAT FILE KEY DIR: runs the commands of KEY in FILE in DIR.
run_values() {
	values "$2" "$3" "$tmp/v"
	for v in $(ls "$tmp/v" | sort -n); do
		if installs "$tmp/v/$v"; then
			grep -q 'install' "$tmp/v/$v" && ok "$1: $3 #$v installs planlint (test_install.sh)"
			continue
		fi
		run_script "$1: $3 #$v: $(head -n 1 "$tmp/v/$v")" "$tmp/v/$v" "$4"
	done
}

# blocks MD DIR: the fenced blocks of MD as DIR/<n>.<lang>, unindented.
blocks() {
	rm -rf "$2"
	mkdir -p "$2"
	awk -v dir="$2" '
	    !open && /^ *```[a-z]*$/ {
		open = 1; n++; ind = index($0, "`") - 1
		lang = substr($0, ind + 4); if (lang == "") lang = "txt"
		f = dir "/" n "." lang; printf "" > f; next }
	    open && /^ *```$/ { open = 0; close(f); next }
	    open { for (i = 0; i < ind && substr($0, 1, 1) == " "; i++)
		    $0 = substr($0, 2)
		print > f }' "$1"
}

# ---- YAML parses ----
for y in "$PL_ROOT/.pre-commit-hooks.yaml" "$ex"/*.yml; do
	check "YAML parses: ${y#"$PL_ROOT"/}" "$PL_PARSE" yaml "$y"
done

# ---- The docs show the example files as they are ----
for pair in ci-github.md:github-workflow.yml ci-gitlab.md:gitlab-ci.yml; do
	md=${pair%%:*} yml=${pair#*:}
	blocks "$docs/$md" "$tmp/b"
	found=no
	for b in "$tmp"/b/*.yaml; do
		cmp -s "$b" "$ex/$yml" && found=yes
	done
	check "docs/$md shows docs/examples/$yml verbatim" test $found = yes
done

# ---- GitHub Actions: the commands, then the uploaded file ----
make_repo "$tmp/gh"
wf=$ex/github-workflow.yml
run_values "github-workflow.yml" "$wf" run "$tmp/gh"
sarif=$("$PL_PARSE" yaml "$wf" sarif_file | tr -d '\0')
check "upload-sarif is used" grep -q 'uses: github/codeql-action/upload-sarif@' "$wf"
check "the job may write code scanning results" grep -q 'security-events: write' "$wf"
check "sarif_file ($sarif) is the file planlint wrote" test -s "$tmp/gh/$sarif"
check "$sarif parses as JSON" "$PL_PARSE" json "$tmp/gh/$sarif"
check "$sarif is SARIF 2.1.0 with repository-relative paths" sh -c "
    grep -q '\"version\": \"2.1.0\"' '$tmp/gh/$sarif' &&
    grep -q '\"uri\": \"plans/2026/ke-hoach-tuyen-truyen.txt\"' '$tmp/gh/$sarif'"
# The validator is installed by `make check-sarif`; use it when it can run.
"$PL_ROOT/tests/sarif-validate.sh" "$tmp/gh/$sarif" >"$tmp/val" 2>&1
case $? in
0) ok "$sarif passes the SARIF multitool" ;;
2) skip "SARIF multitool not available: $(tail -n 1 "$tmp/val")" ;;
*) fail "$sarif passes the SARIF multitool"; sed 's/^/    /' "$tmp/val" ;;
esac

# ---- GitLab CI: the commands, then the declared reports ----
make_repo "$tmp/gl"
gl=$ex/gitlab-ci.yml
run_values "gitlab-ci.yml" "$gl" before_script "$tmp/gl"
run_values "gitlab-ci.yml" "$gl" script "$tmp/gl"
cq=$("$PL_PARSE" yaml "$gl" codequality | tr -d '\0')
ju=$("$PL_PARSE" yaml "$gl" junit | tr -d '\0')
check "reports:codequality ($cq) is the file planlint wrote" test -s "$tmp/gl/$cq"
check "$cq parses as JSON with check_name and fingerprint" sh -c "
    '$PL_PARSE' json '$tmp/gl/$cq' && grep -q '\"check_name\"' '$tmp/gl/$cq' &&
    grep -q '\"fingerprint\"' '$tmp/gl/$cq'"
check "reports:junit ($ju) is the file planlint wrote" test -s "$tmp/gl/$ju"
check "$ju parses as XML with test cases" sh -c "
    '$PL_PARSE' xml '$tmp/gl/$ju' && grep -q '<testcase ' '$tmp/gl/$ju'"
check "the reports are kept when the gate fails" sh -c "
    '$PL_PARSE' yaml '$gl' when | tr '\0' '\n' | grep -qx always"

# ---- The guides: shell blocks run, YAML blocks parse and their commands run ----
for md in "$docs"/getting-started.md "$docs"/ci-github.md "$docs"/ci-gitlab.md; do
	name=$(basename "$md")
	make_repo "$tmp/md"
	blocks "$md" "$tmp/b"
	for b in $(ls "$tmp/b" | sort -n); do
		f=$tmp/b/$b
		case $b in
		*.sh)
			sed -i "s|path/to/planlint|$PL_ROOT|g" "$f"
			if installs "$f"; then
				ok "$name block $b installs planlint (test_install.sh)"
			else
				run_script "$name block $b: $(head -n 1 "$f")" "$f" "$tmp/md"
			fi
			;;
		*.yaml)
			check "$name block $b parses" "$PL_PARSE" yaml "$f"
			# A .planlint.yaml shown in the guide: planlint takes it.
			if grep -q '^fail_on:' "$f"; then
				cp "$f" "$tmp/md/.planlint.yaml"
				echo "planlint check plans/" >"$f.run"
				run_script "$name block $b is a valid .planlint.yaml" \
				    "$f.run" "$tmp/md"
			fi
			run_values "$name block $b" "$f" run "$tmp/md"
			run_values "$name block $b" "$f" script "$tmp/md"
			;;
		esac
	done
done
# The pre-commit snippet of getting-started.md uses the hook's id.
blocks "$docs/getting-started.md" "$tmp/b"
hook=$("$PL_PARSE" yaml "$PL_ROOT/.pre-commit-hooks.yaml" id | tr -d '\0')
check "getting-started.md's .pre-commit-config.yaml uses hook id '$hook'" sh -c "
    cat '$tmp'/b/*.yaml | grep -q 'id: $hook\$'"

# ---- The man page's EXAMPLES ----
make_repo "$tmp/man"
mkdir -p "$tmp/man/quy-tac"
printf 'rules:\n  - id: deadline.recurring\n    enabled: false\n' \
    >"$tmp/man/quy-tac/local.yaml"
sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' "$docs/planlint.1" |
    sed -n 's/^\(\.Dl \)\{0,1\}\$ \(planlint .*\)/\2/p; /^    /p' |
    sed 's/\\-/-/g; s/\\e$/\\/' >"$tmp/man.sh"
check "the man page has examples" grep -q '^planlint check' "$tmp/man.sh"
run_script "planlint.1 EXAMPLES run" "$tmp/man.sh" "$tmp/man"
finish
