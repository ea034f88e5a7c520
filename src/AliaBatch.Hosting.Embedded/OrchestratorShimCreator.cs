using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace AliaBatch.Hosting.Embedded;

/// <summary>
/// Creates a Durable Task Core orchestration that runs a class-based orchestrator through the SDK's own shim, the way
/// the SDK's gRPC worker runs it: a fresh orchestrator per work item.
/// </summary>
internal sealed class OrchestratorShimCreator : ObjectCreator<TaskOrchestration>
{
    private readonly DurableTaskShimFactory _shims;
    private readonly Func<ITaskOrchestrator> _create;

    public OrchestratorShimCreator(string name, Func<ITaskOrchestrator> create, DurableTaskShimFactory shims)
    {
        Name = name;
        Version = string.Empty;
        _create = create;
        _shims = shims;
    }

    public override TaskOrchestration Create() => _shims.CreateOrchestration(new TaskName(Name), _create());
}
