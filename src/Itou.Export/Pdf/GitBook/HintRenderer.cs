using Itou.Export.Markdown.Hints;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Renderers;
using SkiaSharp;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% hint %}</c>: a callout in its style's colour (info, success, warning, danger): a tinted box with a
/// coloured rule on the left and the style's symbol beside the body (which may hold lists, headings,
/// pictures), not split when it is shorter than a third of a page. An empty hint prints nothing. Printed in
/// grey, orange and red look alike, so a danger callout is also told by its shape: a rule twice as wide, a
/// tint twice as dark and a frame all round, besides its own symbol (✖ against ⚠).
/// </summary>
internal sealed class HintRenderer : MarkdownObjectRenderer<PdfRenderer, HintBlock>
{
    protected override void Write(PdfRenderer renderer, HintBlock obj)
    {
        var body = renderer.BlocksOf(obj, 5);
        if (body.Children.Count == 0)
            return;
        var (color, symbol) = Look(renderer.Styles, obj.Style);
        var style = obj.Style == HintStyle.Danger
            ? new BoxStyle { Background = PdfStyles.Tint(color, 0.16f) }.WithBorder(0.75f, color) with { Left = new BorderSide(8, color) }
            : new BoxStyle { Background = PdfStyles.Tint(color, 0.08f), Left = new BorderSide(4, color) };
        var sign = new TextBlock(symbol, renderer.Styles.Body with { Size = 12, Bold = true, Color = color });
        var row = new Row(8).AddFixed(14, sign).AddRelative(1, body);
        renderer.Add(new KeepTogether(new Box(style, new Padding(new Thickness(PdfStyles.BoxPadding, PdfStyles.BoxPadding, PdfStyles.BoxPadding, 10), row)), PdfStyles.UnsplitShare));
    }

    public static (SKColor Color, string Symbol) Look(PdfStyles styles, HintStyle style) => style switch
    {
        HintStyle.Success => (styles.Success, "\u2714"),
        HintStyle.Warning => (styles.Warning, "\u26A0"),
        HintStyle.Danger => (styles.Danger, "\u2716"),
        _ => (styles.Info, "\u2139"),
    };
}
