using System.IO.Compression;
using System.Text.Json;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Cli;

/// <summary>The export commands as a process: output files written whole or not at all, summaries, exit codes.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("itou-cli-export-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<CliRun> Run(params string[] args) => CliProcess.RunAsync(folder, args);

    private string[] LeftoverTemporaryFiles() => Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories);

    [Fact]
    public async Task Docx_of_a_page_writes_the_file_and_a_summary()
    {
        var run = await Run("docx", TestPaths.SampleSpace, "--page", "Premiers pas", "-o", "brief.docx", "--theme", TestPaths.SampleTheme);

        run.AssertExit(0);
        using (var zip = ZipFile.OpenRead(Path.Combine(folder, "brief.docx")))
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        Assert.Contains("Wrote brief.docx", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"Premiers pas\", 1 page", run.Error, StringComparison.Ordinal);
        Assert.Empty(LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task Pdf_of_the_sample_book_with_the_sample_theme_is_a_pdf()
    {
        var run = await Run("pdf", TestPaths.SampleSpace, "--theme", TestPaths.SampleTheme, "-o", "sample.pdf");

        run.AssertExit(0, "Wrote sample.pdf", "20 pages of the space");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "sample.pdf"), TestContext.Current.CancellationToken);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.Empty(LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task Without_o_the_file_is_named_after_the_page()
    {
        var run = await Run("docx", TestPaths.SampleSpace, "--page", "ateliers/reparer-un-velo.md", "--quiet");
        run.AssertExit(0);
        Assert.True(File.Exists(Path.Combine(folder, "reparer-un-velo.docx")));
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Strict_export_with_diagnostics_exits_1_and_leaves_the_previous_file_untouched()
    {
        var output = Path.Combine(folder, "brief.docx");
        await File.WriteAllTextAsync(output, "previous version", TestContext.Current.CancellationToken);

        // The sample space keeps a broken-reference link on this page on purpose: there is always a diagnostic.
        var run = await Run("docx", TestPaths.SampleSpace, "--page", "ateliers/fiche-securite.md", "-o", output, "--strict");

        run.AssertExit(1);
        Assert.Contains("LINK-BROKEN-REFERENCE", run.Output, StringComparison.Ordinal);
        Assert.Contains("was not written", run.Error, StringComparison.Ordinal);
        Assert.Equal("previous version", await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        Assert.Empty(LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task An_unknown_section_exits_3_listing_near_matches_and_writes_nothing()
    {
        var run = await Run("docx", TestPaths.SampleSpace, "--section", "Nos atelier", "-o", "out.docx");
        run.AssertExit(3, "Nearest matches:", "Nos ateliers");
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_bad_theme_is_refused_before_anything_is_written()
    {
        var theme = Path.Combine(folder, "theme.json");
        await File.WriteAllTextAsync(theme, """{ "logos": ["missing.svg"] }""", TestContext.Current.CancellationToken);
        var run = await Run("docx", TestPaths.SampleSpace, "--theme", theme, "-o", "out.docx");
        run.AssertExit(2, "logos[0]: file not found");
        Assert.False(File.Exists(Path.Combine(folder, "out.docx")));
    }

    [Fact]
    public async Task A_missing_output_folder_exits_3()
    {
        var run = await Run("docx", TestPaths.SampleSpace, "--page", "premiers-pas.md", "-o", "no/such/folder/out.docx");
        run.AssertExit(3, "output folder not found");
    }

    [Fact]
    public async Task The_report_gives_pages_size_and_diagnostics()
    {
        var run = await Run("docx", TestPaths.SampleSpace, "--page", "premiers-pas.md", "-o", "brief.docx", "--report", "report.json");
        run.AssertExit(0);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json"), TestContext.Current.CancellationToken));
        var root = report.RootElement;
        Assert.Equal("docx", root.GetProperty("command").GetString());
        Assert.Equal(1, root.GetProperty("pages").GetInt32());
        Assert.Equal(new FileInfo(Path.Combine(folder, "brief.docx")).Length, root.GetProperty("outputBytes").GetInt64());
        Assert.True(root.GetProperty("diagnosticCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task Pdf_report_counts_each_kind_of_content_as_the_library_does_and_the_summary_gives_the_images()
    {
        var run = await Run("pdf", TestPaths.SampleSpace, "--section", "ateliers/README.md", "-o", "ateliers.pdf", "--report", "report.json");
        run.AssertExit(0);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json"), TestContext.Current.CancellationToken));
        var content = report.RootElement.GetProperty("content");

        var space = await SpaceLoader.LoadAsync(TestPaths.SampleSpace, cancellationToken: TestContext.Current.CancellationToken);
        using var pdf = new MemoryStream();
        var library = await PdfExporter.ExportAsync(space, ExportSelection.Section("ateliers/README.md"), Theme.Default, pdf, cancellationToken: TestContext.Current.CancellationToken);
        foreach (var count in library.Content.Counts)
        {
            var kind = content.GetProperty(JsonNamingPolicy.CamelCase.ConvertName(count.Kind.ToString()));
            Assert.Equal(count.Expected, kind.GetProperty("expected").GetInt32());
            Assert.Equal(count.Written, kind.GetProperty("written").GetInt32());
            Assert.Equal(count.Diagnosed, kind.GetProperty("diagnosed").GetInt32());
            Assert.Equal(0, kind.GetProperty("missing").GetInt32());
        }
        var images = library.Content[ContentKind.Image].Written;
        Assert.True(images > 1, $"the section has pictures, {images} written");
        Assert.Contains($", {images} images, in ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_export_exits_4_and_leaves_no_file()
    {
        var corpus = TestPaths.CorpusOrSkip();
        var run = await CliProcess.RunAsync(folder, ["pdf", corpus, "-o", "book.pdf"], async running =>
        {
            // The first pass over the pages under way (the drawing pass is still to come), then send
            // what Ctrl+C or a CI timeout would.
            await running.ErrorLineContaining("measuring: ");
            using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", running.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        });

        run.AssertExit(4, "cancelled; nothing was written");
        Assert.Empty(Directory.GetFiles(folder));
    }
}
