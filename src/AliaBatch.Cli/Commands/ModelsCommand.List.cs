using System.CommandLine;
using System.Text.Json;
using AliaBatch.Core.Serialization;
using AliaBatch.Core.Storage;
using AliaBatch.Inference.Packs;

namespace AliaBatch.Cli.Commands;

internal sealed partial class ModelsCommand
{
    /// <summary><c>models list [--packs DIR | --container NAME] [--json]</c>.</summary>
    private sealed class ListCommand : Command
    {
        private readonly PackSource _source = new();
        private readonly Option<bool> _json = new("--json") { Description = "Print a JSON array." };

        public ListCommand()
            : base("list", "List the packs in a folder (--packs, default the current folder) or a container (--container).")
        {
            _source.AddTo(this);
            Options.Add(_json);
            SetAction(ListAsync);
        }

        private async Task<int> ListAsync(ParseResult parse, CancellationToken cancellationToken)
        {
            if (_source.Open(parse, out var problem) is not { } store)
            {
                return Fail(problem!.StartsWith("--container", StringComparison.Ordinal) ? ExitCodes.InvalidRequest : ExitCodes.InputNotFound, problem);
            }

            List<ModelPackManifest> manifests;
            try
            {
                manifests = await store.ListAsync(cancellationToken).ToListAsync(cancellationToken);
            }
            catch (ModelPackException exception)
            {
                return Fail(ExitCodes.InvalidRequest, exception.Message);
            }
            catch (ObjectNotFoundException exception)
            {
                return Fail(ExitCodes.InputNotFound, exception.Message);
            }

            if (parse.GetValue(_json))
            {
                System.Console.Out.WriteLine(JsonSerializer.Serialize(
                    manifests.Select(m => new { m.Id, m.Family, m.Version, m.Format, m.Tasks, m.Languages, m.Model, Files = m.Files.Count, Size = m.Files.Sum(f => f.Size) }),
                    AliaBatchJson.Compact));
                return ExitCodes.Success;
            }

            if (manifests.Count == 0)
            {
                System.Console.Error.WriteLine($"No model packs in {store.Location}.");
            }

            foreach (var m in manifests)
            {
                System.Console.Out.WriteLine(
                    $"{m.Id}\t{m.Family}\t{Json(m.Format)}\t{string.Join(",", m.Tasks.Select(Json))}\t{string.Join(",", m.Languages)}\t{m.Files.Sum(f => f.Size)} bytes");
            }

            return ExitCodes.Success;
        }
    }
}
