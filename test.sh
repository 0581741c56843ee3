#!/usr/bin/env bash
# Runs every test of ProjectMap, installing what the tests need first (see scripts/setup.sh), and ends with the
# line "N passed, N failed, N skipped". Exit status 0 only when nothing failed.
set -uo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
if ! scripts/setup.sh test; then
  echo "setup or build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
# One dotnet test per test project, two at a time, each with its own results folder (TRX names are timestamps and
# would collide in one folder). Per-project console output goes to results/<project>/console.log.
projects=$(find tests -mindepth 2 -maxdepth 2 -name '*.Tests.csproj' | sort)
export results
printf '%s\n' $projects | xargs -P 2 -I{} bash -c '
  name=$(basename {} .csproj)
  mkdir -p "$results/$name"
  dotnet test {} -c Release --no-build --nologo --logger trx --results-directory "$results/$name" > "$results/$name/console.log" 2>&1
  echo $? > "$results/$name/exit-code"
  grep -E "^\s*Failed |Passed!|Failed!|Skipped!|Test Run Aborted|error" "$results/$name/console.log" | sed "s/^/[$name] /"
'
status=0
for f in "$results"/*/exit-code; do [ "$(cat "$f")" = 0 ] || status=1; done

passed=0; failed=0; skipped=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout); a=$(get aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "a test project exited non-zero without a failed test recorded (a test host crashed or a run aborted): counted as one failure"
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
