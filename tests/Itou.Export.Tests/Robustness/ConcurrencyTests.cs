using System.Diagnostics;
using System.Text;
using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Cli;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Robustness;

/// <summary>
/// The library called as a web service would: many exports at once give the bytes of one at a time,
/// whether each loads its own space or they share one; a cancelled export stops with
/// <see cref="OperationCanceledException"/> and writes nothing, and an interrupted CLI leaves no file.
/// </summary>
public class ConcurrencyTests
{
    private const int Parallel = 8;
    private static readonly DocxExportOptions Options = new() { Date = new DateOnly(2026, 11, 27) };

    private static async Task<byte[]> Docx(GitBookSpace space, ExportSelection selection, CancellationToken cancellationToken = default)
    {
        using var output = new MemoryStream();
        await DocxExporter.ExportAsync(space, selection, Theme.Default, output, Options, cancellationToken);
        return output.ToArray();
    }

    private static async Task<byte[]> Pdf(GitBookSpace space, ExportSelection selection, CancellationToken cancellationToken = default)
    {
        using var output = new MemoryStream();
        await PdfExporter.ExportAsync(space, selection, Theme.Default, output, new PdfExportOptions { Date = new DateOnly(2026, 11, 27) }, cancellationToken);
        return output.ToArray();
    }

    private static Task<GitBookSpace> Sample() => SpaceLoader.LoadAsync(TestPaths.SampleSpace, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public async Task Eight_parallel_docx_exports_give_the_bytes_of_sequential_ones()
    {
        ExportSelection[] selections = [ExportSelection.Book, ExportSelection.Page("premiers-pas.md")];
        var sequential = new List<byte[]>();
        foreach (var selection in selections)
            sequential.Add(await Docx(await Sample(), selection, TestContext.Current.CancellationToken));

        // Half the exports load their own space, half share one loaded space (pages, syntax trees, resolvers).
        var shared = await Sample();
        var parallel = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => Task.Run(async () =>
            await Docx(i % 2 == 0 ? shared : await Sample(), selections[i % selections.Length], TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));

        for (var i = 0; i < Parallel; i++)
            Assert.True(sequential[i % selections.Length].AsSpan().SequenceEqual(parallel[i]), $"export {i} differs from the sequential one");
    }

    [Fact]
    public async Task Eight_parallel_pdf_exports_give_the_bytes_of_sequential_ones()
    {
        var sequential = await Pdf(await Sample(), ExportSelection.Book, TestContext.Current.CancellationToken);
        var shared = await Sample();

        var parallel = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => Task.Run(async () =>
            await Pdf(i % 2 == 0 ? shared : await Sample(), ExportSelection.Book, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));

        for (var i = 0; i < Parallel; i++)
            Assert.True(sequential.AsSpan().SequenceEqual(parallel[i]), $"export {i} differs from the sequential one");
    }

    [Fact]
    public Task A_cancelled_pdf_export_throws_and_writes_nothing() =>
        AssertCancelledWritesNothing((space, output, token) => PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, null, token));

    [Fact]
    public Task A_cancelled_docx_export_throws_and_writes_nothing() =>
        AssertCancelledWritesNothing((space, output, token) => DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, Options, token));

    private static async Task AssertCancelledWritesNothing(Func<GitBookSpace, Stream, CancellationToken, Task> export)
    {
        using var space = BigSpace(pages: 60);
        var loaded = await space.LoadAsync();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var output = new MemoryStream();

        cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => export(loaded, output, cancellation.Token));

        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task An_interrupted_cli_export_leaves_no_file()
    {
        using var space = BigSpace(pages: 400);
        var target = Path.Combine(space.Parent, "livre.docx");

        var run = await CliProcess.RunAsync(space.Parent, ["docx", space.Folder, "--output", target], async running =>
        {
            // A quarter of the pages written: three quarters of the export are left when the signal comes.
            await running.ErrorLineContaining("writing: 100/400 pages");
            using var kill = Process.Start("kill", ["-INT", running.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        });

        run.AssertExit(4, "cancelled; nothing was written"); // stopped by the signal, not by a crash
        Assert.False(File.Exists(target), "the interrupted export left its document");
        Assert.Empty(Directory.GetFiles(space.Parent, "*.tmp"));
    }

    // A space long enough that an export is still running when it is interrupted.
    private static TempSpace BigSpace(int pages)
    {
        var space = new TempSpace();
        var body = new StringBuilder();
        for (var paragraph = 0; paragraph < 150; paragraph++)
            body.Append("Un paragraphe **assez** long, avec un [lien](page-1.md) et `du code`, pour occuper le rédacteur.\n\n- un point\n- un autre\n\n");
        var summary = new StringBuilder("# Table of contents\n\n");
        for (var page = 1; page <= pages; page++)
        {
            space.Write($"page-{page}.md", $"# Page {page}\n\n{body}");
            summary.Append($"* [Page {page}](page-{page}.md)\n");
        }
        return space.Write("SUMMARY.md", summary.ToString());
    }
}
