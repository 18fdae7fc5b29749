using Itou.Export.Space;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Publishing;

/// <summary>
/// Resolves the links written in pages for one publication: pages and headings printed in it become
/// internal anchors, other pages of the space point to the published site (when the theme gives its
/// URL), external URLs are cleaned; anything else is printed as text and reported with file and line.
/// </summary>
public sealed class LinkResolver
{
    private const string BrokenReference = "broken-reference";
    private const string MentionTitle = "mention";
    private readonly Publication publication;

    internal LinkResolver(Publication publication) => this.publication = publication;

    private GitBookSpace Space => publication.Space;

    /// <summary>Resolves a Markdig link found in <paramref name="from"/> (its line and mention title included).</summary>
    public ResolvedLink Resolve(LinkInline link, Page from)
    {
        ArgumentNullException.ThrowIfNull(link);
        var resolved = Resolve(link.Url ?? "", from, link.Line + 1);
        return IsMention(link) ? resolved with { IsMention = true } : resolved;
    }

    /// <summary>Whether a link is a GitBook mention (title <c>"mention"</c>): it prints the linked page's title, not its own text.</summary>
    public static bool IsMention(LinkInline link) => link?.Title == MentionTitle;

    /// <summary>Resolves a link target <paramref name="url"/> written at <paramref name="line"/> (1-based) of <paramref name="from"/>.</summary>
    public ResolvedLink Resolve(string url, Page from, int line)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(from);
        var target = LinkTargets.Clean(url);
        if (target.Length == 0)
            return Report(DiagnosticCodes.LinkEmpty, from, line, "A link has an empty target: printed as text.");
        if (target == BrokenReference)
            return Report(DiagnosticCodes.LinkBrokenReference, from, line, "A link points to GitBook's 'broken-reference' (its page was deleted or moved): printed as text.");
        if (LinkTargets.IsExternal(target))
            return new ResolvedLink(LinkKind.External, Url: target);
        var (path, anchor) = LinkTargets.SplitAnchor(target);
        if (IsFile(path))
            return ToFile(path, from, line);
        var page = path.Length == 0 ? from : FindPage(from, path);
        return page is null
            ? Report(DiagnosticCodes.LinkDangling, from, line, $"The link '{url}' points to no page of the space: printed as text.")
            : ToPage(page, CheckedAnchor(page, anchor, from, line), from, line);
    }

    // A path with an extension other than .md names a file (a PDF to download), not a page.
    private static bool IsFile(string path) =>
        Path.GetExtension(path.TrimEnd('/')) is { Length: > 0 } extension && !extension.Equals(".md", StringComparison.OrdinalIgnoreCase);

    // Missing or refused files are reported by the asset resolver.
    private ResolvedLink ToFile(string path, Page from, int line)
    {
        var asset = publication.Assets.Resolve(path, from.Path, line);
        return asset.Kind == AssetKind.Local ? new ResolvedLink(LinkKind.File, Asset: asset) : ResolvedLink.Unresolved with { Asset = asset };
    }

    // A path as GitBook finds it, else through the redirects of .gitbook.yaml.
    private Page? FindPage(Page from, string path)
    {
        var spacePath = SpacePaths.Combine(from.Path, LinkTargets.Unescape(path));
        if (spacePath is null)
            return null;
        return Space.FindPage(spacePath) ?? Redirect(spacePath);
    }

    private Page? Redirect(string spacePath)
    {
        var redirects = Space.Config.Redirects;
        var key = spacePath.EndsWith(".md", StringComparison.Ordinal) ? spacePath[..^3] : spacePath;
        return redirects.TryGetValue(key, out var target) || redirects.TryGetValue(spacePath, out target)
            ? Space.FindPage(target)
            : null;
    }

    private string? CheckedAnchor(Page page, string? anchor, Page from, int line)
    {
        if (anchor is null || page.HeadingIds.Contains(anchor))
            return anchor;
        Space.Diagnostics.Report(DiagnosticCodes.LinkAnchor, from.Path, line, $"'{page.Path}' has no heading '#{anchor}': the link goes to the top of the page.");
        return null;
    }

    private ResolvedLink ToPage(Page page, string? anchor, Page from, int line)
    {
        if (publication.Contains(page))
            return new ResolvedLink(LinkKind.Internal, AnchorIds.For(page.Path, anchor), Page: page, HeadingId: anchor);
        if (publication.Theme.SiteBaseUrl is { } site)
            return new ResolvedLink(LinkKind.SitePage, Url: SiteUrl(site, page, anchor), Page: page, HeadingId: anchor);
        // A link in a page that is not printed either is never seen: nothing to report.
        if (publication.Contains(from))
            Space.Diagnostics.Replaced(ReplacedContent.Link, DiagnosticCodes.LinkOutside, from.Path, line, $"'{page.Path}' is not in this document and the theme gives no site URL: the link is printed as text.", DiagnosticSeverity.Info);
        return ResolvedLink.Unresolved with { Page = page, HeadingId = anchor };
    }

    // The published site drops ".md" and serves a folder's readme at the folder's URL.
    private string SiteUrl(Uri site, Page page, string? anchor)
    {
        var path = page.Path;
        if (Path.GetFileName(path) == Space.Config.Readme)
            path = SpacePaths.Directory(path);
        else if (path.EndsWith(".md", StringComparison.Ordinal))
            path = path[..^3];
        var root = site.AbsoluteUri.EndsWith('/') ? site.AbsoluteUri : site.AbsoluteUri + "/";
        return root + path + (anchor is null ? "" : "#" + anchor);
    }

    private ResolvedLink Report(string code, Page from, int line, string message)
    {
        Space.Diagnostics.Replaced(ReplacedContent.Link, code, from.Path, line, message);
        return ResolvedLink.Unresolved;
    }
}
