using Itou.Export.Docx.Links;
using Itou.Export.Docx.Media;
using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Markdig.Syntax;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// Places a picture from the space, or a remote one fetched ahead, in the text, fitted to the width
/// available where it stands (the text width, a table cell) with its true aspect ratio. A remote picture
/// not fetched (remote images off, or the fetch failed) becomes a link to it; one that cannot be read
/// leaves its description, with a diagnostic.
/// </summary>
internal static class ImageWriter
{
    public static void Write(DocxRenderer renderer, string source, string description, MarkdownObject at, double? widthPixels = null)
    {
        source = source.Trim();
        var page = renderer.Page;
        var image = renderer.State.Pictures.Use(source, page.Path, at.Line + 1, (reference, line) => page.ResolveAsset(reference, line)?.FullPath);
        if (image is null && RemoteImages.Address(source) is { } remote)
        {
            HyperlinkWriter.Write(renderer, new DocxLinkTarget.External(remote), () => renderer.WriteText(Label(description, renderer.State.Labels.Image)));
            return;
        }
        if (image is null)
        {
            renderer.WriteText(Label(description, Path.GetFileName(source)));
            return;
        }
        var geometry = renderer.State.Geometry;
        var available = renderer.Scope.WidthEmu > 0 ? renderer.Scope.WidthEmu : geometry.TextWidthEmu;
        var width = widthPixels is > 0 ? Math.Min(available, (long)(widthPixels.Value * ImageData.EmuPerPixel)) : available;
        renderer.AppendPicture(renderer.State.Embedder.Fit(renderer.Host, image, width, geometry.TextHeightEmu * 3 / 4, description));
        renderer.State.Ledger.Written(at);
    }

    private static string Label(string description, string fallback) =>
        $"[{(string.IsNullOrWhiteSpace(description) ? fallback : description)}]";
}
