using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Background, borders and rounded corners around its content; the borders take space inside the box.</summary>
public sealed class Box(BoxStyle style, Element content) : Element
{
    private readonly BoxStyle style = style ?? throw new ArgumentNullException(nameof(style));
    private readonly Element content = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var border = style.BorderThickness;
        var plan = content.Measure(context, new SKSize(available.Width - border.Horizontal, available.Height - border.Vertical));
        return plan.IsWrap ? plan : plan with { Width = plan.Width + border.Horizontal, Height = plan.Height + border.Vertical };
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var border = style.BorderThickness;
        var area = SKRect.Create(available);
        DrawBackground(context.Canvas, area);
        context.DrawAt(content, border.Left, border.Top, new SKSize(available.Width - border.Horizontal, available.Height - border.Vertical));
        DrawBorders(context.Canvas, area);
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content.Reset();

    private void DrawBackground(SKCanvas canvas, SKRect area)
    {
        if (style.Background.Alpha == 0)
            return;
        using var paint = new SKPaint { Color = style.Background, IsAntialias = true };
        canvas.DrawRoundRect(area, style.CornerRadius, style.CornerRadius, paint);
    }

    private void DrawBorders(SKCanvas canvas, SKRect area)
    {
        if (style.CornerRadius > 0 && AllSidesAlike())
        {
            DrawRoundedBorder(canvas, area, style.Top);
            return;
        }
        // Each side is a filled band inside the area, so that borders of neighbouring cells line up.
        FillBand(canvas, style.Top, SKRect.Create(area.Left, area.Top, area.Width, style.Top.Width));
        FillBand(canvas, style.Bottom, SKRect.Create(area.Left, area.Bottom - style.Bottom.Width, area.Width, style.Bottom.Width));
        FillBand(canvas, style.Left, SKRect.Create(area.Left, area.Top, style.Left.Width, area.Height));
        FillBand(canvas, style.Right, SKRect.Create(area.Right - style.Right.Width, area.Top, style.Right.Width, area.Height));
    }

    private bool AllSidesAlike() => style.Right == style.Top && style.Bottom == style.Top && style.Left == style.Top;

    private void DrawRoundedBorder(SKCanvas canvas, SKRect area, BorderSide side)
    {
        if (!side.IsVisible)
            return;
        using var paint = new SKPaint { Color = side.Color, IsAntialias = true, IsStroke = true, StrokeWidth = side.Width };
        var half = side.Width / 2;
        var rect = new SKRect(area.Left + half, area.Top + half, area.Right - half, area.Bottom - half);
        canvas.DrawRoundRect(rect, style.CornerRadius, style.CornerRadius, paint);
    }

    private static void FillBand(SKCanvas canvas, BorderSide side, SKRect band)
    {
        if (!side.IsVisible)
            return;
        using var paint = new SKPaint { Color = side.Color };
        canvas.DrawRect(band, paint);
    }
}
