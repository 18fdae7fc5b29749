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
        renderer.Add(Card.Create(renderer, "\u25B6", Card.Title(renderer, Kind(uri), link is not null), details, link, side));
    }

    // What the reader will find at the address, from its host.
    private static string Kind(Uri? uri)
    {
        var host = uri?.Host ?? "";
        if (host.Contains("youtu", StringComparison.OrdinalIgnoreCase) || host.Contains("vimeo", StringComparison.OrdinalIgnoreCase)
            || host.Contains("loom", StringComparison.OrdinalIgnoreCase) || host.Contains("dailymotion", StringComparison.OrdinalIgnoreCase))
            return "Vidéo en ligne";
        if (host.Contains("drive.google", StringComparison.OrdinalIgnoreCase) || host.Contains("docs.google", StringComparison.OrdinalIgnoreCase))
            return "Document en ligne";
        return host.Length > 0 ? $"Contenu en ligne ({host})" : "Contenu en ligne";
    }
}
