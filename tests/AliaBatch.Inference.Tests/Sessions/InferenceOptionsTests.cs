using System.ComponentModel.DataAnnotations;
using AliaBatch.Inference.Sessions;
using Microsoft.ML.OnnxRuntime;
using Xunit;

namespace AliaBatch.Inference.Tests.Sessions;

public sealed class InferenceOptionsTests
{
    [Fact]
    public void Defaults_NewOptions_TryCudaWithCpuFallback()
    {
        var options = new InferenceOptions();

        Assert.Equal("AliaBatch:Inference", InferenceOptions.SectionName);
        Assert.Equal(ExecutionProviderKind.Auto, options.ExecutionProvider);
        Assert.False(options.RequireGpu);
        Assert.Equal(0, options.DeviceId);
        Assert.Equal(GraphOptimizationLevel.ORT_ENABLE_ALL, options.GraphOptimizationLevel);
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }

    [Fact]
    public void Validate_NegativeDeviceId_FailsNamingTheProperty()
    {
        var options = new InferenceOptions { DeviceId = -1 };
        var errors = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(nameof(InferenceOptions.DeviceId), Assert.Single(errors).MemberNames);
    }
}
