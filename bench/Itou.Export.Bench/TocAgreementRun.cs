using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Docx.Support;
using Itou.Export.Theming;

namespace Itou.Export.Bench;

/// <summary>
/// <c>toc-agreement SPACE OUT-FOLDER [--section S] [--theme T] [--lines]</c>: exports the selection to DOCX
/// and PDF (our PDF: to look at beside LibreOffice's), converts the DOCX with LibreOffice, and prints how
/// many contents entries carry a page number within one page of where LibreOffice put their heading
/// (issue 15 §5), with one line per entry when asked. The files stay in OUT-FOLDER to be looked at.
/// </summary>
internal static class TocAgreementRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (space, folder) = (args[1], args[2]);
        var selection = ExportSelection.Book;
        var theme = Theme.Default;
        for (var i = 3; i + 1 < args.Length; i++)
        {
            if (args[i] == "--section")
                selection = ExportSelection.Section(args[i + 1]);
            if (args[i] == "--theme")
                theme = ThemeLoader.Load(args[i + 1]);
        }
        Directory.CreateDirectory(folder);
        var loaded = await SpaceLoader.LoadAsync(space);
        var docx = Path.Combine(folder, "book.docx");
        var options = new DocxExportOptions { Date = new DateOnly(2026, 1, 1) };
        await using (var file = File.Create(docx))
            await DocxExporter.ExportAsync(loaded, selection, theme, file, options);
        await using (var file = File.Create(Path.Combine(folder, "ours.pdf")))
            await PdfExporter.ExportAsync(loaded, selection, theme, file, new PdfExportOptions { Date = options.Date });
        var converted = TocAgreement.ConvertWithLibreOffice(docx, folder);
        if (converted is null)
        {
            Console.WriteLine("soffice is not installed: nothing to compare with.");
            return 1;
        }
        var result = TocAgreement.Measure(docx, converted);
        // Where our PDF put the same headings: how far down its page, beside LibreOffice's (what drifts, and where).
        var ours = TocAgreement.Compare(TocAgreement.ContentsEntries(docx), TocAgreement.Headings(Path.Combine(folder, "ours.pdf")));
        if (args.Contains("--lines"))
            foreach (var (line, mine) in result.Lines().Zip(ours.Entries))
                Console.WriteLine($"{line}  [our PDF: p. {mine.Theirs} y {mine.TheirsTop:F0}]");
        Console.WriteLine($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(space))}: {result.Summary}");
        return 0;
    }
}
