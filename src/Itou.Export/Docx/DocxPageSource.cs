using Itou.Export.Docx.Links;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Markdig.Syntax;

namespace Itou.Export.Docx;

/// <summary>A file of the space: the absolute path to read and the space-relative path to show and link.</summary>
internal sealed record DocxAsset(string FullPath, string SpacePath);

/// <summary>
/// One parsed page as the Word writer sees it, with what the space knows about it: where its links
/// and images go and which anchor its headings get. The exporter builds these from the space and
/// publication, tests build them by hand, so the renderer never touches the disk.
/// </summary>
internal sealed record DocxPageSource
{
    /// <summary>Space-relative path (diagnostics, page anchor).</summary>
    public required string Path { get; init; }

    /// <summary>Title from the table of contents, used when the page has no heading of its own.</summary>
    public required string Title { get; init; }

    /// <summary>Whether this is a page of the space, not a group heading or an external entry of the table of contents (progress counts pages).</summary>
    public bool IsPage { get; init; }

    /// <summary>The parsed page.</summary>
    public required MarkdownDocument Document { get; init; }

    /// <summary>
    /// Word heading level of the page title: 0 when the page is the whole document (a brief: the
    /// title goes on the cover), else 1 + the page's depth under the exported node, at most 3.
    /// </summary>
    public int TitleLevel { get; init; }

    /// <summary>Anchor of the page itself (links to <c>page.md</c> land on its title).</summary>
    public required string Anchor { get; init; }

    /// <summary>Anchor of a heading of this page: the PDF's for the same heading.</summary>
    public string HeadingAnchor(HeadingBlock heading) => AnchorIds.ForHeading(Path, heading);

    /// <summary>Where a link written in the page (at a 1-based line) goes.</summary>
    public Func<string, int, DocxLinkTarget> ResolveLink { get; init; } = (url, _) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? new DocxLinkTarget.External(uri) : new DocxLinkTarget.Unresolved();

    /// <summary>The file an image or attachment reference of the page (at a 1-based line) points to, or null when it is not in the space (reported).</summary>
    public Func<string, int, DocxAsset?> ResolveAsset { get; init; } = (_, _) => null;

    /// <summary>Whether the page title starts a new page (every page of a book or section but the first).</summary>
    public bool StartsOnNewPage { get; init; }

    /// <summary>
    /// The page's own title (<see cref="Page.TitleHeading"/>, the same rule as the PDF's), written at
    /// <see cref="TitleLevel"/>; null when the page has none.
    /// </summary>
    public HeadingBlock? TitleHeading => Page.TitleHeadingOf(Document);

    /// <summary>Anchors the title carries: the page's, and its heading's.</summary>
    public IReadOnlyList<string> TitleAnchors => TitleHeading is { } heading ? [Anchor, HeadingAnchor(heading)] : [Anchor];

    /// <summary>Word heading level for a Markdown heading of this page.</summary>
    public int HeadingLevel(int markdownLevel) => Math.Clamp(TitleLevel + markdownLevel - 1, 1, 6);
}
