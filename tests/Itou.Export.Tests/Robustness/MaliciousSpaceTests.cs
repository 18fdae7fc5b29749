using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Robustness;

/// <summary>A hostile space exports what is safe and reports the rest, reading nothing outside and fetching nothing.</summary>
public class MaliciousSpaceTests
{
    [Fact]
    public async Task Docx_export_keeps_the_safe_content_and_reports_every_attack()
    {
        using var hostile = new MaliciousSpace();
        var space = await hostile.Space.LoadAsync();
        using var output = new MemoryStream();

        await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new DocxExportOptions { Date = new DateOnly(2026, 11, 27) }, TestContext.Current.CancellationToken);

        var bytes = output.ToArray();
        Assert.False(MaliciousSpace.Leaks(bytes), "the secret from outside the space reached the DOCX");
        Assert.False(hostile.WasContacted, "the SVG's URL was fetched");
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains(MaliciousSpace.SafeText, package.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        var svgParts = package.MainDocumentPart.ImageParts.Where(p => p.ContentType == "image/svg+xml").Select(ReadText).ToList();
        var svg = Assert.Single(svgParts);
        Assert.DoesNotContain("127.0.0.1", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", svg, StringComparison.Ordinal);
        Assert.Equal(3, package.MainDocumentPart.ImageParts.Count()); // the safe PNG, the SVG and its PNG fallback
        AssertReportsEveryAttack(space.Diagnostics);
    }

    [Fact]
    public async Task Pdf_export_keeps_the_safe_content_and_reports_every_attack()
    {
        using var hostile = new MaliciousSpace();
        var space = await hostile.Space.LoadAsync();
        using var output = new MemoryStream();

        await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new PdfExportOptions { Date = new DateOnly(2026, 11, 27) }, TestContext.Current.CancellationToken);

        var bytes = output.ToArray();
        Assert.False(MaliciousSpace.Leaks(bytes), "the secret from outside the space reached the PDF");
        Assert.False(hostile.WasContacted, "the SVG's URL was fetched");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(page => page.Text));
        Assert.Contains(MaliciousSpace.SafeText.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(MaliciousSpace.Secret, text, StringComparison.Ordinal);
        Assert.NotEmpty(pdf.GetPages().SelectMany(page => page.GetImages()));
        AssertReportsEveryAttack(space.Diagnostics);
    }

    internal static void AssertReportsEveryAttack(DiagnosticBag diagnostics)
    {
        var items = diagnostics.Items;
        string[] Places(string code) => [.. items.Where(d => d.Code == code).Select(d => $"{d.File}:{d.Line}")];
        Assert.Equal(["README.md:5", "README.md:5"], Places(DiagnosticCodes.AssetOutside)); // absolute, symlink
        Assert.Equal(["README.md:5"], Places(DiagnosticCodes.AssetMissing)); // ../ stays at the root, as GitBook reads it: no secret.png there
        Assert.Contains(items, d => d.Code == DiagnosticCodes.SpaceRead && d.File == "lien.md");
        Assert.Contains(items, d => d.Code == DiagnosticCodes.Include && d.Message.Contains("../secret.md", StringComparison.Ordinal));
        Assert.Contains(items, d => d.Code == DiagnosticCodes.Include && d.Message.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(items, d => d.Code == DiagnosticCodes.ImageSvgExternal && d.Message.Contains("hostile.svg", StringComparison.Ordinal));
        Assert.Contains(items, d => d.Code == DiagnosticCodes.ImageSvgRefused && d.Message.Contains("xxe.svg", StringComparison.Ordinal));
        Assert.Contains(items, d => d.Code == DiagnosticCodes.ImageTooLarge && d.Message.Contains("bombe.png", StringComparison.Ordinal));
        Assert.Contains(items, d => d.Code == DiagnosticCodes.LinkDangling || d.Code == DiagnosticCodes.LinkOutside);
    }

    private static string ReadText(ImagePart part)
    {
        using var reader = new StreamReader(part.GetStream());
        return reader.ReadToEnd();
    }
}
