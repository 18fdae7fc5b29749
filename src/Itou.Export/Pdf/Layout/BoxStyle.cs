using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>One side of a box border: its width in points and its colour.</summary>
public readonly record struct BorderSide(float Width, SKColor Color)
{
    /// <summary>No border.</summary>
    public static BorderSide None { get; } = new(0, SKColors.Transparent);

    /// <summary>True when the side draws something.</summary>
    public bool IsVisible => Width > 0 && Color.Alpha > 0;
}

/// <summary>How a <see cref="Box"/> looks: background, a border per side, rounded corners.</summary>
public sealed record BoxStyle
{
    /// <summary>Fill behind the content (transparent: none).</summary>
    public SKColor Background { get; init; } = SKColors.Transparent;
    /// <summary>Top border.</summary>
    public BorderSide Top { get; init; } = BorderSide.None;
    /// <summary>Right border.</summary>
    public BorderSide Right { get; init; } = BorderSide.None;
    /// <summary>Bottom border.</summary>
    public BorderSide Bottom { get; init; } = BorderSide.None;
    /// <summary>Left border.</summary>
    public BorderSide Left { get; init; } = BorderSide.None;
    /// <summary>Corner radius in points (drawn when all four sides are alike or absent).</summary>
    public float CornerRadius { get; init; }

    /// <summary>The same border on all four sides.</summary>
    public BoxStyle WithBorder(float width, SKColor color)
    {
        var side = new BorderSide(width, color);
        return this with { Top = side, Right = side, Bottom = side, Left = side };
    }

    /// <summary>The space the borders take on each side.</summary>
    public Thickness BorderThickness => new(Top.Width, Right.Width, Bottom.Width, Left.Width);
}
