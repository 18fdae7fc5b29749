using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// Content that says when it is done: <paramref name="reached"/> is called once per layout pass, when the
/// last part of the content has been drawn (how an export reports progress page by page).
/// </summary>
internal sealed class Milestone(Element content, Action<LayoutContext> reached) : Element
{
    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => content.Measure(context, available);

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        content.Draw(context, available);
        // Once the content is finished this milestone is too, and is not drawn again until reset: reached once per pass.
        if (content.IsFinished)
            reached(context);
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content.Reset();
}
