// Every scenario drives real processes and counts connections and memory of the proxy: on a 2-core CI
// machine, running them one at a time keeps those measurements meaningful and the suite predictable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
