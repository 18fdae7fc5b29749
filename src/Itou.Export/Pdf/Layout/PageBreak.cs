using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Ends the current page: what follows starts on the next one.</summary>
public sealed class PageBreak : Element
{
    private bool broken;

    /// <inheritdoc/>
    protected override bool NeedsWidth => false;

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) =>
        broken ? SpacePlan.Empty : SpacePlan.Partial(0, Math.Max(0, available.Height)) with { EndsSheet = true };

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var done = broken;
        broken = true;
        return done;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => broken = false;
}
