using Microsoft.Extensions.Logging;

namespace AliaBatch.Orchestration;

/// <summary>The scheduled evaluation's log messages (event ids 2100-2149).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Evaluation run {RunId} started on {Host}: {Suites} suites")]
    public static partial void EvaluationStarted(this ILogger logger, string runId, int suites, string host);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Evaluation run {RunId}: suite {Suite} could not be evaluated: {ErrorType} {ErrorMessage}")]
    public static partial void SuiteEvaluationFailed(this ILogger logger, string runId, string suite, string errorType, string errorMessage);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Evaluation run {RunId} finished: {Evaluated} suites evaluated, {Failed} failed, {Regressions} regressed metrics")]
    public static partial void EvaluationFinished(this ILogger logger, string runId, int evaluated, int failed, int regressions);
}
