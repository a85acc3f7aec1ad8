#!/usr/bin/env bash
# CANDIDATE_CMD for the shared bench harness: turns the BENCH_* variables it exports into a tcprouting
# static config and manifests (Services with EndpointSlices, a kubernetes.io/tls Secret, IngressRouteTCPs),
# then runs `tcprouting run` in the foreground (the harness stops it by its process group).
set -euo pipefail
: "${BENCH_WORKDIR:?run me from bench/run.sh}"
: "${TCPROUTING_DLL:?run me from bench/run.sh}"
dir=$BENCH_WORKDIR/tcprouting
manifests=$dir/manifests
rm -rf "$dir" && mkdir -p "$manifests"

# service NAME HOST:PORT -> a Service and the EndpointSlice that points it at HOST:PORT
service() {
  local name=$1 host=${2%:*} port=${2##*:}
  cat <<YAML
apiVersion: v1
kind: Service
metadata: {name: $name, namespace: default}
spec:
  ports: [{name: tcp, port: $port, protocol: TCP}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: $name-0
  namespace: default
  labels: {kubernetes.io/service-name: $name}
addressType: IPv4
endpoints: [{addresses: ["$host"], conditions: {ready: true}}]
ports: [{name: tcp, port: $port, protocol: TCP}]
---
YAML
}

# route NAME ENTRYPOINT MATCH SERVICE PORT [TLS-YAML]
route() {
  cat <<YAML
apiVersion: traefik.io/v1alpha1
kind: IngressRouteTCP
metadata: {name: $1, namespace: default}
spec:
  entryPoints: [$2]
  routes:
    - match: $3
      services: [{name: $4, port: $5}]
${6:-}
---
YAML
}

{
  echo "entryPoints:"
  echo "  plain: {address: \"127.0.0.1:$CANDIDATE_PLAIN_PORT\"}"
  [ -n "${CANDIDATE_SNI_PORT:-}" ] && echo "  sni: {address: \"127.0.0.1:$CANDIDATE_SNI_PORT\"}"
  [ -n "${CANDIDATE_IPERF_PORT:-}" ] && echo "  iperf: {address: \"127.0.0.1:$CANDIDATE_IPERF_PORT\"}"
  [ -n "${CANDIDATE_TERM_PORT:-}" ] && echo "  term: {address: \"127.0.0.1:$CANDIDATE_TERM_PORT\"}"
  true
} >"$dir/config.yaml"

{
  service http "$BENCH_HTTP_BACKEND"
  route plain plain 'HostSNI(`*`)' http "${BENCH_HTTP_BACKEND##*:}"
  if [ -n "${CANDIDATE_IPERF_PORT:-}" ]; then
    service iperf "$BENCH_IPERF_BACKEND"
    route iperf iperf 'HostSNI(`*`)' iperf "${BENCH_IPERF_BACKEND##*:}"
  fi
  if [ -n "${CANDIDATE_SNI_PORT:-}" ]; then
    # Only the bench names are routed; any other SNI matches nothing and is closed.
    match=$(for n in ${BENCH_SNI_NAMES:-app.bench.test api.bench.test}; do printf 'HostSNI(`%s`) || ' "$n"; done)
    service tls "$BENCH_TLS_BACKEND"
    route sni sni "\"${match% || }\"" tls "${BENCH_TLS_BACKEND##*:}" "  tls: {passthrough: true}"
  fi
  if [ -n "${CANDIDATE_TERM_PORT:-}" ]; then
    cat <<YAML
apiVersion: v1
kind: Secret
metadata: {name: bench-tls, namespace: default}
type: kubernetes.io/tls
data:
  tls.crt: $(base64 -w0 "$BENCH_CERT")
  tls.key: $(base64 -w0 "$BENCH_KEY")
---
YAML
    route term term 'HostSNI(`*`)' http "${BENCH_HTTP_BACKEND##*:}" "  tls: {secretName: bench-tls}"
  fi
} >"$manifests/bench.yaml"

# The product's own runtime settings, nothing tuned for the bench: workstation GC, TieredPGO off and the other
# knobs come from the Operator csproj and runtimeconfig.template.json, inline socket completions from Main, and
# the environment is the image's (Dockerfile ENV).
export DOTNET_gcServer=0 DOTNET_NOLOGO=1 DOTNET_EnableDiagnostics=0 DOTNET_TC_CallCountingDelayMs=0
exec dotnet "$TCPROUTING_DLL" run --manifests "$manifests" --config "$dir/config.yaml" --admin "127.0.0.1:${TCPROUTING_ADMIN_PORT:-19190}"
