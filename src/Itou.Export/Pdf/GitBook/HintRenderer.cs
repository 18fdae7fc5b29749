using Itou.Export.Markdown.Hints;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Rendering;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% hint %}</c>: a callout in its style's look (<see cref="CalloutLook"/>, shared with the DOCX): a tinted
/// box with a coloured rule on the left, a frame for a danger, and the style's symbol beside the body (which
/// may hold lists, headings, pictures), not split when it is shorter than a third of a page. An empty hint
/// prints nothing.
/// </summary>
internal sealed class HintRenderer : MarkdownObjectRenderer<PdfRenderer, HintBlock>
{
    protected override void Write(PdfRenderer renderer, HintBlock obj)
    {
        var body = renderer.BlocksOf(obj, 5);
        if (body.Children.Count == 0)
            return;
        var look = CalloutLook.Of(obj.Style, renderer.Styles.Theme.Colors);
        var color = PdfStyles.ParseColor(look.Color) ?? renderer.Styles.Muted;
        var box = new BoxStyle { Background = PdfStyles.Tint(color, look.Tint) };
        var style = (look.FrameWidth > 0 ? box.WithBorder(look.FrameWidth, color) : box) with { Left = new BorderSide(look.RuleWidth, color) };
        var sign = new TextBlock(look.Symbol, renderer.Styles.Body with { Size = 12, Bold = true, Color = color });
        var row = new Row(8).AddFixed(14, sign).AddRelative(1, body);
        renderer.Add(new KeepTogether(new Box(style, new Padding(new Thickness(PdfStyles.BoxPadding, PdfStyles.BoxPadding, PdfStyles.BoxPadding, 10), row)), PdfStyles.UnsplitShare));
    }
}
