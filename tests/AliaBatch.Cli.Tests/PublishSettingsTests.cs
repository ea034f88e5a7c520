using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Cli.Tests;

/// <summary>
/// How the installed CLI is compiled (docs/cli.md, "Install"), read from MSBuild's evaluation of the project for a
/// <c>dotnet publish -r linux-x64</c>: ahead of time, with the framework's generics over our types compiled in
/// (Directory.Build.targets), except where a composite image covers them or the user turns it off.
/// </summary>
public sealed class PublishSettingsTests
{
    private const string Project = "AliaBatch.Cli";
    private const string CrossgenArguments = "PublishReadyToRunCrossgen2ExtraArgs";

    [Fact]
    public async Task PublishForPlatform_Default_CompilesAheadOfTimeWithCrossModuleGenerics()
    {
        Assert.Equal("true", await MsBuildQuery.GetPropertyAsync(Project, "PublishReadyToRun", "RuntimeIdentifier=linux-x64"));

        var arguments = (await MsBuildQuery.GetPropertyAsync(Project, CrossgenArguments, "RuntimeIdentifier=linux-x64")).Split(';');

        Assert.Contains("--opt-cross-module:*", arguments);
        Assert.Contains("--non-local-generics-module:*", arguments);
    }

    [Fact]
    public async Task PublishForPlatform_CompositeImage_LeavesCrossModuleGenericsOut()
    {
        var arguments = await MsBuildQuery.GetPropertyAsync(Project, CrossgenArguments, "RuntimeIdentifier=linux-x64", "PublishReadyToRunComposite=true");

        Assert.DoesNotContain("--opt-cross-module", arguments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishForPlatform_TurnedOff_LeavesCrossModuleGenericsOut()
    {
        var arguments = await MsBuildQuery.GetPropertyAsync(Project, CrossgenArguments, "RuntimeIdentifier=linux-x64", "AliaBatchCrossModuleGenerics=false");

        Assert.DoesNotContain("--opt-cross-module", arguments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithoutPlatform_StaysJustInTime()
    {
        Assert.Equal(string.Empty, await MsBuildQuery.GetPropertyAsync(Project, "PublishReadyToRun"));
        Assert.DoesNotContain("--opt-cross-module", await MsBuildQuery.GetPropertyAsync(Project, CrossgenArguments), StringComparison.Ordinal);
    }
}
