using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Itou.Export.Tests.Docx.Support;

/// <summary>
/// How well the page numbers pre-filled in a DOCX table of contents (our PDF's pagination) agree with
/// a real Word layout: LibreOffice converts the DOCX to PDF, its outline says on which page (and how far
/// down) each heading landed, and each contents entry is matched, in order, to the next heading of the
/// same text. Shared by the test (the sample book) and the bench's <c>toc-agreement</c> command (the
/// corpora), so both count the same way. No xunit here: the bench links this file.
/// </summary>
public static class TocAgreement
{
    /// <summary>One contents entry: its text, the number we wrote (null: none), where LibreOffice put its heading (null: not found).</summary>
    public sealed record Entry(string Title, int? Ours, int? Theirs, double? TheirsTop)
    {
        public bool Agrees => Ours is { } ours && Theirs is { } theirs && Math.Abs(ours - theirs) <= 1;
    }

    /// <summary>A heading of a PDF's outline: its text, page (from 1) and distance from the page's top in points.</summary>
    public sealed record Heading(string Title, int Page, double? Top);

    public sealed record Result(IReadOnlyList<Entry> Entries)
    {
        public int Agreeing => Entries.Count(entry => entry.Agrees);

        public double Share => Entries.Count == 0 ? 0 : Agreeing / (double)Entries.Count;

        public string Summary => $"{Agreeing}/{Entries.Count} entries within one page ({Share.ToString("P0", CultureInfo.InvariantCulture)})";

        /// <summary>One line per entry: ours, LibreOffice's, and the gap.</summary>
        public IEnumerable<string> Lines() => Entries.Select(entry =>
            $"{(entry.Agrees ? " " : "✗")} ours {entry.Ours?.ToString(CultureInfo.InvariantCulture) ?? "-",4}  LibreOffice {entry.Theirs?.ToString(CultureInfo.InvariantCulture) ?? "-",4}"
            + $" (y {entry.TheirsTop?.ToString("F0", CultureInfo.InvariantCulture) ?? "-",3})  {entry.Title}");
    }

    /// <summary>Converts <paramref name="docxPath"/> to PDF in <paramref name="folder"/> with a private profile; null when soffice is not installed.</summary>
    public static string? ConvertWithLibreOffice(string docxPath, string folder)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[$"-env:UserInstallation=file://{Path.GetFullPath(folder)}/lo-profile", "--headless", "--convert-to", "pdf", "--outdir", folder, docxPath])
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var pdf = Path.Combine(folder, Path.ChangeExtension(Path.GetFileName(docxPath), ".pdf"));
            return process.ExitCode == 0 && File.Exists(pdf) ? pdf
                : throw new InvalidOperationException($"soffice failed ({process.ExitCode}): {output}{error.Result}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Compares the contents of <paramref name="docxPath"/> with the headings of LibreOffice's PDF of it.</summary>
    public static Result Measure(string docxPath, string libreOfficePdf) => Compare(ContentsEntries(docxPath), Headings(libreOfficePdf));

    /// <summary>The entries of the table of contents field's cached result: text (before the tab) and page number (after it), if any.</summary>
    public static IReadOnlyList<(string Title, int? Number)> ContentsEntries(string docxPath)
    {
        using var package = WordprocessingDocument.Open(docxPath, false);
        return [.. package.MainDocumentPart!.Document!.Body!.Descendants<Hyperlink>()
            .Where(link => link.Parent is Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style
                && style.StartsWith("TOC", StringComparison.Ordinal) && style != "TOCHeading")
            .Select(link => link.Elements<Run>().ToList())
            .Select(runs =>
            {
                var title = string.Concat(runs.TakeWhile(run => run.GetFirstChild<TabChar>() is null).Select(run => run.InnerText));
                var tab = runs.FindIndex(run => run.GetFirstChild<TabChar>() is not null);
                int? number = tab >= 0 && tab + 1 < runs.Count && int.TryParse(runs[tab + 1].InnerText, CultureInfo.InvariantCulture, out var n) ? n : null;
                return (Flat(title), number);
            })];
    }

    /// <summary>The outline of the PDF at <paramref name="pdfPath"/>, flattened in document order.</summary>
    public static IReadOnlyList<Heading> Headings(string pdfPath)
    {
        using var document = PdfDocument.Open(pdfPath);
        var headings = new List<Heading>();
        if (!document.TryGetBookmarks(out var bookmarks))
            return headings;
        void Walk(IEnumerable<BookmarkNode> nodes)
        {
            foreach (var node in nodes)
            {
                if (node is DocumentBookmarkNode target)
                {
                    var height = document.GetPage(target.PageNumber).Height;
                    double? top = target.Destination.Coordinates.Top is { } y ? height - y : null;
                    headings.Add(new Heading(Flat(node.Title), target.PageNumber, top));
                }
                Walk(node.Children);
            }
        }
        Walk(bookmarks.Roots);
        return headings;
    }

    /// <summary>
    /// Each entry against the next heading of its text (from the last one matched on); an entry whose
    /// heading is not found leaves the cursor where it was, so one miss does not shift the others.
    /// </summary>
    public static Result Compare(IReadOnlyList<(string Title, int? Number)> entries, IReadOnlyList<Heading> headings)
    {
        var cursor = 0;
        var result = new List<Entry>();
        foreach (var (title, number) in entries)
        {
            var found = -1;
            for (var i = cursor; i < headings.Count && found < 0; i++)
                found = headings[i].Title == title ? i : -1;
            if (found >= 0)
                cursor = found + 1;
            result.Add(new Entry(title, number, found >= 0 ? headings[found].Page : null, found >= 0 ? headings[found].Top : null));
        }
        return new Result(result);
    }

    // Lines break differently in each layout, and outlines drop some spaces: compare without whitespace.
    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
