using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Makes the area its content takes clickable (an image, a card).</summary>
public sealed class LinkArea(LinkTarget target, Element content) : Element
{
    private readonly LinkTarget target = target ?? throw new ArgumentNullException(nameof(target));
    private readonly Element content = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => content.Measure(context, available);

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var plan = content.Measure(context, available);
        content.Draw(context, available);
        target.Annotate(context, SKRect.Create(plan.Width, plan.Height));
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content.Reset();
}
