#!/bin/sh
# test_precommit.sh: the hook of .pre-commit-hooks.yaml.  Its files/exclude
# patterns pick the plans of a repository and not its README; its entry with
# those files as arguments (as pre-commit passes them) checks them.  When
# pre-commit is installed, the real framework runs the hook too.
. "$(dirname "$0")/lib.sh"

hooks=$PL_ROOT/.pre-commit-hooks.yaml
get() { "$PL_PARSE" yaml "$hooks" "$1" | tr -d '\0'; }
mkdir -p "$tmp/bin"
ln -s "$PL_BIN" "$tmp/bin/planlint"
PATH=$tmp/bin:$PATH
export PATH

check "the hook's id is planlint" test "$(get id)" = planlint
check "language system: planlint comes from PATH" test "$(get language)" = system
check "pass_filenames is true" test "$(get pass_filenames)" = true
check "the entry is planlint check" test "$(get entry)" = "planlint check"

# The patterns are Python regular expressions, written so that ERE reads
# them the same way.
files=$(get files) exclude=$(get exclude)
make_repo "$tmp/repo"
cd "$tmp/repo" || exit 2
mkdir -p docs
: >plan.docx; : >scan.pdf; : >notes.png; : >docs/CHANGELOG.md; : >LICENSE.txt
git ls-files --others --cached | grep -E "$files" | grep -vE "$exclude" |
    LC_ALL=C sort >"$tmp/picked"
printf '%s\n' plan.docx plans/2026/ke-hoach-tuyen-truyen.txt \
    plans/ke-hoach-dang-uy.txt plans/ke-hoach-158.txt scan.pdf |
    LC_ALL=C sort >"$tmp/want"
check "files/exclude pick plans (.txt .md .docx .pdf), not README, LICENSE, CHANGELOG" \
    diff -u "$tmp/want" "$tmp/picked"

rm -f plan.docx scan.pdf
# shellcheck disable=SC2046	# the entry is a command and its arguments
$(get entry) $(git ls-files | grep -E "$files" | grep -vE "$exclude") \
    >"$tmp/out" 2>&1
rc=$?
check "the entry on the staged plans reports findings (exit $rc)" sh -c "
    [ $rc -eq 1 ] && grep -q '^plans/ke-hoach-158.txt:' '$tmp/out'"

if command -v pre-commit >/dev/null 2>&1 && command -v git >/dev/null 2>&1; then
	PRE_COMMIT_HOME=$tmp/pre-commit-home
	export PRE_COMMIT_HOME
	check "pre-commit validate-manifest" pre-commit validate-manifest "$hooks"
	# try-repo needs the manifest committed: a repository of just that.
	mkdir "$tmp/hookrepo"
	cp "$hooks" "$tmp/hookrepo/"
	(cd "$tmp/hookrepo" && git init -q 2>/dev/null && git add . &&
	    git -c user.name=t -c user.email=t@example.org commit -qm hook)
	pre-commit try-repo "$tmp/hookrepo" planlint --all-files >"$tmp/pc" 2>&1
	rc=$?
	check "pre-commit try-repo runs planlint on the plans and fails on errors (exit $rc)" \
	    sh -c "[ $rc -eq 1 ] && grep -q 'plans/ke-hoach-158.txt:' '$tmp/pc' &&
	    ! grep -q 'README.md:' '$tmp/pc'"
	echo 'Kế hoạch này đã sửa.' >README.md
	git add README.md
	pre-commit try-repo "$tmp/hookrepo" planlint >"$tmp/pc" 2>&1
	rc=$?
	check "a commit that touches no plan does not run planlint (exit $rc)" \
	    sh -c "[ $rc -eq 0 ] && grep -q 'no files to check' '$tmp/pc'"
else
	skip "pre-commit is not installed (apt-get install pre-commit)"
fi
finish
