using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Robustness;

/// <summary>
/// Runs one space through everything a user can ask for (load, then a book and every page as a brief,
/// to DOCX and PDF) on its own thread under a time limit. An exception, a hang, an output that fails
/// read-back (the Open XML validator, PdfPig reading every page's text) or content lost without a
/// diagnostic (the content ledger's EXPORT-CONTENT-MISSING) is a failure, returned as text; null when all is well.
/// </summary>
internal static class ExportCheck
{
    /// <summary>Time one case may take; generous because CI machines are shared, a hang is far longer.</summary>
    public static TimeSpan Limit { get; } = TimeSpan.FromSeconds(60);

    private static readonly DocxExportOptions Options = new() { Date = new DateOnly(2026, 11, 27) };
    private static readonly PdfExportOptions PdfOptions = new() { Date = new DateOnly(2026, 11, 27) };

    /// <summary>Throws with the reason when <paramref name="spaceCase"/> crashes, hangs or writes an invalid file.</summary>
    public static void AssertExportsCleanly(SpaceCase spaceCase)
    {
        var problem = Run(spaceCase);
        if (problem is not null)
            throw new InvalidOperationException(problem);
    }

    /// <summary>The first problem met exporting <paramref name="spaceCase"/>, or null.</summary>
    public static string? Run(SpaceCase spaceCase)
    {
        using var space = spaceCase.WriteTo();
        using var timeout = new CancellationTokenSource(Limit);
        var work = Task.Factory.StartNew(() => ExportAll(space.Folder, timeout.Token), timeout.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        try
        {
            // Twice the limit: the token asks the export to stop, a hang does not listen.
            return work.Wait(Limit * 2) ? work.Result : $"hang: no result after {Limit * 2}";
        }
        catch (AggregateException e)
        {
            var inner = e.Flatten().InnerException!;
            return inner is OperationCanceledException ? $"too slow: not done within {Limit}" : "exception: " + inner;
        }
    }

    private static async Task<string?> ExportAll(string folder, CancellationToken cancellationToken)
    {
        var space = await SpaceLoader.LoadAsync(folder, cancellationToken: cancellationToken);
        foreach (var selection in Selections(space))
        {
            var problem = await ExportDocx(space, selection, cancellationToken) ?? await ExportPdf(space, selection, cancellationToken);
            if (problem is not null)
                return $"{selection}: {problem}";
        }
        return null;
    }

    private static IEnumerable<ExportSelection> Selections(GitBookSpace space) =>
        [ExportSelection.Book, .. space.Pages.Select(page => ExportSelection.Page(page.Path))];

    private static async Task<string?> ExportDocx(GitBookSpace space, ExportSelection selection, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        var result = await DocxExporter.ExportAsync(space, selection, Theme.Default, output, Options, cancellationToken);
        if (Lost(result) is { } lost)
            return "DOCX " + lost;
        output.Position = 0;
        using var package = WordprocessingDocument.Open(output, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(package, cancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Take(5).ToList();
        return errors.Count == 0 ? null : "invalid DOCX: " + string.Join("\n", errors);
    }

    private static string? Lost(ExportResult result) =>
        result.Content.Missing == 0
            ? null
            : "content lost: " + string.Join("\n", result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ContentMissing).Take(5));

    private static async Task<string?> ExportPdf(GitBookSpace space, ExportSelection selection, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        var result = await PdfExporter.ExportAsync(space, selection, Theme.Default, output, PdfOptions, cancellationToken);
        if (Lost(result) is { } lost)
            return "PDF " + lost;
        try
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
            if (pdf.NumberOfPages == 0)
                return "PDF without pages";
            foreach (var page in pdf.GetPages())
                _ = page.Text;
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "PDF unreadable: " + e.Message;
        }
    }
}
