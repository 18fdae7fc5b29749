using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// Marks a child of a <see cref="Column"/> (a heading) that must share its page with the start of the
/// next child: when the next child cannot start below it, both move to the next page.
/// </summary>
public sealed class KeepWithNext(Element content) : Element
{
    /// <summary>The kept element.</summary>
    public Element Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => Content.Measure(context, available);

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        Content.Draw(context, available);
        return Content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => Content.Reset();
}
