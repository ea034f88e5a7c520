namespace AliaBatch.Documents;

/// <summary>What the leading bytes of a document say it is.</summary>
internal enum SniffedContent
{
    Unknown,
    Pdf,
    Zip,
    CompoundFile,
    Html,
}
