using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Robustness;

/// <summary>
/// Every bound of <see cref="ExportLimits"/> given through the public APIs is enforced where it belongs,
/// with a diagnostic, and the export goes on. (Page bytes, page count and include depth are also
/// covered by the space tests; this class shows each limit once, end to end.)
/// </summary>
public class LimitTests
{
    private static TempSpace ImageSpace() => new TempSpace()
        .Write("README.md", "# Images\n\nAvant ![petite](.gitbook/assets/petite.png) après.\n")
        .WriteBytes(".gitbook/assets/petite.png", HostileFiles.TinyPng);

    private static async Task<IReadOnlyList<Diagnostic>> ExportBoth(GitBookSpace space, ExportLimits limits)
    {
        using var docx = new MemoryStream();
        await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, docx, new DocxExportOptions { Limits = limits }, TestContext.Current.CancellationToken);
        using var pdf = new MemoryStream();
        return (await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, pdf, new PdfExportOptions { Limits = limits }, TestContext.Current.CancellationToken)).Diagnostics;
    }

    [Fact]
    public async Task The_pixel_limit_given_to_the_exporters_refuses_an_image_from_its_header()
    {
        using var space = ImageSpace();

        var diagnostics = await ExportBoth(await space.LoadAsync(), new ExportLimits { MaxImagePixels = 5 });

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ImageTooLarge && d.Message.Contains("3×2", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ImageTooLarge && d.Message.Contains("3×2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_image_byte_limit_given_to_the_exporters_refuses_a_large_file()
    {
        using var space = ImageSpace();

        var diagnostics = await ExportBoth(await space.LoadAsync(), new ExportLimits { MaxImageBytes = 10 });

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ImageTooLarge && d.File == "README.md");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ImageTooLarge && d.File == "README.md");
    }

    [Fact]
    public async Task The_nesting_limit_flattens_deeper_quotes_and_reports_it()
    {
        using var space = new TempSpace().Write("README.md", new string('>', 30) + " profond\n");

        var loaded = await space.LoadAsync(new ExportLimits { MaxNestingDepth = 10 });

        Assert.Equal(["README.md:1"], TempSpace.Places(loaded, DiagnosticCodes.LimitNesting));
        // The limit counts Markdig containers and a list level is two (list, item): markers past half are flattened.
        Assert.Equal(5, Depth(loaded.Pages.Single().Document));
        Assert.Contains("profond", Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.Inlines.LiteralInline>(loaded.Pages.Single().Document).Select(l => l.Content.ToString()));
    }

    [Fact]
    public async Task The_include_depth_limit_stops_a_chain()
    {
        using var space = new TempSpace().Write("README.md", "# Chaîne\n\n{% include \"i1.md\" %}\n");
        for (var i = 1; i <= 5; i++)
            space.Write($"i{i}.md", $"Niveau {i}.\n\n{{% include \"i{i + 1}.md\" %}}\n");

        var loaded = await space.LoadAsync(new ExportLimits { MaxIncludeDepth = 3 });

        Assert.Contains(loaded.Diagnostics.Items, d => d.Code == DiagnosticCodes.Include && d.Message.Contains("deeper than 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_count_limit_leaves_pages_out_and_reports_it()
    {
        using var space = new TempSpace().Write("README.md", "# Accueil\n").Write("a.md", "# A\n").Write("b.md", "# B\n");

        var loaded = await space.LoadAsync(new ExportLimits { MaxPages = 2 });

        Assert.Single(TempSpace.Places(loaded, DiagnosticCodes.LimitPageCount));
        Assert.Equal(2, loaded.Pages.Count);
    }

    private static int Depth(Markdig.Syntax.ContainerBlock block) =>
        block.OfType<Markdig.Syntax.QuoteBlock>().Select(q => 1 + Depth(q)).DefaultIfEmpty(0).Max();
}
