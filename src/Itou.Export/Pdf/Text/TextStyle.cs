using SkiaSharp;

namespace Itou.Export.Pdf.Text;

/// <summary>How a run of text looks. Sizes are in points.</summary>
public sealed record TextStyle
{
    /// <summary>Font family registered in the <see cref="FontLibrary"/>: <see cref="FontLibrary.Sans"/> unless set.</summary>
    public string Family { get; init; } = FontLibrary.Sans;
    /// <summary>Font size.</summary>
    public float Size { get; init; } = 10;
    /// <summary>Bold weight.</summary>
    public bool Bold { get; init; }
    /// <summary>Italic.</summary>
    public bool Italic { get; init; }
    /// <summary>Text colour.</summary>
    public SKColor Color { get; init; } = SKColors.Black;
    /// <summary>Highlight behind the text (transparent: none).</summary>
    public SKColor Background { get; init; } = SKColors.Transparent;
    /// <summary>Underlined.</summary>
    public bool Underline { get; init; }
    /// <summary>Struck through.</summary>
    public bool Strikethrough { get; init; }
    /// <summary>Smaller and raised (footnote calls, exponents).</summary>
    public bool Superscript { get; init; }
    /// <summary>Line height as a multiple of the font size.</summary>
    public float LineHeight { get; init; } = 1.35f;

    /// <summary>The monospace family (<see cref="FontLibrary.Mono"/>); shorthand for code.</summary>
    public TextStyle Monospace() => this with { Family = FontLibrary.Mono };

    /// <summary>The size glyphs are drawn at (smaller for superscript).</summary>
    internal float GlyphSize => Superscript ? Size * 0.7f : Size;

    /// <summary>How far the baseline rises (superscript), in points.</summary>
    internal float BaselineShift => Superscript ? Size * 0.35f : 0;
}
