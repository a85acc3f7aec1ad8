#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers that read untrusted bytes or text (fuzz/README.md).
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]      default: 180 s for every target, one after another
#   FUZZ_MINIMIZE=1 fuzz/run.sh ...                   then keep the afl-cmin'd queue as fuzz/corpus/<target>/min-*
#                                                     (smallest first, at most FUZZ_CORPUS_BYTES, default 100 kB)
# Needs afl++ (Debian package), dotnet, and NuGet for the sharpfuzz tool. Not part of .ci/run.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
seconds="${1:-180}"
shift || true
all_targets=(client-hello proxy-v1 proxy-v2 postgres rule manifest static-config)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

work="${FUZZ_WORK:-/tmp/tcpr-fuzz}"
export TCPR_ARTIFACTS="${TCPR_ARTIFACTS:-$work/artifacts}"
bin="$work/bin"
tools="$work/tools"
mkdir -p "$work" "$tools"

# The instrumenting tool matches the SharpFuzz runtime pinned in Directory.Packages.props.
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

# A fresh publish each time (FUZZ_REUSE_BUILD=1 skips it): sharpfuzz rewrites the assemblies in place.
if [ "${FUZZ_REUSE_BUILD:-0}" != 1 ] || [ ! -f "$bin/TcpRouting.Fuzz.dll" ]; then
  rm -rf "$bin"
  dotnet publish "$here/TcpRouting.Fuzz/TcpRouting.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
  # Our parsers, the model they build, and the YAML parser the manifests go through; not the harness itself.
  for dll in TcpRouting.Proxy TcpRouting.Translation TcpRouting.Model YamlDotNet; do
    "$tools/sharpfuzz" "$bin/$dll.dll"
  done
fi
dotnet="$(command -v dotnet)"

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1
# AFL_SKIP_CRASHES: a kept input that crashes again (an owner has not fixed it yet) is skipped, not fatal.
export AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=120000 AFL_SKIP_CRASHES=1
# A hard cap on the managed heap: an input that asks for gigabytes fails with OutOfMemoryException (a crash
# AFL records) instead of taking the shared machine's memory. 512 MiB is the chart's pod limit.
export DOTNET_GCHeapHardLimit=0x20000000

summary="$work/summary.txt"
: > "$summary"
for target in "${targets[@]}"; do
  corpus="$here/corpus/$target"
  out="$work/findings/$target"
  rm -rf "$out" && mkdir -p "$(dirname "$out")"
  dict=()
  [ -f "$here/dict/$target.dict" ] && dict=(-x "$here/dict/$target.dict")
  echo "== $target: ${seconds}s"
  # -t: a hang is an input that takes over 2 s (a parser should answer in microseconds; the machine is shared);
  # 10 s for the translation targets, whose cold child (JIT, regexes, JSON) needs seconds on a loaded machine.
  case "$target" in manifest|static-config|rule) timeout=10000 ;; *) timeout=2000 ;; esac
  afl-fuzz -i "$corpus" -o "$out" -V "$seconds" -t "${FUZZ_TIMEOUT_MS:-$timeout}" -m none "${dict[@]}" -- "$dotnet" "$bin/TcpRouting.Fuzz.dll" "$target" \
    > "$work/$target.log" 2>&1 || { echo "afl-fuzz failed for $target, see $work/$target.log"; tail -20 "$work/$target.log"; exit 1; }
  stats="$out/default/fuzzer_stats"
  line="$(awk -F' *: ' -v t="$target" '
    {v[$1]=$2}
    END {printf "%-14s execs %s (%s/s), corpus %s, edges %s/%s, crashes %s, hangs %s\n", t, v["execs_done"], v["execs_per_sec"], v["corpus_count"], v["edges_found"], v["total_edges"], v["saved_crashes"], v["saved_hangs"]}' "$stats")"
  echo "$line" | tee -a "$summary"
  for kind in crashes hangs; do
    if compgen -G "$out/default/$kind/id*" >/dev/null; then
      echo "   $kind: $out/default/$kind (replay: dotnet $bin/TcpRouting.Fuzz.dll $target --replay FILE)"
    fi
  done
  if [ "${FUZZ_MINIMIZE:-0}" = 1 ]; then
    rm -rf "$work/cmin-$target"
    # AFL_ALLOW_TMP: FUZZ_WORK defaults to /tmp, which afl-cmin refuses otherwise.
    if ! AFL_ALLOW_TMP=1 afl-cmin -i "$out/default/queue" -o "$work/cmin-$target" -t 5000 -m none -- "$dotnet" "$bin/TcpRouting.Fuzz.dll" "$target" > "$work/cmin-$target.log" 2>&1; then
      echo "   afl-cmin failed, corpus left as it was: $work/cmin-$target.log"
      continue
    fi
    rm -f "$corpus"/min-*
    # Smallest first, up to FUZZ_CORPUS_BYTES per target (default 100 kB), so the repository copy stays small.
    i=0 total=0
    while read -r size f; do
      total=$((total + size))
      [ "$total" -le "${FUZZ_CORPUS_BYTES:-100000}" ] || break
      cp "$f" "$corpus/$(printf 'min-%04d' $i)"; i=$((i + 1))
    done < <(find "$work/cmin-$target" -type f -printf '%s %p\n' | sort -n)
    echo "   corpus minimized: $(ls "$corpus" | wc -l) inputs, $(cat "$corpus"/* | wc -c) bytes"
  fi
done
echo "summary: $summary"
