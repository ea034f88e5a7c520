using AliaBatch.Core.Jobs;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Pipeline.Generation;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Pipeline;

/// <summary>
/// Loads the models a job's tasks need before its first document, so an unusable model or a required GPU that is
/// missing stops the job at start with one clear error instead of failing every document; each generative model then
/// runs once at every <see cref="ModelsOptions.WarmUpBuckets"/> shape so the first real batches do not pay the
/// allocation and graph cost.
/// </summary>
public static class ModelWarmUp
{
    /// <summary>Opens every model the tasks will use; throws what the loader throws (the message names the file or device).</summary>
    public static void Load(IServiceProvider services, JobTasks tasks)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(tasks);
        var generators = services.GetRequiredService<GeneratorRegistry>();
        if (tasks.Classify is { Model: null })
        {
            services.GetRequiredService<SentenceEmbedder>();
        }

        var buckets = generators.Options.ParseWarmUpBuckets();
        if (tasks.Translate is { } translate)
        {
            generators.Resolve(translate.Model, generators.Options.Translation)?.Generator.WarmUp(buckets);
        }

        if (tasks.Summarize is { Mode: SummaryMode.Abstractive } summarize)
        {
            generators.Resolve(summarize.Model, generators.Options.Summarization)?.Generator.WarmUp(buckets);
        }
    }
}
