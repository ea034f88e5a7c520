using AliaBatch.Core.Languages;
using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class PromptTemplateTests
{
    [Fact]
    public void Id_NameAndVersion_JoinedWithSlash()
    {
        Assert.Equal("salamandra-ta-instruct/1", PromptTemplates.SalamandraTaInstruct.Id);
        Assert.Equal(1, PromptTemplates.SalamandraTaInstruct.Version);
        Assert.Equal(PromptKind.Summarize, PromptTemplates.SalamandraInstructSummary.Kind);
    }

    [Fact]
    public void Render_TranslationWithoutTarget_ThrowsNamingTheTemplate()
    {
        var ex = Assert.Throws<ArgumentException>(() => PromptTemplates.SalamandraTa2B.Render(new PromptInput("x", LanguageTag.Spanish)));

        Assert.Contains("salamandra-ta-2b/1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnnamedLanguage_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => PromptTemplates.SalamandraInstructSummary.Render(new PromptInput("x", LanguageTag.French)));

        Assert.Contains("'fr'", ex.Message, StringComparison.Ordinal);
    }
}
