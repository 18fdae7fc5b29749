using Itou.Export.Markdown.Hints;
using Itou.Export.Theming;

namespace Itou.Export.Rendering;

/// <summary>
/// How a callout (<c>{% hint %}</c>) looks, decided once for both writers: its theme colour, its symbol,
/// the width of its rule on the left, how much of its colour tints its background and the frame around it.
/// Printed in grey, orange and red look alike, so a danger callout is also told from a warning by its
/// shape: a rule twice as wide, a tint twice as dark and a frame all round, besides its own symbol (✖ against ⚠).
/// </summary>
/// <param name="Color">The theme's colour for the style, as the theme gives it (<c>#RRGGBB</c>).</param>
/// <param name="Symbol">The sign printed beside the body.</param>
/// <param name="RuleWidth">The rule on the left, in points.</param>
/// <param name="Tint">The share of the colour laid over white for the background (0–1).</param>
/// <param name="FrameWidth">The frame on the other three sides, in points; 0: none.</param>
internal readonly record struct CalloutLook(string Color, string Symbol, float RuleWidth, float Tint, float FrameWidth)
{
    private const float Rule = 4, Tinted = 0.08f;

    /// <summary>The look of a callout of <paramref name="style"/> in the theme's <paramref name="colors"/>.</summary>
    public static CalloutLook Of(HintStyle style, ThemeColors colors)
    {
        ArgumentNullException.ThrowIfNull(colors);
        return style switch
        {
            HintStyle.Success => new(colors.Success, "\u2714", Rule, Tinted, 0),
            HintStyle.Warning => new(colors.Warning, "\u26A0", Rule, Tinted, 0),
            HintStyle.Danger => new(colors.Danger, "\u2716", 2 * Rule, 2 * Tinted, 0.75f),
            _ => new(colors.Info, "\u2139", Rule, Tinted, 0),
        };
    }
}
