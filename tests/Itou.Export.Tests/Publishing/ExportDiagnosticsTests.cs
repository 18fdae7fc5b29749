using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Publishing;

/// <summary>An export reports what it exports: a brief, its own page's problems; orphans are <c>check</c>'s.</summary>
public sealed class ExportDiagnosticsTests
{
    [Fact]
    public async Task A_brief_reports_only_its_own_page_in_both_writers()
    {
        using var temp = Space();
        var space = await temp.LoadAsync();
        Assert.Contains(space.Diagnostics.Items, d => d.Code == DiagnosticCodes.SpaceOrphan);

        foreach (var result in await BothWriters(space, ExportSelection.Page("a.md")))
        {
            Assert.Equal(["a.md:3 LINK-BROKEN-REFERENCE"], result.Diagnostics.Select(d => $"{d.File}:{d.Line} {d.Code}"));
        }
    }

    [Fact]
    public async Task A_book_leaves_orphans_and_their_problems_to_check()
    {
        using var temp = Space();
        var space = await temp.LoadAsync();

        foreach (var result in await BothWriters(space, ExportSelection.Book))
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SpaceOrphan || d.File == "orphan.md");
            Assert.Contains(result.Diagnostics, d => d.File == "b.md");
        }
    }

    private static async Task<ExportResult[]> BothWriters(Itou.Export.Space.GitBookSpace space, ExportSelection selection)
    {
        using var pdf = new MemoryStream();
        using var docx = new MemoryStream();
        var day = new DateOnly(2026, 12, 2);
        return
        [
            await PdfExporter.ExportAsync(space, selection, Theme.Default, pdf, new PdfExportOptions { Date = day }, TestContext.Current.CancellationToken),
            await DocxExporter.ExportAsync(space, selection, Theme.Default, docx, new DocxExportOptions { Date = day }, TestContext.Current.CancellationToken),
        ];
    }

    // Each page has a problem of its own; one page is not in the summary.
    private static TempSpace Space() => new TempSpace()
        .Write("README.md", "# Home\n\nWelcome.\n")
        .Write("a.md", "# A\n\n[gone](broken-reference)\n")
        .Write("b.md", "# B\n\n[gone too](broken-reference)\n")
        .Write("orphan.md", "# Orphan\n\n[lost](broken-reference)\n")
        .Write("SUMMARY.md", "# Table of contents\n\n* [Home](README.md)\n* [A](a.md)\n* [B](b.md)\n");
}
