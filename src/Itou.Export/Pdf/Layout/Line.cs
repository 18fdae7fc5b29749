using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>A horizontal rule across the available width.</summary>
public sealed class Line(float thickness, SKColor color) : Element
{
    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) =>
        thickness > available.Height && !context.Forcing ? SpacePlan.Wrap : SpacePlan.Full(available.Width, thickness);

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        using var paint = new SKPaint { Color = color };
        context.Canvas.DrawRect(0, 0, available.Width, thickness, paint);
        return true;
    }
}
