using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;

namespace Itou.Export.Pdf;

/// <summary>
/// Collects the styled spans of one paragraph while its inlines are rendered: a stack of styles
/// (emphasis inside a link inside a mark…) and of link targets. French typography is applied when the
/// paragraph is built, across spans, so that a space and the punctuation after it are seen together.
/// Images met in the text split it: the engine's paragraphs hold text only.
/// </summary>
internal sealed class InlineBuilder
{
    private const float IconGap = 5f;
    private readonly List<Piece> pieces = [];
    private readonly Stack<TextStyle> styles = new();
    private readonly Stack<LinkTarget?> links = new();

    public InlineBuilder(TextStyle style)
    {
        styles.Push(style);
        links.Push(null);
    }

    /// <summary>The style text gets now.</summary>
    public TextStyle Style => styles.Peek();

    /// <summary>The link text gets now, or null.</summary>
    public LinkTarget? Link => links.Peek();

    /// <summary>Adds text in the current style and link; <paramref name="verbatim"/> text (code, URLs) is never retouched.</summary>
    public void Append(string text, bool verbatim = false, TextStyle? style = null)
    {
        if (text.Length > 0)
            pieces.Add(new Piece(text, style ?? Style, Link, verbatim, null, false));
    }

    /// <summary>Adds a picture; an <paramref name="icon"/> that opens the paragraph is drawn beside its text.</summary>
    public void AppendImage(Element image, bool icon) => pieces.Add(new Piece("", Style, Link, true, image, icon));

    /// <summary>Runs <paramref name="write"/> with <paramref name="style"/> as the current style.</summary>
    public void With(TextStyle style, Action write)
    {
        styles.Push(style);
        try { write(); }
        finally { styles.Pop(); }
    }

    /// <summary>Runs <paramref name="write"/> inside a link (null: not a link).</summary>
    public void WithLink(LinkTarget? link, Action write)
    {
        links.Push(link);
        try { write(); }
        finally { links.Pop(); }
    }

    /// <summary>The plain text added so far.</summary>
    public string PlainText => string.Concat(pieces.Select(piece => piece.Text));

    /// <summary>
    /// The paragraph: a text block; or, when it holds pictures, the text pieces and pictures in order
    /// (a leading icon beside the text). Null when it holds neither text nor pictures.
    /// </summary>
    public Element? Build(ParagraphStyle? paragraph, bool frenchTypography)
    {
        var parts = new List<(Element Element, bool Icon)>();
        var run = new List<Piece>();
        foreach (var piece in pieces)
        {
            if (piece.Image is null)
            {
                run.Add(piece);
                continue;
            }
            if (TextOf(run, paragraph, frenchTypography) is { } text)
                parts.Add((text, false));
            run.Clear();
            parts.Add((piece.Link is null ? piece.Image : new LinkArea(piece.Link, piece.Image), piece.Icon));
        }
        if (TextOf(run, paragraph, frenchTypography) is { } last)
            parts.Add((last, false));
        return parts.Count switch
        {
            0 => null,
            1 => parts[0].Element,
            2 when parts[0].Icon && parts[1].Element is TextBlock => new Row(IconGap).AddAuto(parts[0].Element).AddRelative(1, parts[1].Element),
            _ => parts.Aggregate(new Column(PdfStyles.BlockGap / 2), (column, part) => column.Add(part.Element)),
        };
    }

    private static TextBlock? TextOf(List<Piece> run, ParagraphStyle? paragraph, bool frenchTypography)
    {
        if (run.TrueForAll(piece => string.IsNullOrWhiteSpace(piece.Text)))
            return null;
        var texts = frenchTypography
            ? FrenchTypography.Apply([.. run.Select(piece => new TypographyRun(piece.Text, piece.Verbatim))])
            : [.. run.Select(piece => piece.Text)];
        var block = new TextBlock(paragraph);
        for (var i = 0; i < run.Count; i++)
        {
            // Source line ends and editor spaces at the edges would only indent or lengthen the text.
            var text = i == 0 ? texts[i].TrimStart(' ', '\n') : texts[i];
            block.Add(i == run.Count - 1 ? text.TrimEnd(' ', '\n') : text, run[i].Style, run[i].Link);
        }
        return block;
    }

    private sealed record Piece(string Text, TextStyle Style, LinkTarget? Link, bool Verbatim, Element? Image, bool Icon);
}
