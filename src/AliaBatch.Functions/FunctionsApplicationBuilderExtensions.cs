using AliaBatch.Core.Serialization;
using AliaBatch.Functions.Http;
using AliaBatch.Functions.Triggers;
using AliaBatch.Orchestration;
using AliaBatch.Orchestration.Evaluation;
using AliaBatch.Pipeline;
using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AliaBatch.Functions;

/// <summary>The composition root of the Functions app.</summary>
public static class FunctionsApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the ASP.NET Core integration, the problem-details middleware, the AliaBatch JSON dialect for every payload
    /// (Durable inputs, outputs and custom status go through the worker's serializer), the document pipeline and the
    /// orchestration services (intake rules, job starter, job events), and the evaluation schedule's CRON check.
    /// </summary>
    public static FunctionsApplicationBuilder AddAliaBatchFunctions(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<ProblemDetailsMiddleware>();
        builder.Services.Configure<WorkerOptions>(worker => worker.Serializer = new JsonObjectSerializer(AliaBatchJson.Compact));
        builder.Services.AddAliaBatchPipeline();
        builder.Services.AddAliaBatchOrchestration();
        builder.Services.AddSingleton<IValidateOptions<EvaluationOptions>, EvaluationScheduleValidator>();
        return builder;
    }
}
