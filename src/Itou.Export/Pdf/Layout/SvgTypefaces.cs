using System.Xml;
using Itou.Export.Pdf.Text;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// Gives the text of one SVG picture the bundled fonts (the machine's are never used, and without a
/// provider SVG text vanishes), each cut down to the characters the picture's text holds: Skia's PDF
/// writer embeds a typeface whole, and a logo's few letters should not carry half a megabyte of font.
/// Svg.Skia asks for one typeface per family and style, with no fallback per character: the picture gets
/// the font of the bundled chain (Noto Sans, the script fonts, DejaVu Sans, the CJK font) that draws most of its characters.
/// </summary>
internal sealed class SvgTypefaces : ITypefaceProvider, IDisposable
{
    private readonly int[] codePoints;
    private readonly Dictionary<string, SKTypeface> typefaces = new(StringComparer.Ordinal);

    private SvgTypefaces(int[] codePoints) => this.codePoints = codePoints;

    /// <summary>The provider for the sanitized SVG <paramref name="svg"/>: its characters are every text node of it (a superset of what it draws).</summary>
    public static SvgTypefaces For(byte[] svg)
    {
        var characters = new HashSet<int>();
        using var reader = XmlReader.Create(new MemoryStream(svg, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                    characters.UnionWith(reader.Value.EnumerateRunes().Select(rune => rune.Value));
            }
        }
        catch (XmlException)
        {
            // Svg.Skia reads no further than a well-formed start either: what was read is what can be drawn.
        }
        return new SvgTypefaces([.. characters.Order()]);
    }

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle)
    {
        if (fontFamily.Contains("mono", StringComparison.OrdinalIgnoreCase) || fontFamily.Contains("courier", StringComparison.OrdinalIgnoreCase))
            return Typeface(FontData.Bundled("DejaVuSansMono.ttf"));
        var bold = fontWeight >= SKFontStyleWeight.SemiBold;
        FontData[] chain = [FontData.Bundled(bold ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf"), .. BundledFonts.Scripts(bold), BundledFonts.Symbols, BundledFonts.Ideographs];
        // The first of the fonts that draw the most characters (MaxBy keeps the first of equals).
        return Typeface(chain.MaxBy(font => codePoints.Count(font.Covers))!);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var typeface in typefaces.Values)
            typeface.Dispose();
        typefaces.Clear();
    }

    // Glyph ids are kept by the subsetter, so text measured with either font draws alike; the whole font when HarfBuzz refuses.
    private SKTypeface Typeface(FontData font)
    {
        if (typefaces.TryGetValue(font.Name, out var typeface))
            return typeface;
        var subset = FontSubsetter.Subset(font.Face, [], codePoints);
        typefaces[font.Name] = typeface = subset is null ? font.Typeface() : SKTypeface.FromData(SKData.CreateCopy(subset));
        return typeface;
    }
}
