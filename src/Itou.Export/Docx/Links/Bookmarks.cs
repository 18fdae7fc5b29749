using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Itou.Export.Docx.Links;

/// <summary>
/// Word bookmarks for the document's anchors. A bookmark name must start with a letter, hold only
/// letters, digits and underscores and stay within 40 characters, so anchor ids are mapped to
/// names once (first request wins, which keeps output deterministic) and links reuse the mapping.
/// </summary>
internal sealed class Bookmarks
{
    private const int MaxNameLength = 40;
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly HashSet<string> placed = new(StringComparer.Ordinal);
    private int nextId;

    /// <summary>The bookmark name for an anchor id (the same name every time).</summary>
    public string NameOf(string anchor)
    {
        if (names.TryGetValue(anchor, out var name))
            return name;
        var stem = Sanitize(anchor);
        name = stem;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            name = stem[..Math.Min(stem.Length, MaxNameLength - suffix.Length)] + suffix;
        }
        names[anchor] = name;
        return name;
    }

    /// <summary>Whether a bookmark for the anchor was placed in the document.</summary>
    public bool IsPlaced(string anchor) => placed.Contains(anchor);

    /// <summary>Start and end of a bookmark for <paramref name="anchor"/>, or nothing if it is already placed.</summary>
    public (BookmarkStart Start, BookmarkEnd End)? Place(string anchor)
    {
        if (!placed.Add(anchor))
            return null;
        var id = (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (new BookmarkStart { Id = id, Name = NameOf(anchor) }, new BookmarkEnd { Id = id });
    }

    /// <summary>
    /// A hidden bookmark (Word hides names starting with an underscore) with a name chosen by the
    /// caller, numbered with the others so ids stay unique.
    /// </summary>
    public (BookmarkStart Start, BookmarkEnd End) PlaceHidden(string name)
    {
        if (!name.StartsWith('_') || !taken.Add(name))
            throw new ArgumentException($"'{name}' is not a new hidden bookmark name.", nameof(name));
        var id = (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (new BookmarkStart { Id = id, Name = name }, new BookmarkEnd { Id = id });
    }

    private static string Sanitize(string anchor)
    {
        var builder = new StringBuilder(MaxNameLength);
        foreach (var c in anchor)
        {
            if (builder.Length == MaxNameLength)
                break;
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }
        if (builder.Length == 0 || !char.IsAsciiLetter(builder[0]))
            builder.Insert(0, 'a');
        return builder.ToString()[..Math.Min(builder.Length, MaxNameLength)];
    }
}
