using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Markdown.Figures;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf.Inlines;

/// <summary>
/// <c>![alt](src)</c> or an HTML <c>&lt;img&gt;</c> in text. Small pictures (SVG icons, <c>data-size="line"</c>)
/// are drawn at the text's size; others are scaled to the column. A picture that cannot be drawn is
/// replaced by its description (<see cref="PictureStandIn"/>), linked to its address when it is remote.
/// </summary>
internal static class ImageRenderer
{
    /// <summary>Pictures no wider than this (points) are icons.</summary>
    private const float IconWidth = 40f;

    public static void Write(PdfRenderer renderer, LinkInline obj)
    {
        var inlines = renderer.Inlines;
        var source = renderer.Images.Load(obj.Url ?? "", renderer.Page, obj.Line + 1);
        if (source is null)
        {
            // A remote picture not drawn links to its address, as in the DOCX.
            var remote = RemoteImages.Address(obj.Url ?? "");
            var standIn = PictureStandIn.Text(renderer.PlainText(obj), obj.Url ?? "", renderer.Labels);
            inlines.WithLink(remote is null ? null : LinkTarget.External(remote.AbsoluteUri),
                () => inlines.Append(standIn, verbatim: true, style: renderer.Styles.Caption));
            return;
        }
        renderer.Ledger.Written(obj);
        var lineSized = obj is HtmlImageInline { LineSized: true };
        var icon = lineSized || source.Width <= IconWidth;
        if (icon)
        {
            inlines.AppendIcon(source);
            return;
        }
        float? width = obj is HtmlImageInline { WidthPixels: { } pixels } ? (float)pixels * 0.75f : null;
        inlines.AppendImage(new Image(source, width, TextAlignment.Center));
    }
}
