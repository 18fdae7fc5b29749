using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Itou.Export.Publishing;

/// <summary>
/// One stable anchor name per (page, heading) of a document, valid both as a PDF named destination
/// and as a Word bookmark name: at most 40 characters, starting with a letter, only ASCII letters,
/// digits and underscores. A readable prefix from the path and id, then a hash that keeps names unique.
/// </summary>
public static class AnchorIds
{
    private const int MaxLength = 40;
    private const int HashLength = 8;

    /// <summary>The anchor of a heading (<paramref name="headingId"/>) or, when null, of the top of a page.</summary>
    public static string For(string pagePath, string? headingId = null)
    {
        ArgumentNullException.ThrowIfNull(pagePath);
        var key = headingId is null ? pagePath : pagePath + "#" + headingId;
        var readable = Readable(Path.ChangeExtension(pagePath, null) + "_" + headingId);
        var room = MaxLength - "p_".Length - "_".Length - HashLength;
        return "p_" + readable[..Math.Min(room, readable.Length)] + "_" + Hash(key);
    }

    /// <summary>
    /// The anchor of a heading of a page, the same in both writers: from its id when it has one (the
    /// target of <c>page.md#id</c> links), else from its line, which no edit elsewhere in the page moves
    /// as much as a count of the headings before it would.
    /// </summary>
    public static string ForHeading(string pagePath, HeadingBlock heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        return For(pagePath, heading.TryGetAttributes()?.Id is { Length: > 0 } id
            ? id
            : "line-" + (heading.Line + 1).ToString(CultureInfo.InvariantCulture));
    }

    private static string Readable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var keep = char.IsAsciiLetterOrDigit(c);
            if (keep || (builder.Length > 0 && builder[^1] != '_'))
                builder.Append(keep ? c : '_');
        }
        return builder.ToString().TrimEnd('_');
    }

    // FNV-1a over the UTF-8 bytes, 32 bits as 8 hex digits: stable everywhere, and unlike a
    // cryptographic hash it does not load the system's crypto library at start-up.
    private static string Hash(string key)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
            hash = unchecked((hash ^ b) * 16777619u);
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
