using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx;
using Itou.Export.Docx.Document;
using Itou.Export.Docx.Links;
using Itou.Export.Localization;
using Itou.Export.Markdown;
using Itou.Export.Publishing;
using Itou.Export.Theming;
using Markdig;

namespace Itou.Export.Tests.Docx;

/// <summary>Writes Markdown through the Word writer (plain Markdig pipeline) and opens the result with the Open XML SDK.</summary>
internal sealed class DocxTestDocument : IDisposable
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private DocxTestDocument(MemoryStream bytes, DiagnosticBag diagnostics)
    {
        Bytes = bytes;
        Diagnostics = diagnostics;
        Package = WordprocessingDocument.Open(bytes, false);
    }

    public MemoryStream Bytes { get; }
    public DiagnosticBag Diagnostics { get; }
    public ContentReport Content { get; private init; } = null!;
    public WordprocessingDocument Package { get; }
    public MainDocumentPart Main => Package.MainDocumentPart!;
    public Body Body => Main.Document!.Body!;

    /// <summary>A brief of one page written from <paramref name="markdown"/>.</summary>
    public static DocxTestDocument Brief(string markdown, Theme? theme = null, Func<string, DocxAsset?>? assets = null,
        Func<string, DocxLinkTarget>? links = null) =>
        Write([Page("page.md", markdown, titleLevel: 0, assets, links)], isBook: false, theme);

    /// <summary>A brief of a syntax tree built by hand (dialect nodes the parser does not produce yet).</summary>
    public static DocxTestDocument Tree(Markdig.Syntax.MarkdownDocument document, Func<string, DocxAsset?>? assets = null) =>
        Write([Page("page.md", "", titleLevel: 0, assets, null) with { Document = document }], isBook: false, null);

    /// <summary>A brief parsed with the GitBook dialect.</summary>
    public static DocxTestDocument GitBookBrief(string markdown, Func<string, DocxAsset?>? assets = null, Func<string, DocxLinkTarget>? links = null)
    {
        var context = new GitBookParseContext { FilePath = "page.md", Diagnostics = new DiagnosticBag() };
        var page = Page("page.md", markdown, titleLevel: 0, assets, links) with { Document = GitBookMarkdown.Parse(markdown, context) };
        return Write([page], isBook: false, null);
    }

    /// <summary>A book of pages (path, markdown), each a top-level page.</summary>
    public static DocxTestDocument Book(params (string Path, string Markdown)[] pages) =>
        Write([.. pages.Select(p => Page(p.Path, p.Markdown, titleLevel: 1, null, null) with { StartsOnNewPage = true })], isBook: true, null);

    public static DocxPageSource Page(string path, string markdown, int titleLevel, Func<string, DocxAsset?>? assets, Func<string, DocxLinkTarget>? links)
    {
        var page = new DocxPageSource
        {
            Path = path,
            Title = Path.GetFileNameWithoutExtension(path),
            Document = Markdig.Markdown.Parse(markdown, Pipeline),
            TitleLevel = titleLevel,
            Anchor = path,
        };
        if (assets is not null)
            page = page with { ResolveAsset = (reference, _) => assets(reference) };
        if (links is not null)
            page = page with { ResolveLink = (url, _) => links(url) };
        return page;
    }

    public static DocxTestDocument Write(IReadOnlyList<DocxPageSource> pages, bool isBook, Theme? theme)
    {
        var diagnostics = new DiagnosticBag();
        var output = new MemoryStream();
        var info = new DocxDocumentInfo
        {
            Title = "Test document",
            Description = "A description",
            // The document's language as an export chooses it: the theme's, else read from the pages.
            Labels = Labels.For(theme?.Language, theme?.Labels ?? new Dictionary<string, string>(),
                () => LanguageDetector.Detect(pages.SelectMany(page => Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.Inlines.LiteralInline>(page.Document)).Select(literal => literal.Content.ToString()))),
            Date = new DateOnly(2026, 11, 27),
            IsBook = isBook,
            TitleAnchors = isBook ? [] : pages[0].TitleAnchors,
        };
        var ledger = new ContentLedger();
        foreach (var page in pages)
            ledger.Expect(page.Path, page.Document);
        DocxDocumentWriter.Write(pages, info, theme ?? Theme.Default, new ExportLimits(), diagnostics, ledger, output, TestContext.Current.CancellationToken);
        output.Position = 0;
        return new DocxTestDocument(output, diagnostics) { Content = ledger.Close(diagnostics) };
    }

    /// <summary>Every validation error, formatted for an assertion message.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(Package, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    /// <summary>Paragraphs of the body in the given style.</summary>
    public IEnumerable<Paragraph> ParagraphsIn(string styleId) =>
        Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId);

    /// <summary>The style's display name.</summary>
    public string? StyleName(string styleId) =>
        Main.StyleDefinitionsPart!.Styles!.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleName?.Val?.Value;

    public void Dispose()
    {
        Package.Dispose();
        Bytes.Dispose();
    }
}
