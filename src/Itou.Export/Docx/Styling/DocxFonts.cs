using Itou.Export.Theming;
using SkiaSharp;

namespace Itou.Export.Docx.Styling;

/// <summary>
/// Font family names for the document. A DOCX names fonts rather than embedding them, so the
/// theme's font files only give their family name; without one, fonts every office suite maps.
/// </summary>
internal sealed record DocxFonts(string Body, string Mono)
{
    private const string DefaultBody = "Arial";
    private const string DefaultMono = "Courier New";

    public static DocxFonts From(ThemeFonts fonts) =>
        new(FamilyOf(fonts.Regular) ?? DefaultBody, FamilyOf(fonts.Mono) ?? DefaultMono);

    private static string? FamilyOf(string? file)
    {
        if (file is null || !File.Exists(file))
            return null;
        using var typeface = SKTypeface.FromFile(file);
        return typeface?.FamilyName;
    }
}
