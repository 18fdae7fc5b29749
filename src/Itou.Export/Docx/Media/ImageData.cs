namespace Itou.Export.Docx.Media;

/// <summary>
/// A picture ready to embed: the bytes Word shows (PNG, JPEG or GIF), its pixel size (the aspect
/// ratio and the natural size at 96 dpi), and for SVG the original drawing, kept beside its PNG
/// rendering so that Office 2016+ shows the vector and older readers the fallback.
/// </summary>
internal sealed record ImageData(string Key, byte[] Bytes, string ContentType, int PixelWidth, int PixelHeight, byte[]? Svg = null)
{
    /// <summary>EMU per pixel at 96 dpi.</summary>
    public const long EmuPerPixel = 9525;
}
