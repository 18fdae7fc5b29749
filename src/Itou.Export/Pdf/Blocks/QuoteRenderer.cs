using Itou.Export.Pdf.Layout;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary><c>&gt; quote</c>: the body indented behind a rule in the theme colour, in italic.</summary>
internal sealed class QuoteRenderer : MarkdownObjectRenderer<PdfRenderer, QuoteBlock>
{
    protected override void Write(PdfRenderer renderer, QuoteBlock obj)
    {
        Column body = null!;
        renderer.WithBody(renderer.BodyStyle with { Italic = true, Color = renderer.Styles.Muted }, renderer.Alignment,
            () => body = renderer.BlocksOf(obj));
        var rule = new BoxStyle { Left = new BorderSide(3, PdfStyles.Tint(renderer.Styles.Primary, 0.5f)) };
        renderer.Add(new Box(rule, new Padding(new Thickness(2, 0, 2, 10), body)));
    }
}
