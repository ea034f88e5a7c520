namespace AliaBatch.ModelBuilder.Tokenizers;

/// <summary>A few lines of Spanish, Catalan and English the tiny BPE tokenizer learns its merges from.</summary>
internal static class SampleCorpus
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        "Todos los seres humanos nacen libres e iguales en dignidad y derechos.",
        "Dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros.",
        "Toda persona tiene derecho a la vida, a la libertad y a la seguridad de su persona.",
        "La traducción automática ayuda a leer documentos en otras lenguas.",
        "El resumen de este texto es breve y claro.",
        "Buenos días, ¿cómo estás? Gracias por la información.",
        "Tots els éssers humans neixen lliures i iguals en dignitat i en drets.",
        "Són dotats de raó i de consciència, i han de comportar-se fraternalment els uns amb els altres.",
        "Tothom té dret a la vida, a la llibertat i a la seguretat de la seva persona.",
        "La traducció automàtica ajuda a llegir documents en altres llengües.",
        "El resum d'aquest text és breu i clar.",
        "Bon dia, com estàs? Gràcies per la informació.",
        "All human beings are born free and equal in dignity and rights.",
        "They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.",
        "Everyone has the right to life, liberty and security of person.",
        "Machine translation helps people read documents in other languages.",
        "The summary of this text is short and clear.",
        "Good morning, how are you? Thanks for the information.",
        "Translate the following text from Spanish into Catalan.",
        "Summarise the document in three sentences.",
    ];
}
