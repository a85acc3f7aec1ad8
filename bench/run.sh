#!/usr/bin/env bash
# Benchmarks tcprouting side by side with HAProxy, nginx and the direct path, using the shared harness
# (../shared/bench/run.sh; read its header for every knob: TESTS, PROXIES, REPEATS, DUR, PIN ...).
#
#   bash bench/run.sh                        # from the repository root; about 3 minutes, as root
#   TESTS="bulk1 http_ka" bash bench/run.sh  # a subset
#
# It builds tcprouting in Release (ReadyToRun, as the image), then hands the harness a CANDIDATE_CMD (bench/candidate.sh) that
# writes a static config and manifests for the candidate ports and starts `tcprouting run` in the
# foreground. Results: $BENCH_OUT/results.tsv and the table the harness prints.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
harness=${BENCH_HARNESS:-$repo/../shared/bench/run.sh}
[ -f "$harness" ] || { echo "bench harness not found at $harness (set BENCH_HARNESS)" >&2; exit 1; }

build=${BENCH_BUILD:-/tmp/tcprouting-bench-build}
echo "building tcprouting (Release) into $build" >&2
# Published as the image is (Dockerfile): ReadyToRun for linux-x64, so the bench measures what users run.
TCPR_ARTIFACTS=${TCPR_ARTIFACTS:-/tmp/art-bench} dotnet publish src/TcpRouting.Operator -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$build" -nologo -v q >&2

export TCPROUTING_DLL=$build/tcprouting.dll
export CANDIDATE_NAME=${CANDIDATE_NAME:-tcprouting}
export CANDIDATE_PLAIN_PORT=${CANDIDATE_PLAIN_PORT:-19180}
export CANDIDATE_SNI_PORT=${CANDIDATE_SNI_PORT:-19543}
export CANDIDATE_IPERF_PORT=${CANDIDATE_IPERF_PORT:-19301}
export CANDIDATE_TERM_PORT=${CANDIDATE_TERM_PORT:-19544}
export TCPROUTING_ADMIN_PORT=${TCPROUTING_ADMIN_PORT:-19190}
export TESTS=${TESTS:-"bulk1 bulk4 http_ka http_close tls_ka tls_close term_ka term_close"}
export CANDIDATE_CMD="exec bash $repo/bench/candidate.sh"
exec bash "$harness"
