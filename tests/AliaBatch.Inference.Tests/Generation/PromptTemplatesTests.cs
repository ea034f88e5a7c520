using AliaBatch.Core.Languages;
using AliaBatch.Inference.Generation;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class PromptTemplatesTests
{
    [Fact]
    public void SalamandraTaInstruct_SpanishToCatalan_RendersTheChatMlUserTurn()
    {
        var prompt = PromptTemplates.SalamandraTaInstruct.Render(new PromptInput("Hola mundo.", LanguageTag.Spanish, LanguageTag.Catalan));

        Assert.Equal(
            "<|im_start|>user\nTranslate the following text from Spanish into Catalan.\nSpanish: Hola mundo. \nCatalan:<|im_end|>\n<|im_start|>assistant\n",
            prompt);
    }

    [Theory]
    [InlineData("eu", "Basque")]
    [InlineData("gl", "Galician")]
    [InlineData("ca-valencia", "Valencian")]
    [InlineData("oc-aranes", "Aranese")]
    [InlineData("en", "English")]
    public void SalamandraTaInstruct_Languages_UseEnglishNames(string tag, string name)
    {
        var prompt = PromptTemplates.SalamandraTaInstruct.Render(new PromptInput("x", LanguageTag.Parse(tag), LanguageTag.Spanish));

        Assert.Contains($"from {name} into Spanish.\n{name}: x \nSpanish:", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void SalamandraTa2B_Basque_RendersBracketsWithEuskera()
    {
        var prompt = PromptTemplates.SalamandraTa2B.Render(new PromptInput("Kaixo mundua.", LanguageTag.Basque, LanguageTag.Galician));

        Assert.Equal("[Euskera] Kaixo mundua. \n[Galician]", prompt);
    }

    [Fact]
    public void SalamandraInstructSummary_Galician_RendersSystemPromptAndGalicianInstruction()
    {
        var prompt = PromptTemplates.SalamandraInstructSummary.Render(new PromptInput("Texto longo.", LanguageTag.Galician));

        Assert.Equal(
            "<|im_start|>system\n" + PromptTemplates.SummarySystemPrompt + "<|im_end|>\n"
            + "<|im_start|>user\nResume o seguinte texto en galego.\n\nTexto longo.<|im_end|>\n<|im_start|>assistant\n",
            prompt);
    }

    [Fact]
    public void All_Ids_AreVersionedAndUnique()
    {
        Assert.Equal(
            ["salamandra-ta-instruct/1", "salamandra-ta-2b/1", "salamandra-instruct-summary/1"],
            PromptTemplates.All.Select(t => t.Id));
    }
}
