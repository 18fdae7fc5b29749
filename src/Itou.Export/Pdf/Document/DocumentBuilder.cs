using System.Globalization;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Theming;
using SkiaSharp;

namespace Itou.Export.Pdf.Document;

/// <summary>
/// Puts a publication together: cover, table of contents and pages (a book's or section's top-level
/// entries on new sheets, the pages under them following on under a rule, as the theme's
/// <c>pageBreaks</c> says; a brief under its title band), the running header and footer, and the outline (the
/// table of contents tree with each page's level-2 and level-3 headings under it). Each page is reported
/// to <paramref name="progress"/> when composed, then when laid out in each of the two layout passes.
/// </summary>
internal sealed class DocumentBuilder(Publication publication, PdfStyles styles, PdfImages images, DiagnosticBag diagnostics, ContentLedger ledger,
    IProgress<ExportProgress>? progress = null)
{
    private const int OutlineDepth = 3;
    private const float RuleGap = 18f;
    private readonly PdfRenderer renderer = new(publication, styles, images, diagnostics, ledger);
    private readonly List<(PublicationEntry Entry, string Anchor, List<RenderedHeading> Headings)> printed = [];
    private readonly Localization.Labels labels = publication.Labels;

    public (Element Content, DocumentDescription Description) Build(DateOnly date, CancellationToken cancellationToken)
    {
        var brief = publication.Selection.Kind == SelectionKind.Page;
        images.Preload(cancellationToken);
        var content = new Column();
        if (brief)
        {
            content.Add(CoverPage.Brief(styles, images, labels.Date(date)));
        }
        else
        {
            content.Add(CoverPage.Create(styles, images, publication.Title, publication.Description, labels.Date(date)));
            content.Add(TableOfContents.Create(styles, [.. TocLines()], labels.Contents));
        }
        AddEntries(content, brief, cancellationToken);
        var area = Rendering.PageArea.Of(styles.Theme);
        var description = new DocumentDescription
        {
            Metadata = new DocumentMetadata
            {
                Title = publication.Title,
                Author = styles.Theme.Author,
                Subject = publication.Description,
                Creator = "Itou.Export",
                Date = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                Language = labels.Language,
            },
            PageSize = new SKSize(area.Width, area.Height),
            Margins = new Thickness(area.Top, area.Right, area.Bottom, area.Left),
            DecorationGap = Rendering.PageArea.BodyGap,
            DecorationBand = Rendering.PageArea.Band,
            Header = PageFrame.Header(styles, images, publication.Title),
            Footer = PageFrame.Footer(styles, labels, cover: !brief),
            Outline = Outline(brief),
            SourceName = publication.Title,
        };
        return (content, description);
    }

    private void AddEntries(Column content, bool brief, CancellationToken cancellationToken)
    {
        var first = true; // the table of contents ends with a page break already
        var composed = new PhaseCounter(progress, ExportPhase.Composing, publication.Pages.Count);
        var measured = new PhaseCounter(progress, ExportPhase.Measuring, publication.Pages.Count);
        var drawn = new PhaseCounter(progress, ExportPhase.Drawing, publication.Pages.Count);
        Element? pendingGroup = null;
        foreach (var entry in publication.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (entry.Kind)
            {
                case PublicationEntryKind.Group when entry.Title.Length > 0:
                    pendingGroup = new KeepWithNext(new Anchor(entry.AnchorId!,
                        new Padding(new Thickness(0, 0, 8, 0), new TextBlock(entry.Title.ToUpper(labels.Culture), styles.Body with { Bold = true, Color = styles.Muted, Size = 9 }))));
                    break;
                case PublicationEntryKind.Link when entry.Url is not null:
                    content.Add(new Anchor(entry.AnchorId!, new TextBlock().Add(entry.Title, styles.Body with { Color = styles.Link, Underline = true }, LinkTarget.External(entry.Url))));
                    break;
                case PublicationEntryKind.Page when entry.Page is { } page:
                    if (!first && !brief)
                        content.Add(SheetBreaks.StartsSheet(styles.Theme.PageBreaks, entry, pendingGroup is not null) ? new PageBreak() : PageRule());
                    first = false;
                    if (pendingGroup is not null)
                        content.Add(pendingGroup);
                    pendingGroup = null;
                    var column = renderer.RenderPage(page, entry.Title);
                    composed.Done(page.Path, entry.Title);
                    var anchor = entry.AnchorId!;
                    var title = entry.Title;
                    content.Add(new Milestone(new Anchor(anchor, column), context => (context.IsFinalPass ? drawn : measured).Done(page.Path, title)));
                    printed.Add((entry, anchor, [.. renderer.Headings]));
                    break;
            }
        }
    }

    /// <summary>The rule above a page that follows on: kept with the page's title.</summary>
    private KeepWithNext PageRule() =>
        new(new Padding(new Thickness(RuleGap, 0, RuleGap / 2, 0), new Line(0.75f, styles.Rule)));

    private IEnumerable<TocLine> TocLines()
    {
        foreach (var entry in publication.Entries)
        {
            if (entry.Kind == PublicationEntryKind.Group && entry.Title.Length > 0 && entry.AnchorId is { } group)
                yield return new TocLine(entry.Title, 0, group, IsGroup: true);
            else if (entry.Kind == PublicationEntryKind.Page && entry.AnchorId is { } anchor)
                yield return new TocLine(entry.Title, entry.Depth, anchor, IsGroup: false);
        }
    }

    // Pages nest by their depth; a page's own level-1 heading is the page entry itself.
    private List<OutlineItem> Outline(bool brief)
    {
        if (brief)
            return printed.Count == 0 ? [] : Headings(printed[0].Headings, minimumLevel: 1);
        var roots = new List<OutlineItem>();
        var stack = new List<(int Depth, List<OutlineItem> Children)>();
        foreach (var (entry, anchor, headings) in printed)
        {
            while (stack.Count > 0 && stack[^1].Depth >= entry.Depth)
                stack.RemoveAt(stack.Count - 1);
            var children = Headings(headings, minimumLevel: 2);
            (stack.Count == 0 ? roots : stack[^1].Children).Add(new OutlineItem(entry.Title, anchor, children));
            stack.Add((entry.Depth, children));
        }
        return roots;
    }

    private static List<OutlineItem> Headings(List<RenderedHeading> headings, int minimumLevel)
    {
        var items = new List<OutlineItem>();
        List<OutlineItem>? under = null;
        foreach (var heading in headings.Where(h => h.Level >= minimumLevel && h.Level <= OutlineDepth && h.Title.Length > 0))
        {
            if (heading.Level == minimumLevel || under is null)
            {
                var children = new List<OutlineItem>();
                items.Add(new OutlineItem(heading.Title, heading.Anchor, children));
                under = children;
            }
            else
            {
                under.Add(new OutlineItem(heading.Title, heading.Anchor));
            }
        }
        return items;
    }
}
