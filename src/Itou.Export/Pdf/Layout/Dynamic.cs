using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// Content built when a pass first meets it, from what the context knows: a table of contents reads
/// <see cref="LayoutContext.KnownAnchors"/> (empty in the first pass: show placeholders of a similar width).
/// </summary>
public sealed class Dynamic(Func<LayoutContext, Element> build) : Element
{
    private readonly Func<LayoutContext, Element> build = build ?? throw new ArgumentNullException(nameof(build));
    private Element? content;

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => Content(context).Measure(context, available);

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var built = Content(context);
        built.Draw(context, available);
        return built.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content = null;

    private Element Content(LayoutContext context) => content ??= build(context);
}
