using System.Text;

namespace Itou.Export.Docx;

/// <summary>
/// Text as WordprocessingML may hold it: XML 1.0 forbids most C0 controls (the corpus has a NUL
/// in a heading) and lone surrogates, so they are dropped, as is the replacement character that
/// stands for them once parsed; line breaks inside a run become spaces
/// because a <c>w:t</c> cannot break a line.
/// </summary>
internal static class XmlText
{
    /// <summary>The text without the characters XML forbids, line ends turned into spaces.</summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\t')
                builder.Append(c == '\t' ? '\t' : ' ');
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                builder.Append(c).Append(text[++i]);
            else if (IsAllowedSingle(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        // Nearly all text is ordinary characters: one vectorised scan settles it, the loop checks the rest.
        var first = text.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF');
        if (first < 0)
            return true;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
                return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (!IsAllowedSingle(c))
                return false;
        }
        return true;
    }

    // U+FFFD is legal XML, but it only ever stands for something lost before us (Markdig writes it
    // for a NUL, the space reader for bytes that are not UTF-8): printing it shows "�" to readers.
    private static bool IsAllowedSingle(char c) =>
        c == '\t' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c < 0xFFFD);
}
