using AliaBatch.Documents;
using AliaBatch.Inference;
using AliaBatch.Inference.Embeddings;
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentTask, ClassifyDocumentTask>(sp =>
            new ClassifyDocumentTask(new Lazy<SentenceEmbedder>(sp.GetRequiredService<SentenceEmbedder>), sp.GetRequiredService<ClassifierPackRegistry>())));
        services.TryAddSingleton<DocumentProcessor>();
        services.TryAddSingleton<JobRunner>();
        return services;
    }
}
