using System.Globalization;

namespace Itou.Export.Markdown.Figures;

/// <summary>Reads HTML <c>width</c> values (<c>375</c>, <c>375px</c>, <c>50%</c>).</summary>
internal static class ImageSize
{
    public static double? Pixels(string? width)
    {
        if (string.IsNullOrWhiteSpace(width) || width.EndsWith('%')) return null;
        var digits = width.Trim().EndsWith("px", StringComparison.OrdinalIgnoreCase) ? width.Trim()[..^2] : width.Trim();
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var px) && px > 0 ? px : null;
    }

    public static double? Percent(string? width)
    {
        if (string.IsNullOrWhiteSpace(width) || !width.Trim().EndsWith('%')) return null;
        return double.TryParse(width.Trim()[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var pc) && pc > 0 ? Math.Min(pc, 100) : null;
    }
}
