using System.Globalization;
using Itou.Export.Markdown.Marks;
using Itou.Export.Theming;

namespace Itou.Export.Rendering;

/// <summary>
/// GitBook's colours for <c>&lt;mark style="color:…; background-color:…"&gt;</c>, decided once for both
/// writers: the names that mean a state (blue, green, orange, red and their GitBook aliases) take the
/// theme's colour for it, the other names GitBook's own tones, CSS hex (<c>#RGB</c>, <c>#RRGGBB</c>) is kept.
/// A background is drawn as a light tint of its colour so the text stays readable; a mark without
/// colours, or with one that is unknown, is highlighted.
/// </summary>
internal sealed class GitBookPalette(ThemeColors colors)
{
    /// <summary>The highlight of a plain <c>&lt;mark&gt;</c>.</summary>
    public const string Highlight = "#FEECC2";

    // How much of a background colour is laid over white.
    private const float BackgroundTint = 0.18f;

    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["yellow"] = "#8D6B00", ["purple"] = "#6E445A", ["pink"] = "#A94645",
        ["grey"] = "#666666", ["gray"] = "#666666", ["black"] = "#161616", ["white"] = "#FFFFFF",
    };

    /// <summary>The text colour and background of <paramref name="mark"/> as <c>#RRGGBB</c>; null where the text keeps its own.</summary>
    public (string? Text, string? Background) Of(MarkInline mark)
    {
        var text = Resolve(mark.Color);
        if (mark.BackgroundColor is not null)
            return (text, Resolve(mark.BackgroundColor) is { } background ? Tint(background) : Highlight);
        return (text, mark.Color is null ? Highlight : null);
    }

    private string? Resolve(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "default" or "inherit" => null,
        "blue" or "info" or "primary" => Hex(colors.Info),
        "green" or "success" => Hex(colors.Success),
        "orange" or "warning" => Hex(colors.Warning),
        "red" or "danger" => Hex(colors.Danger),
        var other => Named.GetValueOrDefault(other) ?? Hex(other),
    };

    // #RGB or #RRGGBB as #RRGGBB; null for anything else.
    private static string? Hex(string value)
    {
        var text = value.Trim();
        if (!text.StartsWith('#') || text.Length is not (4 or 7) || !int.TryParse(text[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
            return null;
        return "#" + (text.Length == 4 ? string.Concat(text[1..].Select(c => new string(c, 2))) : text[1..]).ToUpperInvariant();
    }

    private static string Tint(string hex)
    {
        string Mix(int offset) => ((int)Math.Round(255 - ((255 - Convert.ToInt32(hex.Substring(offset, 2), 16)) * BackgroundTint))).ToString("X2", CultureInfo.InvariantCulture);
        return "#" + Mix(1) + Mix(3) + Mix(5);
    }
}
