using Itou.Export.Markdown.ContentRefs;
using Itou.Export.Markdown.Figures;
using Itou.Export.Markdown.Files;
using Itou.Export.Space;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Publishing;

/// <summary>Every link and asset reference of a space, resolved, with the page it is written in.</summary>
public sealed record ReferenceReport(IReadOnlyList<(Page Page, ResolvedLink Link)> Links, IReadOnlyList<(Page Page, ResolvedAsset Asset)> Assets);

/// <summary>
/// Resolves every link, image and attached file of every page of the space (orphans included) as the
/// publication would, so that each broken link, missing or refused asset is reported with its file
/// and line (what <c>check</c> prints).
/// </summary>
public static class ReferenceChecker
{
    /// <summary>Resolves all references of <paramref name="publication"/>'s space; problems go to its diagnostics.</summary>
    public static ReferenceReport Check(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var links = new List<(Page, ResolvedLink)>();
        var assets = new List<(Page, ResolvedAsset)>();
        foreach (var page in publication.Space.Pages)
        {
            foreach (var node in page.Document.Descendants())
            {
                if (LinkOf(node, page, publication.Links) is { } link)
                    links.Add((page, link));
                if (AssetOf(node) is { } asset)
                    assets.Add((page, publication.Assets.Resolve(asset.Reference, page.Path, asset.Line)));
            }
        }
        return new ReferenceReport(links, assets);
    }

    private static ResolvedLink? LinkOf(MarkdownObject node, Page page, LinkResolver links) => node switch
    {
        LinkInline { IsImage: false } link => links.Resolve(link, page),
        // A card's body holds the same link as its url, so only a legacy page-ref (no body) is resolved here.
        ContentRefBlock { Count: 0 } card => links.Resolve(card.Url, page, card.Line + 1),
        _ => null,
    };

    private static (string Reference, int Line)? AssetOf(MarkdownObject node) => node switch
    {
        LinkInline { IsImage: true } image => (image.Url ?? "", image.Line + 1),
        FileBlock file => (file.Source, file.Line + 1),
        FigureBlock figure => (figure.Source, figure.Line + 1),
        _ => null,
    };
}
