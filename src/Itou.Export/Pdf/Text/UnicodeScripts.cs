namespace Itou.Export.Pdf.Text;

/// <summary>The name of the writing system a character belongs to, by Unicode block: words for a diagnostic.</summary>
internal static class UnicodeScripts
{
    // Block starts in ascending order; a character belongs to the last start at or below it.
    private static readonly (int Start, string Name)[] Blocks =
    [
        (0x0000, "Latin"), (0x02B0, "symbol"), (0x0370, "Greek"), (0x0400, "Cyrillic"), (0x0530, "Armenian"),
        (0x0590, "Hebrew"), (0x0600, "Arabic"), (0x0700, "Syriac"), (0x0780, "Thaana"), (0x07C0, "N'Ko"),
        (0x0800, "Samaritan"), (0x0840, "Mandaic"), (0x0870, "Arabic"), (0x0900, "Devanagari"), (0x0980, "Bengali"),
        (0x0A00, "Gurmukhi"), (0x0A80, "Gujarati"), (0x0B00, "Oriya"), (0x0B80, "Tamil"), (0x0C00, "Telugu"),
        (0x0C80, "Kannada"), (0x0D00, "Malayalam"), (0x0D80, "Sinhala"), (0x0E00, "Thai"), (0x0E80, "Lao"),
        (0x0F00, "Tibetan"), (0x1000, "Myanmar"), (0x10A0, "Georgian"), (0x1100, "Hangul"), (0x1200, "Ethiopic"),
        (0x13A0, "Cherokee"), (0x1400, "Canadian Aboriginal"), (0x1680, "Ogham"), (0x16A0, "Runic"), (0x1700, "Philippine"),
        (0x1780, "Khmer"), (0x1800, "Mongolian"), (0x18B0, "Canadian Aboriginal"), (0x1900, "Limbu"), (0x1950, "Tai"),
        (0x19E0, "Khmer"), (0x1A00, "Buginese"), (0x1B00, "Balinese"), (0x1B80, "Sundanese"), (0x1C00, "Lepcha"),
        (0x1C80, "Cyrillic"), (0x1CC0, "Sundanese"), (0x1CD0, "Vedic"), (0x1D00, "Latin"), (0x1F00, "Greek"),
        (0x2000, "symbol"), (0x2C00, "Glagolitic"), (0x2C60, "Latin"), (0x2C80, "Coptic"), (0x2D00, "Georgian"),
        (0x2D30, "Tifinagh"), (0x2D80, "Ethiopic"), (0x2DE0, "Cyrillic"), (0x2E00, "symbol"), (0x2E80, "Han"),
        (0x3000, "CJK punctuation"), (0x3040, "Hiragana"), (0x30A0, "Katakana"), (0x3100, "Bopomofo"), (0x3130, "Hangul"),
        (0x3190, "Han"), (0x31F0, "Katakana"), (0x3200, "CJK symbol"), (0x3400, "Han"), (0xA000, "Yi"),
        (0xA4D0, "Lisu"), (0xA500, "Vai"), (0xA640, "Cyrillic"), (0xA6A0, "Bamum"), (0xA700, "Latin"),
        (0xA800, "Syloti Nagri"), (0xA840, "Phags-pa"), (0xA880, "Saurashtra"), (0xA8E0, "Devanagari"), (0xA900, "Kayah Li"),
        (0xA930, "Rejang"), (0xA960, "Hangul"), (0xA980, "Javanese"), (0xA9E0, "Myanmar"), (0xAA00, "Cham"),
        (0xAA60, "Myanmar"), (0xAA80, "Tai Viet"), (0xAAE0, "Meetei Mayek"), (0xAB00, "Ethiopic"), (0xAB30, "Latin"),
        (0xAB70, "Cherokee"), (0xABC0, "Meetei Mayek"), (0xAC00, "Hangul"), (0xD800, "surrogate"), (0xE000, "private use"),
        (0xF900, "Han"), (0xFB00, "Latin"), (0xFB13, "Armenian"), (0xFB1D, "Hebrew"), (0xFB50, "Arabic"),
        (0xFE00, "symbol"), (0xFE70, "Arabic"), (0xFF00, "full-width"), (0x10000, "historic"), (0x1D000, "symbol"),
        (0x1F000, "emoji and symbol"), (0x20000, "Han"), (0xE0000, "tag"), (0xF0000, "private use"),
    ];

    /// <summary>The script (or kind) of <paramref name="codePoint"/>, such as "Han", "Arabic" or "private use".</summary>
    public static string NameOf(int codePoint)
    {
        var (low, high) = (0, Blocks.Length - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Blocks[mid].Start <= codePoint) low = mid; else high = mid - 1;
        }
        return Blocks[low].Name;
    }
}
