using Itou.Export.Pdf.Text;
using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A paragraph of styled spans: shaped once with HarfBuzz, broken into lines for the width offered,
/// split across pages line by line keeping at least <see cref="ParagraphStyle.MinLinesPerPage"/> lines
/// on each side.
/// </summary>
public sealed class TextBlock : Element
{
    private readonly List<TextSpan> spans = [];
    private ShapedText? shaped;
    private (float Width, List<TextLine> Lines)? cachedLines;
    private int nextLine;

    /// <summary>A paragraph laid out with <paramref name="style"/> (the default style when null).</summary>
    public TextBlock(ParagraphStyle? style = null) => Style = style ?? ParagraphStyle.Default;

    /// <summary>A paragraph holding one span.</summary>
    public TextBlock(string text, TextStyle style, ParagraphStyle? paragraph = null) : this(paragraph) => Add(text, style);

    /// <summary>How the lines are laid out.</summary>
    public ParagraphStyle Style { get; }

    /// <summary>The spans, in order.</summary>
    public IReadOnlyList<TextSpan> Spans => spans;

    /// <summary>Adds a span (tabs become four spaces; a line feed forces a line break).</summary>
    public TextBlock Add(string text, TextStyle style, LinkTarget? link = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        if (shaped is not null)
            throw new InvalidOperationException("Spans cannot be added once the paragraph has been laid out.");
        spans.Add(new TextSpan(text.Replace("\r", "", StringComparison.Ordinal).Replace("\t", "    ", StringComparison.Ordinal), style, link));
        return this;
    }

    /// <summary>Adds a picture that sits in the line like a word (an icon), sized to the style's text.</summary>
    public TextBlock AddPicture(ImageSource picture, TextStyle style, LinkTarget? link = null)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(style);
        if (shaped is not null)
            throw new InvalidOperationException("Spans cannot be added once the paragraph has been laid out.");
        spans.Add(new TextSpan("\uFFFC", style, link) { Picture = picture });
        return this;
    }

    /// <summary>Where the last line drawn so far ends: its right edge and its baseline, from the top of the part drawn last (dot leaders start there).</summary>
    internal (float End, float Baseline) LastLineDrawn { get; private set; }

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var lines = Lines(context, available.Width);
        var count = LinesThatFit(context, lines, available.Height);
        if (count == 0)
            return lines.Count == nextLine ? SpacePlan.Empty : SpacePlan.Wrap;
        float width = 0, height = 0;
        for (var i = nextLine; i < nextLine + count; i++)
        {
            width = Math.Max(width, lines[i].Indent + lines[i].Width);
            height += lines[i].Height;
        }
        return nextLine + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var lines = Lines(context, available.Width);
        var count = LinesThatFit(context, lines, available.Height);
        float top = 0;
        for (var i = nextLine; i < nextLine + count; i++)
        {
            if (context.IsFinalPass)
                TextLinePainter.Draw(context, shaped!, lines[i], top, available.Width, Style);
            LastLineDrawn = (lines[i].Indent + lines[i].Width, top + lines[i].Baseline);
            top += lines[i].Height;
        }
        nextLine += count;
        return nextLine >= lines.Count;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => nextLine = 0;

    /// <summary>The lines for <paramref name="width"/>, shaped on first use and cached for the last width asked.</summary>
    private List<TextLine> Lines(LayoutContext context, float width)
    {
        shaped ??= ShapedText.Shape(spans, context.Fonts, message => context.Report(Publishing.DiagnosticCodes.PdfMissingGlyph, message));
        if (shaped.Count == 0)
            return [];
        if (cachedLines is { } cached && cached.Width == width)
            return cached.Lines;
        var lines = LineBreaker.Break(shaped, width, Style);
        cachedLines = (width, lines);
        return lines;
    }

    /// <summary>
    /// How many of the remaining lines go on this page: as many as fit, but never a lone first line
    /// (orphan) nor a lone last line left for the next page (widow); at least one when forcing.
    /// </summary>
    private int LinesThatFit(LayoutContext context, List<TextLine> lines, float height)
    {
        var remaining = lines.Count - nextLine;
        var fit = 0;
        float used = 0;
        while (fit < remaining && used + lines[nextLine + fit].Height <= height + 0.01f)
            used += lines[nextLine + fit++].Height;
        if (fit >= remaining)
            return remaining;
        var keep = Math.Max(1, Style.MinLinesPerPage);
        var adjusted = Math.Min(fit, remaining - keep);
        if (adjusted < keep)
            adjusted = 0;
        if (adjusted == 0 && context.Forcing)
            return Math.Max(1, fit);
        return adjusted;
    }
}
