namespace Itou.Export.Cli.Ui;

/// <summary>
/// Where the CLI talks to people. Results (the tree, the diagnostics) go to standard output so they
/// can be piped; progress, the summary and errors go to standard error. --quiet keeps errors only;
/// --verbose adds details and stack traces. <paramref name="terminal"/> says whether standard error is a
/// terminal; null asks the console.
/// </summary>
internal sealed class Messages(TextWriter output, TextWriter error, bool quiet, bool verbose, bool? terminal = null)
{
    public TextWriter Output { get; } = output;
    public bool Quiet { get; } = quiet;
    public bool Verbose { get; } = verbose;

    /// <summary>Whether standard error is a terminal a progress bar can redraw in place.</summary>
    public bool Interactive { get; } = (terminal ?? !Console.IsErrorRedirected) && !quiet;

    /// <summary>A result line, on standard output.</summary>
    public void Result(string line) => Output.WriteLine(line);

    /// <summary>Information for people (summary, hints), unless --quiet.</summary>
    public void Info(string line)
    {
        if (!Quiet)
            error.WriteLine(line);
    }

    /// <summary>Details shown with --verbose only.</summary>
    public void Detail(string line)
    {
        if (Verbose)
            error.WriteLine(line);
    }

    /// <summary>One clear line per error (more lines for details such as near matches), always shown.</summary>
    public void Error(string message)
    {
        var lines = message.Split('\n');
        error.WriteLine("itou-export: error: " + lines[0].TrimEnd());
        foreach (var line in lines.Skip(1))
            error.WriteLine("  " + line.TrimEnd());
    }

    /// <summary>Writes raw text to standard error (the progress bar redraws with it).</summary>
    public void Raw(string text)
    {
        error.Write(text);
        error.Flush();
    }
}
