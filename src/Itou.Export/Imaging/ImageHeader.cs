using SkiaSharp;

namespace Itou.Export.Imaging;

/// <summary>Reads a raster image's size from its header alone, before anything is decoded (a guard against decompression bombs).</summary>
internal static class ImageHeader
{
    /// <summary>The pixel size the header declares, or null when the bytes are not a raster format Skia reads.</summary>
    public static (int Width, int Height)? PixelSize(byte[] bytes) => Read(bytes) is { } header ? (header.Width, header.Height) : null;

    /// <summary>The pixel size and the format the header declares, or null when the bytes are not a raster format Skia reads.</summary>
    public static (int Width, int Height, SKEncodedImageFormat Format)? Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is null ? null : (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }
}
