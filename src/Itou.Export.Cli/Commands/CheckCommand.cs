using System.CommandLine;
using System.Diagnostics;
using Itou.Export.Cli.Output;
using Itou.Export.Cli.Ui;
using Itou.Export.Pdf;
using Itou.Export.Publishing;

namespace Itou.Export.Cli.Commands;

/// <summary><c>check</c>: reads every page, resolves every link and image, prints each diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create(CliOptions options, Func<ParseResult, Messages> messages)
    {
        var command = new Command("check", "Read every page, resolve every link and image, find characters no font draws, and print each diagnostic as file:line: code: message (with --theme, check the theme file too).")
        {
            options.Space, options.Theme, options.Strict, options.Report, options.NoSystemFonts,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var say = messages(parse);
            var theme = SpaceInput.LoadTheme(parse.GetValue(options.Theme));
            var space = await SpaceInput.LoadAsync(parse.GetValue(options.Space)!, cancellationToken);
            var publication = Publication.Create(space, ExportSelection.Book, theme);
            ReferenceChecker.Check(publication);
            PdfGlyphCheck.Check(publication, useSystemFonts: !parse.GetValue(options.NoSystemFonts));
            var diagnostics = space.Diagnostics.Items;
            foreach (var diagnostic in diagnostics)
                say.Result(DiagnosticText.Line(diagnostic, space));
            say.Info($"check: {space.Pages.Count} pages, {DiagnosticText.Summary(diagnostics)}");
            if (parse.GetValue(options.Report) is { } reportFile)
                await RunReport.WriteAsync(reportFile, RunReport.For("check", space, null, diagnostics, clock.Elapsed), cancellationToken);
            return parse.GetValue(options.Strict) && diagnostics.Count > 0 ? ExitCodes.Diagnostics : ExitCodes.Ok;
        });
        return command;
    }
}
