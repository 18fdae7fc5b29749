using System.Diagnostics;
using Itou.Export.Docx;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Theming;

namespace Itou.Export.Bench;

/// <summary>
/// <c>docx SPACE OUT.docx [--page P | --section S] [--runs N] [--manifest M.json]</c>: writes one Word
/// export, timing each run in process (for the interop script and the side-by-side benchmark while the
/// CLI has no docx command). The manifest lists what the space layer selected (entry kind, title, depth,
/// page path), so that a read-back check knows which sources the document must contain.
/// </summary>
internal static class DocxFiles
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (space, output) = (args[1], args[2]);
        var selection = ExportSelection.Book;
        var runs = 1;
        string? manifest = null;
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
            if (args[i] == "--manifest")
                manifest = args[i + 1];
        }
        for (var run = 0; run < runs; run++)
        {
            var (allocated, collections) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0));
            var clock = Stopwatch.StartNew();
            var loaded = await SpaceLoader.LoadAsync(space);
            var loading = clock.Elapsed;
            await using var file = File.Create(output);
            var (diagnostics, _) = await DocxExporter.ExportAsync(loaded, selection, Theme.Default, file, new DocxExportOptions { Date = new DateOnly(2026, 1, 1) });
            if (run == 0)
            {
                foreach (var diagnostic in diagnostics)
                    Console.Error.WriteLine(diagnostic);
            }
            // Allocations and collections are printed beside the times: the collector's work is much of the export's.
            Console.WriteLine($"run {run + 1}: {clock.Elapsed.TotalMilliseconds:F0} ms (load {loading.TotalMilliseconds:F0} ms, docx {(clock.Elapsed - loading).TotalMilliseconds:F0} ms), "
                + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB allocated, {GC.CollectionCount(0) - collections} collections");
            if (manifest is not null)
                await WriteManifestAsync(Publication.Create(loaded, selection), manifest);
        }
        return 0;
    }

    private static async Task WriteManifestAsync(Publication publication, string path)
    {
        var entries = publication.Entries.Select(e => new { kind = e.Kind.ToString(), title = e.Title, depth = e.Depth, path = e.Page?.Path });
        var document = new { kind = publication.Selection.Kind.ToString(), root = publication.Space.Root, title = publication.Title, entries };
        await File.WriteAllTextAsync(path, System.Text.Json.JsonSerializer.Serialize(document));
    }
}
