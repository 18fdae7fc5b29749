using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Children one below the other, with a gap between those that take space; resumes on the next page where it stopped.</summary>
public sealed class Column : Element
{
    private readonly List<Element> children = [];
    private int current;

    /// <summary>A column with <paramref name="spacing"/> points between children.</summary>
    public Column(float spacing = 0) => Spacing = spacing;

    /// <summary>Gap between two children, in points.</summary>
    public float Spacing { get; }

    /// <summary>The children, top to bottom.</summary>
    public IReadOnlyList<Element> Children => children;

    /// <summary>Adds a child at the bottom; returns this column.</summary>
    public Column Add(Element child)
    {
        ArgumentNullException.ThrowIfNull(child);
        children.Add(child);
        return this;
    }

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => Plan(context, available).Plan;

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var (_, placements) = Plan(context, available);
        foreach (var placement in placements)
        {
            var child = children[placement.Index];
            context.DrawAt(child, 0, placement.Top, new SKSize(available.Width, placement.Height));
            if (child.IsFinished)
                current = placement.Index + 1;
        }
        return current >= children.Count;
    }

    /// <inheritdoc/>
    protected override void ResetContent()
    {
        current = 0;
        foreach (var child in children)
            child.Reset();
    }

    private readonly record struct Placement(int Index, float Top, float Height);

    private (SpacePlan Plan, List<Placement> Placements) Plan(LayoutContext context, SKSize available)
    {
        var placements = new List<Placement>();
        var forcing = context.Forcing;
        float top = 0, width = 0;
        try
        {
            for (var i = current; i < children.Count; i++)
            {
                var gap = top > 0 ? Spacing * context.GapScale : 0;
                var space = new SKSize(available.Width, available.Height - top - gap);
                var plan = space.Height < 0 ? SpacePlan.Wrap : children[i].Measure(context, space);
                if (plan.IsWrap || (plan.IsFull && !NextFollows(context, i, new SKSize(space.Width, space.Height - plan.Height))))
                    return Stop(placements, width, top);
                if (plan.IsFull && plan.Height <= 0)
                {
                    placements.Add(new Placement(i, top, 0));
                    continue;
                }
                top += gap;
                placements.Add(new Placement(i, top, plan.Height));
                top += plan.Height;
                width = Math.Max(width, plan.Width);
                // Only the first thing on an empty page needs forcing; the rest can wait for the next page.
                context.Forcing = false;
                if (!plan.IsFull)
                    return (SpacePlan.Partial(width, top) with { EndsSheet = plan.EndsSheet }, placements);
            }
            return (SpacePlan.Full(width, top), placements);
        }
        finally
        {
            context.Forcing = forcing;
        }
    }

    /// <summary>The plan when a child does not fit: empty children (anchors) just before it go with it.</summary>
    private static (SpacePlan, List<Placement>) Stop(List<Placement> placements, float width, float top)
    {
        while (placements.Count > 0 && placements[^1].Height <= 0)
            placements.RemoveAt(placements.Count - 1);
        return placements.Count > 0 ? (SpacePlan.Partial(width, top), placements) : (SpacePlan.Wrap, placements);
    }

    /// <summary>For a <see cref="KeepWithNext"/> child: whether the children after it can start in the space left.</summary>
    private bool NextFollows(LayoutContext context, int index, SKSize left)
    {
        if (children[index] is not KeepWithNext || index + 1 >= children.Count || context.Forcing)
            return true;
        var space = new SKSize(left.Width, left.Height - Spacing * context.GapScale);
        var plan = space.Height < 0 ? SpacePlan.Wrap : children[index + 1].Measure(context, space);
        return !plan.IsWrap && (!plan.IsFull || NextFollows(context, index + 1, new SKSize(space.Width, space.Height - plan.Height)));
    }
}
