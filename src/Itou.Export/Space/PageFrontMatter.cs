using Itou.Export.Publishing;
using YamlDotNet.RepresentationModel;

namespace Itou.Export.Space;

/// <summary>
/// The YAML front matter of a page. The common GitBook keys are typed; every scalar is also in
/// <see cref="Values"/> with nested keys joined by dots (<c>layout.title.visible</c>).
/// </summary>
public sealed record PageFrontMatter
{
    /// <summary>The page description shown under its title (plain, quoted or <c>&gt;-</c> folded in the file).</summary>
    public string? Description { get; init; }
    /// <summary>A title (reusable content in <c>.gitbook/includes</c> carries one).</summary>
    public string? Title { get; init; }
    /// <summary>The page icon (an emoji or an icon name).</summary>
    public string? Icon { get; init; }
    /// <summary>The cover picture path, as written.</summary>
    public string? Cover { get; init; }
    /// <summary>Whether GitBook hides the page from its navigation.</summary>
    public bool Hidden { get; init; }
    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Page variables (<c>vars:</c>), exposed to the page as <c>page.vars.x</c>.</summary>
    public IReadOnlyDictionary<string, string> Vars { get; init; } = new Dictionary<string, string>();
    /// <summary>Every scalar, keyed by its dotted path (e.g. <c>layout.width</c>).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>A page without front matter.</summary>
    public static PageFrontMatter Empty { get; } = new();

    internal static PageFrontMatter From(YamlMappingNode mapping) => new()
    {
        Description = YamlText.Scalar(mapping, "description"),
        Title = YamlText.Scalar(mapping, "title"),
        Icon = YamlText.Scalar(mapping, "icon"),
        Cover = YamlText.Scalar(mapping, "cover"),
        Hidden = string.Equals(YamlText.Scalar(mapping, "hidden"), "true", StringComparison.OrdinalIgnoreCase),
        Tags = YamlText.Child(mapping, "tags") is YamlSequenceNode tags ? [.. YamlText.Strings(tags)] : [],
        Vars = YamlText.Child(mapping, "vars") is YamlMappingNode vars ? YamlText.Flatten(vars) : new Dictionary<string, string>(),
        Values = YamlText.Flatten(mapping),
    };
}

/// <summary>Splits a page's text into front matter and body, keeping the body's line numbers.</summary>
internal static class FrontMatterReader
{
    /// <summary>
    /// Reads a leading <c>---</c> … <c>---</c> block. The body returned has the front matter lines
    /// blanked, so that line numbers in the body are the file's. Malformed front matter gives a
    /// diagnostic and is left out; an unclosed block is kept as body text.
    /// </summary>
    public static (PageFrontMatter FrontMatter, string Body) Split(string text, string file, DiagnosticBag diagnostics)
    {
        // Most pages have none: only the lines of the block are looked at, never the whole page split and joined.
        if (LineAt(text, 0).TrimEnd() is not "---")
            return (PageFrontMatter.Empty, text);
        var (start, lineCount) = (NextLine(text, 0), 1);
        for (var at = start; at < text.Length; at = NextLine(text, at), lineCount++)
        {
            if (LineAt(text, at).TrimEnd() is not ("---" or "..."))
                continue;
            var yaml = text[start..Math.Max(start, at - 1)];
            var mapping = YamlText.ReadMapping(yaml, file, 2, DiagnosticCodes.SpaceFrontMatter, diagnostics);
            var body = new string('\n', lineCount + 1) + text[NextLine(text, at)..];
            return (mapping is null ? PageFrontMatter.Empty : PageFrontMatter.From(mapping), body);
        }
        diagnostics.Report(DiagnosticCodes.SpaceFrontMatter, file, 1, "Front matter is not closed by a '---' line: read as page text.");
        return (PageFrontMatter.Empty, text);
    }

    private static ReadOnlySpan<char> LineAt(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    // Where the line after the one starting at `start` begins (the text's length after the last line).
    private static int NextLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end + 1;
    }
}
