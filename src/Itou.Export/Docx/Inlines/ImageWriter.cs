using Itou.Export.Docx.Links;
using Itou.Export.Publishing;
using Markdig.Syntax;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// Places a picture from the space in the text, fitted to the width available where it stands
/// (the text width, a table cell) with its true aspect ratio. A remote picture is not fetched: a
/// link to it is written instead; one that cannot be read leaves its description, with a diagnostic.
/// </summary>
internal static class ImageWriter
{
    public static void Write(DocxRenderer renderer, string source, string description, MarkdownObject at, double? widthPixels = null)
    {
        source = source.Trim();
        if (Uri.TryCreate(source, UriKind.Absolute, out var remote) && remote.Scheme is "http" or "https")
        {
            renderer.Report(DiagnosticCodes.DocxImageRemote, at, $"remote image not fetched, linked instead: {source}");
            HyperlinkWriter.Write(renderer, new DocxLinkTarget.External(remote), () => renderer.WriteText(Label(description, "image")));
            return;
        }
        var asset = renderer.Page.ResolveAsset(source, at.Line + 1);
        var image = asset is null ? null : renderer.State.Images.Load(asset.FullPath, renderer.Page.Path, at.Line + 1);
        if (image is null)
        {
            renderer.WriteText(Label(description, Path.GetFileName(source)));
            return;
        }
        var page = renderer.State.Page;
        var available = renderer.Scope.WidthEmu > 0 ? renderer.Scope.WidthEmu : page.TextWidthEmu;
        var width = widthPixels is > 0 ? Math.Min(available, (long)(widthPixels.Value * Media.ImageData.EmuPerPixel)) : available;
        renderer.AppendPicture(renderer.State.Embedder.Fit(renderer.Host, image, width, page.TextHeightEmu * 3 / 4, description));
    }

    private static string Label(string description, string fallback) =>
        $"[{(string.IsNullOrWhiteSpace(description) ? fallback : description)}]";
}
