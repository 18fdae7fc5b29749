using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>How a <see cref="Row"/> item gets its width.</summary>
public enum RowWidth
{
    /// <summary>A width in points.</summary>
    Fixed,
    /// <summary>A share (weight) of the width the fixed and auto items leave.</summary>
    Relative,
    /// <summary>The width the content asks for (capped by what is left).</summary>
    Auto,
}

/// <summary>Children side by side, all starting at the top; the row is as tall as its tallest child.</summary>
public sealed class Row : Element
{
    private readonly List<(Element Content, RowWidth Kind, float Value)> items = [];
    private readonly Func<LayoutContext, float, float[]>? sharedWidths;

    /// <summary>A row with <paramref name="spacing"/> points between items.</summary>
    public Row(float spacing = 0) => Spacing = spacing;

    /// <summary>A row whose item widths are decided elsewhere (table rows share their columns).</summary>
    internal Row(Func<LayoutContext, float, float[]> widths) => sharedWidths = widths;

    /// <summary>Gap between two items, in points.</summary>
    public float Spacing { get; }

    /// <summary>Adds an item <paramref name="width"/> points wide.</summary>
    public Row AddFixed(float width, Element content) => Add(content, RowWidth.Fixed, width);

    /// <summary>Adds an item taking <paramref name="weight"/> shares of the free width.</summary>
    public Row AddRelative(float weight, Element content) => Add(content, RowWidth.Relative, weight);

    /// <summary>Adds an item as wide as its content.</summary>
    public Row AddAuto(Element content) => Add(content, RowWidth.Auto, 0);

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var widths = Widths(context, available.Width);
        float height = 0;
        var partial = false;
        for (var i = 0; i < items.Count; i++)
        {
            var plan = items[i].Content.Measure(context, new SKSize(widths[i], available.Height));
            if (plan.IsWrap)
                return SpacePlan.Wrap;
            partial |= !plan.IsFull;
            height = Math.Max(height, plan.Height);
        }
        var width = widths.Sum() + Spacing * Math.Max(0, items.Count - 1);
        return partial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var widths = Widths(context, available.Width);
        float left = 0;
        for (var i = 0; i < items.Count; i++)
        {
            context.DrawAt(items[i].Content, left, 0, new SKSize(widths[i], available.Height));
            left += widths[i] + Spacing;
        }
        return items.TrueForAll(item => item.Content.IsFinished);
    }

    /// <inheritdoc/>
    protected override void ResetContent() => items.ForEach(item => item.Content.Reset());

    private Row Add(Element content, RowWidth kind, float value)
    {
        ArgumentNullException.ThrowIfNull(content);
        items.Add((content, kind, Math.Max(0, value)));
        return this;
    }

    private float[] Widths(LayoutContext context, float available)
    {
        if (sharedWidths is not null)
            return sharedWidths(context, available);
        var kinds = items.ConvertAll(item => item.Kind);
        return WidthSharing.Share(available - Spacing * Math.Max(0, items.Count - 1), kinds,
            i => items[i].Value, i => items[i].Content.Measure(context, new SKSize(available, WidthSharing.Unbounded)).Width);
    }
}
