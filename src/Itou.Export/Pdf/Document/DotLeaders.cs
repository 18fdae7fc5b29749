using Itou.Export.Pdf.Layout;
using SkiaSharp;

namespace Itou.Export.Pdf.Document;

/// <summary>
/// A table of contents title followed by dot leaders: dots from the end of its last line to the right
/// edge of its column, on its baseline, so the eye follows the line to the page number. The dots sit on
/// a grid fixed to the page, so they line up from one entry to the next, as in a printed book.
/// </summary>
internal sealed class DotLeaders(TextBlock title, SKColor color) : Element
{
    private const float Spacing = 4f;
    private const float Radius = 0.5f;
    // Room left free after the title and before the column's edge.
    private const float Gap = 3f;

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => title.Measure(context, available);

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        title.Draw(context, available);
        if (title.IsFinished && context.IsFinalPass)
            DrawDots(context.Canvas, title.LastLineDrawn.End + Gap, available.Width - Gap, title.LastLineDrawn.Baseline);
        return title.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => title.Reset();

    private void DrawDots(SKCanvas canvas, float from, float to, float baseline)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var origin = canvas.TotalMatrix.TransX;
        for (var x = MathF.Ceiling((origin + from) / Spacing) * Spacing - origin; x <= to; x += Spacing)
            canvas.DrawCircle(x, baseline - Radius, Radius, paint);
    }
}
