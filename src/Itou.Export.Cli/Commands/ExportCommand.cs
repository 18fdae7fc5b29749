using System.CommandLine;
using System.Diagnostics;
using Itou.Export.Cli.Output;
using Itou.Export.Cli.Ui;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Cli.Commands;

/// <summary>Writes one document of a publication to a stream, reporting page by page, and returns its diagnostics and content accounting (the library's exporters).</summary>
internal delegate Task<ExportResult> DocumentWriter(Publication publication, Stream output, ParseResult parse, IProgress<ExportProgress> progress, CancellationToken cancellationToken);

/// <summary>
/// <c>pdf</c> and <c>docx</c>: load the space and the theme, resolve the selection, write the document
/// atomically, then print a short summary (pages, images, diagnostics by kind, size, time).
/// </summary>
internal static class ExportCommand
{
    /// <summary>
    /// The command for <paramref name="format"/>; <paramref name="phases"/> are what its writer reports, in order;
    /// <paramref name="formatOptions"/> are options of this format only.
    /// </summary>
    public static Command Create(string format, string description, DocumentWriter write, ExportPhase[] phases, CliOptions options, Func<ParseResult, Messages> messages,
        params Option[] formatOptions)
    {
        var command = new Command(format, description) { options.Space };
        options.AddSelection(command);
        options.AddRemoteImages(command);
        foreach (var option in new Option[] { options.Output, options.Theme, options.Title, options.Strict, options.Report }.Concat(formatOptions))
            command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => RunAsync(format, write, phases, options, parse, messages(parse), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string format, DocumentWriter write, ExportPhase[] phases, CliOptions options, ParseResult parse, Messages messages,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var theme = SpaceInput.LoadTheme(parse.GetValue(options.Theme));
        if (parse.GetValue(options.Title) is { Length: > 0 } title)
            theme = theme with { Title = title };
        using var progress = new StageProgress(messages, 3);
        progress.Next("reading the space");
        var limits = options.Limits(parse);
        var space = await SpaceInput.LoadAsync(parse.GetValue(options.Space)!, cancellationToken, limits);
        var selection = SpaceInput.Selection(parse.GetValue(options.Page), parse.GetValue(options.Section));
        var publication = Publication.Create(space, selection, theme);
        var outputPath = parse.GetValue(options.Output) ?? DefaultFileName(publication, format);

        progress.Next($"writing {publication.Pages.Count} page{(publication.Pages.Count == 1 ? "" : "s")} to {format.ToUpperInvariant()}",
            limits.AllowRemoteImages ? [ExportPhase.FetchingImages, .. phases] : phases);
        await using var output = AtomicOutput.Create(outputPath);
        var result = await write(publication, output.Stream, parse, progress, cancellationToken);
        var diagnostics = result.Diagnostics;
        cancellationToken.ThrowIfCancellationRequested();
        if (parse.GetValue(options.Strict) && diagnostics.Count > 0)
        {
            progress.Dispose();
            foreach (var diagnostic in diagnostics)
                messages.Result(DiagnosticText.Line(diagnostic, space));
            messages.Error($"--strict: {DiagnosticText.Summary(diagnostics)}; {outputPath} was not written");
            return ExitCodes.Diagnostics;
        }
        progress.Next("saving");
        var size = await output.CommitAsync(cancellationToken);
        progress.Dispose();

        PrintSummary(messages, space, publication, result, outputPath, size, clock.Elapsed);
        if (parse.GetValue(options.Report) is { } reportFile)
        {
            var report = RunReport.For(format, space, selection, diagnostics, clock.Elapsed) with
            {
                Pages = publication.Pages.Count,
                Output = Path.GetFullPath(outputPath),
                OutputBytes = size,
                Content = RunReport.ContentOf(result.Content),
            };
            await RunReport.WriteAsync(reportFile, report, cancellationToken);
        }
        return ExitCodes.Ok;
    }

    private static void PrintSummary(Messages messages, GitBookSpace space, Publication publication, ExportResult result, string outputPath, long size, TimeSpan elapsed)
    {
        var diagnostics = result.Diagnostics;
        if (messages.Verbose)
        {
            foreach (var diagnostic in diagnostics)
                messages.Result(DiagnosticText.Line(diagnostic, space));
        }
        var images = result.Content[ContentKind.Image].Written;
        messages.Info($"Wrote {outputPath} ({Size(size)}): \"{publication.Title}\", {publication.Pages.Count} page{(publication.Pages.Count == 1 ? "" : "s")} of the space, {images} image{(images == 1 ? "" : "s")}, in {elapsed.TotalSeconds:0.0} s");
        messages.Info($"  {DiagnosticText.Summary(diagnostics)}{(diagnostics.Count > 0 && !messages.Verbose ? " (--verbose or 'itou-export check' lists them)" : "")}");
    }

    // Named after what is exported: the page's file, the section's page or folder, or the space folder.
    private static string DefaultFileName(Publication publication, string format)
    {
        var path = publication.Selection.Kind == SelectionKind.Book || publication.Pages.Count == 0 ? null : publication.Pages[0].Path;
        var stem = path is null
            ? new DirectoryInfo(publication.Space.Folder).Name
            : Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(path) is { Length: > 0 } folder
                ? Path.GetFileName(folder)
                : Path.GetFileNameWithoutExtension(path);
        return $"{stem}.{format}";
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
