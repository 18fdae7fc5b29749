namespace Itou.Export.Pdf.Text;

/// <summary>Horizontal alignment of the lines of a paragraph.</summary>
public enum TextAlignment
{
    /// <summary>Ragged right.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Ragged left.</summary>
    Right,
    /// <summary>Both edges straight; the last line is left-aligned.</summary>
    Justify,
}

/// <summary>How the lines of a paragraph are laid out. Lengths are in points.</summary>
public sealed record ParagraphStyle
{
    /// <summary>The default: left-aligned, no indent.</summary>
    public static ParagraphStyle Default { get; } = new();

    /// <summary>Alignment.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;
    /// <summary>Left indent of the first line.</summary>
    public float FirstLineIndent { get; init; }
    /// <summary>Left indent of every line after the first (a hanging indent when larger than the first line's).</summary>
    public float HangingIndent { get; init; }
    /// <summary>Fewest lines left at the bottom of a page or carried to the next (widows and orphans).</summary>
    public int MinLinesPerPage { get; init; } = 2;
}
