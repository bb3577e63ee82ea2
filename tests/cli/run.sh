#!/bin/sh
# The workflow of docs/configuration.md, run as a user would in a new git
# repository of plans: init, a nested .planlint.yaml, a baseline, a shifted
# plan, --changed-since, several reports, --jobs.  Usage:
#   tests/cli/run.sh BIN     (exit 0 when every step behaves as documented)
set -u
BIN=$(cd "$(dirname "${1:-build/planlint}")" && pwd)/$(basename "${1:-build/planlint}")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

step() {	# description expected-status command...
	what=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -eq "$want" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $what: exit $got, expected $want"
		head -5 "$tmp/err"
	fi
}

has() {	# description file text
	if grep -qF -- "$3" "$2"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $1: no '$3' in $2"
	fi
}

git_() { git -c user.name=t -c user.email=t@example.org -c commit.gpgsign=false "$@"; }

command -v git >/dev/null || { echo "cli: git missing, skipped"; exit 0; }
cd "$tmp" || exit 2
git_ init -q repo && cd repo || exit 2
mkdir -p plans/xa du-thao
cp "$ROOT/corpus/004_673b9414166de794.txt" plans/ke-hoach.txt
cp "$ROOT/corpus/000_43f442234dbf07a9.txt" plans/xa/ke-hoach.txt
cp "$ROOT/corpus/003_329e051c3030d5d0.txt" du-thao/nhap.txt

step "init" 0 "$BIN" init
step "init twice" 2 "$BIN" init
has "init refuses" "$tmp/err" "--force"
cat >.planlint.yaml <<'EOF'
fail_on: error
rules:
  deadline.recurring: off
ignore:
  - "du-thao/**"
EOF
printf 'fail_on: never\n' >plans/xa/.planlint.yaml
step "errors fail" 1 "$BIN" check .
has "drafts ignored" "$tmp/out" "2 tệp"
step "nested file: never" 0 "$BIN" check plans/xa
step "flag over file" 1 "$BIN" check --fail-on error plans/xa

step "write baseline" 0 "$BIN" check --write-baseline base.json plans
has "baseline schema" base.json '"schema": "planlint.baseline/1"'
step "baseline: nothing new" 0 "$BIN" check --baseline base.json plans
{ head -3 plans/ke-hoach.txt; printf '\n\n\n'; tail -n +4 plans/ke-hoach.txt; } >x && mv x plans/ke-hoach.txt
step "baseline: shifted plan" 0 "$BIN" check --baseline base.json plans
has "shifted: no finding" "$tmp/out" "0 lỗi, 0 cảnh báo, 0 thông tin"

git_ add -A && git_ commit -q -m plans
printf '\n1.1. Tổ chức hội nghị quán triệt kế hoạch.\n' >>plans/xa/ke-hoach.txt
step "changed since HEAD" 0 "$BIN" check --format json --changed-since HEAD .
has "one changed file" "$tmp/out" '"files": 1'
step "bad revision" 2 "$BIN" check --changed-since no-such-rev .
has "git error" "$tmp/err" "[git]"

step "several reports" 1 "$BIN" check --format sarif -o r.sarif --format junit -o r.xml \
    --format text plans
has "sarif written" r.sarif '"version": "2.1.0"'
has "junit written" r.xml "<testsuite"
"$BIN" check --jobs 1 --format json plans >j1 2>&1
"$BIN" check --jobs 3 --format json plans >j3 2>&1
if cmp -s j1 j3; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: --jobs changes the output"; fi

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
