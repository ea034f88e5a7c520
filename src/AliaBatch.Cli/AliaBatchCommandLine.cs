using System.CommandLine;
using AliaBatch.Cli.Commands;

namespace AliaBatch.Cli;

/// <summary>The <c>aliabatch</c> command tree.</summary>
public static class AliaBatchCommandLine
{
    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand Create() => new("AliaBatch: batch translation, summarisation and classification with ALIA / Salamandra models on ONNX Runtime.")
    {
        new RunCommand(),
        new ServeCommand(),
        new SubmitCommand(),
        new GenerateCommand(),
        new ScoreCommand(),
        new EmbedCommand(),
        new LangIdCommand(),
        new ModelsCommand(),
        new EvalCommand(),
    };
}
