# lib.sh: shared by the integration tests (sourced).  run.sh exports
# PL_ROOT (the source tree), PL_BUILD (the build directory), PL_BIN (the
# planlint built there) and PL_PARSE (pl-parse, see parse.c).  Each check
# prints "ok - what" or "FAIL - what"; a script exits 1 when one failed.
set -u

: "${PL_ROOT:?run through tests/integration/run.sh}"
nfail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok - $*"; }
fail() { echo "FAIL - $*"; nfail=$((nfail + 1)); }
skip() { echo "skip - $*"; }
# check WHAT CMD...: ok when CMD succeeds.
check() {
	what=$1
	shift
	if "$@" >"$tmp/.out" 2>&1; then
		ok "$what"
	else
		fail "$what"
		sed 's/^/    /' "$tmp/.out" | head -20
	fi
}
finish() { exit $((nfail > 0)); }

# make_repo DIR: a repository of plans, as a team keeps them: plans/ with
# seed plans under names people give them, one in a subfolder, and a README
# that is not a plan.
make_repo() {
	rm -rf "$1"
	mkdir -p "$1/plans/2026"
	cp "$PL_ROOT/corpus/004_673b9414166de794.txt" "$1/plans/ke-hoach-158.txt"
	cp "$PL_ROOT/corpus/000_43f442234dbf07a9.txt" "$1/plans/ke-hoach-dang-uy.txt"
	cp "$PL_ROOT/corpus/003_329e051c3030d5d0.txt" "$1/plans/2026/ke-hoach-tuyen-truyen.txt"
	printf '# Kế hoạch của đơn vị\n\nCác kế hoạch nằm trong plans/.\n' >"$1/README.md"
	(cd "$1" && git init -q -b main && git add . &&
	    git -c user.name=t -c user.email=t@example.org commit -qm plans)
}
