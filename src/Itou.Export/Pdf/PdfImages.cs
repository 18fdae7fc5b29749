using System.Collections.Concurrent;
using Itou.Export.Imaging;
using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Pdf;

/// <summary>
/// The pictures of one document, loaded once each from inside the space (through the space's asset
/// resolver) or from the remote images fetched ahead, within the export limits. What cannot be drawn is
/// reported; callers then print a replacement that says what was there. With <paramref name="sizesOnly"/>
/// (a layout that is never drawn, <see cref="Document.Pagination"/>) rasters are not prepared for print.
/// </summary>
internal sealed class PdfImages(Publication publication, DiagnosticBag diagnostics, ExportLimits? exportLimits = null, RemoteImages? remoteImages = null,
    bool sizesOnly = false) : IDisposable
{
    // Each file (or address) read once (possibly ahead, in parallel) with its problems kept, to be reported where a page uses it.
    private readonly ConcurrentDictionary<string, (ImageSource? Image, IReadOnlyList<Diagnostic> Problems)> loaded = new(StringComparer.Ordinal);
    private readonly ExportLimits limits = exportLimits ?? publication.Space.Limits;
    private readonly PixelBuffers pixelBuffers = new();

    /// <summary>
    /// Loads every picture the pages and the theme will ask for (remote ones as fetched), on all cores, so
    /// that rendering finds them ready; rasters to decode and re-encode (most of an export's time) go on in
    /// the background, beside the layout (see <see cref="ImageSource"/>).
    /// </summary>
    public void Preload(CancellationToken cancellationToken)
    {
        var files = PagePictures.LocalFiles(publication)
            .Concat(publication.Theme.Logos)
            .Concat(publication.Theme.CoverImage is { } cover ? [cover] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var pictures = files.Select(file => (Key: file, Read: (Func<(byte[]?, string?)>)(() => ReadFile(file))))
            .Concat((remoteImages ?? RemoteImages.Off).Fetched.Select(image => (Key: image.Url.AbsoluteUri, Read: (Func<(byte[]?, string?)>)(() => (image.Bytes, null)))));
        Parallel.ForEach(pictures, new ParallelOptions { CancellationToken = cancellationToken }, picture => Loaded(picture.Key, picture.Read));
    }

    /// <summary>
    /// The picture <paramref name="reference"/> written at <paramref name="line"/> of <paramref name="page"/>,
    /// or null (reported) when it is remote and not fetched, missing, outside the space, too big or unreadable.
    /// </summary>
    public ImageSource? Load(string reference, Page page, int line)
    {
        var asset = publication.Assets.Resolve(reference, page.Path, line);
        switch (asset.Kind)
        {
            case AssetKind.Local:
                return FromFile(asset.FullPath!, page, line);
            case AssetKind.Remote when RemoteImages.Address(asset.Url!) is { } url:
                return FromRemote(url, page, line);
            case AssetKind.Remote:
                diagnostics.Replaced(ReplacedContent.Image, DiagnosticCodes.PdfRemoteImage, page.Path, line, $"'{asset.Url}' is not an http or https address: it is printed instead.", DiagnosticSeverity.Info);
                return null;
            default:
                return null; // missing or refused: the asset resolver has reported it
        }
    }

    /// <summary>A picture file given by absolute path (theme logos and cover), or null (reported).</summary>
    public ImageSource? LoadThemeFile(string path) => FromFile(path, null, 0);

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var (image, _) in loaded.Values)
            image?.Dispose();
        pixelBuffers.Dispose();
    }

    // Problems are reported at the page and line that use the picture (preloading knows neither).
    private ImageSource? FromFile(string fullPath, Page? page, int line) =>
        Reported(Loaded(fullPath, () => ReadFile(fullPath)), page?.Path ?? fullPath, line);

    // The bytes fetched ahead (their failures reported at each use), drawn like a local picture.
    private ImageSource? FromRemote(Uri url, Page page, int line)
    {
        var remote = remoteImages ?? RemoteImages.Off;
        if (remote.Bytes(url, diagnostics, page.Path, line, DiagnosticCodes.PdfRemoteImage, "a link to its address is printed instead") is not { } bytes)
            return null;
        return Reported(Loaded(url.AbsoluteUri, () => (bytes, null)), page.Path, line);
    }

    private ImageSource? Reported((ImageSource? Image, IReadOnlyList<Diagnostic> Problems) picture, string file, int line)
    {
        foreach (var problem in picture.Problems)
            diagnostics.Add(problem with { File = file, Line = line });
        return picture.Image;
    }

    // The bytes of a picture, or null with what is wrong (a null problem: nothing to add, it does not exist).
    private (ImageSource? Image, IReadOnlyList<Diagnostic> Problems) Loaded(string key, Func<(byte[]? Data, string? Problem)> read) =>
        loaded.GetOrAdd(key, _ =>
        {
            var problems = new DiagnosticBag();
            var (data, problem) = read();
            var image = data is null ? null : Decode(data, key, problems, out problem);
            if (image is null && problem is not null)
                problems.Replaced(ReplacedContent.Image, DiagnosticCodes.PdfImageUnreadable, "", 0, $"'{Name(key)}' {problem}: its name is printed instead.");
            return (image, problems.Items);
        });

    private static string Name(string key) => Uri.TryCreate(key, UriKind.Absolute, out var url) && RemoteImageFetcher.IsWeb(url) ? key : Path.GetFileName(key);

    private (byte[]? Data, string? Problem) ReadFile(string fullPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
                return (null, null);
            if (info.Length > limits.MaxImageBytes)
                return (null, $"is larger than {limits.MaxImageBytes / (1024 * 1024)} MB");
            return (File.ReadAllBytes(fullPath), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot be read");
        }
    }

    private const string Undrawable = "is not a PNG, JPEG, GIF, WebP or SVG picture that can be drawn";

    // Null with a null problem: already reported into problems.
    private ImageSource? Decode(byte[] data, string key, DiagnosticBag problems, out string? problem)
    {
        // The size from the header only, before anything is decoded (a guard against decompression bombs).
        var header = ImageHeader.Read(data);
        if (header is { } pixels && (long)pixels.Width * pixels.Height > limits.MaxImagePixels)
        {
            problem = $"has {pixels.Width}×{pixels.Height} pixels, more than {limits.MaxImagePixels:N0}";
            return null;
        }
        if (SvgSanitizer.LooksLikeSvg(data))
        {
            problem = null; // a refused SVG is reported by the sanitizer
            if (SvgSanitizer.SanitizeAndReport(data, Name(key), limits.MaxImagePixels, problems, "", 0) is not { } clean)
                return null;
            problem = Undrawable;
            return ImageSource.LoadSanitizedSvg(clean);
        }
        problem = Undrawable;
        if (header is { } raster && PrintImages.Reworks(raster.Format))
        {
            // Decoding, scaling and re-encoding run beside the layout, which needs only the size.
            var (width, height) = PrintImages.PrintSize(raster.Width, raster.Height);
            return ImageSource.LoadLater(width, height, sizesOnly ? () => null : () => PrintImages.ForPrint(data, pixelBuffers));
        }
        return ImageSource.Load(data);
    }
}
