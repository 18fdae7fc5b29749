using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// Keeps its content on one page: when it does not fit whole, it moves to the next page. Content taller
/// than <see cref="PageShare"/> of a page's body splits where it stands instead (a row taller than a
/// page, a long callout), so no page is left half empty for nothing.
/// </summary>
public sealed class KeepTogether(Element content, float pageShare = 1) : Element
{
    private readonly Element content = content ?? throw new ArgumentNullException(nameof(content));

    /// <summary>The share of a page's body (0–1] up to which the content is kept whole.</summary>
    public float PageShare { get; } = pageShare;

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var plan = content.Measure(context, available);
        return plan.Kind == SpacePlanKind.PartialRender && !context.Forcing && !TallerThanShare(context, available.Width) ? SpacePlan.Wrap : plan;
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        content.Draw(context, available);
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content.Reset();

    // Measured only when the content does not fit where it is: the common case costs nothing more.
    private bool TallerThanShare(LayoutContext context, float width) =>
        context.BodyHeight > 0 && !content.Measure(context, new SKSize(width, context.BodyHeight * PageShare)).IsFull;
}
