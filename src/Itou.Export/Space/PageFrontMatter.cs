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
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            return (PageFrontMatter.Empty, text);
        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            diagnostics.Report(DiagnosticCodes.SpaceFrontMatter, file, 1, "Front matter is not closed by a '---' line: read as page text.");
            return (PageFrontMatter.Empty, text);
        }
        var yaml = string.Join('\n', lines[1..end]);
        var mapping = YamlText.ReadMapping(yaml, file, 2, DiagnosticCodes.SpaceFrontMatter, diagnostics);
        var body = new string('\n', end + 1) + string.Join('\n', lines[(end + 1)..]);
        return (mapping is null ? PageFrontMatter.Empty : PageFrontMatter.From(mapping), body);
    }
}
