using System.Diagnostics;
using Itou.Export.Pdf.Layout;

namespace Itou.Export.Bench;

/// <summary>
/// One timed run of each layout workload, in a fresh process, printing time, pages, output size and
/// the process's peak working set (BenchmarkDotNet reports allocations, not peaks).
/// </summary>
internal static class PdfOnce
{
    public static void Run(string? outputFolder)
    {
        var photos = PdfLayoutWorkloads.Photos();
        Measure("warm-up (1 page)", () => PdfLayoutWorkloads.FrenchText(5), outputFolder: null);
        Measure("300 pages of French text (cold)", () => PdfLayoutWorkloads.FrenchText(), outputFolder, "text.pdf");
        Measure("300 pages of French text (warm)", () => PdfLayoutWorkloads.FrenchText(), outputFolder: null);
        var sources = photos.Select(photo => ImageSource.Load(photo)!).ToList();
        var size = Measure("50 JPEG photos", () => PdfLayoutWorkloads.PhotoAlbum(sources), outputFolder, "photos.pdf");
        Console.WriteLine($"photos in: {photos.Sum(p => (long)p.Length) / 1024} KiB, PDF out: {size / 1024} KiB");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
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
