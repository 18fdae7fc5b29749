using Itou.Export.Imaging;
using Itou.Export.Publishing;
using SkiaSharp;
using Svg.Skia;

namespace Itou.Export.Docx.Media;

/// <summary>
/// Reads image files once each (cached by path), checks them against the limits and turns them into
/// something Word shows: PNG, JPEG and GIF as they are, other raster formats re-encoded to PNG, SVG
/// rendered to a PNG fallback (twice its size, within 1200 pixels). Problems become diagnostics, never exceptions.
/// </summary>
internal sealed class ImageLoader(ExportLimits limits, DiagnosticBag diagnostics)
{
    // The PNG standing in for an SVG: twice its size for sharp icons, but no wider than a page
    // needs at about 180 dpi (large drawings would otherwise cost seconds to rasterise and encode).
    private const float SvgFallbackScale = 2f;
    private const int SvgFallbackMaxPixels = 1200;
    private readonly Dictionary<string, ImageData?> cache = new(StringComparer.Ordinal);

    /// <summary>The image at an absolute path, or null (reported against <paramref name="file"/>) when it cannot be used.</summary>
    public ImageData? Load(string path, string file, int line) => Cached(path, () => Read(path, file, line));

    /// <summary>A fetched remote image (<paramref name="bytes"/> from <paramref name="url"/>), checked and converted like a file.</summary>
    public ImageData? LoadFetched(Uri url, byte[] bytes, string file, int line) =>
        Cached(url.AbsoluteUri, () => FromBytes(url.AbsoluteUri, bytes, url.AbsoluteUri, file, line));

    private ImageData? Cached(string key, Func<ImageData?> read)
    {
        if (cache.TryGetValue(key, out var known))
            return known;
        var image = read();
        cache[key] = image;
        return image;
    }

    private ImageData? Read(string path, string file, int line)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            return Fail(DiagnosticCodes.DocxImageUnreadable, file, line, $"image not found: {path}");
        if (info.Length > limits.MaxImageBytes)
            return Fail(DiagnosticCodes.DocxImageTooLarge, file, line, $"image larger than {limits.MaxImageBytes} bytes left out: {info.Name}");
        return FromBytes(path, File.ReadAllBytes(path), info.Name, file, line);
    }

    private ImageData? FromBytes(string key, byte[] bytes, string name, string file, int line)
    {
        try
        {
            return key.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || SvgSanitizer.LooksLikeSvg(bytes) ? FromSvg(key, bytes, file, line) : FromRaster(key, bytes, file, line);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Fail(DiagnosticCodes.DocxImageUnreadable, file, line, $"image could not be read ({ex.Message}): {name}");
        }
    }

    /// <summary>An image made in memory (a QR code): PNG bytes with their size.</summary>
    public static ImageData FromPng(string key, byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png));
        return new ImageData(key, png, "image/png", codec.Info.Width, codec.Info.Height);
    }

    private ImageData? FromRaster(string key, byte[] bytes, string file, int line)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        if (codec is null)
            return Fail(DiagnosticCodes.DocxImageUnreadable, file, line, $"not an image format this writer reads: {Path.GetFileName(key)}");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (!WithinPixels(width, height, key, file, line))
            return null;
        var contentType = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Gif => "image/gif",
            SKEncodedImageFormat.Bmp => "image/bmp",
            _ => null,
        };
        if (contentType is not null)
            return new ImageData(key, bytes, contentType, width, height);
        using var bitmap = SKBitmap.Decode(codec);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new ImageData(key, png.ToArray(), "image/png", width, height);
    }

    // Drawn and embedded only once cleaned: Word and Svg.Skia would otherwise follow its external references.
    private ImageData? FromSvg(string key, byte[] original, string file, int line)
    {
        if (SvgSanitizer.SanitizeAndReport(original, Path.GetFileName(key), limits.MaxImagePixels, diagnostics, file, line) is not { } bytes)
            return null;
        using var svg = new SKSvg();
        using var picture = svg.Load(new MemoryStream(bytes));
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
            return Fail(DiagnosticCodes.DocxImageUnreadable, file, line, $"SVG without a drawable size: {Path.GetFileName(key)}");
        var width = (int)Math.Ceiling(picture.CullRect.Width);
        var height = (int)Math.Ceiling(picture.CullRect.Height);
        var scale = Math.Min(SvgFallbackScale, (float)SvgFallbackMaxPixels / Math.Max(width, height));
        var (pixelWidth, pixelHeight) = (Math.Max(1, (int)(width * scale)), Math.Max(1, (int)(height * scale)));
        if (!WithinPixels(pixelWidth, pixelHeight, key, file, line))
            return null;
        using var surface = SKSurface.Create(new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(scale);
        surface.Canvas.Translate(-picture.CullRect.Left, -picture.CullRect.Top);
        surface.Canvas.DrawPicture(picture);
        using var snapshot = surface.Snapshot();
        using var png = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return new ImageData(key, png.ToArray(), "image/png", width, height, bytes);
    }

    private bool WithinPixels(long width, long height, string key, string file, int line)
    {
        if (width > 0 && height > 0 && width * height <= limits.MaxImagePixels)
            return true;
        Fail(DiagnosticCodes.DocxImageTooLarge, file, line, $"image of {width}×{height} pixels left out (limit {limits.MaxImagePixels}): {Path.GetFileName(key)}");
        return false;
    }

    private ImageData? Fail(string code, string file, int line, string message)
    {
        diagnostics.Report(code, file, line, message);
        return null;
    }
}
