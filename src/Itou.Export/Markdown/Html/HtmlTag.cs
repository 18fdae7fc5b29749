using System.Net;
using System.Text.RegularExpressions;

namespace Itou.Export.Markdown.Html;

/// <summary>One HTML tag as written in a page (<c>&lt;mark style="…"&gt;</c>, <c>&lt;/a&gt;</c>, <c>&lt;br/&gt;</c>), read tolerantly.</summary>
internal sealed partial record HtmlTag(string Name, bool IsClosing, bool IsSelfClosing, IReadOnlyDictionary<string, string> Attributes)
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "img", "hr", "source", "input", "meta", "link", "wbr", "col" };

    public bool IsVoid => IsSelfClosing || VoidElements.Contains(Name);

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    public bool HasClass(string name) =>
        (Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal);

    /// <summary>Reads a tag, or returns null for anything else (comment, text, declaration).</summary>
    public static HtmlTag? Parse(string raw)
    {
        var match = TagPattern().Match(raw.Trim());
        if (!match.Success) return null;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match attribute in AttributePattern().Matches(match.Groups["attrs"].Value))
        {
            var value = attribute.Groups["dq"].Success ? attribute.Groups["dq"].Value
                : attribute.Groups["sq"].Success ? attribute.Groups["sq"].Value
                : attribute.Groups["bare"].Success ? attribute.Groups["bare"].Value : "";
            attributes[attribute.Groups["name"].Value.ToLowerInvariant()] = WebUtility.HtmlDecode(value);
        }
        return new HtmlTag(match.Groups["name"].Value.ToLowerInvariant(), match.Groups["close"].Success, match.Groups["self"].Success, attributes);
    }

    /// <summary>Reads a CSS declaration (<c>color</c>) from a <c>style</c> attribute.</summary>
    public string? Style(string property)
    {
        foreach (var declaration in (Attribute("style") ?? "").Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && declaration[..colon].Trim().Equals(property, StringComparison.OrdinalIgnoreCase))
                return declaration[(colon + 1)..].Trim() is { Length: > 0 } value ? value : null;
        }
        return null;
    }

    [GeneratedRegex(@"^<(?<close>/)?\s*(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attrs>[^>]*?)(?<self>/)?\s*>$", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?<name>[A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'=<>`]+)))?", RegexOptions.Singleline)]
    private static partial Regex AttributePattern();
}
