namespace Itou.Export.Docx.Document;

/// <summary>What the cover, the running header and the document properties say.</summary>
internal sealed record DocxDocumentInfo
{
    /// <summary>Title (space, section or page title).</summary>
    public required string Title { get; init; }

    /// <summary>Description from the front matter, shown under the title.</summary>
    public string? Description { get; init; }

    /// <summary>The words the document writes itself, in its language (<see cref="Publishing.Publication.Labels"/>).</summary>
    public required Localization.Labels Labels { get; init; }

    /// <summary>Date printed on the cover and written in the properties (fixed so output is reproducible).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>
    /// A book or section: full cover page, table of contents, every page on a new sheet. Otherwise a
    /// brief: a title block on the first page and the text right after it.
    /// </summary>
    public bool IsBook { get; init; }

    /// <summary>Whether internal links are followed by a PAGEREF to their page ("(p. 24)", <see cref="Publishing.Publication.PageReferences"/>).</summary>
    public bool PageReferences { get; init; }

    /// <summary>Anchor → page in our own PDF pagination of the same selection: the numbers fields show before Word refreshes them.</summary>
    public IReadOnlyDictionary<string, int> PageNumbers { get; init; } = new Dictionary<string, int>();

    /// <summary>Anchors the title carries (a brief's page anchor, so links to it land on the title).</summary>
    public IReadOnlyList<string> TitleAnchors { get; init; } = [];

    /// <summary>The picture files the document shows (theme logos, the pages' pictures): read ahead while pages are written.</summary>
    public IReadOnlyList<string> Pictures { get; init; } = [];
}
