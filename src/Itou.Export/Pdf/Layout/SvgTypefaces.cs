using Itou.Export.Pdf.Text;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Itou.Export.Pdf.Layout;

/// <summary>Gives SVG text the bundled fonts (the machine's are never used, and without a provider SVG text vanishes).</summary>
internal sealed class SvgTypefaces : ITypefaceProvider
{
    public static SvgTypefaces Instance { get; } = new();

    private readonly Lazy<SKTypeface> regular = Typeface("NotoSans-Regular.ttf");
    private readonly Lazy<SKTypeface> bold = Typeface("NotoSans-Bold.ttf");
    private readonly Lazy<SKTypeface> mono = Typeface("DejaVuSansMono.ttf");

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle)
    {
        if (fontFamily.Contains("mono", StringComparison.OrdinalIgnoreCase) || fontFamily.Contains("courier", StringComparison.OrdinalIgnoreCase))
            return mono.Value;
        return fontWeight >= SKFontStyleWeight.SemiBold ? bold.Value : regular.Value;
    }

    private static Lazy<SKTypeface> Typeface(string file) =>
        new(() => SKTypeface.FromData(SKData.CreateCopy(FontData.Bundled(file).Bytes)));
}
