using System.Diagnostics;
using Itou.Export.Docx;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Theming;

namespace Itou.Export.Bench;

/// <summary>
/// <c>docx SPACE OUT.docx [--page P | --section S] [--runs N]</c>: writes one Word export, timing each run
/// in process (for the interop script and the side-by-side benchmark while the CLI has no docx command).
/// </summary>
internal static class DocxFiles
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (space, output) = (args[1], args[2]);
        var selection = ExportSelection.Book;
        var runs = 1;
        for (var i = 3; i + 1 < args.Length; i += 2)
        {
            selection = args[i] switch
            {
                "--page" => ExportSelection.Page(args[i + 1]),
                "--section" => ExportSelection.Section(args[i + 1]),
                _ => selection,
            };
            if (args[i] == "--runs")
                runs = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
        }
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var loaded = await SpaceLoader.LoadAsync(space);
            await using var file = File.Create(output);
            await DocxExporter.ExportAsync(loaded, selection, Theme.Default, file, new DocxExportOptions { Date = new DateOnly(2026, 1, 1) });
            Console.WriteLine($"run {run + 1}: {clock.Elapsed.TotalMilliseconds:F0} ms");
        }
        return 0;
    }
}
