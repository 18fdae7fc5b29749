using Itou.Export.Theming;

namespace Itou.Export.Rendering;

/// <summary>
/// Where a page's header, body and footer stand, decided once for both writers, in points. Inside the
/// theme's margins, the header band (a line as tall as the logo, a rule, a gap) takes the top and the
/// footer band the bottom; the body is between. The PDF draws its bands there; the Word document puts
/// its body margins at the body's edges and its header and footer at the theme's margins, so that Word
/// and LibreOffice fill the same body height as our PDF (issue 15 §5: the contents' page numbers come
/// from our PDF's pagination, and a body 48 pt taller in Word made them drift a page every ten).
/// </summary>
internal sealed record PageArea(float Width, float Height, float Top, float Right, float Bottom, float Left)
{
    /// <summary>The header's and footer's line: the header logo's height, above the small text's line (8.5 pt × 1.4).</summary>
    public const float BandLine = 14f;

    /// <summary>Between the band's line and its rule.</summary>
    public const float RuleGap = 4f;

    /// <summary>The rule under the header and over the footer.</summary>
    public const float RuleWidth = 0.5f;

    /// <summary>Between a band and the body.</summary>
    public const float BodyGap = 8f;

    /// <summary>The height of the header band and of the footer band, gap to the body included.</summary>
    public const float Band = BandLine + RuleGap + RuleWidth + BodyGap;

    private const float PointsPerMillimetre = 72f / 25.4f;

    /// <summary>From the page's top edge to the body's top.</summary>
    public float BodyTop => Top + Band;

    /// <summary>From the page's bottom edge to the body's bottom.</summary>
    public float BodyBottom => Bottom + Band;

    /// <summary>The theme's page size and margins.</summary>
    public static PageArea Of(Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var (width, height) = theme.PageSize == PageSize.Letter ? (612f, 792f) : (595.28f, 841.89f);
        var m = theme.Margins;
        return new PageArea(width, height, Points(m.Top), Points(m.Right), Points(m.Bottom), Points(m.Left));
    }

    private static float Points(double millimetres) => (float)millimetres * PointsPerMillimetre;
}
