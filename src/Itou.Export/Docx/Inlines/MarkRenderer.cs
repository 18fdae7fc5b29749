using Itou.Export.Markdown.Marks;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// Coloured text (<c>&lt;mark style="color:…; background-color:…"&gt;</c>): GitBook colour names mapped to
/// the theme where they mean a state (blue, green, orange, red) and to fixed tones otherwise; CSS hex kept.
/// </summary>
internal sealed class MarkRenderer : DocxObjectRenderer<MarkInline>
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yellow"] = "#B58B00", ["purple"] = "#6E445A", ["pink"] = "#A94645", ["grey"] = "#666666", ["gray"] = "#666666",
        ["black"] = "#161616", ["white"] = "#FFFFFF",
    };

    protected override void Write(DocxRenderer renderer, MarkInline obj)
    {
        var colors = renderer.State.Theme.Colors;
        string? Resolve(string? name) => name?.Trim().ToLowerInvariant() switch
        {
            null or "" or "default" or "inherit" => null,
            "blue" or "info" or "primary" => colors.Info,
            "green" or "success" => colors.Success,
            "orange" or "warning" => colors.Warning,
            "red" or "danger" => colors.Danger,
            var hex when hex.StartsWith('#') && hex.Length == 7 => hex,
            var other => Named.GetValueOrDefault(other),
        };
        var color = Resolve(obj.Color);
        var background = Resolve(obj.BackgroundColor);
        renderer.WithFormat(
            f => f with { Color = color ?? f.Color, Fill = background is null ? f.Fill : Styling.DocxStyles.Tint(Styling.DocxStyles.Hex(background)) },
            () => renderer.WriteChildren(obj));
    }
}
