using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Empty vertical space; dropped at the bottom of a page when it does not fit.</summary>
public sealed class Spacer(float height) : Element
{
    /// <inheritdoc/>
    protected override bool NeedsWidth => false;

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) =>
        SpacePlan.Full(0, Math.Min(height, Math.Max(0, available.Height)));

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available) => true;
}
