using System.Runtime;

namespace AliaBatch.Benchmarks.Orchestration;

/// <summary>What the runtime itself spent in this process so far (JIT, allocation, GC pauses); subtract two readings for a span.</summary>
internal readonly record struct RuntimeCosts(long JitMethods, TimeSpan JitTime, long AllocatedBytes, TimeSpan GcPause)
{
    public static RuntimeCosts Now() => new(
        JitInfo.GetCompiledMethodCount(currentThread: false),
        JitInfo.GetCompilationTime(currentThread: false),
        GC.GetTotalAllocatedBytes(precise: false),
        GC.GetTotalPauseDuration());

    public static RuntimeCosts operator -(RuntimeCosts after, RuntimeCosts before) => new(
        after.JitMethods - before.JitMethods,
        after.JitTime - before.JitTime,
        after.AllocatedBytes - before.AllocatedBytes,
        after.GcPause - before.GcPause);
}
