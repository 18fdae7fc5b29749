using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Pdf.Text;

/// <summary>A character no font draws reaches the user: once, at the page and line of its first use, by the export and by check.</summary>
public sealed class GlyphMissingTests : IDisposable
{
    private readonly TempSpace space = new TempSpace()
        .Write("SUMMARY.md", "# Summary\n\n* [A](a.md)\n* [B](b.md)\n")
        .Write("a.md", "# A\n\nBonjour.\n\nUn caractère privé : \uE000.\n")
        .Write("b.md", "# B\n\nEncore \uE000 ici, et `code \uE000`.\n");

    public void Dispose() => space.Dispose();

    [Fact]
    public async Task The_export_reports_it_once_where_it_is_first_used_and_counts_its_texts_as_diagnosed()
    {
        var loaded = await space.LoadAsync();
        using var output = new MemoryStream();

        var result = await PdfExporter.ExportAsync(loaded, ExportSelection.Book, Theme.Default, output,
            new PdfExportOptions { UseSystemFonts = false }, TestContext.Current.CancellationToken);

        Assert.Equal(["a.md:5"], TempSpace.Places(loaded, DiagnosticCodes.PdfMissingGlyph));
        Assert.Contains("U+E000", loaded.Diagnostics.Items.Single(d => d.Code == DiagnosticCodes.PdfMissingGlyph).Message, StringComparison.Ordinal);
        var text = result.Content[ContentKind.Text];
        Assert.Equal(3, text.Diagnosed);
        Assert.Equal(0, text.Missing);
        Assert.Equal(text.Expected - 3, text.Written);
    }

    [Fact]
    public async Task Check_reports_it_without_drawing()
    {
        var loaded = await space.LoadAsync();

        PdfGlyphCheck.Check(Publication.Create(loaded, ExportSelection.Book, Theme.Default), useSystemFonts: false);

        Assert.Equal(["a.md:5"], TempSpace.Places(loaded, DiagnosticCodes.PdfMissingGlyph));
    }
}
