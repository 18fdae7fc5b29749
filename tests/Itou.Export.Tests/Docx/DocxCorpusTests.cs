using Itou.Export.Docx;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Itou.Export.Tests.Docx;

/// <summary>The real corpus as a book, a section and a brief: every file valid for the Open XML validator.</summary>
public class DocxCorpusTests
{
    public const string BriefPage = "pourquoi-une-plateforme-de-linclusion/qui-est-derriere-la-plateforme-de-linclusion.md";

    public static TheoryData<string, string?> Selections => new()
    {
        { "book", null },
        { "section", "pourquoi-une-plateforme-de-linclusion/README.md" },
        { "brief", BriefPage },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public async Task Corpus_exports_are_valid_Open_XML(string kind, string? path)
    {
        var corpus = TestPaths.CorpusOrSkip();
        var space = await SpaceLoader.LoadAsync(corpus, cancellationToken: TestContext.Current.CancellationToken);
        var selection = kind switch { "book" => ExportSelection.Book, "section" => ExportSelection.Section(path!), _ => ExportSelection.Page(path!) };
        using var output = new MemoryStream();
        await DocxExporter.ExportAsync(space, selection, Theme.Default, output, new DocxExportOptions { Date = new DateOnly(2026, 11, 27) }, TestContext.Current.CancellationToken);
        output.Position = 0;
        using var package = WordprocessingDocument.Open(output, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(package, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Take(20).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotEmpty(package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>());
    }
}
