using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Figures;

/// <summary>
/// An HTML <c>&lt;img&gt;</c> inside text. It is a Markdig image link (<c>IsImage</c>, <c>Url</c>, the alt text
/// as a literal child), so writers that know <see cref="LinkInline"/> already print it; the extra
/// attributes say how big.
/// </summary>
public sealed class HtmlImageInline : LinkInline
{
    /// <summary>Creates an image inline for a source and alt text.</summary>
    public HtmlImageInline(string source, string alt)
    {
        Url = source;
        IsImage = true;
        if (alt.Length > 0) AppendChild(new LiteralInline(alt));
    }

    /// <summary>The width as written, or null.</summary>
    public string? Width { get; init; }

    /// <summary>The width in CSS pixels, when given in pixels.</summary>
    public double? WidthPixels => ImageSize.Pixels(Width);

    /// <summary>True for <c>data-size="line"</c>: an icon sized to the text line height.</summary>
    public bool LineSized { get; init; }
}
