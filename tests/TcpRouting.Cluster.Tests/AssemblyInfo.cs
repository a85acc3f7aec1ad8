using TcpRouting.Cluster.Tests.Harness;

// One real API server for the whole run (started once, reset between groups that need an empty cluster).
[assembly: AssemblyFixture(typeof(KubeEnv))]

// Every test shares that one cluster and the 2-core machine: one at a time keeps them independent and timely.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
