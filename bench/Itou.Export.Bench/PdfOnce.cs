using System.Diagnostics;
using Itou.Export.Pdf;
using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Bench;

/// <summary>
/// Timed runs of each workload in a fresh process: the first (cold: JIT included), then the best of
/// three warm ones (the machine is shared: the best run is the one least slowed by the neighbours),
/// with wall and CPU time, output size and the process's peak working set (BenchmarkDotNet reports
/// allocations, not peaks).
/// </summary>
internal static class PdfOnce
{
    /// <summary>Runs the workloads, or only <paramref name="only"/> ("text", "photos" or "book": for a profiler).</summary>
    public static void Run(string? outputFolder, string? only)
    {
        if (outputFolder is not null)
            Directory.CreateDirectory(outputFolder);
        if (only is null or "book")
            RunBook(outputFolder);
        if (only is null or "text")
        {
            Measure("warm-up (1 page)", () => PdfLayoutWorkloads.FrenchText(5), outputFolder: null);
            Measure("300 pages of French text (cold)", () => PdfLayoutWorkloads.FrenchText(), outputFolder, "text.pdf");
            Measure("300 pages of French text (warm)", () => PdfLayoutWorkloads.FrenchText(), outputFolder: null, runs: WarmRuns);
        }
        if (only is null or "photos")
            RunPhotos(outputFolder);
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    private static void RunPhotos(string? outputFolder)
    {
        var photos = PdfLayoutWorkloads.Photos();
        MeasureAlbum("50 JPEG photos", photos, outputFolder, "photos.pdf");
        MeasureAlbum("50 camera JPEG photos (EXIF with preview, XMP)", [.. photos.Select(PdfLayoutWorkloads.AsFromCamera)], outputFolder, "camera-photos.pdf");
    }

    private static void MeasureAlbum(string name, List<byte[]> photos, string? outputFolder, string file)
    {
        var sources = photos.Select(photo => ImageSource.Load(photo)!).ToList();
        var size = Measure(name, () => PdfLayoutWorkloads.PhotoAlbum(sources), outputFolder, file);
        Console.WriteLine($"  photos in: {photos.Sum(p => (long)p.Length) / 1024} KiB, PDF out: {size / 1024} KiB");
        sources.ForEach(source => source.Dispose());
    }

    // The corpus as a book through the public API (load, parse, images, layout), twice: cold, then warm.
    private static void RunBook(string? outputFolder)
    {
        if (CorpusPaths.ItouGitBook() is not { } corpus)
        {
            Console.WriteLine("book: skipped, the shared corpus is not beside the repository");
            return;
        }
        var options = new PdfExportOptions { Date = new DateOnly(2026, 1, 1) };
        foreach (var (run, runs) in new[] { ("cold", 1), ("warm", WarmRuns) })
        {
            var bytes = Array.Empty<byte>();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (wall, cpu) = Best(runs, () =>
            {
                using var output = new MemoryStream();
                PdfExporter.ExportAsync(corpus, ExportSelection.Book, Theme.Default, output, options).GetAwaiter().GetResult();
                bytes = output.ToArray();
            });
            allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / runs;
            Console.WriteLine($"corpus book ({run}{(runs > 1 ? $", best of {runs}" : "")}): {bytes.Length / 1024} KiB, {wall:0.00} s wall, {cpu:0.00} s CPU, {allocated / (1024 * 1024)} MiB allocated a run");
            if (outputFolder is not null && run == "cold")
                File.WriteAllBytes(Path.Combine(outputFolder, "book.pdf"), bytes);
        }
    }

    private static long Measure(string name, Func<Element> build, string? outputFolder, string file = "", int runs = 1)
    {
        var (pages, bytes) = (0, Array.Empty<byte>());
        var (wall, cpu) = Best(runs, () =>
        {
            using var output = new MemoryStream();
            pages = PdfLayoutWorkloads.Write(build(), output);
            bytes = output.ToArray();
        });
        Console.WriteLine($"{name}{(runs > 1 ? $" best of {runs}" : "")}: {pages} pages, {bytes.Length / 1024} KiB, {wall:0.00} s wall, {cpu:0.00} s CPU");
        if (outputFolder is not null)
            File.WriteAllBytes(Path.Combine(outputFolder, file), bytes);
        return bytes.Length;
    }

    private const int WarmRuns = 3;

    // CPU time is given beside wall time: on a shared machine the wall clock mostly measures the neighbours.
    private static (double Wall, double Cpu) Best(int runs, Action work)
    {
        var (bestWall, bestCpu) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < runs; i++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            work();
            watch.Stop();
            process.Refresh();
            bestWall = Math.Min(bestWall, watch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        return (bestWall, bestCpu);
    }
}
