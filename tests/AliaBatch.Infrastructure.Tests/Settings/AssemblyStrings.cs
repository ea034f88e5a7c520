using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>The string literals an assembly's code loads (its #US heap): evidence that it reads a configuration key by name.</summary>
public static class AssemblyStrings
{
    public static bool Contains(Assembly assembly, string literal)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = reader.GetNextHandle(handle))
        {
            if (reader.GetUserString(handle).Contains(literal, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
