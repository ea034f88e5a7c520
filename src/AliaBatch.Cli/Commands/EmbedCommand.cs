using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Inference.Embeddings;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Cli.Commands;

/// <summary><c>aliabatch embed [--similarity] [--json] TEXT…</c>: sentence embeddings with the built-in all-MiniLM-L6-v2.</summary>
internal sealed class EmbedCommand : Command
{
    private readonly Argument<string[]> _texts = new("text") { Description = "Texts to embed.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<bool> _similarity = new("--similarity") { Description = "Print the matrix of pairwise cosine similarities instead of the vectors." };
    private readonly Option<bool> _json = new("--json") { Description = "Print JSON ({\"embeddings\": …} or {\"similarity\": …})." };
    private readonly ExecutionProviderOptions _executionProvider = new();

    public EmbedCommand()
        : base("embed", "Embed texts with the built-in all-MiniLM-L6-v2 encoder (mean pooling, L2-normalised).")
    {
        Arguments.Add(_texts);
        Options.Add(_similarity);
        Options.Add(_json);
        _executionProvider.AddTo(this);
        SetAction((parse, cancellationToken) =>
        {
            using var host = CliHost.Build(_executionProvider.Overrides(parse), verbose: false);
            var embedder = host.Services.GetRequiredService<SentenceEmbedder>();
            var vectors = embedder.EmbedBatch(parse.GetValue(_texts)!, cancellationToken);
            var json = parse.GetValue(_json);
            if (parse.GetValue(_similarity))
            {
                var matrix = vectors.Select(a => vectors.Select(b => Math.Round(SentenceEmbedder.CosineSimilarity(a, b), 4)).ToArray()).ToArray();
                System.Console.Out.WriteLine(json
                    ? JsonSerializer.Serialize(new { Similarity = matrix }, AliaBatchJson.Compact)
                    : string.Join('\n', matrix.Select(row => string.Join('\t', row.Select(v => v.ToString("F4", CultureInfo.InvariantCulture))))));
            }
            else
            {
                System.Console.Out.WriteLine(json
                    ? JsonSerializer.Serialize(new { Model = "all-MiniLM-L6-v2", embedder.Dimensions, Embeddings = vectors }, AliaBatchJson.Compact)
                    : string.Join('\n', vectors.Select(v => string.Join(' ', v.Select(x => x.ToString("G6", CultureInfo.InvariantCulture))))));
            }

            return Task.FromResult(ExitCodes.Success);
        });
    }
}
