namespace Itou.Export.Docx.Links;

/// <summary>Where a link of a page goes, as the writer needs it.</summary>
internal abstract record DocxLinkTarget
{
    private DocxLinkTarget() { }

    /// <summary>A place inside the exported document, known by its anchor id.</summary>
    public sealed record Internal(string Anchor) : DocxLinkTarget;

    /// <summary>A URL outside the document.</summary>
    public sealed record External(Uri Url) : DocxLinkTarget;

    /// <summary>Nowhere: the text stays, without a link (the resolver has reported why).</summary>
    public sealed record Unresolved : DocxLinkTarget;
}
