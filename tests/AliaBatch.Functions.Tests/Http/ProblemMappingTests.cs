using AliaBatch.Core.Jobs;
using AliaBatch.Functions.Http;
using Xunit;

namespace AliaBatch.Functions.Tests.Http;

public sealed class ProblemMappingTests
{
    [Fact]
    public void From_ValidationError_Is400WithPointer()
    {
        var problem = ProblemMapping.From(new JobRequestValidationException("/tasks/translate/targets/0", "bad tag"), "/api/jobs");

        Assert.Equal(400, problem.Status);
        Assert.Equal("/tasks/translate/targets/0", problem.Extensions["pointer"]);
        Assert.Equal("/api/jobs", problem.Instance);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(413)]
    public void From_ApiProblem_KeepsItsStatus(int status)
    {
        var problem = ProblemMapping.From(new ApiProblemException(status, "t", "d"), "/api/jobs/x");

        Assert.Equal(status, problem.Status);
        Assert.Equal("d", problem.Detail);
        Assert.False(problem.Extensions.ContainsKey("pointer"));
    }

    [Fact]
    public void From_UnexpectedException_Is500WithoutItsMessage()
    {
        var problem = ProblemMapping.From(new InvalidOperationException("secret connection string"), "/api/jobs");

        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("secret", problem.Detail, StringComparison.Ordinal);
    }
}
