using System.Globalization;
using AliaBatch.Core.Storage;
using AliaBatch.Orchestration.Payloads;
using AliaBatch.Orchestration.Stores;
using AliaBatch.Pipeline;
using Microsoft.DurableTask;

namespace AliaBatch.Orchestration.Activities;

/// <summary>
/// Lists one page of a job's source objects, so a container of millions of blobs never sits in one payload. The
/// continuation token is the last path of the page (listing is in ordinal path order) or, for an explicit document
/// list, the offset of the next entry.
/// </summary>
public sealed class ListDocumentsActivity(ObjectStoreResolver stores) : TaskActivity<ListDocumentsInput, DocumentPage>
{
    /// <inheritdoc />
    public override async Task<DocumentPage> RunAsync(TaskActivityContext context, ListDocumentsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var source = stores.Resolve(input.Source);
        return input.Documents is { } explicitDocuments
            ? await ListExplicitAsync(source, explicitDocuments, input)
            : await ListStoreAsync(source, input);
    }

    private static async Task<DocumentPage> ListExplicitAsync(IObjectStore source, IReadOnlyList<string> documents, ListDocumentsInput input)
    {
        var distinct = documents.Distinct(StringComparer.Ordinal).ToList();
        var offset = input.ContinuationToken is null ? 0 : int.Parse(input.ContinuationToken, CultureInfo.InvariantCulture);
        var page = new List<ObjectInfo>(Math.Min(input.PageSize, distinct.Count - offset));
        foreach (var document in distinct.Skip(offset).Take(input.PageSize))
        {
            var path = ObjectPath.Normalize(document);
            // A listed document that does not exist still gets a (failed) result: nothing asked for is lost silently.
            page.Add(await source.GetInfoAsync(path) ?? new ObjectInfo(path, 0, string.Empty, default));
        }

        var next = offset + page.Count;
        return new DocumentPage(page, next < distinct.Count ? next.ToString(CultureInfo.InvariantCulture) : null);
    }

    private static async Task<DocumentPage> ListStoreAsync(IObjectStore source, ListDocumentsInput input)
    {
        var page = new List<ObjectInfo>();
        var more = false;
        await foreach (var info in source.ListAsync())
        {
            if (input.ContinuationToken is not null && string.CompareOrdinal(info.Path, input.ContinuationToken) <= 0)
            {
                continue;
            }

            if (ResultLayout.IsIgnoredSource(info.Path))
            {
                continue;
            }

            if (page.Count == input.PageSize)
            {
                more = true;
                break;
            }

            page.Add(info);
        }

        return new DocumentPage(page, more ? page[^1].Path : null);
    }
}
