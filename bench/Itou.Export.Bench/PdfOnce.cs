using System.Diagnostics;
using Itou.Export.Pdf;
using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Bench;

/// <summary>
/// One timed run of each layout workload, in a fresh process, printing time, pages, output size and
/// the process's peak working set (BenchmarkDotNet reports allocations, not peaks).
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
            Measure("300 pages of French text (warm)", () => PdfLayoutWorkloads.FrenchText(), outputFolder: null);
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
        foreach (var run in new[] { "cold", "warm" })
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            using var output = new MemoryStream();
            PdfExporter.ExportAsync(corpus, ExportSelection.Book, Theme.Default, output, new PdfExportOptions { Date = new DateOnly(2026, 1, 1) }).GetAwaiter().GetResult();
            watch.Stop();
            process.Refresh();
            Console.WriteLine($"corpus book ({run}): {output.Length / 1024} KiB, {watch.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU");
            if (outputFolder is not null && run == "cold")
                File.WriteAllBytes(Path.Combine(outputFolder, "book.pdf"), output.ToArray());
        }
    }

    private static long Measure(string name, Func<Element> build, string? outputFolder, string file = "")
    {
        // CPU time is printed beside wall time: on a shared machine the wall clock mostly measures the neighbours.
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var output = new MemoryStream();
        var pages = PdfLayoutWorkloads.Write(build(), output);
        watch.Stop();
        process.Refresh();
        Console.WriteLine($"{name}: {pages} pages, {output.Length / 1024} KiB, {watch.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU");
        if (outputFolder is not null)
            File.WriteAllBytes(Path.Combine(outputFolder, file), output.ToArray());
        return output.Length;
    }
}
