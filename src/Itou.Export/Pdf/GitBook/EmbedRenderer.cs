using Itou.Export.Markdown.Embeds;
using Itou.Export.Pdf.Layout;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% embed %}</c>: a printed page cannot play a video, so a card with what it is (video, document),
/// its caption, its clickable address and a QR code to open it from paper.
/// </summary>
internal sealed class EmbedRenderer : MarkdownObjectRenderer<PdfRenderer, EmbedBlock>
{
    private const float QrSize = 58f;

    protected override void Write(PdfRenderer renderer, EmbedBlock obj)
    {
        var url = obj.Url.Trim();
        var external = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        var link = external ? LinkTarget.External(url) : null;
        var details = new List<Element>();
        var caption = renderer.BlocksOf(obj, 2);
        if (caption.Children.Count > 0)
            details.Add(caption);
        details.Add(Card.Detail(renderer, url));
        var side = external ? new QrCode(url, QrSize) : null;
        renderer.Add(Card.Create(renderer, "\u25B6", Card.Title(renderer, renderer.Labels.Embed(uri), link is not null), details, link, side));
    }
}
