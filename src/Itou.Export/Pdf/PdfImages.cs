using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Pdf;

/// <summary>
/// The PDF's side of the export's <see cref="PictureStore{T}"/>: pictures as the layout draws them. An SVG is
/// drawn from its sanitised bytes; a raster other than JPEG is decoded, scaled and re-encoded for print
/// in the background, beside the layout, which needs only its size (see <see cref="PrintImages"/>). With
/// <c>sizesOnly</c> (a layout that is never drawn, <see cref="Document.Pagination"/>) rasters are not
/// prepared for print.
/// </summary>
internal sealed class PdfImages : IDisposable
{
    private readonly Publication publication;
    private readonly bool sizesOnly;
    private readonly PixelBuffers pixelBuffers = new();
    private readonly PictureStore<ImageSource> store;

    public PdfImages(Publication publication, DiagnosticBag diagnostics, ExportLimits? limits = null, RemoteImages? remoteImages = null,
        bool sizesOnly = false)
    {
        this.publication = publication;
        this.sizesOnly = sizesOnly;
        Limits = limits ?? publication.Space.Limits;
        store = new PictureStore<ImageSource>(Limits, diagnostics, remoteImages ?? RemoteImages.Off, Prepare);
    }

    /// <summary>The export's limits (the pictures', and the attached files' size).</summary>
    public ExportLimits Limits { get; }

    /// <summary>Reads every picture the document shows ahead, on all cores, so that rendering finds them ready.</summary>
    public void Preload(CancellationToken cancellationToken) => store.Preload(PagePictures.ToPreload(publication), -1, cancellationToken);

    /// <summary>The picture <paramref name="reference"/> written at <paramref name="line"/> of <paramref name="page"/>, or null (reported).</summary>
    public ImageSource? Load(string reference, Page page, int line) =>
        store.Use(reference, page.Path, line, (path, at) => publication.Assets.Resolve(path, page.Path, at) is { Kind: AssetKind.Local, FullPath: { } full } ? full : null);

    /// <summary>A picture file given by absolute path (theme logos and cover), or null (reported).</summary>
    public ImageSource? LoadThemeFile(string path) => store.UseThemeFile(path);

    /// <inheritdoc/>
    public void Dispose()
    {
        store.Dispose();
        pixelBuffers.Dispose();
    }

    private ImageSource? Prepare(Picture picture, DiagnosticBag problems)
    {
        if (picture.IsSvg)
            return ImageSource.LoadSanitizedSvg(picture.Bytes);
        if (PrintImages.Reworks(picture.Raster!.Value))
        {
            // Decoding, scaling and re-encoding run beside the layout, which needs only the size.
            var (width, height) = PrintImages.PrintSize(picture.Width, picture.Height);
            return ImageSource.LoadLater(width, height, sizesOnly ? () => null : () => PrintImages.ForPrint(picture.Bytes, pixelBuffers));
        }
        return ImageSource.Load(picture.Bytes);
    }
}
