using SkiaSharp;

namespace Itou.Export.Pdf;

/// <summary>
/// Makes raster pictures print-sized before they reach the PDF: wider than a page column at print
/// resolution, they are scaled down; without any transparent pixel, they become JPEG, which the PDF
/// carries as is; with some, they are handed over as pixels. Screenshots saved as RGBA PNG otherwise cost a lossless re-compression of every
/// pixel (seconds for a book), and make files many times larger, for detail paper cannot show.
/// JPEG and SVG files, and pictures that use transparency, keep their own encoding.
/// </summary>
internal static class PrintImages
{
    /// <summary>Widest picture kept, in pixels: a full A4 text column (≈ 480 pt) at 220 dpi.</summary>
    public const int MaxWidth = 1470;
    private const int JpegQuality = 90;

    /// <summary>
    /// The pixel size <see cref="ForPrint"/> will give a picture of <paramref name="width"/> × <paramref name="height"/>
    /// pixels: layout needs it before the pixels are ready.
    /// </summary>
    public static (int Width, int Height) PrintSize(int width, int height) =>
        width > MaxWidth ? (MaxWidth, Math.Max(1, (int)Math.Round(height * (double)MaxWidth / width))) : (width, height);

    /// <summary>True for a raster <paramref name="format"/> that <see cref="ForPrint"/> works on (not JPEG, which is embedded as it is).</summary>
    public static bool Reworks(SKEncodedImageFormat format) => format is not SKEncodedImageFormat.Jpeg;

    /// <summary>
    /// The picture to embed for <paramref name="data"/>: JPEG (which the PDF carries as it is) when it is
    /// opaque; otherwise its pixels, which the PDF writer deflates with a soft mask (a PNG would only be
    /// decoded again first).
    /// </summary>
    public static SKImage? ForPrint(byte[] data)
    {
        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null || codec.EncodedFormat is SKEncodedImageFormat.Jpeg)
            return SKImage.FromEncodedData(data); // not a raster Skia reads, or already what the PDF embeds unchanged
        using var decoded = Decode(codec);
        if (decoded is null)
            return SKImage.FromEncodedData(data);
        using var scaled = decoded.Width > MaxWidth ? Scaled(decoded) : null;
        var picture = scaled ?? decoded;
        if (IsOpaque(picture))
        {
            using var image = SKImage.FromBitmap(picture);
            using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
            if (jpeg is not null)
                return SKImage.FromEncodedData(jpeg);
        }
        return SKImage.FromPixelCopy(picture.Info, picture.GetPixels(), picture.RowBytes);
    }

    // RGBA in the file's byte order: the JPEG encoder takes it without swizzling every pixel (a third
    // faster than Skia's native BGRA).
    private static SKBitmap? Decode(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, codec.Info.ColorSpace);
        var bitmap = new SKBitmap();
        if (bitmap.TryAllocPixels(info) && codec.GetPixels(info, bitmap.GetPixels()) is SKCodecResult.Success or SKCodecResult.IncompleteInput)
            return bitmap;
        bitmap.Dispose();
        return null;
    }

    private static SKBitmap Scaled(SKBitmap bitmap)
    {
        var (width, height) = PrintSize(bitmap.Width, bitmap.Height);
        // Down to half the size, each pixel of the result blends the 2 × 2 it falls between with nothing
        // skipped: linear filtering looks as sharp as bicubic there, at a fifth of its time (143 -> 28 ms for
        // the corpus's widest screenshot). Further down it would skip pixels: bicubic then.
        var sampling = width * 2 >= bitmap.Width ? new SKSamplingOptions(SKFilterMode.Linear) : new SKSamplingOptions(SKCubicResampler.Mitchell);
        return bitmap.Resize(new SKImageInfo(width, height, bitmap.ColorType, bitmap.AlphaType), sampling) ?? bitmap.Copy();
    }

    // Every alpha byte at 255 (the decoder gives 8-bit RGBA or BGRA; other layouts are left alone).
    private static bool IsOpaque(SKBitmap bitmap)
    {
        if (bitmap.AlphaType == SKAlphaType.Opaque)
            return true;
        if (bitmap.BytesPerPixel != 4 || bitmap.ColorType is not (SKColorType.Rgba8888 or SKColorType.Bgra8888))
            return false;
        var pixels = bitmap.GetPixelSpan();
        for (var i = 3; i < pixels.Length; i += 4)
        {
            if (pixels[i] != 255)
                return false;
        }
        return true;
    }
}
