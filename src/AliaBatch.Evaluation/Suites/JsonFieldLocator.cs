using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AliaBatch.Evaluation.Suites;

/// <summary>Finds the line of a field such as <c>metrics[1].name</c> in JSON text, so messages about values can name it.</summary>
internal static class JsonFieldLocator
{
    /// <summary>The 1-based line of <paramref name="path"/>, or of its nearest present parent; null when neither is found.</summary>
    public static int? LineOf(string json, string path)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var target = path; target.Length > 0; target = Parent(target))
        {
            if (Find(bytes, target) is { } line)
            {
                return line;
            }
        }

        return null;
    }

    private static int? Find(byte[] bytes, string target)
    {
        var reader = new Utf8JsonReader(bytes);
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        frame.Pending = reader.GetString()!;
                        if (Join(frame.Path, frame.Pending) == target)
                        {
                            return Line(bytes, reader.TokenStartIndex);
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        var path = frames.Count == 0 ? string.Empty : frames.Peek().Next();
                        if (path == target)
                        {
                            return Line(bytes, reader.TokenStartIndex);
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static int Line(byte[] bytes, long index) => 1 + bytes.AsSpan(0, (int)index).Count((byte)'\n');

    private static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private sealed class Frame(string path, bool isArray)
    {
        private int _index;

        public string Path { get; } = path;

        public string Pending { get; set; } = string.Empty;

        /// <summary>The path of the value about to be read in this container.</summary>
        public string Next() => isArray
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}[{_index++}]")
            : Join(Path, Pending);
    }
}
