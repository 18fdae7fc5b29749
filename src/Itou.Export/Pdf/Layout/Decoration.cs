using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A page: a header on top, a footer at the bottom (both redrawn on every page) and the content between.
/// A present header or footer takes at least <paramref name="minimumBand"/> points, gap included, so that the body
/// stands where the document's geometry says (the Word writer puts its body there too).
/// </summary>
public sealed class Decoration(Element? header, Element content, Element? footer, float gap = 0, float minimumBand = 0) : Element
{
    private readonly Element content = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var (top, bottom) = Bands(context, available);
        context.BodyHeight = available.Height - top - bottom;
        var plan = content.Measure(context, new SKSize(available.Width, available.Height - top - bottom));
        return plan.IsWrap ? plan : plan with { Height = available.Height };
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var (top, bottom) = Bands(context, available);
        DrawBand(context, header, 0, new SKSize(available.Width, top - gap));
        context.DrawAt(content, 0, top, new SKSize(available.Width, available.Height - top - bottom));
        DrawBand(context, footer, available.Height - bottom + gap, new SKSize(available.Width, bottom - gap));
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent()
    {
        header?.Reset();
        content.Reset();
        footer?.Reset();
    }

    private (float Top, float Bottom) Bands(LayoutContext context, SKSize available) =>
        (BandHeight(context, header, available), BandHeight(context, footer, available));

    private float BandHeight(LayoutContext context, Element? band, SKSize available)
    {
        if (band is null)
            return 0;
        var plan = band.Measure(context, new SKSize(available.Width, available.Height / 4));
        return plan.IsWrap ? 0 : Math.Max(plan.Height + gap, minimumBand);
    }

    private static void DrawBand(LayoutContext context, Element? band, float top, SKSize size)
    {
        if (band is null || size.Height <= 0)
            return;
        context.DrawAt(band, 0, top, size);
        band.Reset(); // drawn again, whole, on the next page
    }
}
