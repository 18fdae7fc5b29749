using Itou.Export.Space;

namespace Itou.Export.Publishing;

/// <summary>Where a link goes, seen from the document being written.</summary>
public enum LinkKind
{
    /// <summary>A page (or heading) printed in this document: jump to <see cref="ResolvedLink.AnchorId"/>.</summary>
    Internal,
    /// <summary>A page of the space not in this document: open <see cref="ResolvedLink.Url"/> on the published site.</summary>
    SitePage,
    /// <summary>An external URL (http, https, mailto, …): open <see cref="ResolvedLink.Url"/>.</summary>
    External,
    /// <summary>A file of the space that is not a page (a PDF in <c>.gitbook/assets</c>…): <see cref="ResolvedLink.Asset"/>; print the text, perhaps with the file name.</summary>
    File,
    /// <summary>Nowhere to go (broken, empty, dangling, or outside the export with no site URL): print the text only (reported).</summary>
    Unresolved,
}

/// <summary>
/// The outcome of resolving a link: its kind; the anchor name to jump to (internal); the URL to open
/// (site page and external); the target page and heading id when it is a page of the space; whether
/// the link is a GitBook mention (<c>[file.md](file.md "mention")</c>: print the page title as its text);
/// the file for a link to a file of the space.
/// </summary>
public sealed record ResolvedLink(LinkKind Kind, string? AnchorId = null, string? Url = null, Page? Page = null, string? HeadingId = null, bool IsMention = false, ResolvedAsset? Asset = null)
{
    /// <summary>A link that goes nowhere.</summary>
    public static ResolvedLink Unresolved { get; } = new(LinkKind.Unresolved);
}
