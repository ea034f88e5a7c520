using AliaBatch.Core.Jobs;
using AliaBatch.Core.Languages;
using Xunit;

namespace AliaBatch.Core.Tests;

public sealed class JobRequestValidatorTests
{
    private const string Valid = """
        {
          "schemaVersion": "1.0",
          "jobId": "agency-42",
          "source": { "kind": "blob", "container": "incoming", "prefix": "agency/drop1/" },
          "tasks": {
            "translate": { "targets": ["ca-valencia", "eu"], "glossary": { "IBI": "IBI" } },
            "summarize": { "mode": "extractive", "maxSentences": 2 },
            "classify": { "labels": ["taxes", "health"] }
          },
          "options": { "overwrite": "version", "priority": "high", "deadline": "2026-12-01T10:00:00Z" }
        }
        """;

    [Fact]
    public void Parse_ValidRequest_ReadsEveryField()
    {
        var request = JobRequestValidator.Parse(Valid);

        Assert.Equal("agency-42", request.JobId);
        Assert.Equal(SourceKind.Blob, request.Source.Kind);
        Assert.Equal("incoming", request.Source.Container);
        Assert.Equal([LanguageTag.Valencian, LanguageTag.Basque], request.Tasks.Translate!.Targets);
        Assert.Equal(2, request.Tasks.Summarize!.MaxSentences);
        Assert.Equal(["taxes", "health"], request.Tasks.Classify!.Labels);
        Assert.Equal(OverwritePolicy.Version, request.Options.Overwrite);
        Assert.Equal(JobPriority.High, request.Options.Priority);
        Assert.Equal(["translate", "summarize", "classify"], request.Tasks.Names);
    }

    [Theory]
    [InlineData("\"targets\": [\"ca-valencia\", \"eu\"]", "\"targets\": [\"ca valencia\"]", "/tasks/translate/targets/0")]
    [InlineData("\"targets\": [\"ca-valencia\", \"eu\"]", "\"targets\": []", "/tasks/translate/targets")]
    [InlineData("\"labels\": [\"taxes\", \"health\"]", "\"labels\": [\"taxes\"]", "/tasks/classify/labels")]
    [InlineData("\"maxSentences\": 2", "\"maxSentences\": 0", "/tasks/summarize/maxSentences")]
    [InlineData("\"mode\": \"extractive\"", "\"mode\": \"poetic\"", "/tasks/summarize/mode")]
    [InlineData("\"jobId\": \"agency-42\"", "\"jobId\": \"Agency 42!\"", "/jobId")]
    [InlineData("\"overwrite\": \"version\"", "\"overwrite\": \"always\"", "/options/overwrite")]
    [InlineData("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"9.9\"", "/schemaVersion")]
    [InlineData("\"container\": \"incoming\", ", "", "/source")]
    [InlineData("\"priority\": \"high\"", "\"priority\": \"high\", \"colour\": \"red\"", "/options/colour")]
    [InlineData("\"prefix\": \"agency/drop1/\"", "\"prefix\": \"agency/drop1/\", \"documents\": [\"a.txt\", \"../x.txt\"]", "/source/documents/1")]
    public void Parse_InvalidField_NamesTheField(string find, string replace, string expectedField)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var exception = Assert.Throws<JobRequestValidationException>(() => JobRequestValidator.Parse(json));

        Assert.Equal(expectedField, exception.Field);
        Assert.Contains(expectedField, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoTasks_IsRejectedAtTasks()
    {
        var json = """{"schemaVersion":"1.0","source":{"kind":"local","path":"/data"},"tasks":{}}""";

        var exception = Assert.Throws<JobRequestValidationException>(() => JobRequestValidator.Parse(json));

        Assert.Equal("/tasks", exception.Field);
    }

    [Fact]
    public void Parse_NotJson_IsRejectedAtRoot()
    {
        var exception = Assert.Throws<JobRequestValidationException>(() => JobRequestValidator.Parse("{ not json"));

        Assert.Equal("/", exception.Field);
    }

    [Fact]
    public void Validate_RequestBuiltInCode_RoundTripsThroughTheSchema()
    {
        var request = new JobRequest
        {
            Source = new JobSource { Kind = SourceKind.Local, Path = "/data" },
            Tasks = new JobTasks { Summarize = new SummarizeTask() },
        };

        Assert.Same(request, JobRequestValidator.Validate(request));
    }

    [Fact]
    public void SchemaText_IsThePublishedSchema() =>
        Assert.Contains("\"$id\": \"https://aliabatch.dev/schemas/job-request.v1.json\"", JobRequestValidator.SchemaText, StringComparison.Ordinal);
}
