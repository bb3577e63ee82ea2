#!/bin/sh
# Benchmark: time and peak memory of planlint over the corpus, repeated
# to get measurable numbers.  Prints results; never fails on speed.
# Usage: tests/bench.sh BIN [ROUNDS]
set -eu
BIN=${1:-build/planlint}
ROUNDS=${2:-50}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A larger input: the corpus concatenated ROUNDS times, one file per copy.
i=0
while [ "$i" -lt "$ROUNDS" ]; do
	for f in corpus/*.txt; do
		cp "$f" "$tmp/$i-$(basename "$f")"
	done
	i=$((i + 1))
done
bytes=$(cat "$tmp"/*.txt | wc -c)
files=$(ls "$tmp"/*.txt | wc -l)

for cmd in extract; do
	start=$(date +%s.%N)
	/usr/bin/time -f '%M' -o "$tmp/mem" "$BIN" $cmd "$tmp" >/dev/null 2>&1 || true
	end=$(date +%s.%N)
	secs=$(echo "$end - $start" | bc)
	mem=$(cat "$tmp/mem")
	echo "$cmd: $files files, $bytes bytes in ${secs}s ($(echo "scale=1; $bytes / $secs / 1048576" | bc) MiB/s), peak RSS ${mem} KiB"
done
