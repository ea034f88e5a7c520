namespace AliaBatch.Inference.Generation;

/// <summary>
/// A versioned prompt format for one model family. <see cref="Id"/> (<c>name/version</c>) is recorded in provenance;
/// any change to the rendered text gets a new version.
/// </summary>
public sealed class PromptTemplate
{
    private readonly Func<PromptInput, string> _render;

    internal PromptTemplate(string name, int version, PromptKind kind, string description, Func<PromptInput, string> render)
    {
        Name = name;
        Version = version;
        Kind = kind;
        Description = description;
        _render = render;
    }

    /// <summary>The template family, e.g. <c>salamandra-ta-instruct</c>.</summary>
    public string Name { get; }

    /// <summary>The version of the rendered text.</summary>
    public int Version { get; }

    /// <summary>The provenance id, <c>name/version</c>.</summary>
    public string Id => FormattableString.Invariant($"{Name}/{Version}");

    /// <summary>What the prompt asks for.</summary>
    public PromptKind Kind { get; }

    /// <summary>The model family and source of the format.</summary>
    public string Description { get; }

    /// <summary>Renders the prompt text (without BOS: the tokenizer adds it when encoding with special tokens).</summary>
    /// <exception cref="ArgumentException">A language has no name in this template, or a translation lacks its target.</exception>
    public string Render(PromptInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Text);
        if (Kind == PromptKind.Translate && input.Target is null)
        {
            throw new ArgumentException($"Template {Id} translates and needs a target language.", nameof(input));
        }

        return _render(input);
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
