using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Space on each side, in points.</summary>
public readonly record struct Thickness(float Top, float Right, float Bottom, float Left)
{
    /// <summary>The same space on every side.</summary>
    public static Thickness All(float value) => new(value, value, value, value);

    /// <summary>Left + right.</summary>
    public float Horizontal => Left + Right;

    /// <summary>Top + bottom.</summary>
    public float Vertical => Top + Bottom;
}

/// <summary>Empty space around its content (on every page the content spans).</summary>
public sealed class Padding(Thickness space, Element content) : Element
{
    private readonly Element content = content ?? throw new ArgumentNullException(nameof(content));

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var plan = content.Measure(context, Inner(available));
        return plan.IsWrap ? plan : plan with { Width = plan.Width + space.Horizontal, Height = plan.Height + space.Vertical };
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        context.DrawAt(content, space.Left, space.Top, Inner(available));
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content.Reset();

    private SKSize Inner(SKSize available) => new(available.Width - space.Horizontal, available.Height - space.Vertical);
}
