using Itou.Export.Pdf.Text;
using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A picture scaled down (never up) to the width offered and to <see cref="MaxWidth"/>, aspect kept.
/// One taller than the space left is scaled down to fit it, to no less than <see cref="MinimumScale"/>
/// of its width, before it moves to the next page; one taller than an empty page is shrunk to fit it,
/// with a diagnostic.
/// </summary>
public sealed class Image(ImageSource source, float? maxWidth = null, TextAlignment alignment = TextAlignment.Left) : Element
{
    private readonly ImageSource source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>Smallest share of its width a picture is scaled to so that it stays on the page it starts.</summary>
    public const float MinimumScale = 0.6f;

    /// <summary>Widest the picture is drawn, in points (null: its natural width).</summary>
    public float? MaxWidth { get; } = maxWidth;

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var size = Fit(available.Width);
        if (size.Height <= available.Height)
            return SpacePlan.Full(size.Width, size.Height);
        if (available.Height <= 0)
            return SpacePlan.Wrap;
        var shrunk = ShrinkToHeight(size, available.Height);
        return context.Forcing || shrunk.Width >= MinimumScale * size.Width ? SpacePlan.Full(shrunk.Width, shrunk.Height) : SpacePlan.Wrap;
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var size = Fit(available.Width);
        if (size.Height > available.Height + 0.01f)
        {
            var shrunk = ShrinkToHeight(size, available.Height);
            if (shrunk.Width < MinimumScale * size.Width)
                context.Report(Publishing.DiagnosticCodes.PdfImageScaled, $"An image {size.Height:0} pt tall was shrunk to the {available.Height:0} pt left on the page.", Publishing.DiagnosticSeverity.Info);
            size = shrunk;
        }
        var left = alignment switch
        {
            TextAlignment.Center => (available.Width - size.Width) / 2,
            TextAlignment.Right => available.Width - size.Width,
            _ => 0,
        };
        if (context.IsFinalPass)
            source.Draw(context.Canvas, SKRect.Create(left, 0, size.Width, size.Height));
        return true;
    }

    private SKSize Fit(float width)
    {
        var target = Math.Min(width, MaxWidth ?? source.Width);
        var scale = Math.Min(1f, target / source.Width);
        return new SKSize(source.Width * scale, source.Height * scale);
    }

    private static SKSize ShrinkToHeight(SKSize size, float height) =>
        new(size.Width * height / size.Height, height);
}
