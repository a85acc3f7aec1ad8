using System.Collections.Frozen;
using System.Net.Security;
using Microsoft.Extensions.Logging;
using TcpRouting.Proxy.Tls;

namespace TcpRouting.Proxy.Routing;

/// <summary>
/// A RouteTable turned into the lookups connections use, built once per table swap (never per
/// connection): route indexes, peek modes, weighted backend lists and parsed certificates.
/// </summary>
internal sealed class CompiledTable
{
    private readonly FrozenDictionary<string, CompiledListener> _listeners;

    private CompiledTable(RouteTable table, FrozenDictionary<string, CompiledListener> listeners)
    {
        Table = table;
        _listeners = listeners;
    }

    public static CompiledTable Empty { get; } = new(RouteTable.Empty, FrozenDictionary<string, CompiledListener>.Empty);

    public RouteTable Table { get; }

    public IEnumerable<CompiledListener> Listeners => _listeners.Values;

    public CompiledListener? Find(string entryPoint) => _listeners.GetValueOrDefault(entryPoint);

    public static CompiledTable Build(RouteTable table, SslStreamCertificateContext selfSigned, ILogger logger)
    {
        var certificates = new CertificateCache(logger);
        var listeners = new Dictionary<string, CompiledListener>(StringComparer.Ordinal);
        foreach (var listener in table.Listeners)
        {
            var tlsRoutes = new List<CompiledRoute>();
            var plainRoutes = new List<CompiledRoute>();
            foreach (var route in listener.Routes)
            {
                var compiled = Compile(route, certificates, selfSigned, logger);
                (route.Tls.Mode == TlsMode.None ? plainRoutes : tlsRoutes).Add(compiled);
            }

            listeners[listener.Name] = new CompiledListener(
                listener, CompiledListener.ChoosePeekMode(listener), new RouteIndex(tlsRoutes), new RouteIndex(plainRoutes));
        }

        return new CompiledTable(table, listeners.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static CompiledRoute Compile(Route route, CertificateCache certificates, SslStreamCertificateContext selfSigned, ILogger logger)
    {
        var eligible = route.Backends.Where(b => b.Weight > 0 && !b.Endpoints.IsDefaultOrEmpty).ToArray();
        var termination = route.Tls is { Mode: TlsMode.Terminate, Termination: { } t }
            ? ServerTlsConfig.Build(t, certificates, selfSigned, logger)
            : route.Tls.Mode == TlsMode.Terminate
                ? ServerTlsConfig.Build(new TlsTermination([], null, TlsOptions.Default), certificates, selfSigned, logger)
                : null;
        var backendTls = new Dictionary<string, BackendTlsConfig>(StringComparer.Ordinal);
        foreach (var backend in eligible)
        {
            if (backend.Transport.Tls is { } tls)
            {
                backendTls.TryAdd(backend.Id, new BackendTlsConfig(tls, certificates));
            }
        }

        return new CompiledRoute(route, eligible, termination, backendTls.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
