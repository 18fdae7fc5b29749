using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Markdown.Figures;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>&lt;figure&gt;</c> / <c>&lt;img&gt;</c> blocks: the picture at its given width (pixels or percent of the
/// column), placed as asked (centred by default), with its caption below in small italic, on one page
/// (see <see cref="Figure"/>). A picture that cannot be drawn leaves its description (<see cref="PictureStandIn"/>).
/// </summary>
internal sealed class FigureRenderer : MarkdownObjectRenderer<PdfRenderer, FigureBlock>
{
    protected override void Write(PdfRenderer renderer, FigureBlock obj)
    {
        var alignment = obj.Align switch
        {
            FigureAlign.Left => TextAlignment.Left,
            FigureAlign.Right => TextAlignment.Right,
            _ => TextAlignment.Center,
        };
        Element picture;
        if (renderer.Images.Load(obj.Source, renderer.Page, obj.Line + 1) is { } source)
        {
            var width = obj.WidthPixels is { } pixels ? (float)pixels * 0.75f : (float?)null;
            Element image = new Image(source, width, alignment);
            if (obj.WidthPercent is { } percent && percent < 100)
                image = new Row().AddRelative((float)percent, image).AddRelative((float)(100 - percent), new Spacer(0));
            picture = image;
            renderer.Ledger.Written(obj);
        }
        else
        {
            var remote = RemoteImages.Address(obj.Source);
            // Placed where the picture would be, above its caption.
            picture = new TextBlock(new ParagraphStyle { Alignment = alignment }).Add(PictureStandIn.Text(obj.Alt, obj.Source, renderer.Labels), renderer.Styles.Caption,
                remote is null ? null : LinkTarget.External(remote.AbsoluteUri));
        }
        var caption = renderer.Paragraph(obj.Inline, renderer.Styles.Caption, new ParagraphStyle { Alignment = alignment });
        renderer.Add(new Figure(picture, caption));
    }
}
