using System.Globalization;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Pipeline;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>
/// Lists one page of a job's source objects, so a container of millions of blobs never sits in one payload. The
/// continuation token is the last path of the page (listing is in ordinal path order) or, for an explicit document
/// list, the offset of the next entry.
/// </summary>
public static class DocumentLister
{
    /// <summary>
    /// The page after <paramref name="continuationToken"/> (the first page when null): at most
    /// <paramref name="pageSize"/> objects of <paramref name="source"/>, or of <paramref name="documents"/> when the
    /// request names them.
    /// </summary>
    public static Task<DocumentPage> ListAsync(
        IObjectStore source, IReadOnlyList<string>? documents, string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        return documents is null
            ? ListStoreAsync(source, continuationToken, pageSize, cancellationToken)
            : ListExplicitAsync(source, documents, continuationToken, pageSize, cancellationToken);
    }

    private static async Task<DocumentPage> ListExplicitAsync(
        IObjectStore source, IReadOnlyList<string> documents, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var distinct = documents.Distinct(StringComparer.Ordinal).ToList();
        var offset = continuationToken is null ? 0 : int.Parse(continuationToken, CultureInfo.InvariantCulture);
        var page = new List<ObjectInfo>(Math.Min(pageSize, distinct.Count - offset));
        foreach (var document in distinct.Skip(offset).Take(pageSize))
        {
            var path = ObjectPath.Normalize(document);
            // A listed document that does not exist still gets a (failed) result: nothing asked for is lost silently.
            page.Add(await source.GetInfoAsync(path, cancellationToken) ?? new ObjectInfo(path, 0, string.Empty, default));
        }

        var next = offset + page.Count;
        return new DocumentPage(page, next < distinct.Count ? next.ToString(CultureInfo.InvariantCulture) : null);
    }

    private static async Task<DocumentPage> ListStoreAsync(IObjectStore source, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var page = new List<ObjectInfo>();
        var more = false;
        await foreach (var info in source.ListAsync(cancellationToken: cancellationToken))
        {
            if (continuationToken is not null && string.CompareOrdinal(info.Path, continuationToken) <= 0)
            {
                continue;
            }

            if (ResultLayout.IsIgnoredSource(info.Path))
            {
                continue;
            }

            if (page.Count == pageSize)
            {
                more = true;
                break;
            }

            page.Add(info);
        }

        return new DocumentPage(page, more ? page[^1].Path : null);
    }
}
