using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A picture with its caption below, kept on one page. The caption's height is set aside first, so a
/// picture that does not fit whole scales down (as an <see cref="Image"/> does) and its caption still
/// follows it; only on an empty page where even that fails does the caption go to the next page.
/// </summary>
public sealed class Figure(Element picture, Element? caption, float gap = 4) : Element
{
    private readonly Element picture = picture ?? throw new ArgumentNullException(nameof(picture));

    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available)
    {
        var space = PictureSpace(context, available);
        var plan = picture.Measure(context, space);
        if (space.Height < available.Height || caption is null)
            return plan.IsFull ? SpacePlan.Full(available.Width, available.Height - space.Height + plan.Height) : plan;
        return context.Forcing && !plan.IsWrap ? SpacePlan.Partial(plan.Width, plan.Height) : SpacePlan.Wrap;
    }

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var space = PictureSpace(context, available);
        var height = picture.Measure(context, space).Height;
        context.DrawAt(picture, 0, 0, new SKSize(available.Width, height));
        if (!picture.IsFinished || caption is null)
            return picture.IsFinished;
        var top = height > 0 ? height + gap : 0;
        if (top >= available.Height)
            return false;
        context.DrawAt(caption, 0, top, new SKSize(available.Width, available.Height - top));
        return caption.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent()
    {
        picture.Reset();
        caption?.Reset();
    }

    /// <summary>The space left to the picture once the caption's is set aside; all of it when the picture does not fit so (forcing).</summary>
    private SKSize PictureSpace(LayoutContext context, SKSize available)
    {
        if (caption is null)
            return available;
        var captionHeight = caption.Measure(context, new SKSize(available.Width, WidthSharing.Unbounded)).Height;
        var space = new SKSize(available.Width, available.Height - captionHeight - gap);
        return space.Height > 0 && picture.Measure(context, space).IsFull ? space : available;
    }
}
