using AliaBatch.Core.Languages;

namespace AliaBatch.Inference.Generation;

/// <summary>The prompt formats of the ALIA / Salamandra model families (see <c>docs/models.md</c>, Generation).</summary>
public static class PromptTemplates
{
    private static readonly Dictionary<string, string> s_englishNames = new(StringComparer.Ordinal)
    {
        ["es"] = "Spanish",
        ["ca"] = "Catalan",
        ["ca-valencia"] = "Valencian",
        ["gl"] = "Galician",
        ["eu"] = "Basque",
        ["en"] = "English",
        ["oc-aranes"] = "Aranese",
        ["pt"] = "Portuguese",
        ["fr"] = "French",
        ["it"] = "Italian",
        ["oc"] = "Occitan",
    };

    private static readonly Dictionary<string, string> s_summaryInstructions = new(StringComparer.Ordinal)
    {
        ["es"] = "Resume el siguiente texto en español.",
        ["ca"] = "Resumeix el text següent en català.",
        ["ca-valencia"] = "Resumix el text següent en valencià.",
        ["gl"] = "Resume o seguinte texto en galego.",
        ["eu"] = "Laburtu testu hau euskaraz.",
        ["en"] = "Summarise the following text in English.",
    };

    /// <summary>The system prompt of <see cref="SalamandraInstructSummary"/>.</summary>
    public const string SummarySystemPrompt =
        "You are a careful assistant that writes faithful, concise summaries. Use only facts stated in the text and answer in the language you are asked to use.";

    /// <summary>
    /// salamandraTA-7b-instruct: one ChatML user turn
    /// <c>Translate the following text from {source} into {target}.\n{source}: {text} \n{target}:</c> with English
    /// language names, then the assistant header. Decode with beams (5) and stop on ids 2 and 5.
    /// </summary>
    public static PromptTemplate SalamandraTaInstruct { get; } = new(
        "salamandra-ta-instruct", 1, PromptKind.Translate, "salamandraTA-7b-instruct sentence translation (ChatML user turn, English language names)",
        input =>
        {
            var (source, target) = (EnglishName(input.Source), EnglishName(input.Target!.Value));
            return ChatMl(null, $"Translate the following text from {source} into {target}.\n{source}: {input.Text} \n{target}:");
        });

    /// <summary>salamandraTA-2B (no chat template): <c>[{source}] {text} \n[{target}]</c>, Basque named "Euskera" as BSC's demo does.</summary>
    public static PromptTemplate SalamandraTa2B { get; } = new(
        "salamandra-ta-2b", 1, PromptKind.Translate, "salamandraTA-2B bracket format (BSC demo language names)",
        input => $"[{BracketName(input.Source)}] {input.Text} \n[{BracketName(input.Target!.Value)}]");

    /// <summary>
    /// salamandra / ALIA instruct: ChatML with <see cref="SummarySystemPrompt"/> and a user turn holding a
    /// summarisation instruction in the document's language, a blank line and the text.
    /// </summary>
    public static PromptTemplate SalamandraInstructSummary { get; } = new(
        "salamandra-instruct-summary", 1, PromptKind.Summarize, "salamandra/ALIA instruct abstractive summary (ChatML, instruction in the document's language)",
        input => ChatMl(SummarySystemPrompt, $"{SummaryInstruction(input.Source)}\n\n{input.Text}"));

    /// <summary>Every template, for lookup by <see cref="PromptTemplate.Id"/>.</summary>
    public static IReadOnlyList<PromptTemplate> All { get; } = [SalamandraTaInstruct, SalamandraTa2B, SalamandraInstructSummary];

    /// <summary>The English name of a language, as salamandraTA's prompts use.</summary>
    /// <exception cref="ArgumentException">The language has no name here.</exception>
    public static string EnglishName(LanguageTag language) =>
        s_englishNames.TryGetValue(language.Value, out var name)
            ? name
            : throw new ArgumentException($"No prompt name for language '{language}'.", nameof(language));

    private static string BracketName(LanguageTag language) => language.Value == "eu" ? "Euskera" : EnglishName(language);

    private static string SummaryInstruction(LanguageTag language) =>
        s_summaryInstructions.TryGetValue(language.Value, out var instruction)
            ? instruction
            : throw new ArgumentException($"No summarisation instruction for language '{language}'.", nameof(language));

    private static string ChatMl(string? system, string user) =>
        (system is null ? string.Empty : $"<|im_start|>system\n{system}<|im_end|>\n")
        + $"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n";
}
