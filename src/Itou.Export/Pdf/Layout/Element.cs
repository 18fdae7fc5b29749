using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A piece of a page, as in QuestPDF: <see cref="Measure"/> says what fits in a space without changing
/// anything; <see cref="Draw"/> draws what fits at the canvas origin and consumes it, so the next call
/// resumes where this one stopped (on the next page). A finished element measures as empty.
/// </summary>
public abstract class Element
{
    /// <summary>Below this width (points) nothing sensible can be drawn: the element is clipped.</summary>
    private const float MinimumWidth = 1f;

    private bool finished;

    /// <summary>True once everything has been drawn.</summary>
    public bool IsFinished => finished;

    /// <summary>What fits in <paramref name="available"/>; no side effect.</summary>
    public SpacePlan Measure(LayoutContext context, SKSize available)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (finished || CannotBeLaidOut(context, available))
            return SpacePlan.Empty;
        context.Depth++;
        try { return MeasureContent(context, available); }
        finally { context.Depth--; }
    }

    /// <summary>Draws what fits in <paramref name="available"/> at the canvas origin and consumes it.</summary>
    public void Draw(LayoutContext context, SKSize available)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (finished)
            return;
        if (CannotBeLaidOut(context, available))
        {
            // Too deep or too narrow: dropping it (with a diagnostic) is the only way to make progress.
            context.Report(Publishing.DiagnosticCodes.PdfContentClipped,
                $"{GetType().Name} left out: {(context.Depth >= context.MaxDepth ? "nested too deep" : "no width left")}.");
            finished = true;
            return;
        }
        context.Depth++;
        try { finished = DrawContent(context, available); }
        finally { context.Depth--; }
    }

    /// <summary>Makes the element drawable again from its start (the second pass draws the same tree).</summary>
    public void Reset()
    {
        finished = false;
        ResetContent();
    }

    /// <summary>What fits, for an element that is not finished.</summary>
    protected abstract SpacePlan MeasureContent(LayoutContext context, SKSize available);

    /// <summary>Draws what fits; returns true when nothing is left to draw.</summary>
    protected abstract bool DrawContent(LayoutContext context, SKSize available);

    /// <summary>False for elements that draw nothing across (spacers, page breaks): they are laid out even in no width.</summary>
    protected virtual bool NeedsWidth => true;

    /// <summary>Forgets what was drawn (children included).</summary>
    protected virtual void ResetContent()
    {
    }

    private bool CannotBeLaidOut(LayoutContext context, SKSize available) =>
        context.Depth >= context.MaxDepth || (NeedsWidth && available.Width < MinimumWidth);
}
