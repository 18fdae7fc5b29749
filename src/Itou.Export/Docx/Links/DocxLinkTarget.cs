namespace Itou.Export.Docx.Links;

/// <summary>Where a link of a page goes, as the writer needs it; <c>Title</c> is the target page's title when it is a page.</summary>
internal abstract record DocxLinkTarget
{
    private DocxLinkTarget() { }

    /// <summary>The target page's title, when the link goes to a page of the space.</summary>
    public string? Title { get; init; }

    /// <summary>The target page's description from its front matter (a page card's subtitle), when it has one.</summary>
    public string? Description { get; init; }

    /// <summary>A place inside the exported document, known by its anchor id.</summary>
    public sealed record Internal(string Anchor) : DocxLinkTarget;

    /// <summary>A URL outside the document (a web page, a page of the published site).</summary>
    public sealed record External(Uri Url) : DocxLinkTarget;

    /// <summary>Nowhere: the text stays, without a link (the resolver has reported why).</summary>
    public sealed record Unresolved : DocxLinkTarget;
}
