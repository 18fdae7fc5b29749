using Itou.Export.Pdf.Layout;

namespace Itou.Export.Pdf.Text;

/// <summary>A piece of a paragraph with one style, optionally a link.</summary>
public sealed record TextSpan(string Text, TextStyle Style, LinkTarget? Link = null)
{
    /// <summary>
    /// A picture drawn in the line instead of text (an icon in a sentence), one line-height tall with its
    /// aspect kept; the span's text is then U+FFFC and is not extracted.
    /// </summary>
    public ImageSource? Picture { get; init; }

    /// <summary>Height of an inline picture, in points: a little more than the letters'.</summary>
    internal float PictureHeight => Style.Size * 1.15f;

    /// <summary>Width of an inline picture, in points.</summary>
    internal float PictureWidth => Picture is null ? 0 : PictureHeight * Picture.Width / Picture.Height;
}
