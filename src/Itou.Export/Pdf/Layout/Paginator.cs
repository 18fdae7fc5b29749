using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// Lays content out page after page. A page where nothing fits is laid out again in forcing mode
/// (things shrink, split or are clipped); if even that does not progress, or the page limit is
/// reached, the rest is left out with a diagnostic: the loop always ends. A page that would leave a
/// short end of its flow (the last lines or blocks before a sheet break or the end) alone on the next
/// page takes it, with the gaps between its blocks squeezed, as well-made books do (no widow block).
/// </summary>
internal static class Paginator
{
    /// <summary>Runs one pass; <paramref name="beginPage"/> gives the canvas of page n, <paramref name="endPage"/> closes it.</summary>
    public static int Run(LayoutContext context, Element content, DocumentDescription description, Func<int, SKCanvas> beginPage, Action endPage, CancellationToken cancellationToken)
    {
        var margins = description.Margins;
        var area = new SKSize(description.PageSize.Width - margins.Horizontal, description.PageSize.Height - margins.Vertical);
        var page = 0;
        while (!content.IsFinished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (page == description.MaxPages)
            {
                context.Report(Publishing.DiagnosticCodes.PdfContentClipped, $"The document stops at {page} pages (the page limit); the rest is left out.");
                break;
            }
            page++;
            context.BeginPage(page, beginPage(page));
            var progressed = DrawPage(context, content, description, area);
            endPage();
            if (!progressed)
            {
                context.Report(Publishing.DiagnosticCodes.PdfContentClipped, $"Content that fits on no page was left out from page {page} on.");
                break;
            }
        }
        return page;
    }

    private static bool DrawPage(LayoutContext context, Element content, DocumentDescription description, SKSize area)
    {
        var info = new PageInfo(context.PageNumber, context.PageCount);
        var page = new Decoration(description.Header?.Invoke(info), content, description.Footer?.Invoke(info), description.DecorationGap, description.DecorationBand);
        context.Canvas.Translate(description.Margins.Left, description.Margins.Top);
        var plan = page.Measure(context, area);
        if (plan.IsWrap)
            context.Forcing = true;
        else if (!plan.EndsFlow)
            Squeeze(context, page, area, description.SqueezedGapScale);
        try
        {
            if (page.Measure(context, area).IsWrap)
                return false;
            page.Draw(context, area);
            return true;
        }
        finally
        {
            context.Forcing = false;
            context.GapScale = 1;
        }
    }

    /// <summary>Squeezes the page's gaps when that lets the page end where its flow ends; otherwise leaves them whole.</summary>
    private static void Squeeze(LayoutContext context, Decoration page, SKSize area, float scale)
    {
        if (scale >= 1)
            return;
        context.GapScale = scale;
        if (!page.Measure(context, area).EndsFlow)
            context.GapScale = 1;
    }
}
