using System.Text.Json.Serialization;

namespace AliaBatch.Evaluation.Suites;

/// <summary>What a suite evaluates; decides which item fields are required and which metrics apply.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuiteTask>))]
public enum SuiteTask
{
    /// <summary>Machine translation: items carry a target language and references.</summary>
    [JsonStringEnumMemberName("translation")]
    Translation,

    /// <summary>Summarisation: items carry references (the gold summaries).</summary>
    [JsonStringEnumMemberName("summarization")]
    Summarization,

    /// <summary>Classification: items carry a gold label.</summary>
    [JsonStringEnumMemberName("classification")]
    Classification,

    /// <summary>Language identification: items carry the expected language.</summary>
    [JsonStringEnumMemberName("language-identification")]
    LanguageIdentification,
}
