using Itou.Export.Docx.Document;
using Itou.Export.Docx.Links;
using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Publishing;
using Itou.Export.Rendering;
using Itou.Export.Space;
using Itou.Export.Theming;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx;

/// <summary>
/// Exports a GitBook space, or a section or page of it, as a Word document (DOCX) with real Word
/// styles, numbering, bookmarks, a table of contents field, header, footer and footnotes.
/// </summary>
/// <remarks>
/// Headings: a brief shows its page title on the cover and its <c>##</c> headings become Heading 1.
/// In a book or section every page starts a new page with its title as a heading whose level is
/// 1 + its depth in the table of contents (groups count, unnamed groups do not), at most 3 so that
/// every page is in the table of contents; the page's headings follow below it (<c>##</c> one level
/// under the title, and so on, at most Heading 6).
/// </remarks>
public static class DocxExporter
{
    private const int DeepestPageTitle = 3;

    /// <summary>Exports <paramref name="selection"/> of <paramref name="space"/> to <paramref name="output"/>; returns the space's diagnostics and the content accounting.</summary>
    /// <exception cref="SelectionNotFoundException">The selection matches nothing, or several entries.</exception>
    public static Task<ExportResult> ExportAsync(GitBookSpace space, ExportSelection selection, Theme theme, Stream output,
        DocxExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(space);
        return ExportAsync(Publication.Create(space, selection, theme), output, options, cancellationToken);
    }

    /// <summary>Exports a publication to <paramref name="output"/>; returns the space's diagnostics (loading ones included) and the content accounting.</summary>
    public static async Task<ExportResult> ExportAsync(Publication publication, Stream output,
        DocxExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new DocxExportOptions();
        var limits = options.Limits ?? publication.Space.Limits;
        var remoteImages = await RemoteImages.FetchAsync(publication, limits, options.RemoteImageHandler, options.RemoteImageCache, options.Progress, cancellationToken);
        // Written whole in memory first: a cancelled or failed export leaves the caller's stream untouched.
        using var buffer = new MemoryStream();
        var content = await Task.Run(() => Write(publication, options, limits, remoteImages, buffer, cancellationToken), cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
        return new ExportResult(publication.DiagnosticsAbout(publication.Space.Diagnostics), content);
    }

    private static ContentReport Write(Publication publication, DocxExportOptions options, ExportLimits limits, RemoteImages remoteImages, MemoryStream output,
        CancellationToken cancellationToken)
    {
        var ledger = ContentLedger.For(publication);
        var isBook = publication.Selection.Kind != SelectionKind.Page;
        var pages = Sources(publication, isBook).ToList();
        var date = options.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var info = new DocxDocumentInfo
        {
            Title = !isBook && pages.Count == 1 && pages[0].TitleHeading is { } h1 ? InlineText.Of(h1.Inline) : publication.Title,
            Description = publication.Description,
            Labels = publication.Labels,
            Date = date,
            IsBook = isBook,
            PageReferences = publication.PageReferences,
            // The table of contents and page references show our own PDF's page numbers until Word refreshes them.
            PageNumbers = isBook || publication.PageReferences ? Pdf.Document.Pagination.Of(publication, date, limits, remoteImages, cancellationToken) : new Dictionary<string, int>(),
            TitleAnchors = isBook || pages.Count == 0 ? [] : pages[0].TitleAnchors,
            Pictures = PagePictures.ToPreload(publication),
        };
        var written = new PhaseCounter(options.Progress, ExportPhase.Writing, publication.Pages.Count);
        DocxDocumentWriter.Write(pages, info, publication.Theme, limits, publication.Space.Diagnostics, ledger, output, cancellationToken, remoteImages,
            page =>
            {
                if (page.IsPage)
                    written.Done(page.Path, page.Title);
            });
        return ledger.Close(publication.Space.Diagnostics);
    }

    private static IEnumerable<DocxPageSource> Sources(Publication publication, bool isBook)
    {
        var afterGroupTitle = false;
        var first = true;
        foreach (var entry in publication.Entries)
        {
            var level = isBook ? Math.Min(DeepestPageTitle, 1 + PrintedAncestors(entry)) : 0;
            // A group title and its first page share a sheet: the title alone would waste one.
            var isGroupTitle = entry.Kind == PublicationEntryKind.Group && entry.Title.Length > 0;
            var startsOnNewPage = isBook && !afterGroupTitle && (first || SheetBreaks.StartsSheet(publication.Theme.PageBreaks, entry, afterGroup: isGroupTitle));
            afterGroupTitle = isGroupTitle;
            first = false;
            switch (entry.Kind)
            {
                case PublicationEntryKind.Page when entry.Page is { } page:
                    yield return FromPage(publication, page, entry.Title, level, startsOnNewPage);
                    break;
                case PublicationEntryKind.Group when entry.Title.Length > 0:
                    yield return Heading(entry, level, new MarkdownDocument(), startsOnNewPage);
                    break;
                case PublicationEntryKind.Link when entry.Url is { } url:
                    yield return Heading(entry, level, LinkDocument(url, url), startsOnNewPage) with
                    {
                        ResolveLink = (target, line) => Uri.TryCreate(target, UriKind.Absolute, out var uri) ? new DocxLinkTarget.External(uri) : new DocxLinkTarget.Unresolved(),
                    };
                    break;
            }
        }
    }

    // Unnamed groups print nothing, so they do not push their pages a level down.
    private static int PrintedAncestors(PublicationEntry entry)
    {
        var count = 0;
        var node = entry.Node?.Parent;
        for (var step = 0; step < entry.Depth && node is not null; step++, node = node.Parent)
        {
            if (node.Kind != TocNodeKind.Group || node.Title.Length > 0)
                count++;
        }
        return count;
    }

    private static DocxPageSource FromPage(Publication publication, Page page, string title, int level, bool startsOnNewPage) => new()
    {
        Path = page.Path,
        Title = title,
        IsPage = true,
        Document = page.Document,
        TitleLevel = level,
        StartsOnNewPage = startsOnNewPage,
        Anchor = AnchorIds.For(page.Path),
        ResolveLink = (url, line) => Target(publication, publication.Links.Resolve(url, page, line), page, line),
        ResolveAsset = (reference, line) => publication.Assets.Resolve(reference, page.Path, line) is { Kind: AssetKind.Local, FullPath: { } full, SpacePath: { } path }
            ? new DocxAsset(full, path)
            : null,
    };

    private static DocxLinkTarget Target(Publication publication, ResolvedLink link, Page from, int line)
    {
        switch (link.Kind)
        {
            case LinkKind.Internal when link.AnchorId is { } anchor:
                return new DocxLinkTarget.Internal(anchor) { Title = link.Page?.Title, Description = PageCards.Description(link.Page) };
            case LinkKind.External or LinkKind.SitePage when link.Url is { } url:
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
                    return new DocxLinkTarget.External(uri) { Title = link.Page?.Title, Description = PageCards.Description(link.Page) };
                publication.Space.Diagnostics.Replaced(ReplacedContent.Link, DiagnosticCodes.DocxLinkInvalid, from.Path, line, $"not a valid URL, printed as text: {url}");
                return new DocxLinkTarget.Unresolved();
            // As a {% file %} card does: the path in the space, which opens when the document sits beside the space folder.
            case LinkKind.File when link.Asset?.SpacePath is { } path && Uri.TryCreate(path, UriKind.Relative, out var relative):
                return new DocxLinkTarget.External(relative);
            default:
                return new DocxLinkTarget.Unresolved { Title = link.Page?.Title, Description = PageCards.Description(link.Page) };
        }
    }

    private static DocxPageSource Heading(PublicationEntry entry, int level, MarkdownDocument document, bool startsOnNewPage) => new()
    {
        Path = "SUMMARY.md",
        Title = entry.Title,
        Document = document,
        TitleLevel = level,
        StartsOnNewPage = startsOnNewPage,
        Anchor = entry.AnchorId ?? AnchorIds.For("SUMMARY.md", "0"),
    };

    private static MarkdownDocument LinkDocument(string title, string url)
    {
        var link = new LinkInline(url, "");
        link.AppendChild(new LiteralInline(title));
        var inline = new ContainerInline();
        inline.AppendChild(link);
        return new MarkdownDocument { new ParagraphBlock { Inline = inline } };
    }
}
