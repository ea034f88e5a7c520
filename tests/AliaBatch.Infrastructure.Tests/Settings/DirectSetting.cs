using System.Reflection;

namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>
/// A setting the apps read by name rather than through an options class. <paramref name="ReadBy"/> is the assembly whose
/// code loads <paramref name="Literal"/>, or null for settings the platform itself reads (the Functions host).
/// </summary>
public sealed record DirectSetting(string Key, string App, Assembly? ReadBy, string Literal, string Why)
{
    public override string ToString() => $"{Key} ({App})";
}
