using AliaBatch.Documents;
using AliaBatch.Inference;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Sessions;
using AliaBatch.Pipeline.Analysis;
using AliaBatch.Pipeline.Generation;
using AliaBatch.Pipeline.Jobs;
using AliaBatch.Pipeline.Tasks;
using AliaBatch.Text.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AliaBatch.Pipeline;

/// <summary>Registers the document pipeline.</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the pipeline stages, the built-in tasks and the <see cref="JobRunner"/>, with
    /// <see cref="PipelineOptions"/> and <see cref="ExtractionOptions"/> bound from configuration and validated at start.
    /// </summary>
    public static IServiceCollection AddAliaBatchPipeline(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ModelsOptions>().BindConfiguration(ModelsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DocumentExtractor(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value));
        services.TryAddSingleton(_ => LanguageIdentifier.Default);
        services.TryAddSingleton(sp => new DocumentAnalyzer(
            sp.GetRequiredService<DocumentExtractor>(),
            sp.GetRequiredService<IOptions<ExtractionOptions>>().Value,
            sp.GetRequiredService<LanguageIdentifier>()));
        services.TryAddSingleton<GeneratorRegistry>();
        services.TryAddSingleton<ClassifierPackRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentTask, TranslateDocumentTask>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentTask, SummarizeDocumentTask>());
        services.AddAliaBatchInference();
        services.AddOptions<EncoderOptions>().PostConfigure<IOptions<PipelineOptions>, IOptions<InferenceOptions>>((encoders, pipeline, inference) =>
        {
            // Documents run at once, each embedding its own texts: a session splitting every operator across all cores
            // for each of them oversubscribes the cores (docs/models.md: a 400-document classify job on 2 cores took
            // 16.2-16.9 s that way, 13.3-15.6 s with one thread per run).
            if (encoders.IntraOpThreads is null && inference.Value.IntraOpThreads == 0)
            {
                encoders.IntraOpThreads = Math.Max(1, Environment.ProcessorCount / (pipeline.Value.MaxParallelDocuments * encoders.ParallelPasses));
            }
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentTask, ClassifyDocumentTask>(sp =>
            new ClassifyDocumentTask(new Lazy<SentenceEmbedder>(sp.GetRequiredService<SentenceEmbedder>), sp.GetRequiredService<ClassifierPackRegistry>())));
        services.TryAddSingleton<DocumentProcessor>();
        services.TryAddSingleton<JobRunner>();
        return services;
    }
}
