using SkiaSharp;

namespace Itou.Export.Imaging;

/// <summary>
/// A picture as the <see cref="PictureStore{T}"/> read it, before a writer decodes it: its bytes (read once,
/// under the export limits), what they are (sniffed from the bytes, never trusted from a file name) and,
/// for a raster, the pixel size its header declares. An SVG's bytes are already sanitised.
/// </summary>
/// <param name="Key">The absolute path or the address it was read from (one entry per key).</param>
/// <param name="Name">How diagnostics name it: the file name, or the address.</param>
/// <param name="Bytes">The raster file as it is, or the sanitised SVG.</param>
/// <param name="Raster">The raster format, or null for an SVG.</param>
/// <param name="Width">Pixel width from the raster's header (0 for an SVG: its size comes with its drawing).</param>
/// <param name="Height">Pixel height from the raster's header (0 for an SVG).</param>
internal sealed record Picture(string Key, string Name, byte[] Bytes, SKEncodedImageFormat? Raster, int Width, int Height)
{
    /// <summary>Whether this is a (sanitised) SVG drawing.</summary>
    public bool IsSvg => Raster is null;
}
