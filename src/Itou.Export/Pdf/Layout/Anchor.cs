using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>A named destination at the top of its content: internal links, the outline and page numbers point at it.</summary>
public sealed class Anchor(string name, Element content) : Element
{
    private readonly Element content = content ?? throw new ArgumentNullException(nameof(content));

    /// <summary>The destination name.</summary>
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => content.Measure(context, available);

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        context.RecordAnchor(Name);
        content.Draw(context, available);
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content.Reset();
}
