using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>The page being decorated: its number and the page count (null during the first pass: show a placeholder).</summary>
public readonly record struct PageInfo(int Number, int? Count);

/// <summary>A bookmark: a title, the anchor it opens and the bookmarks under it.</summary>
public sealed record OutlineItem(string Title, string Anchor, IReadOnlyList<OutlineItem> Children)
{
    /// <summary>A bookmark without children.</summary>
    public OutlineItem(string title, string anchor) : this(title, anchor, []) { }
}

/// <summary>What the document properties say. The date is fixed by the caller so output stays identical.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Author.</summary>
    public string? Author { get; init; }
    /// <summary>Subject.</summary>
    public string? Subject { get; init; }
    /// <summary>Keywords, comma-separated.</summary>
    public string? Keywords { get; init; }
    /// <summary>The application that made the source.</summary>
    public string? Creator { get; init; }
    /// <summary>The application that wrote the PDF.</summary>
    public string Producer { get; init; } = "Itou.Export";
    /// <summary>Creation and modification date.</summary>
    public DateTimeOffset Date { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    /// <summary>Document language (BCP 47), written as /Lang.</summary>
    public string Language { get; init; } = "fr-FR";
}

/// <summary>Everything about a document except its content: properties, page geometry, running header and footer, bookmarks.</summary>
public sealed record DocumentDescription
{
    /// <summary>A4 portrait, in points.</summary>
    public static SKSize A4 { get; } = new(595.28f, 841.89f);

    /// <summary>US Letter portrait, in points.</summary>
    public static SKSize Letter { get; } = new(612f, 792f);

    /// <summary>Document properties.</summary>
    public DocumentMetadata Metadata { get; init; } = new();
    /// <summary>Page size in points.</summary>
    public SKSize PageSize { get; init; } = A4;
    /// <summary>Margins in points; the header and footer take the top and bottom of the area inside them.</summary>
    public Thickness Margins { get; init; } = new(56, 51, 56, 51);
    /// <summary>Builds the header of a page (null or returning null: none).</summary>
    public Func<PageInfo, Element?>? Header { get; init; }
    /// <summary>Builds the footer of a page (null or returning null: none).</summary>
    public Func<PageInfo, Element?>? Footer { get; init; }
    /// <summary>Space between the header or footer and the content, in points.</summary>
    public float DecorationGap { get; init; } = 8;
    /// <summary>The least height of the header's and of the footer's band, gap included, in points (0: as tall as they are).</summary>
    public float DecorationBand { get; init; }
    /// <summary>
    /// The share of the gaps between blocks a page may keep when squeezing them lets it end where its flow
    /// ends (no short block left alone before a sheet break or at the end); 1: never squeeze.
    /// </summary>
    public float SqueezedGapScale { get; init; } = 0.5f;
    /// <summary>Bookmarks, top level first.</summary>
    public IReadOnlyList<OutlineItem> Outline { get; init; } = [];
    /// <summary>Name given as the file of diagnostics.</summary>
    public string SourceName { get; init; } = "document.pdf";
    /// <summary>Most pages written; the rest is left out with a diagnostic (a guard against runaway layouts).</summary>
    public int MaxPages { get; init; } = 20_000;
}
