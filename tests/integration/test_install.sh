#!/bin/sh
# test_install.sh: `make install` into a temporary prefix and with DESTDIR
# installs the binary, every rule pack, the man page and bash completion;
# the installed binary finds its packs from any directory; a binary without
# them says so; `make uninstall` removes exactly what was installed.
. "$(dirname "$0")/lib.sh"

mk() { make -s -C "$PL_ROOT" BUILD="$PL_BUILD" "$@" >"$tmp/make.log" 2>&1 ||
    { cat "$tmp/make.log"; return 1; }; }
# What install must write, relative to the prefix, sorted.
expected() {
	{
		echo bin/planlint
		for p in "$PL_ROOT"/rules/*.yaml "$PL_ROOT"/rules/README.md; do
			echo "share/planlint/rules/$(basename "$p")"
		done
		echo share/man/man1/planlint.1
		echo share/bash-completion/completions/planlint
	} | LC_ALL=C sort
}
files_under() { (cd "$1" && find . -type f | sed 's|^\./||' | LC_ALL=C sort); }

prefix=$tmp/prefix
other=$tmp/elsewhere
mkdir -p "$prefix/bin" "$prefix/share/man/man1" "$other"
# Files of other software in the same prefix: uninstall must leave them.
echo other >"$prefix/bin/other-tool"
echo other >"$prefix/share/man/man1/other.1"

check "make install PREFIX=$prefix (run from another directory with -C)" \
    sh -c "cd '$other' && make -s -C '$PL_ROOT' BUILD='$PL_BUILD' PREFIX='$prefix' install"
expected >"$tmp/want"
{ echo bin/other-tool; echo share/man/man1/other.1; cat "$tmp/want"; } |
    LC_ALL=C sort >"$tmp/want+other"
files_under "$prefix" >"$tmp/got"
check "installed files are the binary, packs, README, man page, completion" \
    diff -u "$tmp/want+other" "$tmp/got"
check "the binary is executable, the rest is not" sh -c "
    [ -x '$prefix/bin/planlint' ] && [ ! -x '$prefix/share/man/man1/planlint.1' ] &&
    [ ! -x '$prefix/share/planlint/rules/README.md' ]"

# The installed binary, from an unrelated directory, uses the installed packs.
cd "$other" || exit 2
inst=$prefix/bin/planlint
check "planlint --version prints the version" \
    sh -c "'$inst' --version | grep -Eq '^planlint [0-9]+\.[0-9]+\.[0-9]+'"
"$inst" rules --format json >"$tmp/rules.json" 2>"$tmp/err"
check "planlint rules loads the installed packs" sh -c "
    grep -q '\"pack\": \"$prefix/share/planlint/rules/' '$tmp/rules.json' &&
    ! grep -q '$PL_ROOT/rules' '$tmp/rules.json'"
"$PL_BIN" rules >"$tmp/rules.build"
"$inst" rules >"$tmp/rules.inst"
check "installed and in-place binaries list the same rules" \
    cmp "$tmp/rules.build" "$tmp/rules.inst"
make_repo "$tmp/repo"
cd "$tmp/repo" || exit 2
"$inst" check --format json plans/ >"$tmp/check.json"
rc=$?
check "planlint check on a repository of plans finds something (exit $rc)" \
    sh -c "[ $rc -eq 1 ] && grep -q '\"rule\"' '$tmp/check.json'"
"$inst" explain task.missing-lead >"$tmp/explain"
check "planlint explain works installed" \
    grep -q 'share/planlint/rules/sixro.yaml' "$tmp/explain"

# A copy of the binary alone has no packs: a clear error, exit 2.
cp "$inst" "$other/planlint"
"$other/planlint" rules >/dev/null 2>"$tmp/err"
rc=$?
check "a binary without share/planlint/rules exits 2 naming the packs" \
    sh -c "[ $rc -eq 2 ] && grep -q 'share/planlint/rules' '$tmp/err'"
# A symlink to the installed binary (as in /usr/local/bin -> /opt/...) works.
ln -s "$inst" "$other/planlint-link"
check "a symlink to the installed binary finds the packs" \
    "$other/planlint-link" rules

# The manual: found by man under the prefix, renders, lints clean.
if command -v man >/dev/null 2>&1; then
	check "man finds planlint(1) under the prefix" sh -c \
	    "MANPATH='$prefix/share/man' man -w planlint | grep -q '$prefix/share/man/man1/planlint.1'"
	check "man -l renders the installed page" sh -c \
	    "MANWIDTH=80 man -l '$prefix/share/man/man1/planlint.1' 2>&1 >'$tmp/man.txt' | (! grep .) && grep -q 'EXIT STATUS' '$tmp/man.txt'"
else
	skip "man is not installed"
fi
if command -v mandoc >/dev/null 2>&1; then
	check "mandoc -T lint finds nothing" mandoc -T lint -W style "$PL_ROOT/docs/planlint.1"
else
	skip "mandoc is not installed (apt-get install mandoc)"
fi

# bash-completion loads the installed file on first use.
bc=/usr/share/bash-completion/bash_completion
if command -v bash >/dev/null 2>&1 && [ -r "$bc" ]; then
	check "bash-completion loads share/bash-completion/completions/planlint" \
	    bash -c "PATH='$prefix/bin':\$PATH XDG_DATA_DIRS='$prefix/share' BASH_COMPLETION_USER_DIR='$tmp/none';
	    . '$bc'; __load_completion planlint && complete -p planlint | grep -q _planlint"
else
	skip "bash-completion is not installed"
fi

# Reinstalling replaces the shipped packs as a whole (no stale pack).
echo 'rules: []' >"$prefix/share/planlint/rules/zz-stale.yaml"
check "reinstall" mk PREFIX="$prefix" install
check "reinstalling removes a pack that is no longer shipped" \
    test ! -e "$prefix/share/planlint/rules/zz-stale.yaml"

check "make uninstall" mk PREFIX="$prefix" uninstall
files_under "$prefix" >"$tmp/got"
printf 'bin/other-tool\nshare/man/man1/other.1\n' >"$tmp/want"
check "uninstall removed exactly what install wrote" \
    diff -u "$tmp/want" "$tmp/got"
check "uninstall removed share/planlint" test ! -e "$prefix/share/planlint"

# A staged install for packaging: DESTDIR + PREFIX.
stage=$tmp/stage
check "make install DESTDIR=... PREFIX=/usr/local" \
    mk DESTDIR="$stage" PREFIX=/usr/local install
expected >"$tmp/want"
files_under "$stage/usr/local" >"$tmp/got"
check "the staged tree holds the same files" diff -u "$tmp/want" "$tmp/got"
check "the staged binary finds the staged packs" \
    "$stage/usr/local/bin/planlint" rules
check "make uninstall DESTDIR=... PREFIX=/usr/local" \
    mk DESTDIR="$stage" PREFIX=/usr/local uninstall
check "nothing is left in the staged tree" \
    sh -c "[ -z \"\$(find '$stage' -type f)\" ]"
finish
