namespace Itou.Export.Markdown.Tags;

/// <summary>What a tag does in the page once start and end tags are paired.</summary>
internal enum TagRole
{
    /// <summary>Starts a block closed by its partner.</summary>
    Open,
    /// <summary>Ends the block opened by its partner.</summary>
    Close,
    /// <summary>Stands alone (no body).</summary>
    SelfClosing,
    /// <summary>Ignored (a stray end tag, or nesting past the limit); its line holds nothing.</summary>
    Dropped,
}

/// <summary>
/// One <c>{% … %}</c> found in a page before Markdig runs. The page text keeps only a placeholder line
/// (<see cref="Placeholder"/>) so attribute values never go through Markdown parsing.
/// </summary>
internal sealed class GitBookTag
{
    public required int Index { get; init; }

    /// <summary>Tag name without the <c>end</c> prefix, lower case.</summary>
    public required string Name { get; init; }

    public required bool IsEnd { get; init; }

    public required IReadOnlyDictionary<string, string> Attributes { get; init; }

    /// <summary>1-based line in the original page.</summary>
    public required int Line { get; init; }

    public TagRole Role { get; set; }

    /// <summary>Index of the matching start or end tag, or -1.</summary>
    public int Partner { get; set; } = -1;

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var v) ? v : null;

    public string Placeholder => FormatPlaceholder(Index);

    public static string FormatPlaceholder(int index) => "{%#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%}";

    /// <summary>Reads a placeholder line (surrounding whitespace allowed); returns the tag index or -1.</summary>
    public static int ParsePlaceholder(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 6 || !line.StartsWith("{%#") || !line.EndsWith("%}")) return -1;
        return int.TryParse(line[3..^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
    }
}
