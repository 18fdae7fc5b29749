namespace Itou.Export.Localization;

/// <summary>
/// A piece of a label pattern: plain text, or a placeholder such as <c>{page}</c> (then
/// <see cref="Placeholder"/> is its name and <see cref="Text"/> the braces as written, shown as is
/// when nothing fills it).
/// </summary>
internal readonly record struct LabelPart(string Text, string? Placeholder)
{
    /// <summary>The pieces of <paramref name="pattern"/> in order; a brace with no name after it is text.</summary>
    public static IReadOnlyList<LabelPart> Split(string pattern)
    {
        var parts = new List<LabelPart>();
        var start = 0;
        for (var open = pattern.IndexOf('{', StringComparison.Ordinal); open >= 0; open = pattern.IndexOf('{', start))
        {
            var close = pattern.IndexOf('}', open + 1);
            if (close < 0)
                break;
            var name = pattern[(open + 1)..close];
            if (name.Length == 0 || !name.All(char.IsAsciiLetter))
            {
                parts.Add(new LabelPart(pattern[start..(open + 1)], null));
                start = open + 1;
                continue;
            }
            if (open > start)
                parts.Add(new LabelPart(pattern[start..open], null));
            parts.Add(new LabelPart(pattern[open..(close + 1)], name));
            start = close + 1;
        }
        if (start < pattern.Length)
            parts.Add(new LabelPart(pattern[start..], null));
        return parts;
    }
}
