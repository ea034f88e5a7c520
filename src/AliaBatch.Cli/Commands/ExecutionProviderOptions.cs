using System.CommandLine;
using System.Globalization;
using AliaBatch.Inference.Sessions;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// <c>--execution-provider</c>, <c>--device</c> and <c>--require-gpu</c>, shared by the commands that run models;
/// they become <c>AliaBatch:Inference:*</c> configuration overrides.
/// </summary>
internal sealed class ExecutionProviderOptions
{
    private readonly Option<ExecutionProviderKind?> _provider = new("--execution-provider")
    {
        Description = "auto (CUDA when available, else CPU with a warning; the default), cuda, or cpu.",
    };

    private readonly Option<int?> _device = new("--device") { Description = "CUDA device id (default 0)." };

    private readonly Option<bool> _requireGpu = new("--require-gpu")
    {
        Description = "Fail instead of falling back to the CPU when CUDA is unavailable.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_provider);
        command.Options.Add(_device);
        command.Options.Add(_requireGpu);
    }

    public Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(_provider) is { } provider)
        {
            overrides[$"{InferenceOptions.SectionName}:ExecutionProvider"] = provider.ToString();
        }

        if (parse.GetValue(_device) is { } device)
        {
            overrides[$"{InferenceOptions.SectionName}:DeviceId"] = device.ToString(CultureInfo.InvariantCulture);
        }

        if (parse.GetValue(_requireGpu))
        {
            overrides[$"{InferenceOptions.SectionName}:RequireGpu"] = "true";
        }

        return overrides;
    }
}
