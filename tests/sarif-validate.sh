#!/bin/sh
# sarif-validate.sh: validates SARIF logs with the Microsoft SARIF multitool
# (npm package @microsoft/sarif-multitool), installed on first use into
# build/tools (or $PL_TOOLS).  Usage: tests/sarif-validate.sh FILE...
# Exit 0 when no file has an error, 1 when one has, 2 when the tool cannot
# be installed or run.  Warnings are shown but do not fail; set
# PL_SARIF_STRICT=1 to fail on them too.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
tools=${PL_TOOLS:-$root/build/tools}
pkg=@microsoft/sarif-multitool

[ $# -ge 1 ] || { echo "usage: $0 FILE..." >&2; exit 2; }

case "$(uname -s)" in
Linux) plat=linux ;;
Darwin) plat=darwin ;;
*) echo "sarif-validate: no multitool build for $(uname -s)" >&2; exit 2 ;;
esac
bin=$tools/node_modules/$pkg-$plat/Sarif.Multitool

if [ ! -f "$bin" ]; then
	command -v npm >/dev/null 2>&1 ||
		{ echo "sarif-validate: npm is needed to install $pkg" >&2; exit 2; }
	mkdir -p "$tools"
	# npm would run the package's chmod script; do without scripts and
	# make the bundled binary executable below.
	(cd "$tools" && npm install --silent --no-audit --no-fund \
	    --ignore-scripts --no-save "$pkg" >/dev/null 2>&1) ||
		{ echo "sarif-validate: npm install $pkg failed" >&2; exit 2; }
	[ -f "$bin" ] ||
		{ echo "sarif-validate: $bin missing after install" >&2; exit 2; }
fi
[ -x "$bin" ] || chmod u+x "$bin"

# The self-contained .NET binary needs ICU unless told to do without.
if ! ldconfig -p 2>/dev/null | grep -q libicuuc; then
	DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
	export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT
fi

out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
for f in "$@"; do
	[ -f "$f" ] || { echo "sarif-validate: $f: no such file" >&2; rc=2; continue; }
	# The multitool exits 0 even when it reports errors: read its lines.
	if ! "$bin" validate "$f" >"$out" 2>&1 ||
	    ! grep -q "Analysis completed successfully" "$out"; then
		cat "$out" >&2
		echo "sarif-validate: $f: the multitool did not run" >&2
		rc=2
		continue
	fi
	errors=$(grep -c ': error ' "$out" || true)
	warnings=$(grep -c ': warning ' "$out" || true)
	grep -E ': (error|warning) ' "$out" >&2 || true
	if [ "$errors" -gt 0 ] ||
	    { [ "${PL_SARIF_STRICT:-0}" = 1 ] && [ "$warnings" -gt 0 ]; }; then
		echo "sarif-validate: $f: $errors error(s), $warnings warning(s)" >&2
		[ $rc -eq 2 ] || rc=1
	else
		echo "sarif-validate: $f: valid ($warnings warning(s))"
	fi
done
exit $rc
