using System.Diagnostics;
using Itou.Export.Pdf;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Bench;

/// <summary>
/// The costs of writing every script (issue 13): the machine font scan (cold, then what a cached chain
/// costs an export), 2,600 pages of Korean through the layout engine, and CJK and Cyrillic corpora as
/// books. One timed run each; run one workload per process for a true peak working set.
/// </summary>
internal static class ScriptsOnce
{
    private static readonly string[] KoreanSentences =
    [
        "공동 작업장은 매주 토요일 오후에 문을 열고, 자원봉사자들이 자전거와 토스터 수리를 도와드립니다.",
        "고칠 물건을 가져오시면 공구와 부품은 작업장에서 준비해 드립니다.",
        "처음 오셨다면 안내 데스크에서 이름을 적고, 함께 일할 자원봉사자를 소개받으세요.",
        "수리한 물건은 버리지 않아도 되고, 배운 기술은 이웃에게 다시 나눌 수 있습니다.",
        "안전 수칙을 먼저 읽고, 전기 제품은 반드시 플러그를 뽑은 뒤에 여십시오.",
    ];

    /// <summary>Runs "scan", "korean", or a corpus folder name under ../shared/corpus ("cherry-studio-zh", "hostvm-ru").</summary>
    public static void Run(string workload, string? outputFolder)
    {
        switch (workload)
        {
            case "scan": Scan(); break;
            case "korean": Korean(outputFolder); break;
            default: Corpus(workload, outputFolder); break;
        }
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    // The scan happens once per process, and only for a character no bundled or theme font draws.
    private static void Scan()
    {
        var watch = Stopwatch.StartNew();
        var faces = SystemFonts.Machine.Count;
        Console.WriteLine($"machine font scan (cold): {faces} TrueType faces in {watch.Elapsed.TotalMilliseconds:0} ms");
        foreach (var run in new[] { "first", "second" })
        {
            watch.Restart();
            using var fonts = new FontLibrary(null, null, useSystemFonts: true);
            // A character of a script no bundled font draws (Tamil): the chain, then the cached machine fonts.
            var face = fonts.FaceFor(new TextStyle(), "த", _ => { });
            Console.WriteLine($"an export's chain with the scan cached ({run}): {watch.Elapsed.TotalMilliseconds:0.0} ms, Tamil drawn by {face.Name}");
        }
    }

    private static void Korean(string? outputFolder)
    {
        var random = new Random(42);
        var body = new TextStyle { Size = 11 };
        var column = new Column(spacing: 6);
        for (var i = 0; i < 27_000; i++)
        {
            if (i % 12 == 0)
                column.Add(new KeepWithNext(new TextBlock($"제{i / 12 + 1}장 작업장 안내", body with { Size = 16, Bold = true })));
            column.Add(new TextBlock(string.Join(" ", Enumerable.Range(0, 4).Select(_ => KoreanSentences[random.Next(KoreanSentences.Length)])), body));
        }
        var (cpu, watch) = (Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.StartNew());
        using var output = new MemoryStream();
        var pages = PdfLayoutWorkloads.Write(column, output);
        Report($"Korean text, {pages} pages", watch, cpu, output.Length);
        if (outputFolder is not null)
            File.WriteAllBytes(Path.Combine(outputFolder, "korean.pdf"), output.ToArray());
    }

    private static void Corpus(string name, string? outputFolder)
    {
        if (CorpusPaths.Named(name) is not { } folder)
        {
            Console.WriteLine($"{name}: skipped, the shared corpus is not beside the repository");
            return;
        }
        var (cpu, watch) = (Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.StartNew());
        using var output = new MemoryStream();
        var result = PdfExporter.ExportAsync(folder, ExportSelection.Book, Theme.Default, output, new PdfExportOptions { Date = new DateOnly(2026, 1, 1) })
            .GetAwaiter().GetResult();
        Report($"{name} as a book, {result.Diagnostics.Count(d => d.Code == DiagnosticCodes.PdfMissingGlyph)} PDF-GLYPH-MISSING", watch, cpu, output.Length);
        if (outputFolder is not null)
            File.WriteAllBytes(Path.Combine(outputFolder, name + ".pdf"), output.ToArray());
    }

    private static void Report(string what, Stopwatch watch, TimeSpan cpuBefore, long bytes) =>
        Console.WriteLine($"{what}: {bytes / 1024} KiB, {watch.Elapsed.TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:0.00} s CPU");
}
