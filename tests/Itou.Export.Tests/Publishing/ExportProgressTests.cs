using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Layout;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Publishing;

/// <summary>
/// Progress reports (<see cref="PdfExportOptions.Progress"/>, <see cref="DocxExportOptions.Progress"/>):
/// every page of the publication once per phase, numbered 1 to N in document order, phases one after
/// the other, a page spanning several sheets still counted once.
/// </summary>
public class ExportProgressTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);
    private static readonly string[] Paths = ["README.md", "groupe/longue.md", "groupe/courte.md"];
    private static readonly string[] Titles = ["Accueil", "Longue", "Courte"];

    [Fact]
    public async Task Pdf_reports_every_page_once_when_composed_measured_and_drawn()
    {
        using var temp = Space();
        var space = await temp.LoadAsync();
        var progress = new RecordingProgress();
        using var output = new MemoryStream();

        await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new PdfExportOptions { Date = Day, Progress = progress }, TestContext.Current.CancellationToken);

        Assert.Equal([.. Expected(ExportPhase.Composing), .. Expected(ExportPhase.Measuring), .. Expected(ExportPhase.Drawing)], progress.Reports);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
        Assert.True(pdf.NumberOfPages > 5, $"the long page should span several sheets ({pdf.NumberOfPages} pages)");
    }

    [Fact]
    public async Task Docx_reports_every_page_once_when_written()
    {
        using var temp = Space();
        var space = await temp.LoadAsync();
        var progress = new RecordingProgress();
        using var output = new MemoryStream();

        await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new DocxExportOptions { Date = Day, Progress = progress }, TestContext.Current.CancellationToken);

        Assert.Equal(Expected(ExportPhase.Writing), progress.Reports);
    }

    [Fact]
    public async Task A_brief_is_one_page_of_one()
    {
        using var temp = Space();
        var space = await temp.LoadAsync();
        var progress = new RecordingProgress();
        using var output = new MemoryStream();

        await DocxExporter.ExportAsync(space, ExportSelection.Page("groupe/courte.md"), Theme.Default, output, new DocxExportOptions { Date = Day, Progress = progress }, TestContext.Current.CancellationToken);

        Assert.Equal([new ExportProgress(ExportPhase.Writing, 1, 1, "groupe/courte.md", "Courte")], progress.Reports);
    }

    [Fact]
    public async Task Remote_images_are_reported_once_each_before_the_pages()
    {
        using var server = new ImageServer().File("a.jpg", Photos.Jpeg(40, 30, 1), "image/jpeg").File("b.jpg", Photos.Jpeg(40, 30, 2), "image/jpeg");
        using var temp = new TempSpace()
            .Write("README.md", $"# Accueil\n\n![a]({server.Url("a.jpg")}) ![b]({server.Url("b.jpg")}) ![a encore]({server.Url("a.jpg")})\n")
            .Write("SUMMARY.md", "# Table of contents\n\n* [Accueil](README.md)\n");
        var space = await temp.LoadAsync(new ExportLimits { AllowRemoteImages = true, AllowPrivateNetworkImages = true });
        var progress = new RecordingProgress();
        using var output = new MemoryStream();

        await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new DocxExportOptions { Date = Day, Progress = progress }, TestContext.Current.CancellationToken);

        var fetches = progress.Reports.Take(2).ToList();
        Assert.All(fetches, report => Assert.Equal((ExportPhase.FetchingImages, 2, (string?)null), (report.Phase, report.Total, report.Title)));
        Assert.Equal([1, 2], fetches.Select(report => report.Current));
        Assert.Equal([server.Url("a.jpg"), server.Url("b.jpg")], fetches.Select(report => report.Path).Order(StringComparer.Ordinal));
        Assert.Equal([new ExportProgress(ExportPhase.Writing, 1, 1, "README.md", "Accueil")], progress.Reports.Skip(2));
    }

    private static IEnumerable<ExportProgress> Expected(ExportPhase phase) =>
        Paths.Select((path, index) => new ExportProgress(phase, index + 1, Paths.Length, path, Titles[index]));

    // Three pages under a group heading (not a page: not counted); the long one fills several sheets.
    private static TempSpace Space() => new TempSpace()
        .Write("README.md", "# Accueil\n\nBienvenue.\n")
        .Write("groupe/longue.md", "# Longue\n\n" + string.Concat(Enumerable.Range(1, 150).Select(i => $"Paragraphe {i} : une phrase assez longue pour occuper une ligne entière de la page.\n\n")))
        .Write("groupe/courte.md", "# Courte\n\nFin.\n")
        .Write("SUMMARY.md", "# Table of contents\n\n* [Accueil](README.md)\n\n## Groupe\n\n* [Longue](groupe/longue.md)\n* [Courte](groupe/courte.md)\n");

    /// <summary>Keeps every report as it comes (on the export's thread), unlike <see cref="Progress{T}"/>, which posts them.</summary>
    private sealed class RecordingProgress : IProgress<ExportProgress>
    {
        private readonly List<ExportProgress> reports = [];

        public IReadOnlyList<ExportProgress> Reports
        {
            get { lock (reports) return [.. reports]; }
        }

        public void Report(ExportProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
