using AliaBatch.Orchestration.Stores;
using AliaBatch.Transport.Events;

namespace AliaBatch.Orchestration.Events;

/// <summary>Input of <see cref="PublishJobEventActivity"/>.</summary>
/// <param name="Event">The event; its <see cref="JobEvent.ResultLocations"/> are paths relative to <paramref name="Results"/>.</param>
/// <param name="Results">The store the result paths are in; the activity makes them full locations (a container URL or folder). Null when they are full already.</param>
public sealed record PublishJobEventInput(JobEvent Event, StoreReference? Results = null);
