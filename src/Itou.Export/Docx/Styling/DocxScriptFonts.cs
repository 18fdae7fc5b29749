namespace Itou.Export.Docx.Styling;

/// <summary>
/// The font a Word document names for East Asian and complex-script text, by language: the fonts
/// Windows and Office carry for each (LibreOffice maps these names to the machine's fonts of the same
/// script). A DOCX names fonts rather than embedding them, so these are names, not files.
/// </summary>
internal static class DocxScriptFonts
{
    /// <summary>The East Asian slot's font for text in <paramref name="language"/> (zh-CN, zh-TW, ja-JP, ko-KR...).</summary>
    public static string EastAsian(string language) => Primary(language) switch
    {
        "ja" => "Yu Gothic",
        "ko" => "Malgun Gothic",
        "zh" when IsTraditional(language) => "Microsoft JhengHei",
        _ => "Microsoft YaHei",
    };

    /// <summary>The complex-script slot's font for text in <paramref name="language"/> (ar, he, th, hi...).</summary>
    public static string Complex(string language) => Primary(language) switch
    {
        "th" => "Leelawadee UI",
        "lo" => "Lao UI",
        "km" => "Khmer UI",
        "my" => "Myanmar Text",
        "hi" or "bn" or "ta" or "te" or "kn" or "ml" or "gu" or "pa" or "or" or "mr" or "ne" or "si" => "Nirmala UI",
        _ => "Arial",
    };

    private static string Primary(string language) => language.Split('-', '_')[0].ToLowerInvariant();

    private static bool IsTraditional(string language) =>
        language.Contains("Hant", StringComparison.OrdinalIgnoreCase) || language.EndsWith("-TW", StringComparison.OrdinalIgnoreCase)
        || language.EndsWith("-HK", StringComparison.OrdinalIgnoreCase) || language.EndsWith("-MO", StringComparison.OrdinalIgnoreCase);
}
