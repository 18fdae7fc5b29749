using Itou.Export.Imaging;
using Itou.Export.Publishing;
using SkiaSharp;
using Svg.Skia;

namespace Itou.Export.Docx.Media;

/// <summary>
/// Reads one image file for <see cref="ImageLoader"/> and turns it into something Word shows: PNG,
/// JPEG, GIF and BMP as they are, other raster formats (WebP…) re-encoded to PNG, SVG cleaned and rendered to a PNG
/// fallback (twice its size, within 1200 pixels). Problems go to <paramref name="problems"/> without a
/// place (the loader reports them where the picture is used), never as exceptions.
/// </summary>
internal sealed class ImageReader(ExportLimits limits, DiagnosticBag problems)
{
    // The PNG standing in for an SVG: twice its size for sharp icons, but no wider than a page
    // needs at about 180 dpi (large drawings would otherwise cost seconds to rasterise and encode).
    private const float SvgFallbackScale = 2f;
    private const int SvgFallbackMaxPixels = 1200;

    // The PNG is only the fallback of clients that do not draw the SVG, and drawings rendered from vectors
    // are flat colours: unfiltered rows at zlib's fastest level keep it small without libpng's default of
    // trying every filter on every row. The 1200-pixel corpus illustration: 81 KB instead of 69 KB, encoded
    // in 68 million instructions instead of 560 (which were 38 % of a whole corpus DOCX export). Same pixels.
    private static readonly SKPngEncoderOptions SvgFallbackPng = new(SKPngEncoderFilterFlags.None, zLibLevel: 1);

    /// <summary>The picture in the file at an absolute path, or null (reported) when it cannot be used.</summary>
    public ImageData? Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            return Fail(DiagnosticCodes.DocxImageUnreadable, $"image not found: {path}");
        if (info.Length > limits.MaxImageBytes)
            return Fail(DiagnosticCodes.DocxImageTooLarge, $"image larger than {limits.MaxImageBytes} bytes left out: {info.Name}");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(DiagnosticCodes.DocxImageUnreadable, $"image could not be read ({ex.Message}): {info.Name}");
        }
        return FromBytes(path, bytes, info.Name);
    }

    /// <summary>A picture's bytes (a file's, or a fetched remote image's under its address), or null (reported).</summary>
    public ImageData? FromBytes(string key, byte[] bytes, string name)
    {
        try
        {
            return key.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || SvgSanitizer.LooksLikeSvg(bytes) ? FromSvg(key, bytes) : FromRaster(key, bytes);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Fail(DiagnosticCodes.DocxImageUnreadable, $"image could not be read ({ex.Message}): {name}");
        }
    }

    private ImageData? FromRaster(string key, byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        if (codec is null)
            return Fail(DiagnosticCodes.DocxImageUnreadable, $"not an image format this writer reads: {Path.GetFileName(key)}");
        // Info is worked out anew (colour profile included) at each call: asked once.
        var info = codec.Info;
        var (width, height) = (info.Width, info.Height);
        if (!WithinPixels(width, height, key))
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
    private ImageData? FromSvg(string key, byte[] original)
    {
        if (SvgSanitizer.SanitizeAndReport(original, Path.GetFileName(key), limits.MaxImagePixels, problems, "", 0) is not { } bytes)
            return null;
        using var svg = new SKSvg();
        using var picture = svg.Load(new MemoryStream(bytes));
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
            return Fail(DiagnosticCodes.DocxImageUnreadable, $"SVG without a drawable size: {Path.GetFileName(key)}");
        var width = (int)Math.Ceiling(picture.CullRect.Width);
        var height = (int)Math.Ceiling(picture.CullRect.Height);
        var scale = Math.Min(SvgFallbackScale, (float)SvgFallbackMaxPixels / Math.Max(width, height));
        var (pixelWidth, pixelHeight) = (Math.Max(1, (int)(width * scale)), Math.Max(1, (int)(height * scale)));
        if (!WithinPixels(pixelWidth, pixelHeight, key))
            return null;
        using var surface = SKSurface.Create(new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(scale);
        surface.Canvas.Translate(-picture.CullRect.Left, -picture.CullRect.Top);
        surface.Canvas.DrawPicture(picture);
        // Failures end as the reported "could not be read" of FromBytes.
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("no pixels to encode");
        using var png = pixels.Encode(SvgFallbackPng) ?? throw new InvalidOperationException("PNG encoding failed");
        return new ImageData(key, png.ToArray(), "image/png", width, height, bytes);
    }

    private bool WithinPixels(long width, long height, string key)
    {
        if (width > 0 && height > 0 && width * height <= limits.MaxImagePixels)
            return true;
        Fail(DiagnosticCodes.DocxImageTooLarge, $"image of {width}×{height} pixels left out (limit {limits.MaxImagePixels}): {Path.GetFileName(key)}");
        return false;
    }

    private ImageData? Fail(string code, string message)
    {
        problems.Replaced(ReplacedContent.Image, code, "", 0, message);
        return null;
    }
}
