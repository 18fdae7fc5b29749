using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Keeps its content on one page: when it does not fit whole, it moves to the next page (split only if taller than a page).</summary>
public sealed class KeepTogether(Element content) : Element
{
    private readonly Element content = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var plan = content.Measure(context, available);
        return plan.Kind == SpacePlanKind.PartialRender && !context.Forcing ? SpacePlan.Wrap : plan;
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        content.Draw(context, available);
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content.Reset();
}
