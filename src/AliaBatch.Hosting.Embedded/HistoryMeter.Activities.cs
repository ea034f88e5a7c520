using System.Collections.Concurrent;
using DurableTask.Core;

namespace AliaBatch.Hosting.Embedded;

/// <summary>The dispatch slots: at most <c>activitySlots</c> activity work items locked (sent to the worker) at once.</summary>
internal sealed partial class HistoryMeter
{
    private readonly SemaphoreSlim _slots = new(activitySlots, activitySlots);
    // By reference: the in-memory service gives every activity work item the same id.
    private readonly ConcurrentDictionary<TaskActivityWorkItem, byte> _held = new(ReferenceEqualityComparer.Instance);

    public override async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        TaskActivityWorkItem? workItem = null;
        try
        {
            workItem = await Inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);
            return workItem;
        }
        finally
        {
            if (workItem is null || !_held.TryAdd(workItem, 0))
            {
                _slots.Release();
            }
        }
    }

    public override async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        try
        {
            await Inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);
        }
        finally
        {
            Free(workItem);
        }
    }

    public override async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        try
        {
            await Inner.AbandonTaskActivityWorkItemAsync(workItem);
        }
        finally
        {
            Free(workItem);
        }
    }

    public void Dispose() => _slots.Dispose();

    // A work item frees its slot once, whether it completes, is abandoned, or both (an abandon after a failed completion).
    private void Free(TaskActivityWorkItem workItem)
    {
        if (_held.TryRemove(workItem, out _))
        {
            _slots.Release();
        }
    }
}
