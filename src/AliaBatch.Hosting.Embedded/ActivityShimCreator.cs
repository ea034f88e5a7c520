using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace AliaBatch.Hosting.Embedded;

/// <summary>Creates a Durable Task Core activity that runs a class-based activity, created from the application's container, through the SDK's shim.</summary>
internal sealed class ActivityShimCreator : ObjectCreator<TaskActivity>
{
    private readonly DurableTaskShimFactory _shims;
    private readonly Func<IServiceProvider, ITaskActivity> _create;
    private readonly IServiceProvider _services;

    public ActivityShimCreator(string name, Func<IServiceProvider, ITaskActivity> create, IServiceProvider services, DurableTaskShimFactory shims)
    {
        Name = name;
        Version = string.Empty;
        _create = create;
        _services = services;
        _shims = shims;
    }

    public override TaskActivity Create() => _shims.CreateActivity(new TaskName(Name), _create(_services));
}
