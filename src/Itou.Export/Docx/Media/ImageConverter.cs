using Itou.Export.Imaging;
using Itou.Export.Publishing;
using SkiaSharp;
using Svg.Skia;

namespace Itou.Export.Docx.Media;

/// <summary>
/// The Word writer's side of the export's <see cref="PictureStore{T}"/>: turns a picture into what Word
/// shows. PNG, JPEG, GIF and BMP go in as they are, other raster formats (WebP…) re-encoded to PNG, an
/// SVG (already sanitised by the store) with a PNG fallback rendered from it (twice its size, within
/// 1200 pixels). Problems go to the bag given, without a place (the store reports them where the
/// picture is used).
/// </summary>
internal static class ImageConverter
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

    /// <summary>The store's <c>prepare</c> for Word, within <paramref name="limits"/>.</summary>
    public static Func<Picture, DiagnosticBag, ImageData?> For(ExportLimits limits) =>
        (picture, problems) => picture.IsSvg ? FromSvg(picture, limits, problems) : FromRaster(picture);

    /// <summary>An image made in memory (a QR code): PNG bytes with their size.</summary>
    public static ImageData FromPng(string key, byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png));
        var info = codec.Info; // worked out anew at each call
        return new ImageData(key, png, "image/png", info.Width, info.Height);
    }

    private static ImageData? FromRaster(Picture picture)
    {
        var contentType = picture.Raster switch
        {
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Gif => "image/gif",
            SKEncodedImageFormat.Bmp => "image/bmp",
            _ => null,
        };
        if (contentType is not null)
            return new ImageData(picture.Key, picture.Bytes, contentType, picture.Width, picture.Height);
        using var bitmap = SKBitmap.Decode(picture.Bytes);
        if (bitmap is null)
            return null;
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new ImageData(picture.Key, png.ToArray(), "image/png", picture.Width, picture.Height);
    }

    // Word is given the cleaned drawing (it would otherwise follow its external references) and a PNG of it.
    private static ImageData? FromSvg(Picture picture, ExportLimits limits, DiagnosticBag problems)
    {
        using var svg = new SKSvg();
        using var drawing = svg.Load(new MemoryStream(picture.Bytes));
        if (drawing is null || drawing.CullRect.Width <= 0 || drawing.CullRect.Height <= 0)
        {
            problems.Replaced(ReplacedContent.Image, DiagnosticCodes.ImageUnreadable, "", 0, $"'{picture.Name}' is an SVG without a drawable size: its description is printed instead.");
            return null;
        }
        var width = (int)Math.Ceiling(drawing.CullRect.Width);
        var height = (int)Math.Ceiling(drawing.CullRect.Height);
        var scale = Math.Min(SvgFallbackScale, (float)SvgFallbackMaxPixels / Math.Max(width, height));
        var (pixelWidth, pixelHeight) = (Math.Max(1, (int)(width * scale)), Math.Max(1, (int)(height * scale)));
        if ((long)pixelWidth * pixelHeight > limits.MaxImagePixels)
        {
            problems.Replaced(ReplacedContent.Image, DiagnosticCodes.ImageTooLarge, "", 0,
                $"'{picture.Name}' would be drawn on {pixelWidth}×{pixelHeight} pixels, more than {limits.MaxImagePixels:N0}: its description is printed instead.");
            return null;
        }
        using var surface = SKSurface.Create(new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(scale);
        surface.Canvas.Translate(-drawing.CullRect.Left, -drawing.CullRect.Top);
        surface.Canvas.DrawPicture(drawing);
        // Failures end as the store's "cannot be decoded".
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("no pixels to encode");
        using var png = pixels.Encode(SvgFallbackPng) ?? throw new InvalidOperationException("PNG encoding failed");
        return new ImageData(picture.Key, png.ToArray(), "image/png", width, height, picture.Bytes);
    }
}
