using System.Text.RegularExpressions;

namespace Itou.Export.Space;

/// <summary>
/// Cleans link and image targets as GitBook writes them (markdown escapes <c>\_</c> <c>\&amp;</c>,
/// <c>&lt;…&gt;</c>, leading <c>%20</c> or spaces) and tells external URLs from space paths.
/// </summary>
internal static partial class LinkTargets
{
    /// <summary>The target with surrounding spaces and <c>&lt;…&gt;</c>, leading <c>%20</c> and markdown escapes removed.</summary>
    public static string Clean(string target)
    {
        var text = target.Trim();
        if (text.StartsWith('<') && text.EndsWith('>'))
            text = text[1..^1].Trim();
        while (text.StartsWith("%20", StringComparison.Ordinal))
            text = text[3..].TrimStart();
        return MarkdownEscape().Replace(text, "$1");
    }

    /// <summary>Whether the target has a URL scheme (<c>https:</c>, <c>mailto:</c>…): it points outside the space.</summary>
    public static bool IsExternal(string target) => Scheme().IsMatch(target);

    /// <summary>Splits <c>page.md#anchor</c>; the anchor is null when there is none (or it is empty).</summary>
    public static (string Path, string? Anchor) SplitAnchor(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
            return (target, null);
        var anchor = target[(hash + 1)..];
        return (target[..hash], anchor.Length == 0 ? null : Uri.UnescapeDataString(anchor));
    }

    /// <summary>Decodes <c>%20</c>-style escapes of a path (invalid sequences are kept as written).</summary>
    public static string Unescape(string path) => Uri.UnescapeDataString(path);

    // A scheme has two letters at least, so that "C:" stays a (refused) absolute path.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]+:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex MarkdownEscape();
}
