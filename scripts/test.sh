#!/usr/bin/env bash
# Runs every test project (installing what the tests need first) and ends with one line
# `N passed, N failed` summed over all test projects. Exit status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
export PATH="$PWD/.tools/bin:$PWD/.tools/node_modules/.bin:$PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The cluster tests start the real API server of ../shared/kube-env and stop it when they end; stop it here
# too, so a crashed test host never leaves it running (stop.sh stops only what start.sh started).
kube_env=../shared/kube-env
[ -f "$kube_env/stop.sh" ] && trap 'bash "$kube_env/stop.sh" >/dev/null 2>&1 || true' EXIT

log=$(mktemp)
dotnet build TcpRouting.Operator.sln -c Release -nologo -v q 2>&1 | tee "$log" | grep -E "error|Build succeeded" | sort -u
build_status=${PIPESTATUS[0]}
if [ "$build_status" -ne 0 ]; then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi

dotnet test TcpRouting.Operator.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}

# Summary lines look like: "Passed!  - Failed:     0, Passed:    12, Skipped: ..." (one per test project).
read -r passed failed < <(grep -E "^(Passed|Failed)! +- Failed: " "$log" |
  sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+).*/\2 \1/' |
  awk '{p+=$1; f+=$2} END {print p+0, f+0}')
projects=$(grep -cE "^(Passed|Failed)! +- Failed: " "$log")
expected=$(ls -d tests/*.Tests | wc -l)
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crashed test host counts
if [ "$projects" -lt "$expected" ]; then echo "only $projects of $expected test projects reported"; failed=$((failed + expected - projects)); fi
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
