using System.Text.Json.Serialization;
using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration.Intake;

/// <summary>
/// Why a queued job request or a blob drop was not started, written where the agency can read it: the results
/// container's <see cref="RecordPath"/> (<c>_rejections/queue/{messageId}.json</c>, <c>_rejections/drop/{dropPath}.json</c>).
/// </summary>
/// <param name="Trigger"><c>queue</c> or <c>drop</c>.</param>
/// <param name="Id">The queue message id, or the drop's path in the incoming container (its folder, or the single file).</param>
/// <param name="Code">A stable reason code (<see cref="RejectionCodes"/>).</param>
/// <param name="Message">What is wrong, naming the field, limit or location.</param>
/// <param name="JsonPointer">JSON pointer of the offending field, when the request itself is at fault.</param>
/// <param name="ReceivedAt">When the host received the message or the blob event.</param>
public sealed record JobRejection(string Trigger, string Id, string Code, string Message, string? JsonPointer, DateTimeOffset ReceivedAt)
{
    /// <summary>Trigger name of the agency queue.</summary>
    public const string QueueTrigger = "queue";

    /// <summary>Trigger name of blob drops.</summary>
    public const string DropTrigger = "drop";

    /// <summary>Where the record goes in the results container.</summary>
    [JsonIgnore]
    public string RecordPath => $"_rejections/{Trigger}/{Id}.json";

    /// <summary>Writes the record to <see cref="RecordPath"/> in <paramref name="results"/>, replacing one from an earlier delivery.</summary>
    public Task<ObjectInfo> WriteAsync(IObjectStore results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.WriteJsonAsync(RecordPath, this, cancellationToken: cancellationToken);
    }
}
