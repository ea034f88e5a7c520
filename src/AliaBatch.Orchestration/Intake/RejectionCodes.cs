using AliaBatch.Core.Errors;

namespace AliaBatch.Orchestration.Intake;

/// <summary>Reason codes of a <see cref="JobRejection"/> (docs/errors.md).</summary>
public static class RejectionCodes
{
    /// <summary>Not valid JSON, or not a valid job request: the pointer names the field.</summary>
    public const string Invalid = ErrorCodes.RequestInvalid;

    /// <summary>More bytes than <see cref="IntakeOptions.MaxRequestBytes"/>.</summary>
    public const string TooLarge = "request.too_large";

    /// <summary>The request reads a location queued jobs may not read (<see cref="IntakeOptions.AllowedSources"/>).</summary>
    public const string Unauthorized = "request.unauthorized";
}
