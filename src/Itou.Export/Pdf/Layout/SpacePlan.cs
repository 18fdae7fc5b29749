namespace Itou.Export.Pdf.Layout;

/// <summary>How much of an element fits in the space it is offered.</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing fits: the element must move to the next page.</summary>
    Wrap,
    /// <summary>A part fits; the rest goes on the next page.</summary>
    PartialRender,
    /// <summary>Everything fits.</summary>
    FullRender,
}

/// <summary>The answer of <see cref="Element.Measure"/>: what fits and the size it takes, in points.</summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    /// <summary>Nothing fits.</summary>
    public static SpacePlan Wrap { get; } = new(SpacePlanKind.Wrap, 0, 0);

    /// <summary>Nothing to draw (an empty or finished element).</summary>
    public static SpacePlan Empty { get; } = new(SpacePlanKind.FullRender, 0, 0);

    /// <summary>Everything fits in this size.</summary>
    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.FullRender, width, height);

    /// <summary>A part fits, taking this size.</summary>
    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.PartialRender, width, height);

    /// <summary>True when nothing fits.</summary>
    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    /// <summary>True when everything fits.</summary>
    public bool IsFull => Kind == SpacePlanKind.FullRender;

    /// <summary>True when what fits ends with a <see cref="PageBreak"/>: the flow stops at the end of this sheet.</summary>
    public bool EndsSheet { get; init; }

    /// <summary>True when the page ends where the flow does (a sheet break or the end of the content), not because it is full.</summary>
    public bool EndsFlow => IsFull || EndsSheet;
}
