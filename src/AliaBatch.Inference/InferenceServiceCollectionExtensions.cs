using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AliaBatch.Inference;

/// <summary>Registers the inference services.</summary>
public static class InferenceServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="InferenceOptions"/> (<c>AliaBatch:Inference</c>) and <see cref="EncoderOptions"/>
    /// (<c>AliaBatch:Encoders</c>) at start, and registers the process-wide <see cref="OnnxSessionFactory"/> and the
    /// built-in MiniLM <see cref="SentenceEmbedder"/> (extracted and loaded on first resolution).
    /// </summary>
    public static IServiceCollection AddAliaBatchInference(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InferenceOptions>().BindConfiguration(InferenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EncoderOptions>().BindConfiguration(EncoderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => new OnnxSessionFactory(
            sp.GetRequiredService<IOptions<InferenceOptions>>().Value,
            sp.GetService<ILogger<OnnxSessionFactory>>()));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EncoderOptions>>().Value;
            return SentenceEmbedder.CreateMiniLm(sp.GetRequiredService<OnnxSessionFactory>(), options, options.ModelCacheDirectory);
        });
        return services;
    }
}
