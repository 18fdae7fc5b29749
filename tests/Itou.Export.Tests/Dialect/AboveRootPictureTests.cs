using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Publishing;
using Itou.Export.Tests.Robustness;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Dialect;

/// <summary><c>../.gitbook/assets/x.png</c> from a root page is GitBook's picture at the root (issue 14 §8).</summary>
public sealed class AboveRootPictureTests
{
    [Fact]
    public async Task A_picture_addressed_above_the_root_is_drawn_in_both_writers()
    {
        using var temp = new TempSpace()
            .Write("README.md", "# Home\n\n![The workshop](../.gitbook/assets/workshop.png)\n")
            .WriteBytes(".gitbook/assets/workshop.png", HostileFiles.TinyPng);
        using var both = await BothWriters.ExportAsync(temp);

        using (var pdf = both.OpenPdf())
            Assert.NotEmpty(pdf.GetPages().SelectMany(page => page.GetImages()));
        Assert.NotEmpty(both.Package.MainDocumentPart!.ImageParts);
        foreach (var result in new[] { both.Pdf, both.Word })
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.AssetOutside);
            Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.AssetAboveRoot, Severity: DiagnosticSeverity.Info, Line: 3 });
            Assert.Equal(0, result.Content.Missing);
        }
        Assert.DoesNotContain(".gitbook", both.PdfText, StringComparison.Ordinal);
    }
}
