using Microsoft.Extensions.Logging;

namespace AliaBatch.Functions;

/// <summary>Log messages of the Functions app (event ids 6000-6099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Evaluation {InstanceId} started for {SuiteCount} suites")]
    public static partial void EvaluationStarted(this ILogger logger, string instanceId, int suiteCount);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Evaluation {InstanceId} already exists: this slot has run")]
    public static partial void EvaluationAlreadyStarted(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "No evaluation suites configured (AliaBatch:Evaluation:Suites): timer tick skipped")]
    public static partial void EvaluationSkipped(this ILogger logger);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "HTTP {Method} {Path} answered {Status}: {Detail}")]
    public static partial void ProblemAnswered(this ILogger logger, string method, string path, int status, string detail);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "HTTP {Method} {Path} failed")]
    public static partial void FunctionFailed(this ILogger logger, Exception exception, string method, string path);
}
