# syntax=docker/dockerfile:1
# The `tcprouting` operator and proxy image. Two stages: the SDK builds, the ASP.NET runtime image runs.
# .NET 10 ships no Debian images; its default Linux images are Ubuntu 24.04 "noble" (Debian-derived), pinned
# here by OS tag so a base-image distro switch is a reviewed change.

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
# Restore first, from the project files alone, so the layer is reused until a dependency changes.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/TcpRouting.Model/TcpRouting.Model.csproj src/TcpRouting.Model/
COPY src/TcpRouting.Translation/TcpRouting.Translation.csproj src/TcpRouting.Translation/
COPY src/TcpRouting.Proxy/TcpRouting.Proxy.csproj src/TcpRouting.Proxy/
COPY src/TcpRouting.Kubernetes/TcpRouting.Kubernetes.csproj src/TcpRouting.Kubernetes/
COPY src/TcpRouting.Operator/TcpRouting.Operator.csproj src/TcpRouting.Operator/
# ReadyToRun (the SDK's Crossgen2, which restore must fetch too) precompiles the assemblies: the JIT has less to do
# at start (16% less CPU time to ready, measured in docs/tested-with.md).
RUN dotnet restore src/TcpRouting.Operator/TcpRouting.Operator.csproj -r linux-x64 -p:PublishReadyToRun=true
COPY src/ src/
RUN dotnet publish src/TcpRouting.Operator/TcpRouting.Operator.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
WORKDIR /app
COPY --from=build /app ./
# The image's unprivileged `app` user (APP_UID=1654); the chart runs it with the same numeric id, so
# Kubernetes can verify runAsNonRoot.
USER 1654:1654
# DOTNET_EnableDiagnostics=0: no diagnostics IPC socket (dotnet-dump/trace could attach and read memory, Secrets
# included); metrics come from /metrics instead.
# DOTNET_TC_CallCountingDelayMs=0: the runtime holds back tier-1 compilation while methods are still being jitted,
# 100 ms each time and ten times that when the process has one CPU (a 1-CPU limit, the usual gateway Pod), so for
# tens of seconds after every start connections ran on unoptimised code and the JIT shared the core (measured in
# docs/tested-with.md: 15% more CPU per new connection 3 s into load). It is read from the environment only.
ENV DOTNET_gcServer=0 \
    DOTNET_NOLOGO=1 \
    DOTNET_EnableDiagnostics=0 \
    DOTNET_TC_CallCountingDelayMs=0
# 9000: admin endpoints (/healthz, /readyz, /metrics). The rest: the chart's default entry points
# (websecure on 8443, PostgreSQL, Redis); any port an entry point names works, EXPOSE only documents.
EXPOSE 9000 8443 5432 6379
ENTRYPOINT ["/app/tcprouting"]
CMD ["run", "--config", "/etc/tcprouting/config.yaml", "--admin", ":9000"]
