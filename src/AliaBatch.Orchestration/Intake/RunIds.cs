using System.Security.Cryptography;
using System.Text;

namespace AliaBatch.Orchestration.Intake;

/// <summary>Run ids chosen by triggers: short, deterministic for the same trigger, safe in instance ids and blob paths.</summary>
public static class RunIds
{
    private const int MaxLength = 64;

    /// <summary>
    /// <c>{kind}-{16 hex digits}</c> of the SHA-256 of <paramref name="identity"/>: e.g. the drop blob's path and ETag, or
    /// a queue message id. The same trigger delivered twice gives the same run id.
    /// </summary>
    public static string FromTrigger(string kind, string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(identity);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        var runId = $"{kind}-{Convert.ToHexStringLower(hash)[..16]}";
        Validate(runId);
        return runId;
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless the id is 1-64 letters, digits, '-', '_' or '.'.</summary>
    public static void Validate(string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        if (runId.Length > MaxLength || !runId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException($"Run id '{runId}' must be 1-{MaxLength} ASCII letters, digits, '-', '_' or '.'.", nameof(runId));
        }
    }
}
