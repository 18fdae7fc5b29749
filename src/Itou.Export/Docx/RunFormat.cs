using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx;

/// <summary>
/// The character formatting in force where a run is written: emphasis and colours nest, so each
/// inline container writes its children with a changed copy and the outer format comes back after.
/// </summary>
internal readonly record struct RunFormat(
    bool Bold = false,
    bool Italic = false,
    bool Strike = false,
    bool Underline = false,
    bool Superscript = false,
    bool Subscript = false,
    string? CharacterStyle = null,
    string? Color = null,
    string? Fill = null)
{
    public RunProperties? ToProperties()
    {
        if (this == default)
            return null;
        var properties = new RunProperties();
        if (CharacterStyle is not null)
            properties.RunStyle = new RunStyle { Val = CharacterStyle };
        if (Bold)
            properties.Bold = new Bold();
        if (Italic)
            properties.Italic = new Italic();
        if (Strike)
            properties.Strike = new Strike();
        if (Color is not null)
            properties.Color = new Color { Val = DocxStyles.Hex(Color) };
        if (Underline)
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        if (Fill is not null)
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Fill = DocxStyles.Hex(Fill), Color = "auto" };
        if (Superscript || Subscript)
            properties.VerticalTextAlignment = new VerticalTextAlignment { Val = Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Subscript };
        return properties;
    }
}
