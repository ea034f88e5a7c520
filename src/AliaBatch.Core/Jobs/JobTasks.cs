using System.Text.Json.Serialization;

namespace AliaBatch.Core.Jobs;

/// <summary>The tasks of a job; at least one is required.</summary>
public sealed record JobTasks
{
    /// <summary>Translate each document into the target languages.</summary>
    public TranslateTask? Translate { get; init; }

    /// <summary>Summarise each document.</summary>
    public SummarizeTask? Summarize { get; init; }

    /// <summary>Classify each document into a label set.</summary>
    public ClassifyTask? Classify { get; init; }

    /// <summary>The task names present, in pipeline order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Names
    {
        get
        {
            var names = new List<string>(3);
            if (Translate is not null)
            {
                names.Add(TaskNames.Translate);
            }

            if (Summarize is not null)
            {
                names.Add(TaskNames.Summarize);
            }

            if (Classify is not null)
            {
                names.Add(TaskNames.Classify);
            }

            return names;
        }
    }
}
