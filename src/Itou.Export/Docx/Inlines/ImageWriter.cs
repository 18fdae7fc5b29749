using Itou.Export.Docx.Links;
using Itou.Export.Docx.Media;
using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Markdig.Syntax;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// Places a picture from the space, or a remote one fetched ahead, in the text, fitted to the width
/// available where it stands (the text width, a table cell) with its true aspect ratio. A picture that
/// cannot be had leaves its description (<see cref="PictureStandIn"/>, reported by the picture store),
/// linked to its address when it is remote (remote images off, or the fetch failed).
/// </summary>
internal static class ImageWriter
{
    public static void Write(DocxRenderer renderer, string source, string description, MarkdownObject at, double? widthPixels = null)
    {
        source = source.Trim();
        var page = renderer.Page;
        var image = renderer.State.Pictures.Use(source, page.Path, at.Line + 1, (reference, line) => page.ResolveAsset(reference, line)?.FullPath);
        if (image is null)
        {
            var standIn = PictureStandIn.Text(description, source, renderer.State.Labels);
            if (RemoteImages.Address(source) is { } remote)
                HyperlinkWriter.Write(renderer, new DocxLinkTarget.External(remote), () => renderer.WriteText(standIn));
            else
                renderer.WriteText(standIn);
            return;
        }
        var geometry = renderer.State.Geometry;
        var available = renderer.Scope.WidthEmu > 0 ? renderer.Scope.WidthEmu : geometry.TextWidthEmu;
        var width = widthPixels is > 0 ? Math.Min(available, (long)(widthPixels.Value * ImageData.EmuPerPixel)) : available;
        renderer.AppendPicture(renderer.State.Embedder.Fit(renderer.Host, image, width, geometry.TextHeightEmu * 3 / 4, description));
        renderer.State.Ledger.Written(at);
    }
}
