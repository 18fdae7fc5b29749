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
    /// The picture to embed for <paramref name="data"/>, decoded and scaled in <paramref name="buffers"/>: JPEG (which the PDF carries as it is) when it is
    /// opaque; otherwise its pixels, unpremultiplied as the PDF's colour image and soft mask want them
    /// (a PNG would only be decoded again first).
    /// </summary>
    public static unsafe SKImage? ForPrint(byte[] data, PixelBuffers buffers)
    {
        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null || codec.EncodedFormat is SKEncodedImageFormat.Jpeg)
            return SKImage.FromEncodedData(data); // not a raster Skia reads, or already what the PDF embeds unchanged
        // RGBA in the file's byte order: the JPEG encoder takes it without swizzling every pixel (a third
        // faster than Skia's native BGRA). Unpremultiplied: the decoder copies the file's pixels instead of
        // premultiplying each, and the PDF writer, which wants them unpremultiplied, need not undo it.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul, codec.Info.ColorSpace);
        var decodedBuffer = buffers.Rent(info.BytesSize64);
        PixelBuffer? scaledBuffer = null;
        try
        {
            if (codec.GetPixels(info, decodedBuffer.Address) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
                return SKImage.FromEncodedData(data);
            var opaque = IsOpaque(new ReadOnlySpan<byte>((void*)decodedBuffer.Address, info.BytesSize), info.AlphaType);
            // Said opaque, every step after skips the alpha channel's arithmetic.
            using var decoded = new SKPixmap(opaque ? info.WithAlphaType(SKAlphaType.Opaque) : info, decodedBuffer.Address, info.RowBytes);
            if (decoded.Width <= MaxWidth)
                return Embedded(decoded, opaque);
            var (width, height) = PrintSize(decoded.Width, decoded.Height);
            var scaledInfo = decoded.Info.WithSize(width, height);
            scaledBuffer = buffers.Rent(scaledInfo.BytesSize64);
            using var scaled = new SKPixmap(scaledInfo, scaledBuffer.Value.Address, scaledInfo.RowBytes);
            return decoded.ScalePixels(scaled, Sampling(decoded.Width, width)) ? Embedded(scaled, opaque) : Embedded(decoded, opaque);
        }
        finally
        {
            buffers.Return(decodedBuffer);
            if (scaledBuffer is { } rented)
                buffers.Return(rented);
        }
    }

    // The pixels are in a pooled buffer: the image made here owns what it keeps (the JPEG, or a copy).
    private static SKImage? Embedded(SKPixmap pixels, bool opaque)
    {
        if (opaque)
        {
            using var jpeg = pixels.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
            if (jpeg is not null)
                return SKImage.FromEncodedData(jpeg);
        }
        // Skia's PDF writer reads pixels as unpremultiplied BGRA: converted in the copy out of the pooled
        // buffer, they need no conversion there.
        using var copy = new SKBitmap(pixels.Info.WithColorType(SKColorType.Bgra8888));
        if (!pixels.ReadPixels(copy.PeekPixels()))
            return SKImage.FromPixelCopy(pixels);
        copy.SetImmutable(); // the image then shares the copy's pixels instead of copying them again
        return SKImage.FromBitmap(copy);
    }

    // Down to half the size, each pixel of the result blends the 2 × 2 it falls between with nothing
    // skipped: linear filtering looks as sharp as bicubic there, at a fifth of its time (143 -> 28 ms for
    // the corpus's widest screenshot). Further down it would skip pixels: bicubic then.
    private static SKSamplingOptions Sampling(int width, int printWidth) =>
        printWidth * 2 >= width ? new SKSamplingOptions(SKFilterMode.Linear) : new SKSamplingOptions(SKCubicResampler.Mitchell);

    // Every alpha byte at 255 (RGBA: the fourth byte of each pixel).
    private static bool IsOpaque(ReadOnlySpan<byte> pixels, SKAlphaType alphaType)
    {
        if (alphaType == SKAlphaType.Opaque)
            return true;
        for (var i = 3; i < pixels.Length; i += 4)
        {
            if (pixels[i] != 255)
                return false;
        }
        return true;
    }
}
