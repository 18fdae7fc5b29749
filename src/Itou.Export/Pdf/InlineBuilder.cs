using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;

namespace Itou.Export.Pdf;

/// <summary>
/// Collects the styled spans of one paragraph while its inlines are rendered: a stack of styles
/// (emphasis inside a link inside a mark…) and of link targets. French typography is applied when the
/// paragraph is built, across spans, so that a space and the punctuation after it are seen together.
/// Icons stay in the line; larger pictures split the paragraph and stand between its parts.
/// </summary>
internal sealed class InlineBuilder
{
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
            pieces.Add(new Piece(text, style ?? Style, Link, verbatim, null, null));
    }

    /// <summary>Adds an icon drawn in the line at the text's size.</summary>
    public void AppendIcon(ImageSource icon) => pieces.Add(new Piece("\uFFFC", Style, Link, true, null, icon));

    /// <summary>
    /// Adds the page reference of an internal link, glued to it: <paramref name="text"/> of the page
    /// <paramref name="anchor"/> landed on in the first layout pass (a two-digit placeholder in that pass).
    /// </summary>
    public void AppendPageReference(string anchor, Func<int, string> text) =>
        pieces.Add(new Piece(Glued(text(PlaceholderPage)), Style, Link, true, null, null, new PageReference(anchor, text)));

    /// <summary>Adds a picture standing on its own between the parts of the paragraph.</summary>
    public void AppendImage(Element image) => pieces.Add(new Piece("", Style, Link, true, image, null));

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
    /// The paragraph: a text block; or, when it holds large pictures, the text pieces and pictures in
    /// order. Null when it holds neither text nor pictures.
    /// </summary>
    public Element? Build(ParagraphStyle? paragraph, bool frenchTypography)
    {
        var parts = new List<Element>();
        var run = new List<Piece>();
        foreach (var piece in pieces)
        {
            if (piece.Image is null)
            {
                run.Add(piece);
                continue;
            }
            if (TextOf(run, paragraph, frenchTypography) is { } text)
                parts.Add(text);
            run.Clear();
            parts.Add(piece.Link is null ? piece.Image : new LinkArea(piece.Link, piece.Image));
        }
        if (TextOf(run, paragraph, frenchTypography) is { } last)
            parts.Add(last);
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => parts.Aggregate(new Column(PdfStyles.BlockGap / 2), (column, part) => column.Add(part)),
        };
    }

    private static Element? TextOf(List<Piece> run, ParagraphStyle? paragraph, bool frenchTypography)
    {
        if (run.TrueForAll(piece => piece.Icon is null && string.IsNullOrWhiteSpace(piece.Text)))
            return null;
        var texts = frenchTypography
            ? FrenchTypography.Apply([.. run.Select(piece => new TypographyRun(piece.Text, piece.Verbatim))])
            : [.. run.Select(piece => piece.Text)];
        if (!run.Exists(piece => piece.Reference is not null))
            return Block([.. run], texts, paragraph);
        // The page numbers are known once a pass has placed the anchors: the paragraph is built then.
        var pieces = run.ToArray();
        return new Dynamic(context => Block(pieces, [.. pieces.Select((piece, i) => piece.Reference is { } reference
            ? Glued(reference.Text(context.KnownAnchors.TryGetValue(reference.Anchor, out var at) ? at.Page : PlaceholderPage))
            : texts[i])], paragraph));
    }

    private static TextBlock Block(IReadOnlyList<Piece> run, IReadOnlyList<string> texts, ParagraphStyle? paragraph)
    {
        var block = new TextBlock(paragraph);
        for (var i = 0; i < run.Count; i++)
        {
            // Source line ends and editor spaces at the edges would only indent or lengthen the text.
            if (run[i].Icon is { } icon)
            {
                block.AddPicture(icon, run[i].Style, run[i].Link);
                continue;
            }
            var text = i == 0 ? texts[i].TrimStart(' ', '\n') : texts[i];
            block.Add(i == run.Count - 1 ? text.TrimEnd(' ', '\n') : text, run[i].Style, run[i].Link);
        }
        return block;
    }

    // A two-digit number: about as wide as most page numbers, so both passes break lines alike.
    private const int PlaceholderPage = 88;

    // A no-break space keeps "(p. 24)" with the link's last word; CJK full-width brackets bring their own room.
    private static string Glued(string reference) => reference.Length > 0 && reference[0] >= '\u3000' ? reference : "\u00A0" + reference;

    private sealed record PageReference(string Anchor, Func<int, string> Text);

    private sealed record Piece(string Text, TextStyle Style, LinkTarget? Link, bool Verbatim, Element? Image, ImageSource? Icon, PageReference? Reference = null);
}
