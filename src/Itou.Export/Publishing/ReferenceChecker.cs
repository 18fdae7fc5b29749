using Itou.Export.Space;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Publishing;

/// <summary>Every link and asset reference of a space, resolved (what <c>check</c> reports on).</summary>
public sealed record ReferenceReport(IReadOnlyList<(Page Page, ResolvedLink Link)> Links, IReadOnlyList<(Page Page, ResolvedAsset Asset)> Assets);

/// <summary>
/// Resolves every link and image of every page of the space (orphans included) as the publication
/// would, so that each broken link, missing or refused asset is reported with its file and line.
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
            foreach (var link in page.Document.Descendants<LinkInline>())
            {
                if (link.IsImage)
                    assets.Add((page, publication.Assets.Resolve(link.Url ?? "", page.Path, link.Line + 1)));
                else
                    links.Add((page, publication.Links.Resolve(link, page)));
            }
        }
        return new ReferenceReport(links, assets);
    }
}
