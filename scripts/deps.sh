#!/bin/sh
# Install the Debian packages planlint needs, only those missing.
# Idempotent and silent when everything is present; uses sudo when not root.
set -eu

PKGS="build-essential pkg-config libpcre2-dev libyaml-dev libcriterion-dev libutf8proc-dev libzip-dev libxml2-dev libsqlite3-dev poppler-utils"
# `deps.sh check` adds what the test suite drives: the man page linter,
# bash completion, pre-commit, and npm for the SARIF validator (when no
# Node.js is on the machine already).
if [ "${1:-}" = check ]; then
	PKGS="$PKGS mandoc bash-completion pre-commit git"
	command -v npm >/dev/null 2>&1 || PKGS="$PKGS npm"
fi
# `deps.sh bench` adds what the benchmark uses to measure.
[ "${1:-}" = bench ] && PKGS="$PKGS time bc valgrind"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "planlint: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq $missing >/dev/null
