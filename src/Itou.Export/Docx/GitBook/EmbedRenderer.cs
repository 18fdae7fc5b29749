using Itou.Export.Docx.Inlines;
using Itou.Export.Docx.Links;
using Itou.Export.Docx.Media;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Embeds;
using QRCoder;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// An embed (a video, a shared document): paper cannot play it, so a card with its caption, its
/// address as a link, and a QR code of the address for readers of the printed page.
/// </summary>
internal sealed class EmbedRenderer : DocxObjectRenderer<EmbedBlock>
{
    private const long QrSideEmu = 22L * 36000;

    protected override void Write(DocxRenderer renderer, EmbedBlock obj)
    {
        var url = obj.Url.Trim();
        var target = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? new DocxLinkTarget.External(uri) : (DocxLinkTarget)new DocxLinkTarget.Unresolved();
        CardWriter.Write(renderer,
            () =>
            {
                if (obj.Count > 0)
                    renderer.WithScope(renderer.Scope with { ParagraphStyle = StyleIds.CardTitle }, () => renderer.WriteChildren(obj));
                else
                    renderer.WriteParagraph(StyleIds.CardTitle, () => renderer.WriteText(renderer.State.Labels.Embed(uri)));
                renderer.WriteParagraph(StyleIds.CardText, () => HyperlinkWriter.Write(renderer, target, () => renderer.WriteText(url)));
            },
            url.Length == 0 ? null : () => renderer.WriteParagraph(null,
                () => renderer.AppendRunContent(renderer.State.Embedder.AtHeight(renderer.Host, QrCode(url), QrSideEmu, renderer.State.Labels.QrCode(url)))));
    }

    private static ImageData QrCode(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return Media.ImageConverter.FromPng("qr:" + url, new PngByteQRCode(data).GetGraphic(8));
    }
}
