using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.InteropServices;
using Itou.Export.Cli.Commands;
using Itou.Export.Cli.Ui;
using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Cli;

/// <summary>
/// The <c>itou-export</c> command line: parses the arguments, runs the command and turns every
/// failure into one clear message and a documented exit code (<see cref="ExitCodes"/>).
/// </summary>
internal sealed class CliApp
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["itou-export"] = """
              itou-export pdf samples/space --theme samples/theme/theme.json -o guide.pdf
              itou-export docx samples/space --section "Nos ateliers" -o ateliers.docx
              itou-export check samples/space --strict
              itou-export toc samples/space
            """,
        ["pdf"] = """
              itou-export pdf samples/space -o guide.pdf                          the whole space as a book
              itou-export pdf samples/space --section ateliers/README.md -o a.pdf  a section
              itou-export pdf samples/space --page "Premiers pas" --theme samples/theme/theme.json
              itou-export pdf samples/space --offline            no network: remote pictures from the cache, or their description
              itou-export pdf samples/space --remote-image-budget 15   fetch remote pictures for 15 s at most in all
              itou-export pdf samples/space --no-system-fonts    bundled and theme fonts only: same bytes on every machine
            """,
        ["docx"] = """
              itou-export docx samples/space -o guide.docx
              itou-export docx samples/space --page premiers-pas.md -o brief.docx --report brief.json
            """,
        ["check"] = """
              itou-export check samples/space
              itou-export check samples/space --strict --report check.json    fails (exit 1) on any diagnostic
            """,
        ["toc"] = """
              itou-export toc samples/space
            """,
    };

    private readonly CliOptions options = new();
    private readonly TextWriter output;
    private readonly TextWriter error;

    public CliApp(TextWriter output, TextWriter error)
    {
        this.output = output;
        this.error = error;
        Root = new RootCommand("Turns a GitBook space (a Git Sync folder) into branded PDF and Word documents: one page, a section or the whole space.")
        {
            options.Quiet,
            options.Verbose,
        };
        Root.Subcommands.Add(ExportCommand.Create("pdf", "Export to PDF: the whole space as a book, a section, or one page as a brief.",
            (publication, stream, parse, progress, cancellationToken) => PdfExporter.ExportAsync(publication, stream,
                new PdfExportOptions { Progress = progress, RemoteImageCache = options.Cache(parse), UseSystemFonts = !parse.GetValue(options.NoSystemFonts) }, cancellationToken),
            [ExportPhase.Composing, ExportPhase.Measuring, ExportPhase.Drawing], options, MessagesFor, options.NoSystemFonts));
        Root.Subcommands.Add(ExportCommand.Create("docx", "Export to Word (DOCX): the whole space as a book, a section, or one page as a brief.",
            (publication, stream, parse, progress, cancellationToken) => DocxExporter.ExportAsync(publication, stream,
                new DocxExportOptions { Progress = progress, RemoteImageCache = options.Cache(parse) }, cancellationToken),
            [ExportPhase.Writing], options, MessagesFor));
        Root.Subcommands.Add(CheckCommand.Create(options, MessagesFor));
        Root.Subcommands.Add(TocCommand.Create(options, MessagesFor));
        var help = Root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, Examples);
    }

    public RootCommand Root { get; }

    public async Task<int> RunAsync(string[] args)
    {
        var parse = Root.Parse(args);
        var messages = MessagesFor(parse);
        if (parse.Errors.Count > 0 && parse.Action is not HelpWithExamples)
        {
            foreach (var parseError in parse.Errors)
                messages.Error(parseError.Message);
            messages.Info($"Run 'itou-export {(parse.CommandResult.Command == Root ? "" : parse.CommandResult.Command.Name + " ")}--help' for usage and examples.");
            return ExitCodes.Usage;
        }
        // Our own Ctrl+C / SIGTERM handling: the export is cancelled and its temporary file removed (exit code 4);
        // a second signal ends the process at once.
        using var cancellation = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Cancel(signal, cancellation));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Cancel(signal, cancellation));
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            return await parse.InvokeAsync(configuration, cancellation.Token);
        }
        catch (Exception exception)
        {
            return Fail(exception, messages);
        }
    }

    private static void Cancel(PosixSignalContext signal, CancellationTokenSource cancellation)
    {
        signal.Cancel = !cancellation.IsCancellationRequested;
        cancellation.Cancel();
    }

    private Messages MessagesFor(ParseResult parse) =>
        new(output, error, parse.GetValue(options.Quiet), parse.GetValue(options.Verbose));

    // One line a person can act on per failure; the stack trace only with --verbose.
    private static int Fail(Exception exception, Messages messages)
    {
        var (code, message) = exception switch
        {
            CliException cli => (cli.ExitCode, cli.Message),
            ThemeException theme => (ExitCodes.Usage, "invalid theme\n" + string.Join('\n', theme.Problems.Select(p => $"{theme.ThemeFile}: {p}"))),
            FileNotFoundException missing => (ExitCodes.NotFound, missing.Message),
            DirectoryNotFoundException missing => (ExitCodes.NotFound, missing.Message),
            SelectionNotFoundException selection => (ExitCodes.NotFound, SelectionMessage(selection)),
            OperationCanceledException => (ExitCodes.ExportFailed, "cancelled; nothing was written"),
            _ => (ExitCodes.ExportFailed, $"export failed: {exception.Message}"),
        };
        messages.Error(message);
        messages.Detail(exception.ToString());
        if (!messages.Verbose && code == ExitCodes.ExportFailed && exception is not OperationCanceledException)
            messages.Info("Run again with --verbose for the details.");
        return code;
    }

    private static string SelectionMessage(SelectionNotFoundException selection)
    {
        var firstLine = selection.Message.Split(". Nearest:")[0].TrimEnd('.');
        return selection.Suggestions.Count == 0
            ? firstLine
            : firstLine + "\nNearest matches:\n" + string.Join('\n', selection.Suggestions.Select(s => "  " + s));
    }
}
