using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Localization;

/// <summary>
/// Books written in English, Chinese, Korean and French, exported with a theme that names no language:
/// each PDF and DOCX prints its own words (table of contents title, an untitled tab, a file size, the
/// page footer) and its cover date in the language of its pages, read back with pdftotext and the
/// Open XML SDK.
/// </summary>
public class LabelExportTests
{
    private static readonly DateOnly Day = new(2026, 12, 2);

    // language, first page, second page, contents, date, tab, file size
    private static readonly (string, string, string, string, string, string, string)[] AllBooks =
    [
        ("en", "To repair a bike, first check the tyres and the brakes. You can bring your own tools.", "The workshop is open on Saturdays for the people of the area.",
            "Contents", "December 2, 2026", "Tab 1", "300 B"),
        ("fr", "Pour réparer un vélo, vérifiez d'abord les pneus et les freins. Vous pouvez apporter vos outils.", "L'atelier est ouvert le samedi pour les habitants du quartier.",
            "Sommaire", "2 décembre 2026", "Onglet 1", "300 o"),
        ("zh-Hans", "修理自行车时，请先检查轮胎和刹车。您可以把自己的工具带到工作室。", "这个工作室每个星期六开放，欢迎附近的居民。",
            "目录", "2026年12月2日", "标签页 1", "300 B"),
        ("ko", "자전거를 수리하려면 먼저 타이어와 브레이크를 확인하세요. 공구는 작업장에 가져올 수 있습니다.", "작업장은 매주 토요일에 동네 주민에게 열려 있습니다.",
            "목차", "2026년 12월 2일", "탭 1", "300 B"),
    ];

    public static TheoryData<string, string, string, string, string, string, string> Books => new(AllBooks);

    [Theory]
    [MemberData(nameof(Books))]
    public async Task A_pdf_book_prints_its_labels_and_date_in_the_language_of_its_pages(string language, string first, string second,
        string contents, string date, string tab, string size)
    {
        using var temp = Book(first, second);
        var space = await temp.LoadAsync();
        var path = Path.Combine(temp.Parent, language + ".pdf");
        await using (var output = File.Create(path))
            await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new PdfExportOptions { Date = Day }, TestContext.Current.CancellationToken);

        var pages = PdfTools.TextPages(path);
        Assert.Contains(Flat(date), Flat(pages[0]), StringComparison.Ordinal);
        Assert.Contains(contents, pages[1], StringComparison.Ordinal);
        var text = Flat(string.Join("\n", pages));
        Assert.Contains(Flat(tab), text, StringComparison.Ordinal);
        Assert.Contains(Flat(size), text, StringComparison.Ordinal);
        Assert.Contains(Flat(Publication.Create(space, ExportSelection.Book).Labels.PageOf(2, pages.Count(page => page.Trim().Length > 0))), Flat(pages[1]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Books))]
    public async Task A_docx_book_writes_its_labels_and_date_in_the_language_of_its_pages(string language, string first, string second,
        string contents, string date, string tab, string size)
    {
        using var temp = Book(first, second);
        var space = await temp.LoadAsync();
        var output = new MemoryStream();
        await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new DocxExportOptions { Date = Day }, TestContext.Current.CancellationToken);
        output.Position = 0;
        using var package = WordprocessingDocument.Open(output, false);

        var paragraphs = package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains(date, paragraphs);
        Assert.Contains(contents, paragraphs);
        Assert.Contains(tab, paragraphs);
        Assert.Contains(paragraphs, p => p.Contains(size, StringComparison.Ordinal));
        var footer = package.MainDocumentPart.FooterParts.Single().Footer!.InnerText;
        var labels = Publication.Create(space, ExportSelection.Book).Labels;
        Assert.Equal(labels.PageOf(1, 1), footer); // the fields' cached numbers are 1 and 1
        Assert.StartsWith(language[..2], labels.Language, StringComparison.Ordinal);
        Assert.Equal(labels.Language, package.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
    }

    private static TempSpace Book(string first, string second) => new TempSpace()
        .Write("SUMMARY.md", "# Summary\n\n* [One](README.md)\n* [Two](two.md)\n")
        .Write("README.md", $"# One\n\n{first}\n\n{{% tabs %}}\n{{% tab %}}\n{second}\n{{% endtab %}}\n{{% endtabs %}}\n\n{{% file src=\"notes.txt\" %}}\n")
        .Write("two.md", $"# Two\n\n{second}\n")
        .Write("notes.txt", new string('x', 300));

    // pdftotext breaks lines and may space out CJK runs: compare without whitespace.
    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
